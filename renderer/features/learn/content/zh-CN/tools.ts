// 简体中文：问卷和费用计算器的界面文字。
import type { CalculatorContent, QuestionnaireContent } from '../types';

export const questionnaire: QuestionnaireContent = {
  intro: '关于你的目标，七个简单问题。你会得到一个建议、背后的理由，以及下一步该去哪里。',
  questions: {
    goal: {
      label: '你希望回答在哪方面改变？',
      options: {
        'format-style': '格式或风格',
        knowledge: '它知道的事（事实、价格、规定）',
        'new-skill': '一项它现在做不好的新技能',
        'use-tools': '它要能查数据、计算或执行操作',
      },
    },
    promptTried: {
      label: '你试过认真写的提示词吗？',
      options: {
        'not-yet': '还没有',
        'works-but-long': '试过，有效，但提示词非常长',
        'not-good-enough': '试过，但回答不够好',
      },
    },
    factsChange: {
      label: '回答所依据的信息多久变一次？',
      options: { rarely: '很少变', monthly: '大约每月', daily: '每天或每周' },
    },
    examples: {
      label: '你有多少个好的问答样例？',
      options: {
        none: '还没有',
        'under-50': '少于 50 个',
        '50-to-500': '50 到 500 个',
        'over-500': '超过 500 个',
      },
    },
    dataMayLeave: {
      label: '你的样例可以发到在线服务吗？',
      options: { yes: '可以', unsure: '不确定', no: '不行，必须留在本地' },
    },
    budget: {
      label: '训练和试跑，你能花多少钱？',
      options: { nothing: '不能花钱', 'a-little': '几美元', enough: '够试好几次' },
    },
    volume: {
      label: '你预计每月有多少次请求？',
      options: {
        'under-1k': '少于 1,000 次',
        '1k-to-100k': '1,000 到 100,000 次',
        'over-100k': '超过 100,000 次',
      },
    },
  },
  submit: '看我的建议',
  missing: '请回答：{questions}',
  resultHeading: '我们的建议',
  planLabel: '建议做法：{plan}。',
  approaches: { prompt: '提示词', notes: '笔记（嵌入）', 'fine-tune': '微调', agent: '助手（智能体）' },
  then: '，接着',
  reasonsHeading: '理由',
  reasons: {
    'prompt-untried': '你还没试过认真写的提示词；它免费，而且往往就够用了。',
    'prompt-not-enough': '认真写的提示词还不够好，值得试试训练。',
    'prompt-too-long': '你的提示词有效但很长；微调把样例学进模型里，提示词就能变短。',
    'goal-format-style': '稳定的格式或风格，正是微调最擅长的。',
    'goal-new-skill': '教模型一项它缺少的技能，是微调的好理由。',
    'goal-knowledge': '事实信息最好做成笔记，让模型回答时去读。',
    'facts-change-often': '你的信息变动频率是“{answer}”：笔记一分钟就能改，训练过的模型却得重新训练。',
    'tuning-not-for-facts': '微调无法阻止模型对事实胡说八道。',
    'goal-tools': '查数据、计算或执行操作，需要一个模型可以调用的助手。',
    'no-examples': '你还没有样例；先用提示词，同时开始收集。',
    'few-examples': '少于 {minimum} 个样例放进提示词就好，很少值得拿来训练。',
    'many-examples': '你的样例多到提示词放不下。',
    'data-must-stay': '你的样例必须留在本地，而微调会把它们上传到服务商。',
    'data-check-first': '上传之前，先确认你可以分享这些样例。',
    'data-prompts-leave-too': '提示词和笔记也会发给服务商；机密内容请不要放进去。',
    'no-budget': '真正的训练要花钱，即使不多。',
    'practice-is-free': '练习模式让你在自己的电脑上免费学会每一步。',
    'volume-pays-back': '每月“{answer}”请求，提示词变短每一次都能省钱。',
    'volume-low-check-cost': '每月“{answer}”请求，训练费可能永远回不了本：请用下面的计算器算一算。',
    'keep-test-set': '留一些样例当测试集，确认模型在其他地方没有变差。',
  },
  next: {
    'prepare-examples': { text: '下一步：把你的样例整理成检查过的训练文件。', button: '准备样例' },
    'try-prompt': { text: '下一步：写一个认真的提示词，在基础模型上试试。', button: '试试提示词' },
    'try-with-notes': {
      text: '下一步：把重要信息当笔记贴进提示词，看看模型怎么回答。',
      button: '加上笔记试试',
    },
    'plan-helper': { text: '下一步：先用提示词试做这件事，记下模型在哪里需要工具。', button: '试试看' },
  },
  startOver: '重新作答',
};

