// One example schema from the importer to the disk and back (shared/domain/chatSchema.ts): every example
// an import accepts is there again after a restart, whatever OpenAI chat-format shape it came in; what
// cannot be kept is refused at import with a per-line message; and a damaged line on disk costs that
// example only. Before this, one tool-calling turn without `content` emptied a 51-example project.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/main/services/dataset/importFile';
import { ProjectsService } from '../../../electron/main/services/projects/ProjectsService';
import { examplesPath } from '../../../electron/main/services/projects/ProjectStore';
import { newExampleId } from '../../../shared/domain/projects/patch';
import type { ProjectExample } from '../../../shared/domain/projects/types';
import type { ImportedExample } from '../../../electron/main/services/dataset/importFile';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-schema-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const good = (i: number) => ({
  messages: [
    { role: 'user', content: `question ${i}` },
    { role: 'assistant', content: `answer ${i}` },
  ],
});
const call = { id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{"q":"tea"}' } };

/** Every chat-format shape the import accepts, including the four that used to empty a project. */
const ACCEPTED = {
  toolCallsWithoutContent: {
    messages: [
      { role: 'user', content: 'Find tea' },
      { role: 'assistant', tool_calls: [call] },
      { role: 'tool', tool_call_id: 'call_1', content: '{"found":3}' },
      { role: 'assistant', content: 'Three teas.' },
    ],
  },
  toolCallsWithNullContent: {
    messages: [
      { role: 'user', content: 'Find tea' },
      { role: 'assistant', content: null, tool_calls: [call] },
      { role: 'tool', tool_call_id: 'call_1', content: 'ok' },
      { role: 'assistant', content: 'Done.' },
    ],
    tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }],
    parallel_tool_calls: false,
  },
  legacyFunctionCall: {
    messages: [
      { role: 'user', content: 'Weather?' },
      { role: 'assistant', function_call: { name: 'weather', arguments: '{}' } },
      { role: 'function', name: 'weather', content: 'sunny' },
      { role: 'assistant', content: 'Sunny.' },
    ],
  },
  contentParts: {
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Hello ' },
          { type: 'text', text: 'there' },
        ],
      },
      { role: 'assistant', content: 'Hi!' },
    ],
  },
  numberContent: {
    messages: [
      { role: 'user', content: 'How many?' },
      { role: 'assistant', content: 42 },
    ],
  },
  weightsAndNames: {
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', name: 'alice', content: 'Hi' },
      { role: 'assistant', content: 'Old reply', weight: 0 },
      { role: 'user', content: 'Again' },
      { role: 'assistant', name: 'bot', content: 'New reply', weight: 1 },
    ],
  },
  // Problems the checks report and the editor fixes: kept as the user wrote them.
  unknownKeyAndRole: {
    messages: [
      { role: 'customer', content: 'Hi', mood: 'happy' },
      { role: 'assistant', content: 'Hello', weight: 2 },
    ],
  },
};

