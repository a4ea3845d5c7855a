// `lang` for text the user or a sample wrote (WCAG 3.1.2): a screen reader picks its voice from `lang`,
// so English examples in the Chinese UI (or Chinese replies in the English UI) need their own, or they
// are read with the wrong voice. The script decides: mostly Han characters is Chinese (Traditional or
// Simplified by the characters that differ), mostly Latin letters is English. Only a language other than
// the UI's is returned; undefined means "the same as the page" and adds no attribute.

// Common characters that exist in only one of the two scripts (pairs: 們/们, 個/个, 這/这 …).
const TRADITIONAL = new Set([
  ...'們個這會說麼為請訂單貨間題問應該覺點樣還沒關係對來時給們過體開發從後與讓實際經類號裡擇選項價錢買賣運費寄達購換退寶',
]);
const SIMPLIFIED = new Set([
  ...'们个这会说么为请订单货间题问应该觉点样还没关系对来时给们过体开发从后与让实际经类号里择选项价钱买卖运费寄达购换退宝',
]);

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /\p{Script=Latin}+/gu;

export function textLanguage(text: string): 'en' | 'zh-Hant' | 'zh-Hans' | 'zh' | undefined {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN_WORD)?.length ?? 0;
  if (han === 0 && latin === 0) return undefined;
  // A Han character carries about a word, so compare words: "請寄到 lee@example.com" reads as Chinese.
  if (latin > han) return 'en';
  let traditional = 0;
  let simplified = 0;
  for (const ch of text) {
    if (TRADITIONAL.has(ch) && !SIMPLIFIED.has(ch)) traditional += 1;
    else if (SIMPLIFIED.has(ch) && !TRADITIONAL.has(ch)) simplified += 1;
  }
  if (traditional > simplified) return 'zh-Hant';
  if (simplified > traditional) return 'zh-Hans';
  return 'zh';
}

/** The `lang` attribute for `text` shown in a UI running in `uiLanguage`, or undefined when they match. */
export function langFor(text: string, uiLanguage: string): string | undefined {
  const found = textLanguage(text);
  if (!found) return undefined;
  const ui = uiLanguage.toLowerCase();
  if (found === 'en') return ui.startsWith('en') ? undefined : 'en';
  if (!ui.startsWith('zh')) return found;
  const uiScript = ui === 'zh-tw' ? 'zh-Hant' : 'zh-Hans';
  return found === 'zh' || found === uiScript ? undefined : found;
}
