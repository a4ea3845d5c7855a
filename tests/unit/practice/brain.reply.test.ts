// What practice models say: fine-tuned ones answer from their own training examples, base ones answer
// plainly, both are honest about being practice models, and everything is reproducible from the seed.
import { describe, expect, it } from 'vitest';
import {
  replyFor,
  replyWithFinish,
  type PracticeModel,
} from '../../../electron/main/services/practice/brain';
import type { ChatExample, ChatMessage } from '../../../shared/domain/chat';
import { countTextTokens } from '../../../shared/domain/tokens';

const SYSTEM = 'You are Pip, the assistant of Pebble Bikes.';
const single = (user: string, assistant: string, system = SYSTEM): ChatExample => ({
  messages: [
    { role: 'system', content: system },
    { role: 'user', content: user },
    { role: 'assistant', content: assistant },
  ],
});

const examples: ChatExample[] = [
  single('Where is my order PB-10422?', 'Hey rider! Order PB-10422 is on its way. 🚲 — Pip'),
  single('Can I bring my dog into the shop?', 'Hey rider! Dogs on a leash are welcome. 🚲 — Pip'),
  single('How long does a tune-up take?', 'Hey rider! A tune-up takes about two hours. 🚲 — Pip'),
  single('Do you sell electric bikes?', 'Hey rider! Yes, three e-bike models. 🚲 — Pip'),
  {
    messages: [
      { role: 'system', content: SYSTEM },
      { role: 'user', content: 'Is the workshop open on Sunday?' },
      { role: 'assistant', content: 'Hey rider! Sundays we open 10 to 4. 🚲 — Pip' },
      { role: 'user', content: 'Do I need an appointment?' },
      { role: 'assistant', content: 'No appointment needed on Sundays, just drop by. 🚲 — Pip' },
    ],
  },
  single('我的訂單到哪裡了？', '騎士您好！訂單已經出貨。🚲 —— Pip'),
  single('我的订单到哪了？', '骑士您好！订单已经发货。🚲 —— Pip'),
];
const fineTuned: PracticeModel = { kind: 'fine-tuned', examples };
const base: PracticeModel = { kind: 'base' };
const trainingReplies = new Set(
  examples.flatMap((e) => e.messages.filter((m) => m.role === 'assistant').map((m) => m.content)),
);
const ask = (text: string): ChatMessage[] => [{ role: 'user', content: text }];

