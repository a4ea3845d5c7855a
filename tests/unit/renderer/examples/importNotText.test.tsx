// Issue 17, point 8: the import screen says what a non-text file is, as its first and only message, in
// the reader's language (main refuses it as not_a_text_file with the kind it read from the first bytes).
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../renderer/features/examples/import/ImportError';
import { createI18n } from '../../../../renderer/i18n';
import type { IpcError } from '../../../../shared/ipc/errors';

const refusal = (kind: string, ext: string): IpcError => ({
  code: 'file_invalid',
  params: { reason: 'not_a_text_file', kind, ext },
});

async function shown(error: IpcError, lang: 'en' | 'zh-TW' | 'zh-CN') {
  const i18n = await createI18n(lang, false);
  const { container, unmount } = render(
    <I18nextProvider i18n={i18n}>
      <ImportError error={error} />
    </I18nextProvider>,
  );
  const text = container.querySelector('[role="alert"]')?.textContent;
  unmount();
  return text;
}

describe('import of a file that is not text', () => {
  it.each([
    [
      'en',
      refusal('pdf', 'pdf'),
      'This is a PDF document, not a spreadsheet or a text file. Save your examples as CSV, Excel (XLSX), JSONL or plain text, then choose that file.',
    ],
    [
      'zh-TW',
      refusal('image', 'png'),
      '這是圖片（PNG），不是試算表或文字檔。請把範例存成 CSV、Excel（XLSX）、JSONL 或純文字，再選擇那個檔案。',
    ],
    [
      'zh-CN',
      refusal('zip', 'zip'),
      '这是不含工作表的 ZIP 压缩包，不是电子表格或文本文件。请把示例保存为 CSV、Excel（XLSX）、JSONL 或纯文本，再选择那个文件。',
    ],
    [
      'en',
      refusal('unknown', ''),
      "This is a binary file (a picture, an archive or another program's file), not a spreadsheet or a text file. Save your examples as CSV, Excel (XLSX), JSONL or plain text, then choose that file.",
    ],
  ] as const)('%s: %j', async (lang, error, text) => {
    expect(await shown(error, lang)).toBe(text);
  });
});
