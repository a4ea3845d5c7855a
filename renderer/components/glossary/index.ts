// Public door of the glossary: the <Term> marker usable anywhere in the app, the text renderer for
// `{{id|text}}` markup, the list, and the language helpers the Learn feature shares.
export { Term, type TermProps } from './Term';
export { GlossaryText } from './GlossaryText';
export { GlossaryList } from './GlossaryList';
export { GLOSSARY, glossaryEntry } from './glossary';
export {
  GLOSSARY_IDS,
  isGlossaryId,
  type GlossaryId,
  type GlossaryEntry,
  type GlossaryContent,
} from './types';
export { parseTermMarkup, plainText, referencedTermIds, type MarkupSegment } from './markup';
export { CONTENT_LANGS, toContentLang, useContentLang, type ContentLang } from './lang';
