// 繁體中文說明內容，寫給從沒訓練過模型的人。比喻、好處、風險和價格來自團隊的種子文稿（一支講
// OpenAI 2023 年開放微調的影片文稿）；「最新消息」一節依據 OpenAI 2026 年的停止服務公告。
import type { ExplainerContent } from '../types';

export const explainer: ExplainerContent = {
  what: {
    paragraphs: [
      '像 ChatGPT 背後那樣的 AI 模型，已經讀過非常大量的文字。它文筆好、懂得多，卻完全不了解你的工作：你的客戶、你的語氣、你的表單。',
      '{{fine-tuning|微調}}，就是拿這樣一個現成的{{base-model|基礎模型}}，用一小批你自己的{{training-example|範例}}（問題配上你想要的答案）再多訓練一點。之後不必每次交代，它就會照你的方式回答。',
      '微調是讓模型更好用的四種方法之一，而且常常不是第一個該試的。下面兩個比喻，一次說清楚這四種方法。',
    ],
  },
  approaches: {
    intro: '用兩個日常情境，就能分清楚這四種方法。',
    housekeeper: {
      heading: '新來的管家阿姨',
      intro: '你請了一位有經驗的管家阿姨。她聽得懂你的話，也會打掃、煮飯，但從沒來過你家。',
      items: {
        'fine-tune': {
          title: '第一天花一小時交代，就是微調',
          text: '她第一天上工，你花一小時告訴她東西放哪裡、哪些地方不能動。從此她都記得，不用再提醒。',
        },
        notes: {
          title: '家裡貼滿紙條，就是嵌入',
          text: '你在櫃子上貼紙條：「香料在最上層」。她需要時就去看對的那張，你也隨時可以改紙條。這就是靠{{embedding|嵌入}}找出來的筆記。',
        },
        prompt: {
          title: '你給的指示，就是提示',
          text: '每天早上你告訴她今天要做什麼，連同她需要知道的背景。這就是{{prompt|提示}}。',
        },
        'context-window': {
          title: '她記性不好，就是上下文視窗',
          text: '她記性不好：給她兩頁長的清單，後面就忘了。模型也有同樣的限制，叫做{{context-window|上下文視窗}}，所以指示不能無限加長。',
        },
        agent: {
          title: '請師傅來修電視，就是智能體',
          text: '電視壞了，她會請修理師傅來，而不是亂猜。{{agent|智能體（助手）}}幫模型做它自己做不到的事：查今天的價格、計算、寄電子郵件。',
        },
      },
      imageLabel:
        '屋子裡的管家阿姨：時鐘代表一小時的交代，櫃子上貼著紙條，對話框裡是你的指示，電視旁站著拿扳手的修理師傅。',
    },
    student: {
      heading: '考前的大學生',
      intro: '同樣四個概念，換成一個正要考試的學生來看。',
      items: {
        prompt: {
          title: '考試題目，就是提示',
          text: '題目說明要做什麼，也給了背景。題目問得清楚，答案就更好。',
        },
        'fine-tune': {
          title: '考前臨時抱佛腳，就是微調',
          text: '考前一晚，學生反覆練習考古題和標準答案，直到答題格式變成本能。',
        },
        notes: {
          title: '帶筆記本進考場，就是嵌入',
          text: '開書考時，學生先翻到對的那一頁。知識留在筆記本裡，隨時可以更新。',
        },
        agent: {
          title: '用計算機，就是智能體',
          text: '遇到心算算不出的題目，學生拿起計算機：這是用工具做事，不是多念書。',
        },
      },
      imageLabel: '書桌前的學生，桌上有考卷、一疊抱佛腳用的書、一本打開的筆記本和一台計算機。',
    },
    summary:
      '簡單說：提示說明你現在要什麼，筆記提供會變動的資料，助手做模型做不到的事，微調則改變習慣：格式、風格和技能。',
  },
  benefits: {
    intro: '用在對的地方，微調有四個好處。',
    items: {
      'shorter-prompts': {
        title: '提示變短',
        text: '以前每次都要貼進{{few-shot|少樣本提示}}的範例和格式說明，現在模型已經學會了，每次請求送出的 {{token|token}} 更少。',
      },
      'better-results': {
        title: '在你的工作上效果更好',
        text: '用你真實的案例訓練過的模型，做你這件事通常比單靠提示好。',
      },
      'steady-format': {
        title: '格式穩定',
        text: '每次都照同一個樣子輸出，例如固定的表單、資料格式或某種語言。',
      },
      'faster-replies': {
        title: '回覆更快',
        text: '提示短了，回覆就快；微調過的小模型也能取代較慢的大模型。',
      },
    },
  },
  risks: {
    intro: '它也有一些容易忽略的成本和限制。',
    items: {
      'other-tasks': {
        title: '其他工作可能變差',
        text: '為一件事訓練，可能讓別的事做得比較差。要留一份{{test-set|測試集}}，訓練前後比一比。',
      },
      'made-up-answers': {
        title: '治不好胡說八道',
        text: '微調過的模型還是可能{{made-up-answer|胡說八道}}。事實資料應該放在它讀得到的筆記裡。',
      },
      'hidden-costs': {
        title: '隱形成本',
        text: '收集好的範例、整理成正確格式、準備測試集、試好幾次，都要花時間和金錢。',
      },
      'data-leaves': {
        title: '資料會離開你的電腦',
        text: '你的範例會上傳到服務商，訓練出的模型也放在他們的伺服器上。先確認你可以分享哪些資料。',
      },
      'provider-review': {
        title: '服務商會審查訓練資料',
        text: '訓練檔案會依服務商的規定檢查，違反規定的資料會被拒絕。',
      },
    },
  },
  fits: {
    intro: '最適合微調的有三種情況。',
    items: {
      'format-style': {
        title: '需要穩定的格式或風格',
        text: '每次都是同樣的表單或資料格式，或是你品牌、某個角色的說話方式。',
      },
      'many-examples': {
        title: '範例多到提示放不下',
        text: '想示範的例子多到塞不進提示時，就改拿來訓練。',
      },
      'new-skill': {
        title: '模型不擅長的技能',
        text: '即使指示寫得很好，基礎模型還是做不好的事，例如公司內部的程式碼或行話。',
      },
    },
    otherwise: '如果你要的是事實資料（價格、規定、庫存），先用提示加筆記。下面的問卷可以幫你判斷。',
  },
  prices: {
    intro:
      '你要付兩次錢：一次是訓練，按 {{token|token}} 數乘上{{epoch|訓練輪數}}計費；之後每次使用微調模型都要付費，而且每個 token 比基礎模型貴。',
    launchCaption: '2023 年 gpt-3.5-turbo 微調剛推出時的價格（每 1,000 個 token）',
    launchExample:
      '算算看：一個 {tokens} token 的訓練檔，訓練 {epochs} 輪，每 1,000 token {price}，花費是 {tokens} × {epochs} × {price} ÷ 1,000 = {cost}。',
    eightTimes: '微調後的 gpt-3.5-turbo 每次回答的費用是基礎模型的八倍，所以提示要省下很多才划算。',
    todayCaption: '現在的價目表（微調模型，每 100 萬個 token）',
    todayExample: '同一個檔案今天用 {model}：{tokens} × {epochs} × {price} ÷ 1,000,000 = {cost}。',
    columns: { model: '模型', training: '訓練', input: '輸入', output: '輸出', shutdown: '停止服務' },
    perMillion: '每 100 萬 token',
    noShutdown: '尚未公布',
    note: '價格會變動；你可以在「設定」裡更正，Tunesmith 的所有費用都會用你的數字計算。',
  },
  steps: {
    intro: '微調分四步，Tunesmith 每一步都有對應的頁面。',
    items: {
      prepare: {
        title: '準備範例',
        text: '把一份問題和理想答案的試算表，變成檢查過的{{training-example|訓練範例}}，並留一部分當{{validation-set|驗證集}}。',
        button: '前往「範例」',
      },
      upload: {
        title: '上傳',
        text: '把檢查過的檔案送到服務商。Tunesmith 會先告訴你要花多少錢。',
        button: '前往「訓練」',
      },
      train: {
        title: '訓練',
        text: '開始訓練，看著{{loss|損失值}}下降；每個{{checkpoint|檢查點}}都會保留，萬一前面的比較好。',
        button: '前往「訓練」',
      },
      use: {
        title: '使用',
        text: '把你的模型和基礎模型並排對話，問問你的測試問題。',
        button: '前往「試用」',
      },
    },
    imageLabel: '一條有四站的路：準備、上傳、訓練、使用。',
  },
  news: {
    intro: 'OpenAI 正在關閉自助微調服務。已經訓練好的模型可以繼續使用，直到它的基礎模型停止服務為止。',
    timeline: {
      'closed-new': { date: '2026 年 5 月 7 日', text: '不再開放給從沒微調過的帳號。' },
      'closed-inactive': { date: '2026 年 7 月 2 日', text: '過去 60 天沒用過微調模型的帳號也不能再訓練。' },
      'no-new-jobs': { date: '2027 年 1 月 6 日', text: '這天之後，任何人都不能再建立訓練工作。' },
      'models-off': {
        date: '2027 年 1 月 14 日',
        text: 'gpt-4o、gpt-4o-mini、gpt-4.1 和 gpt-4.1-mini 停止服務，從它們微調出來的模型也一起停止。',
      },
      'gpt35-gone': { date: '已經發生', text: '2023 年例子裡的 gpt-3.5-turbo 已經下線。' },
    },
    insteadHeading: '改用什麼',
    instead: {
      practice: {
        title: '用練習模式學習',
        text: 'Tunesmith 內建的練習服務在你的電腦上跑完每一步，免費，也不需要帳號。',
      },
      providers: {
        title: '其他服務商，即將支援',
        text: '阿里雲百煉（Model Studio）和 Together AI 仍然提供微調，Tunesmith 接下來會支援。',
      },
      'prompts-first': {
        title: '先用提示和筆記',
        text: '大多數目標靠好的提示加上筆記就能達成，而且換到哪個服務商都能用。',
      },
    },
  },
};
