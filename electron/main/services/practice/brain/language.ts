// Which of the app's three languages a text is written in, so practice replies come back in the
// language of the question. A heuristic, not a classifier: it only has to separate English from Chinese
// and Traditional from Simplified characters, which a short list of characters that differ between the
// two scripts does reliably for sentences of a few words.

export type PracticeLanguage = 'en' | 'zh-TW' | 'zh-CN';

// Common characters whose Traditional and Simplified forms differ (pairs at the same position).
// Characters shared by both scripts (e.g. 面, 里, 后, which Traditional text also uses) are left out.
const TRADITIONAL_ONLY = new Set(
  Array.from(
    '這們個麼說嗎為會來對時點還沒問題請謝訂單貨幫練習訓誰與從現過開關發買賣錢號換價應該產務員費運實於無氣東車長門間聽讓給經體區國讀學書見覺邊歡樂電話網頁碼帳戶處種樣灣將當寫歲認識謂劃線級紀錄範' +
      '機記離總頭雙雜紅綠藍試語詞譯標絡傳輸獲鐘術專業據顯類礙難熱愛蘭歷壺舖連結約統銷優購慮營證額續護淨廳鎖腦飲寶綁帶館態變勞條盡',
  ),
);
const SIMPLIFIED_ONLY = new Set(
  Array.from(
    '这们个么说吗为会来对时点还没问题请谢订单货帮练习训谁与从现过开关发买卖钱号换价应该产务员费运实于无气东车长门间听让给经体区国读学书见觉边欢乐电话网页码账户处种样湾将当写岁认识谓划线级纪录范' +
      '机记离总头双杂红绿蓝试语词译标络传输获钟术专业据显类碍难热爱兰历壶铺连结约统销优购虑营证额续护净厅锁脑饮宝绑带馆态变劳条尽',
  ),
);

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /\p{Script=Latin}+/gu;

/**
 * Chinese when Han characters carry at least about a third of the words (so "你是 AI 嗎？" is Chinese
 * but "what does 練習 mean?" is English); Traditional unless Simplified-only characters outnumber
 * Traditional-only ones. Ties (e.g. "你好") go to Traditional because a Traditional reader can still
 * read it; nothing marks the text as Simplified.
 */
export function detectLanguage(text: string): PracticeLanguage {
  const normalized = text.normalize('NFKC');
  const hanChars = normalized.match(HAN) ?? [];
  const latinWords = normalized.match(LATIN_WORD)?.length ?? 0;
  // Two Han characters make roughly one word, so "a third of the words" is hanChars / 2 >= latinWords / 2.
  if (hanChars.length === 0 || hanChars.length < latinWords) return 'en';
  let traditional = 0;
  let simplified = 0;
  for (const ch of hanChars) {
    if (TRADITIONAL_ONLY.has(ch)) traditional += 1;
    else if (SIMPLIFIED_ONLY.has(ch)) simplified += 1;
  }
  return simplified > traditional ? 'zh-CN' : 'zh-TW';
}
