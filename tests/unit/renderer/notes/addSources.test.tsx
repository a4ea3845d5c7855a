// Adding notes by drop and paste, and removing with Undo, on the Notes tab (issue 16 point 1). Dropped
// files travel as bytes behind a token (the Examples importer's upload routes), one after the other with
// their progress; pasted text is named by its first line unless the user names it, and stays in the box
// when it could not be added; a removed document can be brought back.
import { Blob as NodeBlob } from 'node:buffer';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { NotesPanel } from '../../../../renderer/features/notes';
import { createI18n } from '../../../../renderer/i18n';
import { BRIDGE_GLOBAL, type Bridge } from '../../../../shared/ipc/bridge';
import { installFakeBridge } from '../shell/fakeBridge';

const source = (id: string, name: string, kind: string) => ({
  id,
  kind,
  name,
  bytes: 2000,
  addedAt: '2026-12-05T10:00:00Z',
  passages: 2,
  encoding: null,
});
const collection = {
  id: 'notes-1',
  name: 'Shop facts',
  sources: [source('s1', 'price-list.docx', 'docx'), source('s2', 'faq.pdf', 'pdf')],
  passages: 4,
  embedded: 0,
};

async function show(answers: Record<string, (input: unknown) => unknown>, listed: unknown[] = [collection]) {
  const i18n = await createI18n('en', false);
  const bridge = installFakeBridge({ 'notes.list': () => listed, ...answers });
  render(
    <I18nextProvider i18n={i18n}>
      <NotesPanel projectId="p1" />
    </I18nextProvider>,
  );
  await screen.findByRole('heading', { name: 'Notes' });
  return bridge;
}

/** Holds every call of `route` until `release()`, so a test can look at the screen while it is pending. */
function gate(route: string) {
  const fake = (window as unknown as Record<string, Bridge>)[BRIDGE_GLOBAL]!;
  let release = () => {};
  const opened = new Promise<void>((r) => (release = r));
  (window as unknown as Record<string, Bridge>)[BRIDGE_GLOBAL] = {
    ...fake,
    request: async (r, input) => {
      if (r === route) await opened;
      return fake.request(r, input);
    },
  };
  return () => release();
}

const routes = (bridge: { calls: { route: string }[] }) => bridge.calls.map((c) => c.route);

describe('dropping documents on a collection', () => {
  it('sends each file as bytes, adds it under its token with progress, and names what could not be read', async () => {
    let tokens = 0;
    const bridge = await show({
      'examples.uploadBegin': (input) => ({
        token: `tok-${++tokens}`,
        ...(input as { fileName: string; bytes: number }),
      }),
      'examples.uploadChunk': (input) => ({ received: atob((input as { data: string }).data).length }),
      'notes.addUpload': (input) =>
        (input as { token: string }).token === 'tok-1'
          ? { added: [source('s3', 'hours.txt', 'text')], problems: [] }
          : { added: [], problems: [{ code: 'pdf_no_text', file: 'scan.pdf', params: { pages: 3 } }] },
    });
    const release = gate('notes.addUpload');
    // jsdom's Blob has no arrayBuffer(); Node's behaves like Chromium's.
    const file = (parts: string, name: string) => Object.assign(new NodeBlob([parts]), { name });
    const files = [file('Open 9 to 5.', 'hours.txt'), file('%PDF', 'scan.pdf')];
    fireEvent.drop(screen.getByTestId('notes-drop'), { dataTransfer: { files } });

    expect((await screen.findByText('Reading hours.txt…')).getAttribute('role')).toBe('status');
    expect(screen.getByRole('button', { name: 'Add documents…' })).toHaveProperty('disabled', true);
    release();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'scan.pdf has 3 page(s) but no text: it is probably a scan. Run text recognition (OCR) on it, or add the original document.',
    );
    const sent = bridge.calls.filter((c) => c.route.startsWith('examples.') || c.route === 'notes.addUpload');
    expect(sent.map((c) => [c.route, c.input])).toEqual([
      ['examples.uploadBegin', { fileName: 'hours.txt', bytes: 12 }],
      ['examples.uploadChunk', { token: 'tok-1', offset: 0, data: btoa('Open 9 to 5.') }],
      ['notes.addUpload', { projectId: 'p1', collectionId: 'notes-1', token: 'tok-1' }],
      ['examples.uploadBegin', { fileName: 'scan.pdf', bytes: 4 }],
      ['examples.uploadChunk', { token: 'tok-2', offset: 0, data: btoa('%PDF') }],
      ['notes.addUpload', { projectId: 'p1', collectionId: 'notes-1', token: 'tok-2' }],
    ]);
    await waitFor(() => expect(screen.queryByText(/^Reading/)).toBeNull());
    expect(routes(bridge).filter((r) => r === 'notes.list')).toHaveLength(2); // listed again after adding
  });
});

