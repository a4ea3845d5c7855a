// Bringing examples in from the renderer side: a dropped file goes to main as ordered 1 MB chunks (a
// sandboxed page cannot learn its path), and pasted Q&A text is previewed and imported into the project.
import { Blob as NodeBlob } from 'node:buffer';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CHUNK_BYTES, uploadFile } from '../../../../renderer/features/examples/import/upload';
import { ImportPanel } from '../../../../renderer/features/examples/import/ImportPanel';
import { useProject } from '../../../../renderer/features/examples/state/projectStore';
import type { ImportPreview } from '../../../../shared/ipc/schemas/examples';
import { installFakeBridge } from '../shell/fakeBridge';
import { exampleOf, metaOf, openProject, renderWithI18n, setViewport } from './helpers';

beforeEach(() => setViewport(600));

describe('uploadFile', () => {
  it('sends a dropped file in order, in chunks of at most 1 MB, and every byte arrives', async () => {
    const bytes = new Uint8Array(CHUNK_BYTES * 2 + 12345).map((_, i) => (i * 31) % 251);
    const received: number[] = [];
    const chunks: Uint8Array[] = [];
    let total = 0;
    const bridge = installFakeBridge({
      'examples.uploadBegin': () => ({
        token: 'src-0123456789abcdef',
        fileName: 'big.csv',
        bytes: bytes.length,
      }),
      'examples.uploadChunk': (input) => {
        const { offset, data } = input as { offset: number; data: string };
        const chunk = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        expect(offset).toBe(total);
        expect(chunk.length).toBeLessThanOrEqual(CHUNK_BYTES);
        chunks.push(chunk);
        total += chunk.length;
        received.push(chunk.length);
        return { received: total };
      },
    });
    const progress: number[] = [];
    // jsdom's Blob has no arrayBuffer(); Node's behaves like Chromium's.
    const file = Object.assign(new NodeBlob([bytes]), { name: 'big.csv' }) as unknown as Blob & {
      name: string;
    };
    const result = await uploadFile(file, (sent) => progress.push(sent));
    expect(result.ok).toBe(true);
    expect(received).toEqual([CHUNK_BYTES, CHUNK_BYTES, 12345]);
    expect(progress.at(-1)).toBe(bytes.length);
    expect(Buffer.compare(Buffer.concat(chunks), Buffer.from(bytes))).toBe(0);
    expect(bridge.calls[0]).toEqual({
      route: 'examples.uploadBegin',
      input: { fileName: 'big.csv', bytes: bytes.length },
    });
  });
});

describe('ImportPanel', () => {
  it('previews pasted Q&A text and imports it into the open project', async () => {
    openProject([exampleOf(1)]);
    const preview: ImportPreview = {
      fileName: 'pasted.txt',
      bytes: 40,
      format: 'text',
      encoding: { encoding: 'utf-8', confidence: 100, bom: false, basis: 'valid-utf8' },
      columns: null,
      rows: [],
      examples: [
        {
          line: 1,
          example: {
            messages: [
              { role: 'user', content: '你好' },
              { role: 'assistant', content: '您好！' },
            ],
          },
        },
      ],
      issues: [
        { code: 'qa_unpaired', severity: 'warning', line: 4, example: null, params: { missing: 'answer' } },
      ],
    };
    const imported = { ...exampleOf(2, '你好', '您好！'), provenance: 'imported' as const };
    const bridge = installFakeBridge({
      'examples.pasteText': () => ({ token: 'src-00000000000000aa', fileName: 'pasted.txt', bytes: 40 }),
      'examples.preview': () => preview,
      'examples.import': () => ({
        project: { meta: metaOf(2), examples: [exampleOf(1), imported] },
        imported: 1,
        skipped: 0,
        // Found by the full read, far past what the preview looked at.
        issues: [
          {
            code: 'invalid_bytes',
            severity: 'error',
            line: 5000,
            example: null,
            params: { byteOffset: 123456, column: 3 },
          },
        ],
        // Main sends the first problems and the count of all of them.
        issueCount: 251,
      }),
    });
    await renderWithI18n(<ImportPanel onClose={() => {}} />);
    await userEvent.click(screen.getByText('Or paste questions and answers'));
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Or paste questions and answers' }),
      'Q: 你好{enter}A: 您好！',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Use this text' }));
    await waitFor(() => expect(screen.getByTestId('import-preview')).toBeTruthy());
    expect(screen.getByText(/A question without an answer/)).toBeTruthy();
    expect(screen.getByText(/line 4 of the file/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Add to this project' }));
    await waitFor(() =>
      expect(screen.getByTestId('import-done').textContent).toContain('Imported examples: 1.'),
    );
    expect(useProject.getState().examples).toHaveLength(2);
    const readIssues = screen.getByTestId('import-issues');
    expect(readIssues.textContent).toContain('at byte 123456 of the file');
    expect(readIssues.textContent).toContain('line 5000 of the file');
    expect(readIssues.textContent).toContain('And 201 more in the file.');
    const call = bridge.calls.find((c) => c.route === 'examples.import');
    expect(call?.input).toMatchObject({
      token: 'src-00000000000000aa',
      projectId: 'p-0123456789ab',
      mode: 'append',
    });
  });
});