/** Outside what the app can keep: refused at import, one message per line naming turn and field. */
const REFUSED = {
  messageWithoutRole: { messages: [{ content: 'no role' }, { role: 'assistant', content: 'x' }] },
  imagePart: {
    messages: [
      { role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://x/y.png' } }] },
      { role: 'assistant', content: 'A cat.' },
    ],
  },
  objectContent: {
    messages: [
      { role: 'user', content: { text: 'hi' } },
      { role: 'assistant', content: 'x' },
    ],
  },
};

async function importLines(values: unknown[]) {
  const file = path.join(dir, 'in.jsonl');
  await fs.writeFile(file, values.map((v) => JSON.stringify(v)).join('\n') + '\n');
  const result = await importFile(file);
  if (!result.ok) throw new Error(result.error.code);
  return result.data;
}

const asProjectExamples = (imported: ImportedExample[]): ProjectExample[] =>
  imported.map(({ example, line }) => ({
    id: newExampleId(),
    example,
    provenance: 'imported',
    sourceLine: line,
    split: 'train',
  }));

async function importAndRestart(values: unknown[]) {
  const data = await importLines(values);
  const service = new ProjectsService({ dataDir: dir });
  const created = await service.create('imported', asProjectExamples(data.examples));
  await service.flush();
  const reopened = await new ProjectsService({ dataDir: dir }).openProject(created.meta.id);
  return { data, created, reopened };
}

describe('one example schema from import to disk and back', () => {
  it('50 good lines and one tool call without content: all 51 are there after a restart', async () => {
    const lines = [...Array.from({ length: 50 }, (_, i) => good(i)), ACCEPTED.toolCallsWithoutContent];
    const { data, reopened } = await importAndRestart(lines);
    expect(data.examples).toHaveLength(51);
    expect(reopened.recovered).toBeUndefined();
    expect(reopened.examples).toHaveLength(51);
    expect(reopened.examples[50]?.example.messages[1]).toEqual({
      role: 'assistant',
      content: null,
      tool_calls: [call],
    });
  });

  it('every accepted chat-format case survives a restart, as imported', async () => {
    const cases = Object.values(ACCEPTED);
    const { data, created, reopened } = await importAndRestart(cases);
    expect(data.skipped).toBe(0);
    expect(reopened.examples).toHaveLength(cases.length);
    expect(reopened.examples).toEqual(created.examples);
    const byName = Object.fromEntries(
      Object.keys(ACCEPTED).map((name, i) => [name, reopened.examples[i]?.example]),
    );
    expect(byName.contentParts?.messages[0]?.content).toBe('Hello there');
    expect(byName.numberContent?.messages[1]?.content).toBe('42');
    expect(byName.weightsAndNames?.messages.map((m) => m.weight)).toEqual([
      undefined,
      undefined,
      0,
      undefined,
      1,
    ]);
    expect(byName.unknownKeyAndRole?.messages[0]).toEqual({ role: 'customer', content: 'Hi', mood: 'happy' });
    // The two conversions are told, per line; nothing else is.
    expect(data.issues.map((i) => [i.code, i.line, i.params?.from])).toEqual([
      ['content_converted', 4, 'parts'],
      ['content_converted', 5, 'number'],
    ]);
  });

  it('refuses what it cannot keep at import, with the line, turn and field, and keeps the rest', async () => {
    const { data, reopened } = await importAndRestart([good(1), ...Object.values(REFUSED), good(2)]);
    expect(data.skipped).toBe(3);
    expect(data.issues.filter((i) => i.code === 'example_not_kept').map((i) => [i.line, i.params])).toEqual([
      [2, { turn: 1, field: 'role' }],
      [3, { turn: 1, field: 'content' }],
      [4, { turn: 1, field: 'content' }],
    ]);
    expect(reopened.examples.map((e) => e.sourceLine)).toEqual([1, 5]);
  });

  it('one damaged example line on disk sets that example aside and opens the others', async () => {
    const { created } = await importAndRestart(Array.from({ length: 10 }, (_, i) => good(i)));
    const file = examplesPath(path.join(dir, 'projects', created.meta.id));
    const lines = (await fs.readFile(file, 'utf8')).split('\n');
    lines[4] = lines[4]!.replace('"role":"user"', '"role":7'); // example 4 no longer fits the schema
    lines[7] = '{"id":"ex-00'; // example 7 cut off
    await fs.writeFile(file, lines.join('\n'));

    const reopened = await new ProjectsService({ dataDir: dir }).openProject(created.meta.id);
    expect(reopened.recovered).toBe('examples_partly_set_aside');
    expect(reopened.setAside).toBe(2);
    expect(reopened.examples).toHaveLength(8);
    // The damaged file is kept whole, with the two examples in it.
    const names = await fs.readdir(path.dirname(file));
    const aside = names.find((n) => n.startsWith('examples.jsonl.corrupt-'));
    expect(aside).toBeDefined();
    expect(await fs.readFile(path.join(path.dirname(file), aside!), 'utf8')).toBe(lines.join('\n'));
    // And the good eight were saved back: the next start opens cleanly.
    const again = await new ProjectsService({ dataDir: dir }).openProject(created.meta.id);
    expect(again.recovered).toBeUndefined();
    expect(again.examples).toHaveLength(8);
  });

  it('a file with nothing readable falls back to the previous good save', async () => {
    const service = new ProjectsService({ dataDir: dir });
    const created = await service.create(
      'p',
      asProjectExamples((await importLines([good(1), good(2)])).examples),
    );
    await service.rename(created.meta.id, 'renamed');
    await service.patch(created.meta.id, { remove: [created.examples[0]!.id] });
    await service.flush(); // the two-example file is now the backup
    const file = examplesPath(path.join(dir, 'projects', created.meta.id));
    await fs.writeFile(file, 'garbage\nmore garbage\n');
    const reopened = await new ProjectsService({ dataDir: dir }).openProject(created.meta.id);
    expect(reopened.recovered).toBe('examples_restored_from_backup');
    expect(reopened.examples).toHaveLength(2);
  });
});
