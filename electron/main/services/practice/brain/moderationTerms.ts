// Curated phrases for the practice moderation endpoint, per OpenAI category, in English and Chinese
// (Traditional and Simplified forms both listed). Kept short and explicit on purpose: enough to show
// what moderation does (and to test code paths that handle a flagged input), never a real safety filter.
// Phrases are chosen to be unambiguous in customer-service text: bare words with everyday meanings
// ("kill the process", "殺價" = haggle, "滾動" = scroll) are avoided in favour of phrases.
//
// English entries are regular-expression sources matched on word boundaries against lower-cased text
// with apostrophes removed ("you're" is matched as "youre", "i'll" as "ill");
// Chinese entries are plain substrings (case-insensitive for the odd Latin letter in them).

export const MODERATION_CATEGORIES = [
  'harassment',
  'harassment/threatening',
  'hate',
  'hate/threatening',
  'illicit',
  'illicit/violent',
  'self-harm',
  'self-harm/intent',
  'self-harm/instructions',
  'sexual',
  'sexual/minors',
  'violence',
  'violence/graphic',
] as const;

export type ModerationCategory = (typeof MODERATION_CATEGORIES)[number];

export interface TermList {
  en: readonly string[];
  zh: readonly string[];
}

export const MODERATION_TERMS: Record<ModerationCategory, TermList> = {
  harassment: {
    en: [
      'idiots?',
      'morons?',
      'stupid\\s+(bitch|cow|pig|fool)',
      'you\\s*(are|re)\\s+(so\\s+)?(stupid|worthless|pathetic|useless|a\\s+loser)',
      'shut\\s+up',
      'losers?',
    ],
    zh: [
      '白痴',
      '白癡',
      '笨蛋',
      '廢物',
      '废物',
      '蠢貨',
      '蠢货',
      '去死',
      '滾開',
      '滚开',
      '給我滾',
      '给我滚',
      '智障',
    ],
  },
  'harassment/threatening': {
    en: [
      'i\\s*(will|ll|am\\s+going\\s+to|m\\s+going\\s+to|gonna)\\s+(kill|hurt|beat|find|destroy)\\s+you',
      'i\\s+know\\s+where\\s+you\\s+live',
      'you\\s*(will|ll)\\s+(regret|pay\\s+for)\\s+(this|it)',
      'watch\\s+your\\s+back',
    ],
    zh: [
      '殺了你',
      '杀了你',
      '打死你',
      '弄死你',
      '我會找到你',
      '我会找到你',
      '你等著瞧',
      '你等着瞧',
      '小心你的命',
    ],
  },
  hate: {
    en: [
      'subhumans?',
      'inferior\\s+race',
      'go\\s+back\\s+to\\s+your\\s+(own\\s+)?country',
      'racial\\s+purity',
    ],
    zh: [
      '劣等民族',
      '劣等種族',
      '劣等种族',
      '低等民族',
      '滾回你的國家',
      '滚回你的国家',
      '種族純淨',
      '种族纯净',
    ],
  },
  'hate/threatening': {
    en: ['ethnic\\s+cleansing', 'exterminate\\s+(them|all)', 'wipe\\s+out\\s+(all|every)'],
    zh: ['種族清洗', '种族清洗', '滅絕他們', '灭绝他们', '消滅他們', '消灭他们'],
  },
  illicit: {
    en: [
      'how\\s+(to|do\\s+i|can\\s+i)\\s+(shoplift|steal|launder\\s+money|forge|counterfeit|hack\\s+into|pick\\s+a\\s+lock)',
      'launder(ing)?\\s+money',
      'money\\s+launder(ing)?',
      'fake\\s+(id|passport|identity\\s+card)',
      'stolen\\s+credit\\s+cards?',
      '(buy|sell|make|cook)\\s+(meth|cocaine|heroin)',
    ],
    zh: [
      '洗錢',
      '洗钱',
      '販毒',
      '贩毒',
      '製毒',
      '制毒',
      '假身分證',
      '假身份证',
      '盜刷',
      '盗刷',
      '怎麼偷',
      '怎么偷',
      '如何偷',
    ],
  },
  'illicit/violent': {
    en: [
      '(make|build|assemble)\\s+(a\\s+)?(bomb|pipe\\s+bomb|explosive)',
      '(buy|get)\\s+(a\\s+)?(gun|firearm)\\s+(illegally|without\\s+a\\s+licen[cs]e)',
      '3d[\\s-]?print(ed)?\\s+(a\\s+)?gun',
    ],
    zh: ['製作炸彈', '制作炸弹', '做炸彈', '做炸弹', '自製槍', '自制枪', '非法買槍', '非法买枪'],
  },
  'self-harm': {
    en: ['suicide', 'suicidal', 'self[\\s-]?harm', 'cut(ting)?\\s+myself'],
    zh: ['自殺', '自杀', '自殘', '自残', '割腕', '輕生', '轻生'],
  },
  'self-harm/intent': {
    en: [
      'i\\s*(want\\s+to|wanna|am\\s+going\\s+to|m\\s+going\\s+to)\\s+(die|kill\\s+myself|end\\s+(it\\s+all|my\\s+life))',
      'kill\\s+myself',
      'end\\s+my\\s+(own\\s+)?life',
    ],
    zh: ['我想死', '不想活了', '結束自己的生命', '结束自己的生命', '我要自殺', '我要自杀'],
  },
  'self-harm/instructions': {
    en: [
      'how\\s+(to|do\\s+i|can\\s+i)\\s+(kill\\s+myself|commit\\s+suicide|cut\\s+myself)',
      '(best|easiest|painless)\\s+way\\s+to\\s+(die|kill\\s+myself)',
    ],
    zh: ['怎麼自殺', '怎么自杀', '如何自殺', '如何自杀', '自殺方法', '自杀方法'],
  },
  sexual: {
    en: ['porn(ography|ographic)?', 'send\\s+(me\\s+)?nudes', 'explicit\\s+sex', 'sexual\\s+services'],
    zh: ['色情', '裸照', '性交易', '做愛', '做爱', 'A片'],
  },
  'sexual/minors': {
    en: [
      'child\\s+porn(ography)?',
      'underage\\s+(sex|nudes?|porn)',
      'sexual\\s+content\\s+(with|involving)\\s+(a\\s+)?minors?',
    ],
    zh: ['兒童色情', '儿童色情', '未成年色情', '幼童色情'],
  },
  violence: {
    en: [
      'kill(s|ed|ing)?\\s+(him|her|them|you|people|someone|everyone)',
      'murder(s|ed|ing)?',
      'stab(s|bed|bing)?\\s+(him|her|them|you|me|someone|people)',
      'shoot(s|ing)?\\s+(him|her|them|you|people|someone|up)',
      'beat\\s+(him|her|them|you)\\s+up',
    ],
    zh: ['殺人', '杀人', '謀殺', '谋杀', '砍死', '捅死', '槍殺', '枪杀', '把他打死', '把人打死'],
  },
  'violence/graphic': {
    en: ['dismember(ed|ing)?', 'gor(e|y)\\s+details', 'blood\\s+everywhere', 'guts\\s+spill(ed|ing)?'],
    zh: ['血肉模糊', '肢解', '開膛', '开膛', '斷肢', '断肢'],
  },
};

/**
 * A flagged sub-category also raises its parent (and threats raise violence), as OpenAI's own scores
 * tend to: a threat to kill someone is harassment and violence too. Each entry: child → parents.
 */
export const IMPLIED: Partial<Record<ModerationCategory, readonly ModerationCategory[]>> = {
  'harassment/threatening': ['harassment', 'violence'],
  'hate/threatening': ['hate', 'violence'],
  'illicit/violent': ['illicit', 'violence'],
  'self-harm/intent': ['self-harm'],
  'self-harm/instructions': ['self-harm'],
  'sexual/minors': ['sexual'],
  'violence/graphic': ['violence'],
};
