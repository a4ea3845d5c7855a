// English explainer, written for people who have never trained a model. Source of the analogies,
// benefits, risks and prices: the team's seed script (a Chinese video script about OpenAI's 2023
// fine-tuning launch); the news section reflects OpenAI's 2026 wind-down notices.
import type { ExplainerContent } from '../types';

export const explainer: ExplainerContent = {
  what: {
    paragraphs: [
      'An AI model like the one behind ChatGPT has already read a huge amount of text. It writes well and knows a lot, but it knows nothing about your work: your customers, your tone, your forms.',
      '{{fine-tuning|Fine-tuning}} means taking such a ready-made {{base-model|base model}} and training it a little more on a small set of your own {{training-example|examples}}: questions paired with the answers you want. Afterwards it answers your way without being told every time.',
      'It is one of four ways to make a model more useful to you, and often not the first one to try. The two pictures below show all four.',
    ],
  },
  approaches: {
    intro: 'Two everyday pictures make the four approaches easy to tell apart.',
    housekeeper: {
      heading: 'A new housekeeper',
      intro:
        'You hire an experienced housekeeper. She speaks your language and knows how to clean and cook, but she has never seen your home.',
      items: {
        'fine-tune': {
          title: 'The one-hour briefing is fine-tuning',
          text: 'On her first day you spend an hour showing her where things go and what not to touch. She remembers it from then on, without reminders.',
        },
        notes: {
          title: 'Notes around the house are embeddings',
          text: 'You stick notes on the cupboards: “spices, top shelf”. She reads the right note when she needs it, and you can change a note any time. That is notes found with {{embedding|embeddings}}.',
        },
        prompt: {
          title: 'Your instructions are the prompt',
          text: 'Each morning you tell her what to do today, with the background she needs. That is a {{prompt|prompt}}.',
        },
        'context-window': {
          title: 'Her short memory is the context window',
          text: 'Her memory is short: give her a two-page list and she forgets the end. A model has the same limit, its {{context-window|context window}}, so instructions cannot grow forever.',
        },
        agent: {
          title: 'Calling in a repair person is an agent',
          text: 'When the TV breaks, she calls a repair person rather than guessing. A helper, or {{agent|agent}}, does what the model cannot do alone: look up today’s prices, calculate, send an email.',
        },
      },
      imageLabel:
        'A housekeeper in a house: a clock marks her one-hour briefing, sticky notes hang on the cupboards, a speech bubble holds your instructions, and a repair person with a wrench stands by the TV.',
    },
    student: {
      heading: 'A student before an exam',
      intro: 'The same four ideas, seen as a student sitting an exam.',
      items: {
        prompt: {
          title: 'The exam question is the prompt',
          text: 'It says what to do and gives the background. A clear question gets a better answer.',
        },
        'fine-tune': {
          title: 'Cramming is fine-tuning',
          text: 'The night before, the student drills past questions and model answers until the format is second nature.',
        },
        notes: {
          title: 'An open notebook is embeddings',
          text: 'In an open-book exam the student looks up the right page first. Facts stay in the notebook, easy to update.',
        },
        agent: {
          title: 'A calculator is an agent',
          text: 'For sums it cannot do in its head, the student reaches for a calculator: a tool for a job, not more studying.',
        },
      },
      imageLabel:
        'A student at a desk with an exam paper, a stack of cramming books, an open notebook and a calculator.',
    },
    summary:
      'In short: prompts say what you want now, notes bring facts that change, helpers do jobs the model cannot, and fine-tuning changes habits: format, style and skills.',
  },
  benefits: {
    intro: 'When it fits, fine-tuning gives you four things.',
    items: {
      'shorter-prompts': {
        title: 'Shorter prompts',
        text: 'The examples and format rules you used to paste into every {{few-shot|few-shot prompt}} are now learned, so each request sends fewer {{token|tokens}}.',
      },
      'better-results': {
        title: 'Better results on your own work',
        text: 'Trained on your real cases, a model usually beats a prompt alone at your particular task.',
      },
      'steady-format': {
        title: 'A steady format',
        text: 'It keeps to one shape every time, such as a fixed form, a data format or one language.',
      },
      'faster-replies': {
        title: 'Faster replies',
        text: 'Shorter prompts are quicker, and a fine-tuned small model can stand in for a slower large one.',
      },
    },
  },
  risks: {
    intro: 'It also has costs and limits that are easy to miss.',
    items: {
      'other-tasks': {
        title: 'It can get worse at other tasks',
        text: 'Training for one job can blunt others. Keep a {{test-set|test set}} and compare before and after.',
      },
      'made-up-answers': {
        title: 'It does not cure made-up answers',
        text: 'A fine-tuned model can still give a {{made-up-answer|made-up answer}}. Facts belong in notes it can read.',
      },
      'hidden-costs': {
        title: 'Hidden costs',
        text: 'Collecting good examples, putting them in the right format, keeping a test set and several trial runs all take time and money.',
      },
      'data-leaves': {
        title: 'Your data leaves your machine',
        text: 'Your examples are uploaded to the provider and your model lives on their servers. Check what you are allowed to share.',
      },
      'provider-review': {
        title: 'The provider reviews training data',
        text: 'Training files are checked against the provider’s rules; data that breaks them is refused.',
      },
    },
  },
  fits: {
    intro: 'Fine-tuning fits best in three situations.',
    items: {
      'format-style': {
        title: 'A steady format or style',
        text: 'Always the same form or data shape, or the voice of your brand or a character.',
      },
      'many-examples': {
        title: 'More examples than a prompt can hold',
        text: 'When the examples you want to show would overflow the prompt, train on them instead.',
      },
      'new-skill': {
        title: 'A skill the model lacks',
        text: 'A task the base model does poorly even with good instructions, such as an in-house code or jargon.',
      },
    },
    otherwise:
      'If your need is facts (prices, policies, stock), start with a prompt and notes. The questionnaire below helps you decide.',
  },
  prices: {
    intro:
      'You pay twice: once to train, counted in {{token|tokens}} times {{epoch|epochs}}, and then for every request to the fine-tuned model, at a higher price per token than the base model.',
    launchCaption: 'The 2023 launch prices of gpt-3.5-turbo fine-tuning (per 1,000 tokens)',
    launchExample:
      'Worked example: a training file of {tokens} tokens, trained for {epochs} epochs at {price} per 1,000 tokens, costs {tokens} × {epochs} × {price} ÷ 1,000 = {cost}.',
    eightTimes:
      'Each answer from the fine-tuned gpt-3.5-turbo cost eight times the base model’s price, so the shorter prompt had to save a lot to pay off.',
    todayCaption: 'Today’s catalog (fine-tuned models, per 1 million tokens)',
    todayExample: 'The same file on {model} today: {tokens} × {epochs} × {price} ÷ 1,000,000 = {cost}.',
    columns: {
      model: 'Model',
      training: 'Training',
      input: 'Input',
      output: 'Output',
      shutdown: 'Shuts down',
    },
    perMillion: 'per 1M tokens',
    noShutdown: 'not announced',
    note: 'Prices change; Settings lets you correct them, and every cost in Tunesmith uses your figures.',
  },
  steps: {
    intro: 'Fine-tuning takes four steps. Tunesmith has a page for each.',
    items: {
      prepare: {
        title: 'Prepare examples',
        text: 'Turn a spreadsheet of questions and ideal answers into checked {{training-example|training examples}}, and set some aside as a {{validation-set|validation set}}.',
        button: 'Go to Examples',
      },
      upload: {
        title: 'Upload',
        text: 'Send the checked file to the provider. Tunesmith shows what it will cost first.',
        button: 'Go to Train',
      },
      train: {
        title: 'Train',
        text: 'Start the job and watch its {{loss|loss}} fall; each {{checkpoint|checkpoint}} is kept in case an earlier one is better.',
        button: 'Go to Train',
      },
      use: {
        title: 'Use',
        text: 'Chat with your model next to the base model and ask your test questions.',
        button: 'Go to Try',
      },
    },
    imageLabel: 'A path with four stops: prepare, upload, train, use.',
  },
  news: {
    intro:
      'OpenAI is closing its do-it-yourself fine-tuning service. Models you already trained keep answering until their base model is switched off.',
    timeline: {
      'closed-new': {
        date: '7 May 2026',
        text: 'Closed to accounts that had never fine-tuned.',
      },
      'closed-inactive': {
        date: '2 July 2026',
        text: 'Also closed to accounts that had not used a fine-tuned model in the previous 60 days.',
      },
      'no-new-jobs': {
        date: '6 January 2027',
        text: 'No new training jobs for anyone after this day.',
      },
      'models-off': {
        date: '14 January 2027',
        text: 'gpt-4o, gpt-4o-mini, gpt-4.1 and gpt-4.1-mini shut down, and every model fine-tuned from them.',
      },
      'gpt35-gone': {
        date: 'Already',
        text: 'gpt-3.5-turbo, the model from the 2023 example, is gone.',
      },
    },
    insteadHeading: 'What to use instead',
    instead: {
      practice: {
        title: 'Practice mode to learn',
        text: 'Tunesmith’s built-in practice service runs every step on your computer, for free, with no account.',
      },
      providers: {
        title: 'Other providers, coming soon',
        text: 'Alibaba Model Studio and Together AI still offer fine-tuning; Tunesmith will support them next.',
      },
      'prompts-first': {
        title: 'Prompts and notes first',
        text: 'Most goals are reached with a good prompt plus notes, and they move easily to any provider.',
      },
    },
  },
};
