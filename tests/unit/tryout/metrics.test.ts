import { describe, expect, it } from 'vitest';
import { answersAreJson, exactMatch, isValidJson, scoreReply } from '../../../shared/domain/tryout';
import { textSimilarity } from '../../../shared/domain/similarity';

describe('exact match', () => {
  it('ignores outer and repeated whitespace but not case or words', () => {
    expect(exactMatch('  Hello   tea friend\n', 'Hello tea friend')).toBe(true);
    expect(exactMatch('hello tea friend', 'Hello tea friend')).toBe(false);
    expect(exactMatch('Hello tea friends', 'Hello tea friend')).toBe(false);
  });

  it('compares JSON answers as values: key order and spacing do not matter, values do', () => {
    expect(exactMatch('{ "b": 2, "a": [1, {"y":1,"x":2}] }', '{"a":[1,{"x":2,"y":1}],"b":2}')).toBe(true);
    expect(exactMatch('{"a":[2,1],"b":2}', '{"a":[1,2],"b":2}')).toBe(false);
    expect(exactMatch('{"a":1}', '{"a":"1"}')).toBe(false);
  });
});

describe('valid JSON', () => {
  it('is measured only when every expected answer is a JSON object or array', () => {
    expect(answersAreJson(['{"a":1}', '[1]'])).toBe(true);
    expect(answersAreJson(['{"a":1}', 'Hi, tea friend!'])).toBe(false);
    expect(answersAreJson(['42'])).toBe(false);
    expect(answersAreJson([])).toBe(false);
  });

  it('accepts a bare document and refuses fences, prose around it and broken JSON', () => {
    expect(isValidJson(' {"name":null} ')).toBe(true);
    expect(isValidJson('```json\n{"name":null}\n```')).toBe(false);
    expect(isValidJson('Here you go: {"name":null}')).toBe(false);
    expect(isValidJson('{"name":null,}')).toBe(false);
  });
});

describe('scoreReply', () => {
  it('combines the three measures and leaves JSON unmeasured for text answers', () => {
    const text = scoreReply(
      'Hi, tea friend! Shipping is $5.',
      'Hi, tea friend! Shipping is a flat $5.',
      false,
    );
    expect(text.exact).toBe(false);
    expect(text.validJson).toBeNull();
    expect(text.similarity).toBeCloseTo(
      textSimilarity('Hi, tea friend! Shipping is $5.', 'Hi, tea friend! Shipping is a flat $5.'),
    );
    expect(text.similarity).toBeGreaterThan(0.5);
    expect(text.similarity).toBeLessThan(1);
    const json = scoreReply('not json', '{"a":1}', true);
    expect(json).toMatchObject({ exact: false, validJson: false });
  });
});
