// Cutting blocks into passages: headings start a passage and give it its path, pages are never crossed,
// paragraphs are kept whole up to the budget, and an over-long paragraph is cut only at sentence ends
// (。！？ for Chinese, . ! ? followed by a space for English, so "3.5" stays whole).
import { describe, expect, it } from 'vitest';
import { sentences, splitIntoPassages } from '../../../shared/domain/notes/split';
import type { NoteBlock } from '../../../shared/domain/notes/types';

const p = (text: string, page: number | null = null): NoteBlock => ({
  kind: 'paragraph',
  level: 0,
  text,
  page,
});
const h = (level: number, text: string): NoteBlock => ({ kind: 'heading', level, text, page: null });
const cut = (blocks: NoteBlock[], maxChars: number) =>
  splitIntoPassages('s', blocks, { maxChars }).map((x) => [
    x.text,
    x.position.headings.join(' › '),
    x.position.page,
  ]);

describe('sentences', () => {
  it('ends Chinese sentences at 。！？ (with closing quotes) and English ones at . ! ? before a space', () => {
    expect(sentences('運費 3.5 元。「可以退貨嗎？」可以！Price is 3.5 USD. Really? Yes')).toEqual([
      '運費 3.5 元。',
      '「可以退貨嗎？」',
      '可以！',
      'Price is 3.5 USD. ',
      'Really? ',
      'Yes',
    ]);
  });
});

describe('splitIntoPassages', () => {
  it('cuts an over-long Chinese paragraph at sentence ends, never inside a sentence', () => {
    const text = '本店營業到晚上八點。週末提早到五點！國定假日休息嗎？是的，國定假日休息。';
    expect(cut([p(text)], 20)).toEqual([
      ['本店營業到晚上八點。週末提早到五點！', '', null],
      ['國定假日休息嗎？是的，國定假日休息。', '', null],
    ]);
  });

  it('keeps paragraphs together up to the budget and starts again at each heading, with its path', () => {
    expect(
      cut(
        [
          h(1, 'Shop'),
          p('Open 9–5.'),
          p('Closed Sunday.'),
          h(2, 'Returns'),
          p('Within 7 days.'),
          h(1, 'Prices'),
          p('Tea $3.'),
        ],
        100,
      ),
    ).toEqual([
      ['Open 9–5.\n\nClosed Sunday.', 'Shop', null],
      ['Within 7 days.', 'Shop › Returns', null],
      ['Tea $3.', 'Prices', null],
    ]);
  });

  it('never joins paragraphs from two pages, and cuts a sentence longer than the budget at a space', () => {
    expect(cut([p('Page one.', 1), p('Page two.', 2)], 100).map((x) => x[2])).toEqual([1, 2]);
    expect(cut([p('aaaa bbbb cccc dddd')], 10).map((x) => x[0])).toEqual(['aaaa bbbb', 'cccc dddd']);
  });

  it('gives each passage a hash of its text and heading path, so only changed passages are re-embedded', () => {
    const before = splitIntoPassages('s', [h(1, 'Hours'), p('Open 9 to 5.'), h(1, 'Returns'), p('7 days.')]);
    const after = splitIntoPassages('s', [h(1, 'Hours'), p('Open 9 to 6.'), h(1, 'Returns'), p('7 days.')]);
    expect(before.map((x, i) => x.hash === after[i]?.hash)).toEqual([false, true]);
    const moved = splitIntoPassages('s', [h(1, 'Refunds'), p('7 days.')]);
    expect(moved[0]?.hash).not.toBe(before[1]?.hash); // same text under another heading means something else
  });
});
