// Column guesses from headers in English, Traditional and Simplified Chinese, and the row-to-example
// conversion for single- and multi-turn sheets and pasted Q&A text.
import { describe, expect, it } from 'vitest';
import { guessColumns, MAX_GUESSED_COLUMNS, positionalMapping } from '../../../shared/domain/dataset/columns';
import { TableAssembler } from '../../../shared/domain/dataset/table';
import { QaTextParser, looksLikeQaText } from '../../../shared/domain/dataset/qaText';
import type { RecordSink } from '../../../shared/domain/dataset/sink';

function collect() {
  const records: { value: unknown; line: number }[] = [];
  const issues: { code: string; line: number | null }[] = [];
  const sink: RecordSink = {
    record: (value, line) => records.push({ value, line }),
    issue: (code, line) => issues.push({ code, line }),
  };
  return { sink, records, issues };
}

describe('guessColumns', () => {
  it.each([
    [['Question', 'Answer'], { user: 0, assistant: 1 }],
    [['prompt', 'completion'], { user: 0, assistant: 1 }],
    [['input', 'output', 'System Prompt'], { user: 0, assistant: 1, system: 2 }],
    [['問題', '回答', '系統'], { user: 0, assistant: 1, system: 2 }],
    [['问题', '回复', '系统'], { user: 0, assistant: 1, system: 2 }],
    [['對話編號', '輪次', '問題', '答案'], { conversation: 0, turn: 1, user: 2, assistant: 3 }],
    [['会话ID', '轮次', '用户', '助手'], { conversation: 0, turn: 1, user: 2, assistant: 3 }],
    [['conversation id', 'turn', 'user', 'assistant'], { conversation: 0, turn: 1, user: 2, assistant: 3 }],
    [['客戶問題', '客服回覆'], { user: 0, assistant: 1 }],
  ])('%j → %j', (headers, mapping) => {
    const guess = guessColumns(headers);
    expect(guess.mapping).toEqual(mapping);
    expect(guess.headerRecognized).toBe(true);
  });

  it('is confident on exact names and less so on partial ones', () => {
    expect(guessColumns(['question', 'answer']).confidence).toBe(95);
    const partial = guessColumns(['Customer question text', 'answer']);
    expect(partial.mapping).toEqual({ user: 0, assistant: 1 });
    expect(partial.confidence).toBeLessThan(80);
  });

  it('gives no mapping when it cannot find both sides', () => {
    expect(guessColumns(['alpha', 'beta'])).toMatchObject({
      mapping: null,
      confidence: 0,
      headerRecognized: false,
    });
    expect(guessColumns(['question', 'notes']).mapping).toBeNull();
  });

  it('falls back to positions for header-less sheets', () => {
    expect(positionalMapping(2)).toEqual({ user: 0, assistant: 1 });
    expect(positionalMapping(3)).toEqual({ system: 0, user: 1, assistant: 2 });
    expect(positionalMapping(5)).toBeNull();
  });
});

describe('TableAssembler', () => {
  it('builds multi-turn examples from rows grouped by conversation and ordered by turn', () => {
    const { sink, records, issues } = collect();
    const table = new TableAssembler(sink);
    table.row(['conversation', 'turn', 'system', 'question', 'answer'], 1);
    table.row(['a', '2', '', 'And then?', 'Then it ships.'], 2);
    table.row(['a', '1', 'Be brief.', 'First?', 'It is packed.'], 3);
    table.row(['b', '1', '', 'Alone?', 'Yes.'], 4);
    table.end();
    expect(issues).toEqual([]);
    expect(records).toEqual([
      {
        line: 3,
        value: {
          messages: [
            { role: 'system', content: 'Be brief.' },
            { role: 'user', content: 'First?' },
            { role: 'assistant', content: 'It is packed.' },
            { role: 'user', content: 'And then?' },
            { role: 'assistant', content: 'Then it ships.' },
          ],
        },
      },
      {
        line: 4,
        value: {
          messages: [
            { role: 'user', content: 'Alone?' },
            { role: 'assistant', content: 'Yes.' },
          ],
        },
      },
    ]);
  });

  it("uses the user's mapping over the guess and removes our export's formula guard", () => {
    const { sink, records } = collect();
    const table = new TableAssembler(sink, { mapping: { user: 1, assistant: 0 } });
    table.row(['answer', 'question'], 1);
    table.row(["'=SUM(A1)", "'-5 degrees?"], 2);
    table.end();
    expect(records[0]?.value).toEqual({
      messages: [
        { role: 'user', content: '-5 degrees?' },
        { role: 'assistant', content: '=SUM(A1)' },
      ],
    });
  });
});

describe('Q&A text', () => {
  it('pairs questions and answers in three languages, keeping multi-line answers', () => {
    const { sink, records, issues } = collect();
    const parser = new QaTextParser(sink);
    const lines = [
      'System: Be kind.',
      'Q: One?',
      'A: Yes.',
      'More.',
      '問：二？',
      '答：是。',
      '问：三？',
      '答：对。',
      'Q: orphan',
    ];
    lines.forEach((l, i) => parser.line(l, i + 1));
    parser.end();
    expect(records.map((r) => [r.line, r.value])).toEqual([
      [
        2,
        {
          messages: [
            { role: 'system', content: 'Be kind.' },
            { role: 'user', content: 'One?' },
            { role: 'assistant', content: 'Yes.\nMore.' },
          ],
        },
      ],
      [
        5,
        {
          messages: [
            { role: 'system', content: 'Be kind.' },
            { role: 'user', content: '二？' },
            { role: 'assistant', content: '是。' },
          ],
        },
      ],
      [
        7,
        {
          messages: [
            { role: 'system', content: 'Be kind.' },
            { role: 'user', content: '三？' },
            { role: 'assistant', content: '对。' },
          ],
        },
      ],
    ]);
    expect(issues).toEqual([{ code: 'qa_unpaired', line: 9 }]);
  });

  it('recognises Q&A text', () => {
    expect(looksLikeQaText('問：你好？\n答：你好。')).toBe(true);
    expect(looksLikeQaText('Just a paragraph of prose.\nAnother line.')).toBe(false);
  });
});

describe('a header row of a million columns', () => {
  it('guesses roles within the first 16,384 columns only, so the window never gets a million-entry list', () => {
    const headers = Array.from({ length: 1_000_000 }, (_, i) => `c${i}`);
    headers[3] = 'Question';
    headers[5] = 'Answer';
    headers[500_000] = 'System';
    const guess = guessColumns(headers);
    expect(guess.columns).toHaveLength(MAX_GUESSED_COLUMNS);
    expect(guess.mapping).toEqual({ user: 3, assistant: 5 });
  });
});
