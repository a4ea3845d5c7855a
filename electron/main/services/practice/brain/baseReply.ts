// How a base (not fine-tuned) practice model answers: plainly, briefly, helpfully, in the language of
// the question, and in no particular voice. It acknowledges the question by quoting it (shortened), so
// the user sees their question was read, but claims no knowledge it does not have. The contrast with a
// fine-tuned practice model, which answers in the voice of its training examples, is the lesson.
// The system prompt is not followed: a practice model cannot honestly fake following instructions, and
// pretending to would blur what fine-tuning adds.
import type { PracticeLanguage } from './language';

const MAX_QUOTE_CHARS = { en: 80, zh: 40 } as const;

type Template = (quoted: string) => string;

// Several equally good phrasings per language; the seed picks one (see replyFor).
const TEMPLATES: Record<PracticeLanguage, readonly Template[]> = {
  en: [
    (q) =>
      `Thanks for your question: "${q}". In general, the answer depends on the details of your situation. If you share a bit more, I can suggest some general options.`,
    (q) =>
      `You asked: "${q}". A good first step is usually to check the relevant details and the official information available. I can give general suggestions if you tell me more.`,
    (q) =>
      `Here is a short, general answer to "${q}": it depends on your specific circumstances. Let me know more details and I will try to help.`,
  ],
  'zh-TW': [
    (q) =>
      `謝謝你的提問：「${q}」。一般來說，答案取決於你的具體情況。如果你能提供更多細節，我可以給一些一般性的建議。`,
    (q) =>
      `你問的是：「${q}」。通常第一步是先確認相關細節和官方資訊。告訴我更多情況，我可以提供一般性的建議。`,
    (q) => `關於「${q}」，簡單來說，要看你的具體情況而定。請再多提供一些細節，我會盡量幫忙。`,
  ],
  'zh-CN': [
    (q) =>
      `谢谢你的提问：“${q}”。一般来说，答案取决于你的具体情况。如果你能提供更多细节，我可以给一些一般性的建议。`,
    (q) => `你问的是：“${q}”。通常第一步是先确认相关细节和官方信息。告诉我更多情况，我可以提供一般性的建议。`,
    (q) => `关于“${q}”，简单来说，要看你的具体情况而定。请再多提供一些细节，我会尽量帮忙。`,
  ],
};

const GREETING: Record<PracticeLanguage, string> = {
  en: 'Hello! How can I help you today?',
  'zh-TW': '你好！請問有什麼可以幫你的嗎？',
  'zh-CN': '你好！请问有什么可以帮你的吗？',
};

/** The question as one line, cut at a length a reader takes in at a glance, without trailing "?". */
function quote(question: string, language: PracticeLanguage): string {
  const oneLine = question
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[?？。.!！]+$/u, '');
  const limit = language === 'en' ? MAX_QUOTE_CHARS.en : MAX_QUOTE_CHARS.zh;
  const chars = Array.from(oneLine);
  return chars.length <= limit ? oneLine : `${chars.slice(0, limit - 1).join('')}…`;
}

/** Number of equally good base replies for a language (the seed chooses among them). */
export function baseReplyVariants(language: PracticeLanguage): number {
  return TEMPLATES[language].length;
}

/** The base practice model's reply; `variant` is taken modulo the number of phrasings. */
export function baseReply(question: string, language: PracticeLanguage, variant: number): string {
  const quoted = quote(question, language);
  if (quoted.length === 0) return GREETING[language];
  const templates = TEMPLATES[language];
  const template = templates[Math.abs(variant) % templates.length] as Template;
  return template(quoted);
}
