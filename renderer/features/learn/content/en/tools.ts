// English text for the Learn page's interactive parts: questionnaire and cost calculator.
import type { CalculatorContent, QuestionnaireContent } from '../types';

export const questionnaire: QuestionnaireContent = {
  intro:
    'Seven quick questions about your goal. You get a suggestion, the reasons behind it and where to go next.',
  questions: {
    goal: {
      label: 'What should change about the answers?',
      options: {
        'format-style': 'Their format or style',
        knowledge: 'What they know (facts, prices, rules)',
        'new-skill': 'A new skill the model does badly today',
        'use-tools': 'It should look things up, calculate or act',
      },
    },
    promptTried: {
      label: 'Have you tried a careful prompt?',
      options: {
        'not-yet': 'Not yet',
        'works-but-long': 'Yes, it works, but the prompt is very long',
        'not-good-enough': 'Yes, but the answers are not good enough',
      },
    },
    factsChange: {
      label: 'How often do the facts behind the answers change?',
      options: { rarely: 'Rarely', monthly: 'About monthly', daily: 'Daily or weekly' },
    },
    examples: {
      label: 'How many good question-and-answer examples do you have?',
      options: {
        none: 'None yet',
        'under-50': 'Fewer than 50',
        '50-to-500': '50 to 500',
        'over-500': 'More than 500',
      },
    },
    dataMayLeave: {
      label: 'May your examples be sent to an online service?',
      options: { yes: 'Yes', unsure: 'Not sure', no: 'No, they must stay here' },
    },
    budget: {
      label: 'How much can you spend on training and trial runs?',
      options: { nothing: 'Nothing', 'a-little': 'A few dollars', enough: 'Enough for several tries' },
    },
    volume: {
      label: 'How many requests a month do you expect?',
      options: {
        'under-1k': 'Fewer than 1,000',
        '1k-to-100k': '1,000 to 100,000',
        'over-100k': 'More than 100,000',
      },
    },
  },
  submit: 'Show my suggestion',
  missing: 'Please answer: {questions}',
  resultHeading: 'Our suggestion',
  planLabel: 'Start with {plan}.',
  approaches: {
    prompt: 'a prompt',
    notes: 'notes (embeddings)',
    'fine-tune': 'fine-tuning',
    agent: 'a helper (agent)',
  },
  then: ', then ',
  reasonsHeading: 'Why',
  reasons: {
    'prompt-untried': 'You have not tried a careful prompt yet; it is free and often enough.',
    'prompt-not-enough': 'A careful prompt was not good enough, so training is worth a try.',
    'prompt-too-long':
      'Your prompt works but is long; fine-tuning moves the examples into the model and shortens it.',
    'goal-format-style': 'A steady format or style is what fine-tuning does best.',
    'goal-new-skill': 'Teaching a skill the model lacks is a good reason to fine-tune.',
    'goal-knowledge': 'Facts are best given as notes the model reads when it answers.',
    'facts-change-often':
      'Your facts change “{answer}”: notes can be edited in a minute, a trained model would need retraining.',
    'tuning-not-for-facts': 'Fine-tuning does not stop made-up answers about facts.',
    'goal-tools': 'Looking things up, calculating or acting needs a helper the model can call.',
    'no-examples': 'You have no examples yet; collect some while you use a prompt.',
    'few-examples': 'Fewer than {minimum} examples fit in a prompt and rarely justify training.',
    'many-examples': 'You have more examples than a prompt can hold.',
    'data-must-stay': 'Your examples must stay here, and fine-tuning uploads them to a provider.',
    'data-check-first': 'Check that you may share your examples before you upload them.',
    'data-prompts-leave-too': 'Prompts and notes are sent to the provider too; leave out anything secret.',
    'no-budget': 'Real training costs money, even if little.',
    'practice-is-free': 'Practice mode lets you learn every step for free, on your computer.',
    'volume-pays-back': 'With “{answer}” requests a month, a shorter prompt saves money on every one.',
    'volume-low-check-cost':
      'At “{answer}” requests a month, the training may never pay for itself: check the calculator.',
    'keep-test-set': 'Keep some examples aside as a test set to check the model did not get worse elsewhere.',
  },
  next: {
    'prepare-examples': {
      text: 'Next: turn your examples into a checked training file.',
      button: 'Prepare examples',
    },
    'try-prompt': {
      text: 'Next: write a careful prompt and try it on the base model.',
      button: 'Try a prompt',
    },
    'try-with-notes': {
      text: 'Next: paste your key facts into the prompt as notes and see how the model answers.',
      button: 'Try with notes',
    },
    'plan-helper': {
      text: 'Next: try the task with a prompt and note where the model needs a tool.',
      button: 'Try it out',
    },
  },
  startOver: 'Start over',
};

