// 繁體中文：問卷和費用試算的介面文字。
import type { CalculatorContent, QuestionnaireContent } from '../types';

export const questionnaire: QuestionnaireContent = {
  intro: '關於你的目標，七個簡單問題。你會得到一個建議、背後的理由，以及下一步該去哪裡。',
  questions: {
    goal: {
      label: '你希望回答在哪方面改變？',
      options: {
        'format-style': '格式或風格',
        knowledge: '它知道的事（事實、價格、規定）',
        'new-skill': '一項它現在做不好的新技能',
        'use-tools': '它要能查資料、計算或採取行動',
      },
    },
    promptTried: {
      label: '你試過認真寫的提示嗎？',
      options: {
        'not-yet': '還沒有',
        'works-but-long': '試過，有效，但提示非常長',
        'not-good-enough': '試過，但回答不夠好',
      },
    },
    factsChange: {
      label: '回答所根據的資料多久變一次？',
      options: { rarely: '很少變', monthly: '大約每月', daily: '每天或每週' },
    },
    examples: {
      label: '你有多少個好的問答範例？',
      options: {
        none: '還沒有',
        'under-50': '少於 50 個',
        '50-to-500': '50 到 500 個',
        'over-500': '超過 500 個',
      },
    },
    dataMayLeave: {
      label: '你的範例可以傳到線上服務嗎？',
      options: { yes: '可以', unsure: '不確定', no: '不行，必須留在這裡' },
    },
    budget: {
      label: '訓練和試跑，你能花多少錢？',
      options: { nothing: '不能花錢', 'a-little': '幾美元', enough: '足夠試好幾次' },
    },
    volume: {
      label: '你預計每月有多少次請求？',
      options: {
        'under-1k': '少於 1,000 次',
        '1k-to-100k': '1,000 到 100,000 次',
        'over-100k': '超過 100,000 次',
      },
    },
  },
  submit: '看我的建議',
  missing: '請回答：{questions}',
  resultHeading: '我們的建議',
  planLabel: '建議做法：{plan}。',
  approaches: { prompt: '提示', notes: '筆記（嵌入）', 'fine-tune': '微調', agent: '助手（智能體）' },
  then: '，接著',
  reasonsHeading: '理由',
  reasons: {
    'prompt-untried': '你還沒試過認真寫的提示；它免費，而且常常就夠用了。',
    'prompt-not-enough': '認真寫的提示還不夠好，值得試試訓練。',
    'prompt-too-long': '你的提示有效但很長；微調把範例學進模型裡，提示就能變短。',
    'goal-format-style': '穩定的格式或風格，正是微調最擅長的。',
    'goal-new-skill': '教模型一項它缺少的技能，是微調的好理由。',
    'goal-knowledge': '事實資料最好做成筆記，讓模型回答時去讀。',
    'facts-change-often': '你的資料變動頻率是「{answer}」：筆記一分鐘就能改，訓練過的模型卻得重新訓練。',
    'tuning-not-for-facts': '微調無法阻止模型對事實胡說八道。',
    'goal-tools': '查資料、計算或採取行動，需要一個模型可以呼叫的助手。',
    'no-examples': '你還沒有範例；先用提示，同時開始收集。',
    'few-examples': '少於 {minimum} 個範例放進提示就好，很少值得拿來訓練。',
    'many-examples': '你的範例多到提示放不下。',
    'data-must-stay': '你的範例必須留在這裡，而微調會把它們上傳到服務商。',
    'data-check-first': '上傳之前，先確認你可以分享這些範例。',
    'data-prompts-leave-too': '提示和筆記也會送到服務商；機密內容請不要放進去。',
    'no-budget': '真正的訓練要花錢，即使不多。',
    'practice-is-free': '練習模式讓你在自己的電腦上免費學會每一步。',
    'volume-pays-back': '每月「{answer}」請求，提示變短每一次都能省錢。',
    'volume-low-check-cost': '每月「{answer}」請求，訓練費可能永遠賺不回來：請用下面的試算看看。',
    'keep-test-set': '留一些範例當測試集，確認模型在其他地方沒有變差。',
  },
  next: {
    'prepare-examples': { text: '下一步：把你的範例整理成檢查過的訓練檔。', button: '準備範例' },
    'try-prompt': { text: '下一步：寫一個認真的提示，在基礎模型上試試。', button: '試試提示' },
    'try-with-notes': {
      text: '下一步：把重要資料當筆記貼進提示，看看模型怎麼回答。',
      button: '加上筆記試試',
    },
    'plan-helper': { text: '下一步：先用提示試做這件事，記下模型在哪裡需要工具。', button: '試試看' },
  },
  startOver: '重新作答',
};

