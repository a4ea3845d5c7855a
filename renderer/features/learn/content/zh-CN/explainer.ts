// 简体中文说明内容，写给从没训练过模型的人。比喻、好处、风险和价格来自团队的种子文稿（一期讲
// OpenAI 2023 年开放微调的视频文稿）；“最新消息”一节依据 OpenAI 2026 年的停止服务公告。
// 用词按大陆习惯（数据、文件、服务器、设置），不是繁体稿的逐字转换。
import type { ExplainerContent } from '../types';

export const explainer: ExplainerContent = {
  what: {
    paragraphs: [
      '像 ChatGPT 背后那样的 AI 模型，已经读过海量的文字。它文笔好、懂得多，却完全不了解你的工作：你的客户、你的语气、你的表格。',
      '{{fine-tuning|微调}}，就是拿这样一个现成的{{base-model|基础模型}}，用一小批你自己的{{training-example|样例}}（问题配上你想要的答案）再多训练一点。之后不用每次交代，它就会按你的方式回答。',
      '微调是让模型更好用的四种方法之一，而且往往不是第一个该试的。下面两个比喻，一次讲清这四种方法。',
    ],
  },
  approaches: {
    intro: '用两个日常场景，就能分清这四种方法。',
    housekeeper: {
      heading: '新来的家政阿姨',
      intro: '你请了一位有经验的家政阿姨。她听得懂你的话，也会打扫、做饭，但从没来过你家。',
      items: {
        'fine-tune': {
          title: '第一天花一小时交代，就是微调',
          text: '她第一天上门，你花一小时告诉她东西放哪儿、哪些地方不能动。从此她都记得，不用再提醒。',
        },
        notes: {
          title: '家里贴满纸条，就是嵌入',
          text: '你在柜子上贴纸条：“调料在最上层”。她需要时就去看对的那张，你也随时可以改纸条。这就是靠{{embedding|嵌入}}找出来的笔记。',
        },
        prompt: {
          title: '你给的指令，就是提示词',
          text: '每天早上你告诉她今天做什么，连同她需要知道的背景。这就是{{prompt|提示词}}。',
        },
        'context-window': {
          title: '她记性不好，就是上下文窗口',
          text: '她记性不好：给她两页长的清单，后面就忘了。模型也有同样的限制，叫做{{context-window|上下文窗口}}，所以指令不能无限加长。',
        },
        agent: {
          title: '请师傅来修电视，就是智能体',
          text: '电视坏了，她会请维修师傅来，而不是瞎猜。{{agent|智能体（助手）}}帮模型做它自己做不到的事：查今天的价格、计算、发邮件。',
        },
      },
      imageLabel:
        '屋子里的家政阿姨：时钟代表一小时的交代，柜子上贴着纸条，对话框里是你的指令，电视旁站着拿扳手的维修师傅。',
    },
    student: {
      heading: '考前的大学生',
      intro: '同样四个概念，换成一个正要考试的学生来看。',
      items: {
        prompt: {
          title: '考试题目，就是提示词',
          text: '题目说明要做什么，也给了背景。题目问得清楚，答案就更好。',
        },
        'fine-tune': {
          title: '考前突击，就是微调',
          text: '考前一晚，学生反复练往年真题和标准答案，直到答题格式变成本能。',
        },
        notes: {
          title: '带笔记本进考场，就是嵌入',
          text: '开卷考试时，学生先翻到对的那一页。知识留在笔记本里，随时可以更新。',
        },
        agent: {
          title: '用计算器，就是智能体',
          text: '遇到心算算不出的题，学生拿起计算器：这是用工具干活，不是多看书。',
        },
      },
      imageLabel: '书桌前的学生，桌上有试卷、一摞突击用的书、一本打开的笔记本和一个计算器。',
    },
    summary:
      '简单说：提示词说明你现在要什么，笔记提供会变动的信息，助手做模型做不到的事，微调则改变习惯：格式、风格和技能。',
  },
  benefits: {
    intro: '用在对的地方，微调有四个好处。',
    items: {
      'shorter-prompts': {
        title: '提示词变短',
        text: '以前每次都要贴进{{few-shot|少样本提示}}的样例和格式说明，现在模型已经学会了，每次请求发送的 {{token|token}} 更少。',
      },
      'better-results': {
        title: '在你的工作上效果更好',
        text: '用你真实的案例训练过的模型，做你这件事通常比单靠提示词好。',
      },
      'steady-format': {
        title: '格式稳定',
        text: '每次都按同一个样子输出，比如固定的表格、数据格式或某种语言。',
      },
      'faster-replies': {
        title: '回复更快',
        text: '提示词短了，回复就快；微调过的小模型也能替代较慢的大模型。',
      },
    },
  },
  risks: {
    intro: '它也有一些容易忽视的成本和限制。',
    items: {
      'other-tasks': {
        title: '其他任务可能变差',
        text: '为一件事训练，可能让别的事做得更差。要留一份{{test-set|测试集}}，训练前后比一比。',
      },
      'made-up-answers': {
        title: '治不了胡说八道',
        text: '微调过的模型还是可能{{made-up-answer|胡说八道}}。事实信息应该放在它读得到的笔记里。',
      },
      'hidden-costs': {
        title: '隐形成本',
        text: '收集好的样例、整理成正确格式、准备测试集、试好几次，都要花时间和金钱。',
      },
      'data-leaves': {
        title: '数据会离开你的电脑',
        text: '你的样例会上传到服务商，训练出的模型也放在他们的服务器上。先确认你可以分享哪些数据。',
      },
      'provider-review': {
        title: '服务商会审核训练数据',
        text: '训练文件会按服务商的规定检查，违反规定的数据会被拒绝。',
      },
    },
  },
  fits: {
    intro: '最适合微调的有三种情况。',
    items: {
      'format-style': {
        title: '需要稳定的格式或风格',
        text: '每次都是同样的表格或数据格式，或是你品牌、某个角色的说话方式。',
      },
      'many-examples': {
        title: '样例多到提示词放不下',
        text: '想示范的例子多到塞不进提示词时，就改拿来训练。',
      },
      'new-skill': {
        title: '模型不擅长的技能',
        text: '即使指令写得很好，基础模型还是做不好的事，比如公司内部的代码或行话。',
      },
    },
    otherwise: '如果你要的是事实信息（价格、规定、库存），先用提示词加笔记。下面的问卷可以帮你判断。',
  },
  prices: {
    intro:
      '你要付两次钱：一次是训练，按 {{token|token}} 数乘以{{epoch|训练轮数}}计费；之后每次使用微调模型都要付费，而且每个 token 比基础模型贵。',
    launchCaption: '2023 年 gpt-3.5-turbo 微调刚推出时的价格（每 1,000 个 token）',
    launchExample:
      '算一算：一个 {tokens} token 的训练文件，训练 {epochs} 轮，每 1,000 token {price}，花费是 {tokens} × {epochs} × {price} ÷ 1,000 = {cost}。',
    eightTimes: '微调后的 gpt-3.5-turbo 每次回答的费用是基础模型的八倍，所以提示词要省下很多才划算。',
    todayCaption: '现在的价格表（微调模型，每 100 万个 token）',
    todayExample: '同一个文件今天用 {model}：{tokens} × {epochs} × {price} ÷ 1,000,000 = {cost}。',
    columns: { model: '模型', training: '训练', input: '输入', output: '输出', shutdown: '停止服务' },
    perMillion: '每 100 万 token',
    noShutdown: '尚未公布',
    note: '价格会变动；你可以在“设置”里更正，Tunesmith 的所有费用都会用你的数字计算。',
  },
  steps: {
    intro: '微调分四步，Tunesmith 每一步都有对应的页面。',
    items: {
      prepare: {
        title: '准备样例',
        text: '把一份问题和理想答案的电子表格，变成检查过的{{training-example|训练样例}}，并留出一部分当{{validation-set|验证集}}。',
        button: '前往“样例”',
      },
      upload: {
        title: '上传',
        text: '把检查过的文件发给服务商。Tunesmith 会先告诉你要花多少钱。',
        button: '前往“训练”',
      },
      train: {
        title: '训练',
        text: '开始训练，看着{{loss|损失值}}下降；每个{{checkpoint|检查点}}都会保留，万一前面的更好。',
        button: '前往“训练”',
      },
      use: {
        title: '使用',
        text: '把你的模型和基础模型并排对话，问问你的测试问题。',
        button: '前往“试用”',
      },
    },
    imageLabel: '一条有四站的路：准备、上传、训练、使用。',
  },
  news: {
    intro: 'OpenAI 正在关闭自助微调服务。已经训练好的模型可以继续使用，直到它的基础模型停止服务为止。',
    timeline: {
      'closed-new': { date: '2026 年 5 月 7 日', text: '不再向从没微调过的账号开放。' },
      'closed-inactive': { date: '2026 年 7 月 2 日', text: '过去 60 天没用过微调模型的账号也不能再训练。' },
      'no-new-jobs': { date: '2027 年 1 月 6 日', text: '这天之后，任何人都不能再创建训练任务。' },
      'models-off': {
        date: '2027 年 1 月 14 日',
        text: 'gpt-4o、gpt-4o-mini、gpt-4.1 和 gpt-4.1-mini 停止服务，从它们微调出来的模型也一起停止。',
      },
      'gpt35-gone': { date: '已经发生', text: '2023 年例子里的 gpt-3.5-turbo 已经下线。' },
    },
    insteadHeading: '改用什么',
    instead: {
      practice: {
        title: '用练习模式学习',
        text: 'Tunesmith 内置的练习服务在你的电脑上跑完每一步，免费，也不需要账号。',
      },
      providers: {
        title: '其他服务商，即将支持',
        text: '阿里云百炼（Model Studio）和 Together AI 仍然提供微调，Tunesmith 接下来会支持。',
      },
      'prompts-first': {
        title: '先用提示词和笔记',
        text: '大多数目标靠好的提示词加上笔记就能达成，而且换到哪个服务商都能用。',
      },
    },
  },
};
