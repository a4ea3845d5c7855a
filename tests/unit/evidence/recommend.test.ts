// The decision rule of "Decide with evidence", branch by branch, on per-approach totals built by hand.
import { describe, expect, it } from 'vitest';
import { recommend } from '../../../shared/domain/evidence/recommend';
import { NO_SETUP_COST } from '../../../shared/domain/evidence/setupCost';
import type { ApproachTotals } from '../../../shared/domain/evidence/totals';
import type { Approach } from '../../../shared/domain/evidence/types';

function totals(
  approach: Approach,
  right: number,
  marked: number,
  costPer1000: number | null = 1,
  answered = 10,
): ApproachTotals {
  return {
    approach,
    model: 'm',
    answered,
    failures: 0,
    marked,
    right,
    costPer1000,
    currency: 'USD',
    costBasis: costPer1000 === null ? null : { sum: costPer1000 / 100, replies: 10, searchSum: 0 },
    medianMs: 100,
    latencies: [100],
    setupCost: NO_SETUP_COST,
  };
}

describe('recommend', () => {
  it('asks for more marks while an approach has fewer than five marked (or fewer than it answered)', () => {
    expect(recommend([totals('prompt', 3, 5), totals('notes', 4, 4)])).toEqual({
      code: 'mark-more',
      approach: 'notes',
      marked: 4,
      needed: 5,
    });
    // An approach that answered only three questions (the others failed) needs only those three marked.
    expect(recommend([totals('prompt', 1, 5), totals('notes', 3, 3, 1, 3)]).code).not.toBe('mark-more');
    expect(recommend([totals('prompt', 0, 0, 1, 0)])).toMatchObject({
      code: 'mark-more',
      marked: 0,
      needed: 5,
    });
  });

  it('says the prompt is enough when it is good and nothing beats it by more than the margin', () => {
    expect(recommend([totals('prompt', 8, 10), totals('notes', 9, 10), totals('fine-tuned', 9, 10)])).toEqual(
      {
        code: 'prompt-enough',
        prompt: { right: 8, marked: 10 },
      },
    );
  });

  it('lets notes win against the fine-tuned model, with the cost per reply compared', () => {
    expect(
      recommend([totals('prompt', 3, 10, 1), totals('notes', 9, 10, 1), totals('fine-tuned', 9, 10, 3)]),
    ).toEqual({
      code: 'notes-wins',
      notes: { right: 9, marked: 10 },
      versus: { approach: 'fine-tuned', score: { right: 9, marked: 10 }, costRatio: 1 / 3 },
    });
  });

  it('lets notes win against the prompt when there is no fine-tuned model; an unknown cost is not compared', () => {
    expect(recommend([totals('prompt', 3, 10, null), totals('notes', 9, 10, 2)])).toEqual({
      code: 'notes-wins',
      notes: { right: 9, marked: 10 },
      versus: { approach: 'prompt', score: { right: 3, marked: 10 }, costRatio: null },
    });
  });

  it('says fine-tuning earns its cost when it is good and notes fall short by more than the margin', () => {
    expect(
      recommend([totals('prompt', 2, 10, 1), totals('notes', 6, 10, 2), totals('fine-tuned', 9, 10, 3)]),
    ).toEqual({
      code: 'fine-tune-wins',
      fineTuned: { right: 9, marked: 10 },
      versus: { approach: 'notes', score: { right: 6, marked: 10 }, costRatio: 1.5 },
    });
    expect(recommend([totals('prompt', 2, 10, 1), totals('fine-tuned', 9, 10, 3)])).toMatchObject({
      code: 'fine-tune-wins',
      versus: { approach: 'prompt', costRatio: 3 },
    });
  });

  it('points to fine-tuning for tone and format when prompt and notes both fail and no model is trained', () => {
    expect(recommend([totals('prompt', 2, 10), totals('notes', 5, 10)])).toEqual({
      code: 'fine-tune-needed',
      prompt: { right: 2, marked: 10 },
      notes: { right: 5, marked: 10 },
    });
    expect(recommend([totals('prompt', 2, 10)])).toEqual({
      code: 'fine-tune-needed',
      prompt: { right: 2, marked: 10 },
      notes: null,
    });
  });

  it('names the best when every approach, fine-tuned model included, falls short', () => {
    expect(recommend([totals('prompt', 2, 10), totals('notes', 6, 10), totals('fine-tuned', 7, 10)])).toEqual(
      {
        code: 'none-good',
        best: 'fine-tuned',
        score: { right: 7, marked: 10 },
      },
    );
  });
});
