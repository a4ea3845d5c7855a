// The style proof for issue 3's "Done when": a practice model trained on the brand-voice sample answers
// questions it never saw measurably closer to the sample's style than the base practice model does.
//
// Method, per language: hold out the last HELD_OUT examples, "train" (use as the fine-tuned model's
// examples) on the rest, and ask every held-out assistant turn with the conversation that led to it.
// Measures against the held-out reference replies:
//   - similarity: mean textSimilarity(answer, reference reply) (shared/domain/similarity.ts);
//   - markers: share of answers carrying the style markers that samples/README.md documents and
//     samples/index.json lists (greeting on a conversation's first reply only; exactly one "Next step:"
//     line; the sign-off as the last line), all three together and each on its own.
// Sentence-length compliance (the sample's fourth marker) is printed for the record, not asserted: the
// base model's plain sentences are short too, so it does not separate the two.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replyFor, type PracticeModel } from '../../../electron/main/services/practice/brain';
import type { ChatExample, ChatMessage } from '../../../shared/domain/chat';
import { textSimilarity } from '../../../shared/domain/similarity';

const LANGUAGES = ['en', 'zh-TW', 'zh-CN'] as const;
type Language = (typeof LANGUAGES)[number];
const HELD_OUT = 10;
// Margins the fine-tuned model must beat the base model by, set below the gaps measured when the test
// was written so that rewording a few sample replies does not break the proof, yet a fine-tuned model
// answering in a generic voice fails it. Measured (fine-tuned vs base): similarity 0.319 vs 0.234 en,
// 0.251 vs 0.130 zh-TW, 0.280 vs 0.120 zh-CN; all three markers 0.625 vs 0 in every language.
// The similarity gap is the smaller one because the base model quotes the question, and questions share
// content words with their reference replies; the markers isolate style. All markers reach only 0.625
// because every multi-turn example of the samples sits in the held-out tail: with none left to learn
// from, the practice model greets in follow-up turns too, which the sample does not.
const MIN_SIMILARITY_GAIN = 0.05;
const MIN_ALL_MARKERS_GAIN = 0.5;
// samples/README.md: the shipped replies carry each marker at least 90 % of the time.
const MIN_MARKER_SHARE = 0.9;

interface StyleMarkers {
  greeting: string;
  nextStepPrefix: string;
  signOff: string;
  maxSentenceLength: number;
  sentenceLengthUnit: 'words' | 'characters';
}

const samplesDir = resolve(import.meta.dirname, '../../../samples');
const indexPath = resolve(samplesDir, 'index.json');
const fileOf = (language: Language) => resolve(samplesDir, 'brand-voice', `${language}.jsonl`);
const available = existsSync(indexPath) && LANGUAGES.every((language) => existsSync(fileOf(language)));

function loadExamples(language: Language): ChatExample[] {
  return readFileSync(fileOf(language), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as ChatExample);
}

function loadMarkers(): Record<Language, StyleMarkers> {
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as {
    samples: { id: string; styleMarkers: Record<Language, StyleMarkers> }[];
  };
  const sample = index.samples.find((s) => s.id === 'brand-voice');
  if (!sample) throw new Error('samples/index.json has no brand-voice entry');
  return sample.styleMarkers;
}

interface Turn {
  conversation: ChatMessage[];
  reference: string;
  firstReply: boolean;
}

/** Every assistant turn of the held-out examples, with the conversation up to it. */
function heldOutTurns(examples: ChatExample[]): Turn[] {
  return examples.flatMap((example) => {
    let seenReply = false;
    return example.messages.flatMap((message, index) => {
      if (message.role !== 'assistant' || typeof message.content !== 'string') return [];
      const turn = {
        conversation: example.messages.slice(0, index),
        reference: message.content,
        firstReply: !seenReply,
      };
      seenReply = true;
      return [turn];
    });
  });
}

interface FoundMarkers {
  greeting: boolean;
  nextStep: boolean;
  signOff: boolean;
}

/** Which of the documented markers (samples/README.md, "Style markers") an answer follows. */
function markersOf(answer: string, markers: StyleMarkers, firstReply: boolean): FoundMarkers {
  const lines = answer.trimEnd().split('\n');
  return {
    // The sample greets in a conversation's first reply only; later turns do not repeat the greeting.
    greeting: firstReply ? answer.startsWith(markers.greeting) : !answer.includes(markers.greeting),
    nextStep: lines.filter((line) => line.startsWith(markers.nextStepPrefix)).length === 1,
    signOff: lines[lines.length - 1] === markers.signOff,
  };
}

