// A base practice model given notes answers from them (issue 16: "the practice service's embeddings and
// brain make this walkable"): it quotes the line of the notes nearest to the question with its source,
// says when the notes do not cover the question, and answers as before when there are no notes.
import { describe, expect, it } from 'vitest';
import { replyFor } from '../../../electron/main/services/practice/brain';
import { notesInPrompt, notesSystemPrompt } from '../../../shared/domain/notes/prompt';
import type { NotesHit } from '../../../shared/domain/notes/types';

const hit = (sourceName: string, text: string, page: number | null, headings: string[]): NotesHit => ({
  passageId: sourceName,
  sourceName,
  kind: 'text',
  text,
  page,
  headings,
  score: 1,
});
const hits = [
  hit(
    'price-list.docx',
    '以下價格自 2026 年 12 月 1 日起適用。\n標準咖啡豆 | NT$380\n精選咖啡豆 | NT$520',
    null,
    ['價目表'],
  ),
  hit('faq.pdf', 'Orders leave our shop within one working day.\n\nRefunds are paid within 14 days.', 1, [
    'FAQ',
  ]),
];
const system = notesSystemPrompt('You are Kettle.', hits);
const ask = (question: string, instructions = system) =>
  replyFor(
    { kind: 'base' },
    [
      { role: 'system', content: instructions },
      { role: 'user', content: question },
    ],
    { seed: 1 },
  );

describe('a base practice model with notes', () => {
  it('reads the notes back exactly as notesSystemPrompt wrote them', () => {
    expect(notesInPrompt(system)).toEqual([
      { source: 'price-list.docx, 價目表', text: hits[0]!.text },
      { source: 'faq.pdf, p. 1, FAQ', text: hits[1]!.text },
    ]);
    expect(notesInPrompt('You are Kettle.')).toEqual([]);
  });

  it('answers from the nearest line of the notes, naming its source, in the language of the question', () => {
    expect(ask('標準咖啡豆多少錢？')).toBe('根據你的筆記（price-list.docx, 價目表）：標準咖啡豆 | NT$380');
    expect(ask('When are refunds paid?')).toBe(
      'From your notes (faq.pdf, p. 1, FAQ): Refunds are paid within 14 days.',
    );
  });

  it('says when the notes do not cover the question, and answers plainly without notes', () => {
    expect(ask('量子力學是什麼？')).toBe('我拿到的筆記沒有提到這個問題。');
    expect(ask('When are refunds paid?', 'You are Kettle.')).not.toContain('From your notes');
  });
});
