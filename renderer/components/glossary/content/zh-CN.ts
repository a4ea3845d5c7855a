// 简体中文词汇表：每个词一句大白话解释、一个例子。
import type { GlossaryContent } from '../types';

export const zhCN: GlossaryContent = {
  labels: { example: '例子' },
  terms: {
    token: {
      term: 'token（词元）',
      explanation: 'AI 模型读写文字的小单位，常常只是一个词的一部分，收费也按它计算。',
      example: '一千个英文单词大约是一千三百个 token；一个汉字大约是一到两个。',
    },
    epoch: {
      term: '训练轮数（epoch）',
      explanation: '把你所有的样例从头到尾完整训练一遍，叫做一轮。',
      example: '设置 3 轮，模型就会把你的 100 个样例各学三次。',
    },
    'validation-set': {
      term: '验证集',
      explanation: '不拿来训练、只在训练过程中拿来检查的样例，用来确认模型真的学会了，而不是死记硬背。',
      example: '100 个样例先留出 10 个；它们的分数不再提高时，训练就差不多了。',
    },
    'test-set': {
      term: '测试集',
      explanation: '从不拿来训练的样例，用来检验训练好的模型，也包括它原本就做得好的任务。',
      example: '训练前后各问同样的 20 个测试问题，比较答案。',
    },
    checkpoint: {
      term: '检查点',
      explanation: '训练途中保存下来的模型副本，万一后面越练越差，可以改用它。',
      example: '如果第 2 轮后保存的版本比最后的版本答得好，就用那个检查点。',
    },
    loss: {
      term: '损失值（loss）',
      explanation: '衡量模型的回答和你的样例差多远的数字，越低越好。',
      example: '损失值从 2.1 降到 0.4，说明回答越来越接近你的写法。',
    },
    'context-window': {
      term: '上下文窗口',
      explanation: '模型一次能处理的文字上限：指令、笔记、对话和它的回复全部加起来。',
      example: '就像记性不好：指令清单太长，后面的就会忘掉一部分。',
    },
    embedding: {
      term: '嵌入（embedding）',
      explanation: '把一段文字的意思转成一串数字，用来找出和问题相关的笔记。',
      example: '有人问“能退钱吗”，也能找到标题是“退款规定”的那张笔记。',
    },
    'base-model': {
      term: '基础模型',
      explanation: '服务商原本提供、还没有人微调过的模型。',
      example: 'gpt-4o-mini 是基础模型；你微调出来的版本建立在它之上。',
    },
    prompt: {
      term: '提示词（prompt）',
      explanation: '每次请求时一并发给模型的指令和信息。',
      example: '“请用三个简短的要点、亲切的语气回答：……”',
    },
    'few-shot': {
      term: '少样本提示（few-shot）',
      explanation: '在提示词里附上几个示范问答，让模型看懂你要的样子。',
      example: '先给三个问题和理想答案，再接上新的问题。',
    },
    'fine-tuning': {
      term: '微调',
      explanation: '用你自己的样例，把现成的模型再多训练一点，让它默认就按你的方式回答。',
      example: '学过你 200 条客服回复之后，不用交代，它就会用你们的语气回答。',
    },
    'training-example': {
      term: '训练样例',
      explanation: '一个问题配上你想要的答案，是微调学习的基本单位。',
      example: '问题：“我的快递到哪了？”答案：你心目中的理想回复。',
    },
    agent: {
      term: '智能体（助手）',
      explanation: '模型可以调用的工具，帮它做自己做不到的事，比如查询实时数据。',
      example: '被问到今天的汇率时，模型调用一个去查汇率的助手。',
    },
    'made-up-answer': {
      term: '胡说八道（幻觉）',
      explanation: '说得很有把握、但其实不是真的回答。',
      example: '引用一条你的店从来没有过的退款规定。',
    },
    temperature: {
      term: '温度（temperature）',
      explanation: '模型用词变化的多少：0 几乎每次都答得一样，数值越高变化越多。',
      example: '温度 0 时，店里的招呼语每次一字不差；温度 1 时每次说法略有不同。',
    },
    seed: {
      term: '种子（seed）',
      explanation: '固定随机选择的一个数字，同样的操作再做一次会得到同样的结果。',
      example: '用种子 42 划分两次，每个示例两次都分到同一部分。',
    },
  },
};
