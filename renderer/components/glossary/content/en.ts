// English glossary: one plain sentence and one example per term.
import type { GlossaryContent } from '../types';

export const en: GlossaryContent = {
  labels: { example: 'Example' },
  terms: {
    token: {
      term: 'token',
      explanation: 'A small piece of text, often part of a word, that AI models read, write and charge by.',
      example: '1,000 English words are roughly 1,300 tokens; one Chinese character is about one or two.',
    },
    epoch: {
      term: 'epoch',
      explanation: 'One full pass of training over all of your examples.',
      example: 'With 3 epochs, the model studies each of your 100 examples three times.',
    },
    'validation-set': {
      term: 'validation set',
      explanation:
        'Examples kept out of training and checked during it, to see that the model learns rather than memorises.',
      example: 'Hold back 10 of your 100 examples; when the score on them stops improving, training is done.',
    },
    'test-set': {
      term: 'test set',
      explanation:
        'Examples you never train on, used to judge the finished model, including on tasks it already did well.',
      example: 'Ask the same 20 test questions before and after training and compare the answers.',
    },
    checkpoint: {
      term: 'checkpoint',
      explanation:
        'A saved copy of the model from partway through training, in case a later stage turns out worse.',
      example: 'If the copy saved after epoch 2 answers better than the final one, use that checkpoint.',
    },
    loss: {
      term: 'loss',
      explanation: 'A number for how far the model’s answers are from your examples; lower is better.',
      example: 'Loss falling from 2.1 to 0.4 means the answers came much closer to yours.',
    },
    'context-window': {
      term: 'context window',
      explanation:
        'The most text a model can handle at once: instructions, notes, conversation and its reply together.',
      example: 'Like a short memory: a list of instructions that is too long gets partly forgotten.',
    },
    embedding: {
      term: 'embedding',
      explanation:
        'A list of numbers that captures what a text means, used to find the notes that match a question.',
      example: 'A question about “money back” finds your note titled “refunds”.',
    },
    'base-model': {
      term: 'base model',
      explanation: 'A model as the provider ships it, before anyone fine-tunes it.',
      example: 'gpt-4o-mini is a base model; your fine-tuned copy is built on top of it.',
    },
    prompt: {
      term: 'prompt',
      explanation: 'The instructions and information you send the model with each request.',
      example: '“Answer in three short bullet points, in a friendly tone: …”',
    },
    'few-shot': {
      term: 'few-shot prompt',
      explanation: 'A prompt that includes a few worked examples to show the model what you want.',
      example: 'Three sample questions with ideal answers, followed by the new question.',
    },
    'fine-tuning': {
      term: 'fine-tuning',
      explanation:
        'Training a ready-made model a little more on your own examples, so it answers your way by default.',
      example: 'After 200 of your support replies, it writes in your house style without being told.',
    },
    'training-example': {
      term: 'training example',
      explanation: 'One question paired with the answer you want: the unit that fine-tuning learns from.',
      example: 'Question: “Where is my parcel?” Answer: your ideal reply.',
    },
    agent: {
      term: 'agent (helper)',
      explanation:
        'A tool the model can call on to do what it cannot do alone, such as looking up live data.',
      example: 'Asked for today’s exchange rate, the model calls a helper that fetches it.',
    },
    'made-up-answer': {
      term: 'made-up answer',
      explanation: 'An answer given with confidence that is simply not true (also called a “hallucination”).',
      example: 'Quoting a refund policy your shop never had.',
    },
    temperature: {
      term: 'temperature',
      explanation:
        'How much a model varies its wording: 0 gives nearly the same answer every time, higher values more variety.',
      example:
        'At 0 the shop greeting is word for word the same each time; at 1 it is phrased a little differently.',
    },
    seed: {
      term: 'seed',
      explanation:
        'A number that fixes a random choice, so doing the same thing again gives the same result.',
      example: 'Splitting with seed 42 twice puts every example in the same part both times.',
    },
  },
};