export const calculator: CalculatorContent = {
  intro:
    'Compare (a) the base model with a long prompt full of examples against (b) a fine-tuned model with a short prompt plus its one-off training cost.',
  modelLabel: 'Model and prices',
  providers: {
    practice: 'Practice (OpenAI prices)',
    openai: 'OpenAI',
    alibaba: 'Alibaba Model Studio',
    nebius: 'Nebius Token Factory',
    together: 'Together AI',
  },
  example2023: '2023 example: gpt-3.5-turbo',
  fields: {
    requestsPerMonth: { label: 'Requests per month', hint: 'How many questions the model answers a month.' },
    longPromptTokens: {
      label: 'Long prompt (a), tokens',
      hint: 'Instructions plus the examples you paste in.',
    },
    shortPromptTokens: {
      label: 'Short prompt (b), tokens',
      hint: 'What is left once the examples are trained in.',
    },
    replyTokens: { label: 'Reply, tokens', hint: 'A typical answer; the same for both.' },
    trainingTokens: { label: 'Training file, tokens', hint: 'All your examples together.' },
    epochs: { label: 'Epochs', hint: 'Passes over the file; 3 is the usual start.' },
    amortizeMonths: { label: 'Spread training over (months)', hint: 'How long you expect to use the model.' },
  },
  volume: {
    unitLabel: 'Count the volume in',
    requests: 'requests, with token sizes',
    messages: 'emails or messages a month',
    messagesField: 'Emails or messages per month',
    projectBasis:
      'One message counts as {input} tokens in and {output} tokens out: the average of the {examples} examples in your project “{project}” (its last check).',
    defaultBasis:
      'One message counts as {input} tokens in and {output} tokens out, a short email and its reply (about 150 and 120 words). Open a project in Examples and check it to use its own average.',
  },
  invalidNumber: 'Enter a number of 0 or more.',
  resultsHeading: 'Results',
  labels: {
    baseRequest: '(a) Per request, base model',
    tunedRequest: '(b) Per request, fine-tuned model',
    training: 'Training, once',
    baseMonthly: '(a) Per month, base model',
    tunedMonthly: '(b) Per month, fine-tuned (training spread out)',
    breakEven: '(b) is cheaper from',
    payback: 'Training pays for itself in',
  },
  breakEvenValue: '{requests} requests a month',
  paybackValue: '{months} months',
  never: 'never',
  neverWhy:
    'A fine-tuned request costs at least as much as a base request here, so no volume makes (b) cheaper. Fine-tune for quality, not to save money.',
  formulaLabel: 'How:',
  units: { requests: 'requests', months: 'months', tokens: 'tokens', epochs: 'epochs' },
  priceErrors: {
    'model-not-in-catalog': 'This model is not in the price catalog.',
    'base-price-unknown': 'The base model’s price for this model is not known yet.',
    'tuned-price-unknown': 'The provider has not published a fine-tuning price for this model.',
  },
  chart: {
    heading: 'Monthly cost by volume',
    label:
      'Line chart of monthly cost from 0 to {max} requests a month for (a) the base model and (b) the fine-tuned model.',
    xAxis: 'Requests per month',
    yAxis: 'US dollars per month',
    base: '(a) Base model, long prompt',
    tuned: '(b) Fine-tuned, short prompt',
    breakEven: 'Break-even',
  },
  priceSource: 'Prices: {source}; checked {date}.',
};
