// 简体中文“学习”页内容，由各部分组合而成。
import type { LearnContent } from '../types';
import { explainer } from './explainer';
import { calculator, questionnaire } from './tools';

export const zhCN: LearnContent = {
  page: {
    title: '学习：微调适合你吗？',
    intro: '了解让 AI 模型按你的方式做事的四种方法，再针对你自己的目标拿到建议，并看看要花多少钱。',
    readingTime: '阅读时间约 {minutes} 分钟',
    tocLabel: '本页内容',
    glossaryIntro: '文中画虚线的词，这里也有解释。把鼠标移上去，或用 Tab 键移到它上面就会出现说明。',
  },
  sectionTitles: {
    what: '什么是微调',
    approaches: '教模型的四种方法',
    benefits: '微调的好处',
    risks: '风险和隐形成本',
    fits: '什么时候适合',
    prices: '要花多少钱',
    steps: '四个步骤',
    news: '最新消息：OpenAI 正在结束微调服务',
    questionnaire: '哪种方法适合你？',
    calculator: '费用计算器',
    glossary: '词汇表',
  },
  explainer,
  questionnaire,
  calculator,
};
