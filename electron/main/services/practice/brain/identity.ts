// "What are you?" A practice model must never pass itself off as a real AI: asked what it is, it says
// it is a practice model and has no real knowledge, in the language of the question. Detection is a
// short list of phrasings per language, written to avoid everyday questions that merely contain the
// words ("what are you doing about my order", "你是什麼意思").
import type { PracticeLanguage } from './language';

const AI_WORDS_EN = String.raw`(an?\s+)?(ai|a\.i\.|bot|chat\s*bot|robot|machine|human|person|real\s+person|real|chatgpt|gpt|llm|language\s+model|model|computer|program)`;

const ENGLISH: readonly RegExp[] = [
  // "what are you?", "What are you, a bot?", "what exactly are you" — but not "what are you doing ..."
  /\bwhat\s+(exactly\s+|really\s+)?are\s+(you|u)\s*(exactly|really)?\s*([?!.,]|$)/,
  /\bwho\s+(exactly\s+|really\s+)?are\s+(you|u)\s*(exactly|really)?\s*([?!.,]|$)/,
  new RegExp(String.raw`\b(are|r)\s+(you|u)\s+${AI_WORDS_EN}\b`),
  /\b(what|which)\s+(kind\s+of\s+|sort\s+of\s+)?(model|ai|bot|llm|language\s+model)\s+(are|r)\s+(you|u)\b/,
  /\b(what|which)\s+(model|llm)\s+(is\s+this|am\s+i\s+(talking|chatting)\s+(to|with))\b/,
  /\bwho\s+(made|built|trained|created|programmed|developed)\s+(you|u)\b/,
  /\bam\s+i\s+(talking|chatting|speaking)\s+(to|with)\s+(an?\s+)?(ai|bot|robot|human|machine|real\s+person)\b/,
  /\bwhat(\s+i|')s\s+your\s+name\b/,
];

const YOU = '(你|您|妳)';
const CHINESE: readonly RegExp[] = [
  new RegExp(`${YOU}(到底|究竟)?是(誰|谁)`),
  // "你是什麼模型/東西/AI" or a bare "你是什麼？" — not "你是什麼意思" (what do you mean).
  new RegExp(
    `${YOU}(到底|究竟)?是(什麼|什么|啥)(樣的|样的)?(模型|東西|东西|AI|人工|機器|机器|系統|系统|程式|程序|語言模型|语言模型)`,
    'i',
  ),
  new RegExp(`${YOU}(到底|究竟)?是(什麼|什么|啥)[\\s?？!！。]*$`),
  new RegExp(
    `${YOU}是(不是)?(一個|一个|個|个)?(AI|人工智慧|人工智能|機器人|机器人|聊天機器人|聊天机器人|真人|人類|人类|語言模型|语言模型|大模型|ChatGPT|GPT)`,
    'i',
  ),
  new RegExp(`${YOU}是哪(個|个|一個|一个|種|种|家)?(的)?(模型|AI|公司)`, 'i'),
  new RegExp(`(誰|谁)(訓練|训练|開發|开发|製作|制作|做|創造|创造)(了)?${YOU}`),
  // "這是什麼模型", "你用的是哪個模型" (a bare "什麼模型" could be a question about toy models)
  new RegExp(`(是|用)(的)?(什麼|什么|哪個|哪个|哪一個|哪一个)(AI|語言|语言)?模型`, 'i'),
  new RegExp(`${YOU}叫(什麼|什么)(名字)?`),
];

/** True when the text asks the model what or who it is. */
export function asksWhatItIs(text: string): boolean {
  const normalized = text.normalize('NFKC').toLowerCase().replace(/[’`]/g, "'").trim();
  if (normalized.length === 0) return false;
  return ENGLISH.some((re) => re.test(normalized)) || CHINESE.some((re) => re.test(normalized));
}

export type PracticeModelKind = { kind: 'base' } | { kind: 'fine-tuned'; exampleCount: number };

/** The practice model's honest description of itself. */
export function selfDescription(model: PracticeModelKind, language: PracticeLanguage): string {
  if (model.kind === 'base') {
    switch (language) {
      case 'zh-TW':
        return '我是 Tunesmith 內建的練習模型，代替尚未微調的基礎模型。我沒有真正的知識，只會給簡短、一般性的回答；用你的範例訓練我，就能看到訓練如何改變我的回答。';
      case 'zh-CN':
        return '我是 Tunesmith 内置的练习模型，代替尚未微调的基础模型。我没有真正的知识，只会给简短、一般性的回答；用你的示例训练我，就能看到训练如何改变我的回答。';
      default:
        return "I'm a practice model built into Tunesmith, standing in for a base model that hasn't been fine-tuned. I have no real knowledge and only give short, general answers; train me on your examples to see how training changes my replies.";
    }
  }
  const n = model.exampleCount;
  switch (language) {
    case 'zh-TW':
      return `我是在 Tunesmith 裡用 ${n} 個範例訓練的練習模型。我沒有真正的知識：我只會從訓練範例中找出和你的問題最接近的那一個，照它的方式回答。`;
    case 'zh-CN':
      return `我是在 Tunesmith 里用 ${n} 个示例训练的练习模型。我没有真正的知识：我只会从训练示例中找出和你的问题最接近的那一个，照它的方式回答。`;
    default:
      return `I'm a practice model trained in Tunesmith on ${n} example${n === 1 ? '' : 's'}. I have no real knowledge: I answer by finding the training example closest to your question and replying the way it does.`;
  }
}
