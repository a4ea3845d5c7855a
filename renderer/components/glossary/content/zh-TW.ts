// 繁體中文詞彙表：每個詞一句白話解釋、一個例子。
import type { GlossaryContent } from '../types';

export const zhTW: GlossaryContent = {
  labels: { example: '例子' },
  terms: {
    token: {
      term: 'token（詞元）',
      explanation: 'AI 模型讀寫文字的小單位，常常只是一個詞的一部分，收費也按它計算。',
      example: '一千個英文單字大約是一千三百個 token；一個漢字大約是一到兩個。',
    },
    epoch: {
      term: '訓練輪數（epoch）',
      explanation: '把你所有的範例從頭到尾完整訓練一遍，叫做一輪。',
      example: '設定 3 輪，模型就會把你的 100 個範例各學三次。',
    },
    'validation-set': {
      term: '驗證集',
      explanation: '不拿來訓練、只在訓練過程中拿來檢查的範例，用來確認模型是真的學會，而不是死記。',
      example: '100 個範例先留下 10 個；它們的分數不再進步時，訓練就差不多了。',
    },
    'test-set': {
      term: '測試集',
      explanation: '從不拿來訓練的範例，用來檢驗訓練好的模型，也包括它原本就做得好的工作。',
      example: '訓練前後各問同樣的 20 個測試問題，比較答案。',
    },
    checkpoint: {
      term: '檢查點',
      explanation: '訓練途中存下的模型副本，萬一後面越練越差，可以改用它。',
      example: '如果第 2 輪後存下的版本比最後的版本答得好，就用那個檢查點。',
    },
    loss: {
      term: '損失值（loss）',
      explanation: '衡量模型的回答和你的範例差多遠的數字，越低越好。',
      example: '損失值從 2.1 降到 0.4，表示回答越來越接近你的寫法。',
    },
    'context-window': {
      term: '上下文視窗',
      explanation: '模型一次能處理的文字上限：指示、筆記、對話和它的回覆全部加起來。',
      example: '就像記性不好：指示清單太長，後面的就會忘掉一部分。',
    },
    embedding: {
      term: '嵌入（embedding）',
      explanation: '把一段文字的意思轉成一串數字，用來找出和問題相關的筆記。',
      example: '有人問「可以退錢嗎」，也能找到標題是「退款規定」的那張筆記。',
    },
    'base-model': {
      term: '基礎模型',
      explanation: '服務商原本提供、還沒有人微調過的模型。',
      example: 'gpt-4o-mini 是基礎模型；你微調出來的版本是建立在它之上。',
    },
    prompt: {
      term: '提示（prompt）',
      explanation: '每次請求時一併送給模型的指示和資訊。',
      example: '「請用三個簡短的重點、親切的語氣回答：……」',
    },
    'few-shot': {
      term: '少樣本提示（few-shot）',
      explanation: '在提示裡附上幾個示範問答，讓模型看懂你要的樣子。',
      example: '先給三個問題和理想答案，再接上新的問題。',
    },
    'fine-tuning': {
      term: '微調',
      explanation: '用你自己的範例，把現成的模型再多訓練一點，讓它預設就照你的方式回答。',
      example: '學過你 200 則客服回覆之後，不用交代，它就會用你們的語氣回答。',
    },
    'training-example': {
      term: '訓練範例',
      explanation: '一個問題配上你想要的答案，是微調學習的基本單位。',
      example: '問題：「我的包裹在哪裡？」答案：你心目中的理想回覆。',
    },
    agent: {
      term: '智能體（助手）',
      explanation: '模型可以呼叫的工具，幫它做自己做不到的事，例如查詢即時資料。',
      example: '被問到今天的匯率時，模型呼叫一個去查匯率的助手。',
    },
    'made-up-answer': {
      term: '胡說八道（幻覺）',
      explanation: '說得很有把握、但其實不是真的回答。',
      example: '引用一條你的店從來沒有過的退款規定。',
    },
    temperature: {
      term: '溫度（temperature）',
      explanation: '模型用詞變化的多寡：0 幾乎每次都答得一樣，數值越高變化越多。',
      example: '溫度 0 時，店裡的招呼語每次一字不差；溫度 1 時每次說法略有不同。',
    },
    seed: {
      term: '種子（seed）',
      explanation: '固定隨機選擇的一個數字，同樣的操作再做一次會得到同樣的結果。',
      example: '用種子 42 分割兩次，每個範例兩次都分到同一部分。',
    },
  },
};
