// A glossary word in running text: dotted underline, and its one-sentence explanation on hover AND on
// keyboard focus (WCAG 1.4.13: the tip can be hovered itself and dismissed with Escape without moving
// focus). The tip stays in the DOM (hidden) so aria-describedby always resolves.
import { useEffect, useId, useState, type ReactNode } from 'react';
import { glossaryEntry, GLOSSARY } from './glossary';
import { useContentLang } from './lang';
import type { GlossaryId } from './types';
import './glossary.css';

export interface TermProps {
  id: GlossaryId;
  /** The words as they appear in the sentence; defaults to the term itself. */
  children?: ReactNode;
}

export function Term({ id, children }: TermProps) {
  const lang = useContentLang();
  const entry = glossaryEntry(lang, id);
  const tipId = useId();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const open = (hovered || focused) && !dismissed;

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDismissed(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  // A fresh hover or focus re-opens a tip that Escape closed.
  const show = (set: (v: boolean) => void) => () => {
    setDismissed(false);
    set(true);
  };

  return (
    <span className="ts-term" onMouseEnter={show(setHovered)} onMouseLeave={() => setHovered(false)}>
      <span
        className="ts-term__word"
        tabIndex={0}
        aria-describedby={tipId}
        data-term={id}
        onFocus={show(setFocused)}
        onBlur={() => setFocused(false)}
      >
        {children ?? entry.term}
      </span>
      <span role="tooltip" id={tipId} className="ts-term__tip" hidden={!open}>
        <strong className="ts-term__name">{entry.term}</strong> {entry.explanation}{' '}
        <span className="ts-term__example">
          {GLOSSARY[lang].labels.example}: {entry.example}
        </span>
      </span>
    </span>
  );
}
