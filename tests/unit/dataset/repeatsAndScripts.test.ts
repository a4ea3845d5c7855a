// Issue 17, point 4: two checks a walk through the app showed missing. An answer that says one sentence
// again and again, and a project whose Chinese examples are partly Traditional, partly Simplified.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChatExample } from '../../../shared/domain/chat';
import { checkExamples } from '../../../electron/main/services/dataset/checkFile';
import {
  mostRepeatedSentence,
  REPEATED_SENTENCE_MIN_TIMES,
} from '../../../shared/domain/dataset/repeatedSentences';
import { scriptOf } from '../../../shared/domain/dataset/chineseScript';

const qa = (question: string, answer: string): ChatExample => ({
  messages: [
    { role: 'user', content: question },
    { role: 'assistant', content: answer },
  ],
});

describe('an answer that repeats a sentence', () => {
  it('finds the sentence and how often, across Latin and CJK sentence ends and line breaks', () => {
    expect(mostRepeatedSentence('Thanks for waiting. Thanks for waiting! Thanks for waiting. Bye.')).toEqual({
      sentence: 'Thanks for waiting',
      times: 3,
    });
    expect(mostRepeatedSentence('茶友您好！請稍候。請稍候。請稍候？請稍候。')).toEqual({
      sentence: '請稍候',
      times: 4,
    });
    expect(mostRepeatedSentence('Sorry\nSorry\r\nSorry about that\nSorry')).toEqual({
      sentence: 'Sorry',
      times: 3,
    });
    // English then Chinese with no space between: the full stop still ends the sentence.
    expect(mostRepeatedSentence('Order shipped.訂單已出貨。Order shipped.謝謝。Order shipped.')?.times).toBe(
      3,
    );
  });

  it('is quiet below the threshold, on numbering and on decimals', () => {
    expect(REPEATED_SENTENCE_MIN_TIMES).toBe(3);
    expect(mostRepeatedSentence('Yes. Yes. That is all.')).toBeNull();
    expect(mostRepeatedSentence('1. Open the box.\n1. Open the lid.\n1. Pour.')).toBeNull();
    expect(mostRepeatedSentence('Use 3.5 g. Use 3.5 g of leaves per cup. Version 3.5 is fine.')).toBeNull();
    expect(mostRepeatedSentence('🫖. 🫖. 🫖.')).toBeNull();
  });

  it('is reported once per example as should-fix, with the sentence, the count and the message', () => {
    const examples = [
      qa('Where is my order?', 'It left today. It left today. It left today. It left today.'),
      {
        messages: [
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: 'Hello.' },
          { role: 'user', content: '還在嗎？' },
          { role: 'assistant', content: '在的。在的。在的。' },
        ],
      } satisfies ChatExample,
      qa('Thanks', 'You are welcome. Enjoy your tea.'),
    ];
    const report = checkExamples(examples);
    const found = report.issues.filter((i) => i.code === 'repeated_sentence');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warning',
        example: 0,
        line: 1,
        params: { sentence: 'It left today', times: 4, turn: 2 },
      }),
      expect.objectContaining({ example: 1, params: { sentence: '在的', times: 3, turn: 4 } }),
    ]);
    expect(report.counts.repeated_sentence).toBe(2);
  });

  it('keeps a long sentence short in the report', () => {
    const long = 'Our tasting room is open from ten in the morning until seven in the evening every day';
    const result = mostRepeatedSentence(`${long}. ${long}. ${long}.`);
    expect(result?.times).toBe(3);
    expect(result?.sentence.length).toBeLessThanOrEqual(61);
    expect(result?.sentence.endsWith('…')).toBe(true);
  });
});

describe('Traditional and Simplified Chinese in one project', () => {
  it('tells the scripts apart by characters only one of them has, and ignores shared ones', () => {
    expect(scriptOf(['感謝您聯絡我們的客服團隊。'])).toBe('traditional');
    expect(scriptOf(['感谢您联系我们的客服团队。'])).toBe('simplified');
    // 后, 台, 里 and 干 are written in Traditional text too (皇后, 台北, 公里, 干涉): no evidence.
    expect(scriptOf(['皇后到台北走了三公里，不干涉。'])).toBeNull();
    expect(scriptOf(['Hello, how are you?'])).toBeNull();
    expect(scriptOf(['今日は良い天気ですね。'])).toBeNull();
  });

  const samples = join(import.meta.dirname, '../../../samples/brand-voice');
  const read = (file: string) =>
    readFileSync(join(samples, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as ChatExample);

  it('names the minority examples with the counts of both, as should-fix', () => {
    const traditional = read('zh-TW.jsonl');
    const simplified = read('zh-CN.jsonl').slice(0, 3);
    const report = checkExamples([...traditional, ...simplified]);
    const found = report.issues.filter((i) => i.code === 'mixed_chinese_scripts');
    expect(found.map((i) => i.example)).toEqual([0, 1, 2].map((i) => traditional.length + i));
    expect(found[0]).toMatchObject({
      severity: 'warning',
      line: traditional.length + 1,
      params: { script: 'simplified', traditional: traditional.length, simplified: 3 },
    });
    expect(report.counts.mixed_chinese_scripts).toBe(3);
  });

  it('counts every minority example even past the issue cap', () => {
    const traditional = read('zh-TW.jsonl');
    const simplified = read('zh-CN.jsonl').slice(0, 12);
    const report = checkExamples([...simplified, ...traditional], { issueCap: 5 });
    expect(report.counts.mixed_chinese_scripts).toBe(12);
    expect(report.issues.filter((i) => i.code === 'mixed_chinese_scripts')).toHaveLength(5);
    expect(report.truncated).toContain('mixed_chinese_scripts');
  });

  it('says nothing for a project in one script, with English beside it', () => {
    const report = checkExamples([...read('zh-TW.jsonl'), ...read('en.jsonl')]);
    expect(report.counts.mixed_chinese_scripts).toBeUndefined();
  });
});
