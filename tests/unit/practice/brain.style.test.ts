// The style proof for issue 3's "Done when": a practice model trained on the brand-voice sample answers
// questions it never saw measurably closer to the sample's style than the base practice model does.
//
// Method, per language: hold out the last HELD_OUT examples, "train" (use as the fine-tuned model's
// examples) on the rest, and ask every held-out assistant turn with the conversation that led to it.
// Two measures against the held-out reference replies:
//   - similarity: mean textSimilarity(answer, reference reply) (shared/domain/similarity.ts);
//   - markers: share of answers carrying the style markers that samples/index.json documents (greeting
//     on a conversation's first reply, which is where the sample greets; "Next step:" line; sign-off).
// Sentence-length compliance (the sample's third marker) is printed for the record, not asserted: the
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
// was written (similarity +0.085 en, +0.119 zh-TW, +0.160 zh-CN; markers 1.0 vs 0.0 in all three) so
// that rewording a few sample replies does not break the proof, yet a fine-tuned model answering in a
// generic voice fails it. The similarity gap is the smaller one because the base model quotes the
// question, and questions share content words with their reference replies; the markers isolate style.
const MIN_SIMILARITY_GAIN = 0.05;
const MIN_MARKER_SHARE_GAIN = 0.6;

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

function carriesMarkers(answer: string, markers: StyleMarkers, firstReply: boolean): boolean {
  const greets = !firstReply || answer.startsWith(markers.greeting);
  return greets && answer.includes(markers.nextStepPrefix) && answer.trimEnd().endsWith(markers.signOff);
}

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
  markerShare: number;
  shortSentences: number;
}

function score(model: PracticeModel, turns: Turn[], markers: StyleMarkers): Scores {
  const answers = turns.map((turn, i) => ({ turn, answer: replyFor(model, turn.conversation, { seed: i }) }));
  return {
    similarity: mean(answers.map(({ turn, answer }) => textSimilarity(answer, turn.reference))),
    markerShare: mean(
      answers.map(({ turn, answer }) => (carriesMarkers(answer, markers, turn.firstReply) ? 1 : 0)),
    ),
    shortSentences: mean(answers.map(({ answer }) => shortSentenceShare(answer, markers))),
  };
}

const fixed = (x: number) => x.toFixed(3);

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
      // The held-out replies really carry the markers; otherwise the proof would measure nothing.
      expect(
        mean(turns.map((t) => (carriesMarkers(t.reference, markers[language], t.firstReply) ? 1 : 0))),
      ).toBe(1);

      const fineTuned = score({ kind: 'fine-tuned', examples: training }, turns, markers[language]);
      const base = score({ kind: 'base' }, turns, markers[language]);
      console.log(
        `[style proof ${language}] trained on ${training.length}, asked ${turns.length} held-out turns | ` +
          `similarity to reference: fine-tuned ${fixed(fineTuned.similarity)} vs base ${fixed(base.similarity)} | ` +
          `style markers: fine-tuned ${fixed(fineTuned.markerShare)} vs base ${fixed(base.markerShare)} | ` +
          `short sentences: fine-tuned ${fixed(fineTuned.shortSentences)} vs base ${fixed(base.shortSentences)}`,
      );
      expect(fineTuned.similarity).toBeGreaterThanOrEqual(base.similarity + MIN_SIMILARITY_GAIN);
      expect(fineTuned.markerShare).toBeGreaterThanOrEqual(base.markerShare + MIN_MARKER_SHARE_GAIN);
    });
  });
}
