// The glossary in all three languages, behind one lookup. `satisfies Record<ContentLang, …>` makes a
// missing language a type error.
import { en } from './content/en';
import { zhCN } from './content/zh-CN';
import { zhTW } from './content/zh-TW';
import type { ContentLang } from './lang';
import type { GlossaryContent, GlossaryEntry, GlossaryId } from './types';

export const GLOSSARY = { en, 'zh-TW': zhTW, 'zh-CN': zhCN } satisfies Record<ContentLang, GlossaryContent>;

export function glossaryEntry(lang: ContentLang, id: GlossaryId): GlossaryEntry {
  return GLOSSARY[lang].terms[id];
}
