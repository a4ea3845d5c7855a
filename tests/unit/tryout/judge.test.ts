import { describe, expect, it } from 'vitest';
import { judgeTurns, parseJudgeReply } from '../../../shared/domain/tryout';

const read = (raw: string) => parseJudgeReply('judge-model', raw);

describe('judge reading', () => {
  it('reads the JSON it asked for, even inside a fence or a sentence', () => {
    expect(read('{"score": 4, "reason": "Right facts, wrong tone."}')).toMatchObject({
      score: 4,
      reason: 'Right facts, wrong tone.',
      readAs: 'json',
    });
    expect(read('Sure!\n```json\n{"score":2,"reason":"Wrong date"}\n```')).toMatchObject({
      score: 2,
      readAs: 'json',
    });
  });

  it('reads labelled grades in English and Chinese, and fractions', () => {
    expect(read('Score: 5\nReason: matches exactly')).toMatchObject({
      score: 5,
      reason: 'matches exactly',
      readAs: 'labelled',
    });
    expect(read('評分：3')).toMatchObject({ score: 3, readAs: 'labelled' });
    expect(read('评分: 1，原因：答非所问')).toMatchObject({
      score: 1,
      readAs: 'labelled',
      reason: '答非所问',
    });
    expect(read('I would give it 4 out of 5.')).toMatchObject({ score: 4, readAs: 'fraction' });
  });

  it('gives no score rather than a guess: out of range, two different grades, or no grade at all', () => {
    expect(read('{"score": 9}')).toMatchObject({ score: null, readAs: 'none' });
    expect(read('Score: 2 ... on reflection, Score: 4')).toMatchObject({ score: null, readAs: 'ambiguous' });
    // The practice base model answers every prompt generically; that must not become a grade.
    expect(
      read(
        'Thanks for your question: "QUESTION: Where is my order". In general, the answer depends on the details.',
      ),
    ).toMatchObject({ score: null, readAs: 'none' });
  });

  it('keeps the raw reply so the verdict can be explained', () => {
    expect(read('Score: 3').raw).toBe('Score: 3');
  });

  it('asks with the question, expected answer and the answer to grade', () => {
    const [system, user] = judgeTurns('Q?', 'E.', 'A.');
    expect(system?.role).toBe('system');
    expect(user?.content).toContain('QUESTION:\nQ?');
    expect(user?.content).toContain('EXPECTED:\nE.');
    expect(user?.content).toContain('ANSWER:\nA.');
  });
});
