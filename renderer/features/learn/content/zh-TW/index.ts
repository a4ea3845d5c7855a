// 繁體中文「學習」頁內容，由各部分組合而成。
import type { LearnContent } from '../types';
import { explainer } from './explainer';
import { calculator, questionnaire } from './tools';

export const zhTW: LearnContent = {
  page: {
    title: '學習：微調適合你嗎？',
    intro: '了解讓 AI 模型照你的方式做事的四種方法，再針對你自己的目標拿到建議，並看看要花多少錢。',
    readingTime: '閱讀時間約 {minutes} 分鐘',
    tocLabel: '本頁內容',
    glossaryIntro: '文中畫虛線的詞，這裡也有解釋。把滑鼠移上去，或用 Tab 鍵移到它上面就會出現說明。',
  },
  sectionTitles: {
    what: '什麼是微調',
    approaches: '教模型的四種方法',
    benefits: '微調的好處',
    risks: '風險和隱形成本',
    fits: '什麼時候適合',
    prices: '要花多少錢',
    steps: '四個步驟',
    news: '最新消息：OpenAI 正在結束微調服務',
    questionnaire: '哪種方法適合你？',
    calculator: '費用試算',
    glossary: '詞彙表',
  },
  explainer,
  questionnaire,
  calculator,
};