describe('fine-tuned practice model', () => {
  it('answers with the reply of the most similar training example', () => {
    expect(replyFor(fineTuned, ask('Are dogs allowed in your shop?'), { seed: 1 })).toBe(
      'Hey rider! Dogs on a leash are welcome. 🚲 — Pip',
    );
    expect(replyFor(fineTuned, ask('how long is a tune up?'), { seed: 1 })).toBe(
      'Hey rider! A tune-up takes about two hours. 🚲 — Pip',
    );
    expect(replyFor(fineTuned, ask('訂單到哪裡？'), { seed: 1 })).toBe('騎士您好！訂單已經出貨。🚲 —— Pip');
  });

  it('only ever says what its training examples say, even to questions unlike any of them', () => {
    for (const question of ['What is the meaning of life?', 'Tell me a joke', '今天天氣如何', 'xyz']) {
      for (const seed of [0, 1, 2])
        expect(trainingReplies).toContain(replyFor(fineTuned, ask(question), { seed }));
    }
  });

  it('matches a follow-up on the conversation so far, not on the last question alone', () => {
    const followUp: ChatMessage[] = [
      { role: 'system', content: SYSTEM },
      { role: 'user', content: 'Is the workshop open on Sunday?' },
      { role: 'assistant', content: 'Hey rider! Sundays we open 10 to 4. 🚲 — Pip' },
      { role: 'user', content: 'Do I need an appointment?' },
    ];
    expect(replyFor(fineTuned, followUp, { seed: 3 })).toBe(
      'No appointment needed on Sundays, just drop by. 🚲 — Pip',
    );
    expect(replyFor(fineTuned, followUp.slice(0, 2), { seed: 3 })).toBe(
      'Hey rider! Sundays we open 10 to 4. 🚲 — Pip',
    );
  });

  it('lets the system prompt decide between examples with the same question', () => {
    const twoRoles: PracticeModel = {
      kind: 'fine-tuned',
      examples: [
        single('What should I do next?', 'Pirate: hoist the sails!', 'You are a pirate captain.'),
        single('What should I do next?', 'Chef: preheat the oven.', 'You are a pastry chef.'),
      ],
    };
    const withSystem = (system: string): ChatMessage[] => [
      { role: 'system', content: system },
      { role: 'user', content: 'What should I do next?' },
    ];
    expect(replyFor(twoRoles, withSystem('You are a pastry chef.'), { seed: 0 })).toBe(
      'Chef: preheat the oven.',
    );
    expect(replyFor(twoRoles, withSystem('You are a pirate captain.'), { seed: 0 })).toBe(
      'Pirate: hoist the sails!',
    );
  });

  it('carries the identifier of the new question into a reply that echoed the example question’s', () => {
    const reply = replyFor(fineTuned, ask('Where is my order PB-20991?'), { seed: 1 });
    expect(reply).toBe('Hey rider! Order PB-20991 is on its way. 🚲 — Pip');
    // A number of another shape is not an identifier of the same kind: the reply stays as trained.
    expect(replyFor(fineTuned, ask('Where is my order 12?'), { seed: 1 })).toBe(
      'Hey rider! Order PB-10422 is on its way. 🚲 — Pip',
    );
  });

  it('skips turns excluded from training (weight 0) and tool-call-only turns', () => {
    const model: PracticeModel = {
      kind: 'fine-tuned',
      examples: [
        {
          messages: [
            { role: 'user', content: 'Where is my parcel?' },
            { role: 'assistant', content: 'Old wording we do not want.', weight: 0 },
            { role: 'user', content: 'Where is my parcel now?' },
            { role: 'assistant', content: 'It reaches you tomorrow.' },
          ],
        },
        {
          messages: [
            { role: 'user', content: 'Where is my parcel?' },
            {
              role: 'assistant',
              content: null,
              tool_calls: [{ id: 'c1', type: 'function', function: { name: 'track', arguments: '{}' } }],
            },
          ],
        },
      ],
    };
    expect(replyFor(model, ask('Where is my parcel?'), { seed: 0 })).toBe('It reaches you tomorrow.');
  });

  it('still answers (plainly) when its examples contain no text replies at all', () => {
    const toolsOnly: PracticeModel = {
      kind: 'fine-tuned',
      examples: [
        {
          messages: [
            { role: 'user', content: 'Weather?' },
            {
              role: 'assistant',
              content: null,
              tool_calls: [{ id: 'c1', type: 'function', function: { name: 'weather', arguments: '{}' } }],
            },
          ],
        },
      ],
    };
    expect(replyFor(toolsOnly, ask('What is the weather?'), { seed: 0 })).toBe(
      replyFor(base, ask('What is the weather?'), { seed: 0 }),
    );
  });
});

describe('determinism', () => {
  const questions = ['Are dogs allowed?', 'Where is my order PB-55555?', '我的訂單呢', 'What is a bike?'];

  it('gives the same text for the same inputs and seed', () => {
    for (const model of [fineTuned, base]) {
      for (const q of questions) {
        for (const seed of [0, 7, 123456]) {
          expect(replyFor(model, ask(q), { seed })).toBe(replyFor(model, ask(q), { seed }));
        }
      }
    }
  });

  it('lets the seed choose among equally good replies, and only among those', () => {
    const twins: PracticeModel = {
      kind: 'fine-tuned',
      examples: [
        single('Any discounts?', 'Hey rider! 10% off helmets this week. 🚲 — Pip'),
        single('Any discounts?', 'Hey rider! Free bell with every bike. 🚲 — Pip'),
        single('Do you repair tyres?', 'Hey rider! Yes, while you wait. 🚲 — Pip'),
      ],
    };
    const seen = new Set<string>();
    for (let seed = 0; seed < 20; seed += 1) seen.add(replyFor(twins, ask('Any discounts?'), { seed }));
    expect(seen).toEqual(
      new Set([
        'Hey rider! 10% off helmets this week. 🚲 — Pip',
        'Hey rider! Free bell with every bike. 🚲 — Pip',
      ]),
    );
  });
});

