// One term, one translation, everywhere: the words a user meets on several screens, and the variants
// that crept in before (seen in a walk of the app: set-ups called 設定/设置 like the Settings page, epochs
// called 學習輪數 in one place and 訓練輪數 in another, 百鍊 in a heading and 百煉 below it, the Learn page
// called 認識 in the rail and 學習 in its title). tests/unit/i18n/terminology.test.ts holds every locale
// file, the Learn content and the glossary to this table. Add a row when a term appears on a second screen.
import type { Language } from '../../shared/domain/settings';

export interface TermRule {
  /** What the term means, in English, for the person editing translations. */
  concept: string;
  /** The one word to use. */
  use: string;
  /** Variants that must not appear (regular expressions, matched against the text as the user reads it). */
  avoid: readonly RegExp[];
  /** Where the rule applies: locale keys starting with this prefix (others: everywhere). */
  scope?: string;
}

export const TERMINOLOGY: Readonly<Record<Language, readonly TermRule[]>> = {
  en: [
    {
      concept: 'a trained model answering',
      use: 'fine-tuned model',
      avoid: [/\bfinetuned\b/i, /\bfine tuned\b/i],
    },
    { concept: 'a pass over the examples', use: 'epoch', avoid: [/\bepocs\b/i] },
    // Try's set-up fields (issue 17, point 8): each plain label carries its glossary term.
    { concept: 'examples placed in the prompt', use: 'few-shot', avoid: [/\bfew shot\b/i, /\bfewshot\b/i] },
    { concept: 'how much wording varies', use: 'temperature', avoid: [/\btemp\b/i] },
    { concept: 'a number that repeats a random choice', use: 'seed', avoid: [/\brandom seed\b/i] },
  ],
  'zh-TW': [
    { concept: 'the Learn page (rail and title)', use: '學習', avoid: [/「認識」/, /^認識$/] },
    { concept: 'epochs', use: '訓練輪數', avoid: [/學習輪數/, /訓練回合/] },
    { concept: 'Alibaba Model Studio', use: '阿里雲百煉', avoid: [/百鍊/, /百炼/] },
    {
      concept: 'a set-up compared on Try (A/B/C), not the Settings page',
      use: '方案',
      avoid: [/設定(?!」)/],
      scope: 'try.',
    },
    { concept: 'a training example', use: '範例', avoid: [/示例/] },
    { concept: 'few-shot prompt', use: '少樣本提示', avoid: [/少量範例提示/, /少樣例/] },
    { concept: 'temperature', use: '溫度', avoid: [/溫度值/, /隨機度/] },
    { concept: 'seed', use: '種子', avoid: [/種子碼/, /隨機數種/] },
    { concept: 'batch size', use: '批次大小', avoid: [/批大小/, /批量大小/] },
  ],
  'zh-CN': [
    { concept: 'the Learn page (rail and title)', use: '学习', avoid: [/“了解”/, /^了解$/] },
    { concept: 'epochs', use: '训练轮数', avoid: [/学习轮数/, /训练回合/] },
    { concept: 'Alibaba Model Studio', use: '阿里云百炼', avoid: [/百鍊/, /百煉/] },
    {
      concept: 'a set-up compared on Try (A/B/C), not the Settings page',
      use: '方案',
      avoid: [/设置(?!”)/],
      scope: 'try.',
    },
    { concept: 'a training example (样例 is a shipped sample)', use: '示例', avoid: [/範例/, /范例/] },
    { concept: 'few-shot prompt', use: '少样本提示', avoid: [/少量示例提示/, /少样例/] },
    { concept: 'temperature', use: '温度', avoid: [/温度值/, /随机度/] },
    { concept: 'seed', use: '种子', avoid: [/种子码/, /随机数种/] },
    { concept: 'batch size', use: '批次大小', avoid: [/批大小/, /批量大小/] },
  ],
};