export const calculator: CalculatorContent = {
  intro: '比较 (a) 基础模型加上塞满样例的长提示词，和 (b) 微调模型加上短提示词，再加上一次性的训练费。',
  modelLabel: '模型和价格',
  providers: {
    practice: '练习模式（OpenAI 价格）',
    openai: 'OpenAI',
    alibaba: '阿里云百炼',
    nebius: 'Nebius Token Factory',
    together: 'Together AI',
  },
  example2023: '2023 年的例子：gpt-3.5-turbo',
  fields: {
    requestsPerMonth: { label: '每月请求次数', hint: '模型每月回答多少个问题。' },
    longPromptTokens: { label: '长提示词 (a)，token 数', hint: '指令加上你贴进去的样例。' },
    shortPromptTokens: { label: '短提示词 (b)，token 数', hint: '样例训练进模型后剩下的部分。' },
    replyTokens: { label: '回复，token 数', hint: '一般回答的长度，两边相同。' },
    trainingTokens: { label: '训练文件，token 数', hint: '所有样例加起来。' },
    epochs: { label: '训练轮数', hint: '把文件学几遍；一般从 3 开始。' },
    amortizeMonths: { label: '训练费分摊月数', hint: '你预计使用这个模型多久。' },
  },
  volume: {
    unitLabel: '用量的单位',
    requests: '请求次数（自行输入 token 数）',
    messages: '每月的电子邮件或消息',
    messagesField: '每月电子邮件或消息数',
    projectBasis:
      '一条消息按输入 {input} 个 token、输出 {output} 个 token 计算：这是你的项目“{project}”中 {examples} 个示例的平均（按最近一次检查）。',
    defaultBasis:
      '一条消息按输入 {input} 个 token、输出 {output} 个 token 计算，相当于一封短邮件和它的回复。在“示例”页打开并检查一个项目，就会改用它自己的平均。',
  },
  invalidNumber: '请输入 0 或更大的数字。',
  resultsHeading: '结果',
  labels: {
    baseRequest: '(a) 每次请求，基础模型',
    tunedRequest: '(b) 每次请求，微调模型',
    training: '训练，一次性',
    baseMonthly: '(a) 每月，基础模型',
    tunedMonthly: '(b) 每月，微调模型（含分摊的训练费）',
    breakEven: '(b) 开始更便宜的用量',
    payback: '训练费回本时间',
  },
  breakEvenValue: '每月 {requests} 次请求',
  paybackValue: '{months} 个月',
  never: '永远不会',
  neverWhy:
    '在这里，微调模型每次请求的费用不低于基础模型，所以用量再大 (b) 也不会更便宜。要微调，是为了质量，不是为了省钱。',
  formulaLabel: '算法：',
  units: { requests: '次请求', months: '个月', tokens: 'token', epochs: '轮' },
  priceErrors: {
    'model-not-in-catalog': '价格表里没有这个模型。',
    'base-price-unknown': '还不知道这个模型的基础价格。',
    'tuned-price-unknown': '服务商还没公布这个模型的微调价格。',
  },
  chart: {
    heading: '每月费用与用量',
    label: '折线图：每月 0 到 {max} 次请求时，(a) 基础模型和 (b) 微调模型的每月费用。',
    xAxis: '每月请求次数',
    yAxis: '每月美元',
    base: '(a) 基础模型，长提示词',
    tuned: '(b) 微调模型，短提示词',
    breakEven: '盈亏平衡点',
  },
  priceSource: '价格来源：{source}；核对日期 {date}。',
};