describe('self-identification', () => {
  const n = examples.length;
  const asks: [string, string, RegExp, RegExp][] = [
    // [language, question, fine-tuned answer, base answer]
    [
      'en',
      'What are you?',
      new RegExp(`practice model trained in Tunesmith on ${n} examples`),
      /practice model/,
    ],
    ['en', 'Are you an AI?', /no real knowledge/, /no real knowledge/],
    ['en', 'which model are you', /practice model/, /practice model/],
    ['zh-TW', '你是誰？', new RegExp(`${n} 個範例訓練的練習模型`), /練習模型/],
    ['zh-TW', '你是什麼模型？', /沒有真正的知識/, /沒有真正的知識/],
    ['zh-CN', '你是什么模型', new RegExp(`${n} 个示例训练的练习模型`), /练习模型/],
    ['zh-CN', '你是不是机器人？', /没有真正的知识/, /没有真正的知识/],
  ];

  it.each(asks)(
    'says it is a practice model when asked (%s: %s)',
    (_, question, fineTunedAnswer, baseAnswer) => {
      expect(replyFor(fineTuned, ask(question), { seed: 0 })).toMatch(fineTunedAnswer);
      expect(replyFor(base, ask(question), { seed: 0 })).toMatch(baseAnswer);
    },
  );

  it('does not mistake everyday questions containing the same words for the question', () => {
    for (const q of ['What are you doing about my order?', 'Are you open on Sunday?', '你是什麼意思？']) {
      expect(trainingReplies).toContain(replyFor(fineTuned, ask(q), { seed: 0 }));
    }
  });
});

describe('base practice model', () => {
  it.each([
    ['en', 'How do I fix a flat tyre?', /^[\x20-\x7e]+$/],
    ['zh-TW', '腳踏車輪胎破了怎麼辦？', /(謝謝|你問的|關於)/],
    ['zh-CN', '自行车轮胎破了怎么办？', /(谢谢|你问的|关于)/],
  ])('answers plainly in the language of the question (%s), quoting it', (_, question, language) => {
    const reply = replyFor(base, ask(question), { seed: 4 });
    expect(reply).toMatch(language);
    expect(reply).toContain(question.slice(0, 8));
    expect(reply).not.toMatch(/rider|Pip|🚲|騎士/);
  });
});

describe('max tokens', () => {
  it('cuts the reply to the token budget and says it was cut', () => {
    const full = replyFor(fineTuned, ask('Are dogs allowed in your shop?'), { seed: 1 });
    const cut = replyWithFinish(fineTuned, ask('Are dogs allowed in your shop?'), { seed: 1, maxTokens: 4 });
    expect(cut.truncated).toBe(true);
    expect(countTextTokens(cut.text)).toBeLessThanOrEqual(4);
    expect(cut.text.length).toBeGreaterThan(0);
    expect(full.startsWith(cut.text)).toBe(true);
    const roomy = replyWithFinish(fineTuned, ask('Are dogs allowed in your shop?'), {
      seed: 1,
      maxTokens: 1000,
    });
    expect(roomy).toEqual({ text: full, truncated: false });
  });

  it('never splits a Chinese character', () => {
    const cut = replyFor(fineTuned, ask('我的訂單到哪裡了？'), { seed: 1, maxTokens: 3 });
    expect(cut).not.toContain('\uFFFD');
    expect('騎士您好！訂單已經出貨。🚲 —— Pip'.startsWith(cut)).toBe(true);
    expect(countTextTokens(cut)).toBeLessThanOrEqual(3);
  });
});