export const calculator: CalculatorContent = {
  intro: '比較 (a) 基礎模型加上塞滿範例的長提示，和 (b) 微調模型加上短提示，再加上一次性的訓練費。',
  modelLabel: '模型和價格',
  providers: {
    practice: '練習模式（OpenAI 價格）',
    openai: 'OpenAI',
    alibaba: '阿里雲百煉',
    nebius: 'Nebius Token Factory',
    together: 'Together AI',
  },
  example2023: '2023 年的例子：gpt-3.5-turbo',
  fields: {
    requestsPerMonth: { label: '每月請求次數', hint: '模型每月回答多少個問題。' },
    longPromptTokens: { label: '長提示 (a)，token 數', hint: '指示加上你貼進去的範例。' },
    shortPromptTokens: { label: '短提示 (b)，token 數', hint: '範例訓練進模型後剩下的部分。' },
    replyTokens: { label: '回覆，token 數', hint: '一般回答的長度，兩邊相同。' },
    trainingTokens: { label: '訓練檔，token 數', hint: '所有範例加起來。' },
    epochs: { label: '訓練輪數', hint: '把檔案學幾遍；一般從 3 開始。' },
    amortizeMonths: { label: '訓練費分攤月數', hint: '你預計使用這個模型多久。' },
  },
  volume: {
    unitLabel: '用量的單位',
    requests: '請求次數（自行輸入 token 數）',
    messages: '每月的電子郵件或訊息',
    messagesField: '每月電子郵件或訊息數',
    projectBasis:
      '一則訊息以輸入 {input} 個 token、輸出 {output} 個 token 計算：這是你的專案「{project}」中 {examples} 個範例的平均（依最近一次檢查）。',
    defaultBasis:
      '一則訊息以輸入 {input} 個 token、輸出 {output} 個 token 計算，相當於一封短郵件和它的回覆。在「範例」頁開啟並檢查一個專案，就會改用它自己的平均。',
  },
  invalidNumber: '請輸入 0 或更大的數字。',
  resultsHeading: '結果',
  labels: {
    baseRequest: '(a) 每次請求，基礎模型',
    tunedRequest: '(b) 每次請求，微調模型',
    training: '訓練，一次性',
    baseMonthly: '(a) 每月，基礎模型',
    tunedMonthly: '(b) 每月，微調模型（含分攤的訓練費）',
    breakEven: '(b) 開始比較便宜的用量',
    payback: '訓練費回本時間',
  },
  breakEvenValue: '每月 {requests} 次請求',
  paybackValue: '{months} 個月',
  never: '永遠不會',
  neverWhy:
    '在這裡，微調模型每次請求的費用不低於基礎模型，所以用量再大 (b) 也不會比較便宜。要微調，是為了品質，不是為了省錢。',
  formulaLabel: '算法：',
  units: { requests: '次請求', months: '個月', tokens: 'token', epochs: '輪' },
  priceErrors: {
    'model-not-in-catalog': '價目表裡沒有這個模型。',
    'base-price-unknown': '還不知道這個模型的基礎價格。',
    'tuned-price-unknown': '服務商還沒公布這個模型的微調價格。',
  },
  chart: {
    heading: '每月費用與用量',
    label: '折線圖：每月 0 到 {max} 次請求時，(a) 基礎模型和 (b) 微調模型的每月費用。',
    xAxis: '每月請求次數',
    yAxis: '每月美元',
    base: '(a) 基礎模型，長提示',
    tuned: '(b) 微調模型，短提示',
    breakEven: '損益平衡點',
  },
  priceSource: '價格來源：{source}；查核日期 {date}。',
};
