// Every glossary term as a definition list, alphabetised in the reader's language, for a glossary
// section or page. Each term has an anchor id (`glossary-<id>`) so other pages can point at it.
import { useContentLang } from './lang';
import { GLOSSARY_IDS } from './types';
import { GLOSSARY, glossaryEntry } from './glossary';
import './glossary.css';

export function GlossaryList() {
  const lang = useContentLang();
  const collator = new Intl.Collator(lang);
  const ids = [...GLOSSARY_IDS].sort((a, b) =>
    collator.compare(glossaryEntry(lang, a).term, glossaryEntry(lang, b).term),
  );
  return (
    <dl className="ts-glossary">
      {ids.map((id) => {
        const entry = glossaryEntry(lang, id);
        return (
          <div key={id} className="ts-glossary__item">
            <dt id={`glossary-${id}`} className="ts-glossary__term">
              {entry.term}
            </dt>
            <dd className="ts-glossary__explanation">{entry.explanation}</dd>
            <dd className="ts-glossary__example">
              {GLOSSARY[lang].labels.example}: {entry.example}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
