import { describe, expect, it } from 'vitest';
import { langFor, textLanguage } from '../../../renderer/components/textLang';

describe('lang for user and sample text (issue 20)', () => {
  it('tells English, Traditional and Simplified Chinese apart by script', () => {
    expect(textLanguage('How much is shipping?')).toBe('en');
    expect(textLanguage('請問訂單什麼時候出貨？')).toBe('zh-Hant');
    expect(textLanguage('请问订单什么时候出货？')).toBe('zh-Hans');
    expect(textLanguage('請寄到 lee@example.com')).toBe('zh-Hant');
    expect(textLanguage('12345 !?')).toBeUndefined();
  });

  it('marks only text in another language than the UI', () => {
    expect(langFor('How much is shipping?', 'zh-CN')).toBe('en');
    expect(langFor('How much is shipping?', 'en')).toBeUndefined();
    expect(langFor('请问订单什么时候出货？', 'en')).toBe('zh-Hans');
    expect(langFor('请问订单什么时候出货？', 'zh-CN')).toBeUndefined();
    expect(langFor('請問訂單什麼時候出貨？', 'zh-CN')).toBe('zh-Hant');
    expect(langFor('請問訂單什麼時候出貨？', 'zh-TW')).toBeUndefined();
    expect(langFor('茶', 'zh-TW')).toBeUndefined(); // same in both scripts: the page's Chinese is fine
  });
});