const allMarkers = (f: FoundMarkers) => f.greeting && f.nextStep && f.signOff;

function shortSentenceShare(answer: string, markers: StyleMarkers): number {
  const body = answer.replace(markers.signOff, '');
  const sentences = body.split(/[.!?。！？\n]+/u).filter((s) => s.trim().length > 0);
  const length = (s: string) =>
    markers.sentenceLengthUnit === 'words'
      ? s.trim().split(/\s+/).length
      : Array.from(s.replace(/\s/g, '')).length;
  return (
    sentences.filter((s) => length(s) <= markers.maxSentenceLength).length / Math.max(1, sentences.length)
  );
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

interface Scores {
  similarity: number;
  /** Share of answers following all three markers. */
  allMarkers: number;
  greeting: number;
  nextStep: number;
  signOff: number;
  shortSentences: number;
}

function score(model: PracticeModel, turns: Turn[], markers: StyleMarkers): Scores {
  const answers = turns.map((turn, i) => ({ turn, answer: replyFor(model, turn.conversation, { seed: i }) }));
  const found = answers.map(({ turn, answer }) => markersOf(answer, markers, turn.firstReply));
  const share = (pick: (f: FoundMarkers) => boolean) => mean(found.map((f) => (pick(f) ? 1 : 0)));
  return {
    similarity: mean(answers.map(({ turn, answer }) => textSimilarity(answer, turn.reference))),
    allMarkers: share(allMarkers),
    greeting: share((f) => f.greeting),
    nextStep: share((f) => f.nextStep),
    signOff: share((f) => f.signOff),
    shortSentences: mean(answers.map(({ answer }) => shortSentenceShare(answer, markers))),
  };
}

const fixed = (x: number) => x.toFixed(3);
const summary = (x: Scores) =>
  `similarity ${fixed(x.similarity)}, all markers ${fixed(x.allMarkers)} ` +
  `(greeting ${fixed(x.greeting)}, next step ${fixed(x.nextStep)}, sign-off ${fixed(x.signOff)}), ` +
  `short sentences ${fixed(x.shortSentences)}`;

if (!available) {
  it.skip('style proof: samples/brand-voice/{en,zh-TW,zh-CN}.jsonl or samples/index.json not found', () => {});
} else {
  describe('style proof: fine-tuned on the brand-voice sample vs the base practice model', () => {
    const markers = loadMarkers();

    it.each(LANGUAGES)('answers held-out questions closer to the sample style (%s)', (language) => {
      const examples = loadExamples(language);
      expect(examples.length).toBeGreaterThan(HELD_OUT * 3);
      const training = examples.slice(0, -HELD_OUT);
      const turns = heldOutTurns(examples.slice(-HELD_OUT));
      // The held-out replies really follow the markers; otherwise the proof would measure nothing.
      expect(turns.every((t) => allMarkers(markersOf(t.reference, markers[language], t.firstReply)))).toBe(
        true,
      );

      const fineTuned = score({ kind: 'fine-tuned', examples: training }, turns, markers[language]);
      const base = score({ kind: 'base' }, turns, markers[language]);
      console.log(
        `[style proof ${language}] trained on ${training.length} examples, asked ${turns.length} held-out turns\n` +
          `  fine-tuned: ${summary(fineTuned)}\n  base:       ${summary(base)}`,
      );
      expect(fineTuned.similarity).toBeGreaterThanOrEqual(base.similarity + MIN_SIMILARITY_GAIN);
      expect(fineTuned.allMarkers).toBeGreaterThanOrEqual(base.allMarkers + MIN_ALL_MARKERS_GAIN);
      expect(fineTuned.nextStep).toBeGreaterThanOrEqual(MIN_MARKER_SHARE);
      expect(fineTuned.signOff).toBeGreaterThanOrEqual(MIN_MARKER_SHARE);
      expect(base.nextStep).toBeLessThan(1 - MIN_MARKER_SHARE);
      expect(base.signOff).toBeLessThan(1 - MIN_MARKER_SHARE);
    });
  });
}