describe('dropping a document main would refuse by its size', () => {
  const MB = 1024 * 1024;
  // jsdom's Blob has no arrayBuffer(); Node's behaves like Chromium's. 25 MB is over the 20 MB text limit.
  const file = (bytes: number | string, name: string) =>
    Object.assign(new NodeBlob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), { name });
  const sending = (bridge: { calls: { route: string }[] }) =>
    routes(bridge).filter((r) => r.startsWith('examples.upload') || r === 'notes.addUpload');
  const tooLarge =
    'server-log.txt is 25 MB; notes take files up to 20 MB. Split it into smaller files, or add only the parts the model needs.';

  it('is refused before any of its bytes are sent, with the message main would give', async () => {
    const bridge = await show({});
    fireEvent.drop(screen.getByTestId('notes-drop'), {
      dataTransfer: { files: [file(25 * MB, 'server-log.txt')] },
    });
    expect((await screen.findByRole('alert')).textContent).toBe(tooLarge);
    expect(sending(bridge)).toEqual([]);
  });

  it('does not stop the other dropped files from being sent', async () => {
    const bridge = await show({
      'examples.uploadBegin': (input) => ({ token: 'tok-1', ...(input as object) }),
      'examples.uploadChunk': (input) => ({ received: atob((input as { data: string }).data).length }),
      'notes.addUpload': () => ({ added: [source('s3', 'hours.txt', 'text')], problems: [] }),
    });
    const files = [file(25 * MB, 'server-log.txt'), file('Open 9 to 5.', 'hours.txt')];
    fireEvent.drop(screen.getByTestId('notes-drop'), { dataTransfer: { files } });
    expect((await screen.findByRole('alert')).textContent).toBe(tooLarge);
    expect(sending(bridge)).toEqual(['examples.uploadBegin', 'examples.uploadChunk', 'notes.addUpload']);
    expect(bridge.calls.find((c) => c.route === 'examples.uploadBegin')?.input).toEqual({
      fileName: 'hours.txt',
      bytes: 12,
    });
  });
});

describe('pasting text', () => {
  it('adds it named by its first line unless the user names it, and keeps it when it could not be added', async () => {
    const bridge = await show({
      'notes.addText': (input) =>
        (input as { text: string }).text.trim() === '—'
          ? { added: [], problems: [{ code: 'empty', file: 'Blank' }] }
          : { added: [source('s3', 'Opening hours', 'text')], problems: [] },
    });
    fireEvent.click(screen.getByText('Paste text'));
    const text = screen.getByLabelText('Text');
    const name = screen.getByLabelText('Name');
    fireEvent.change(text, { target: { value: '\n  Opening   hours \n\nMon–Fri 9:00–18:00.' } });
    expect(name.getAttribute('placeholder')).toBe('Opening hours');
    fireEvent.click(screen.getByRole('button', { name: 'Add text' }));
    await waitFor(() => expect((text as HTMLTextAreaElement).value).toBe(''));
    expect(bridge.calls.find((c) => c.route === 'notes.addText')?.input).toEqual({
      projectId: 'p1',
      collectionId: 'notes-1',
      name: 'Opening hours',
      text: '\n  Opening   hours \n\nMon–Fri 9:00–18:00.',
    });

    fireEvent.change(name, { target: { value: 'Blank' } });
    fireEvent.change(text, { target: { value: '—' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add text' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Blank is empty. Add a file that contains text.',
    );
    expect((text as HTMLTextAreaElement).value).toBe('—');
    expect((name as HTMLInputElement).value).toBe('Blank');
  });

  it('cannot be added while the box is blank', async () => {
    await show({});
    fireEvent.click(screen.getByText('Paste text'));
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: ' \n ' } });
    expect(screen.getByRole('button', { name: 'Add text' })).toHaveProperty('disabled', true);
  });
});

describe('removing a document', () => {
  it('removes it and offers Undo, which brings the same document back', async () => {
    const bridge = await show({
      'notes.removeSource': () => undefined,
      'notes.restoreSource': () => collection.sources[1],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Remove faq.pdf' }));
    const notice = await screen.findByText(/was removed from this collection/);
    expect(notice.textContent).toBe('faq.pdf was removed from this collection. Undo');
    fireEvent.click(within(notice).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.queryByText(/was removed/)).toBeNull());
    const target = { projectId: 'p1', collectionId: 'notes-1', sourceId: 's2' };
    expect(bridge.calls.filter((c) => c.route.endsWith('Source')).map((c) => [c.route, c.input])).toEqual([
      ['notes.removeSource', target],
      ['notes.restoreSource', target],
    ]);
  });
});

describe('empty states', () => {
  it('says what to do when there is no collection, and when a collection has no documents', async () => {
    await show({}, [{ ...collection, sources: [], passages: 0 }]);
    expect(
      screen.getByText(
        'No documents yet. Drop files here, choose them with “Add documents…”, or paste text.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Prepare for search…' })).toBeNull();
  });

  it('explains the first step before any collection exists', async () => {
    await show({}, []);
    expect(
      screen.getByText(
        'No notes collections yet. Name one below and create it, then add your documents to it.',
      ),
    ).toBeTruthy();
  });
});

describe('adding from the open dialog', () => {
  it('keeps the button busy until main has read the chosen file, so a second click adds nothing', async () => {
    const bridge = await show({ 'notes.addFile': () => ({ added: [], problems: [] }) });
    const release = gate('notes.addFile');
    const button = screen.getByRole('button', { name: 'Add documents…' });
    fireEvent.click(button);
    await waitFor(() => expect(button).toHaveProperty('disabled', true));
    fireEvent.click(button);
    release();
    await waitFor(() => expect(button).toHaveProperty('disabled', false));
    expect(routes(bridge).filter((r) => r === 'notes.addFile')).toHaveLength(1);
  });
});
