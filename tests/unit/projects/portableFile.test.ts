// The portable project file (projects.exportFile / projects.importFile): export then import gives back the
// whole project (name, examples with provenance, split, settings, check report, import problems) with
// only ids and timestamps new; version-1 files still open; anything else is refused with a reason.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChatExample } from '../../../shared/domain/chat';
import { makeIssue } from '../../../shared/domain/dataset/codes';
import { findPrice } from '../../../shared/domain/pricing/catalog';
import type { OpenProject, ProjectExample } from '../../../shared/domain/projects/types';
import { DatasetWorkerClient } from '../../../electron/main/services/dataset/DatasetWorkerClient';
import { saveProject } from '../../../electron/main/services/dataset/projectFile';
import { ExamplesTasks, importProblemsOf } from '../../../electron/main/services/projects/ExamplesTasks';
import { ProjectsService } from '../../../electron/main/services/projects/ProjectsService';
import { SourceFiles } from '../../../electron/main/services/projects/SourceFiles';
import {
  PORTABLE_MAX_BYTES,
  projectNameFromFile,
  readProjectFile,
  writeProjectFile,
} from '../../../electron/main/services/projects/exporter';

let dir: string;
let worker: DatasetWorkerClient;
let projects: ProjectsService;
let tasks: ExamplesTasks;

const chat = (user: string, assistant: string, system?: string): ChatExample => ({
  messages: [
    ...(system ? [{ role: 'system' as const, content: system }] : []),
    { role: 'user' as const, content: user },
    { role: 'assistant' as const, content: assistant },
  ],
});

/** Every provenance, tool calls and weights, an unknown key the checks report, a duplicate and an email. */
function richExamples(): ProjectExample[] {
  const items: ProjectExample[] = [];
  for (let i = 0; i < 30; i++)
    items.push({
      id: `ex-${String(i).padStart(4, '0')}`,
      example: chat(`第 ${i} 號訂單到哪了？`, `訂單 ${i} 已出貨。`, '你是小壺茶舖的客服'),
      provenance: 'imported',
      sourceLine: i + 2,
      split: 'train',
    });
  items.push(
    {
      id: 'ex-sample',
      example: chat('What tea suits mornings?', 'A bright black tea such as Assam.'),
      provenance: 'sample',
      split: 'train',
    },
    {
      id: 'ex-added',
      example: {
        messages: [
          { role: 'user', content: 'Weather in Taipei?' },
          {
            role: 'assistant',
            content: null,
            tool_calls: [
              {
                id: 'call_1',
                type: 'function',
                function: { name: 'weather', arguments: '{"city":"Taipei"}' },
              },
            ],
          },
          { role: 'tool', content: '{"temp":28}', tool_call_id: 'call_1' },
          { role: 'assistant', content: 'It is 28 °C.', weight: 1 },
        ],
        tools: [{ type: 'function', function: { name: 'weather', parameters: { type: 'object' } } }],
      },
      provenance: 'added',
      split: 'train',
    },
    {
      id: 'ex-corrected',
      example: chat('退貨要多久？', '收到退貨後 3 個工作天內退款。'),
      provenance: 'corrected-from-try',
      correctedFrom: 'ft:gpt-4.1-mini-2025-04-14:tunesmith::abc123',
      split: 'train',
    },
    {
      id: 'ex-oddkey',
      example: {
        messages: [
          { role: 'user', content: 'Mail me at mei@example.com', extra_note: { from: 'sheet', row: 3 } },
          { role: 'assistant', content: 'Sent.', weight: 0 },
        ],
      } as unknown as ChatExample,
      provenance: 'added',
      split: 'train',
    },
    {
      id: 'ex-dup',
      example: chat('第 0 號訂單到哪了？', '訂單 0 已出貨。', '你是小壺茶舖的客服'),
      provenance: 'imported',
      sourceLine: 40,
      split: 'train',
    },
  );
  return items;
}

/** A project as the user would leave it: split, settings, import problems, then a check. */
async function richProject(): Promise<OpenProject> {
  const { meta } = await projects.create('茶舖客服 v2', richExamples(), {
    source: {
      fileName: '客服.csv',
      format: 'csv',
      encoding: 'big5',
      bytes: 4096,
      importedAt: '2026-11-20T08:00:00.000Z',
    },
    mapping: { user: 0, assistant: 1, system: 2 },
  });
  await projects.applySplit(meta.id, { preset: '70-15-15', seed: 42 });
  await projects.updateMeta(meta.id, (m) => ({
    ...m,
    provider: 'openai',
    model: 'gpt-4.1-mini-2025-04-14',
    epochs: 3,
    importProblems:
      importProblemsOf(
        '客服.csv',
        '2026-11-20T08:00:00.000Z',
        [
          makeIssue('table_ragged_row', 7, null, { cells: 5, expected: 3 }),
          makeIssue('invalid_bytes', 12, null, { offset: 311 }),
        ],
        1,
      ) ?? undefined,
  }));
  await tasks.check('task-portable-check', meta.id);
  return projects.openProject(meta.id);
}

/** The project with ids swapped for positions and the fields an import makes anew left out. */
function comparable(project: OpenProject) {
  const position = new Map(project.examples.map((e, i) => [e.id, i]));
  const { id: _id, createdAt: _c, updatedAt: _u, report, ...meta } = project.meta;
  return {
    meta: {
      ...meta,
      report: report && {
        ...report,
        issues: report.issues.map(({ exampleId, ...issue }) => ({
          ...issue,
          at: exampleId === null ? null : position.get(exampleId),
        })),
      },
    },
    examples: project.examples.map(({ id: _exampleId, ...rest }) => rest),
  };
}

/** What the projects.importFile handler does with a file. */
async function importAsHandlerDoes(file: string): Promise<OpenProject> {
  const { meta, examples } = await readProjectFile(file);
  return projects.create(projectNameFromFile(path.basename(file)), examples, meta);
}

async function refusal(file: string) {
  return readProjectFile(file).then(
    () => null,
    (error: { ipcError?: { code: string; params?: Record<string, unknown> } }) => error.ipcError,
  );
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-portable-'));
  worker = new DatasetWorkerClient();
  projects = new ProjectsService({ dataDir: dir });
  tasks = new ExamplesTasks({
    worker,
    projects,
    sources: new SourceFiles(dir),
    emit: () => {},
    priceOf: (provider, model) => findPrice(provider, model),
  });
});
afterAll(async () => {
  await worker.dispose();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('portable project file, version 2', () => {
  it('export then import gives back the whole project, with only ids and timestamps new', async () => {
    const original = await richProject();
    // The project is what the test claims it is: every provenance, a real split, a report tied to examples.
    expect(new Set(original.examples.map((e) => e.provenance))).toEqual(
      new Set(['imported', 'sample', 'added', 'corrected-from-try']),
    );
    expect(new Set(original.examples.map((e) => e.split))).toEqual(new Set(['train', 'validation', 'test']));
    expect(original.meta.report?.issues.some((i) => i.exampleId === 'ex-dup')).toBe(true);
    expect(original.meta.report?.issues.some((i) => i.code === 'pii_email')).toBe(true);

    const file = path.join(dir, 'some other name.tunesmith.json');
    await writeProjectFile(file, original);
    const back = await importAsHandlerDoes(file);

    expect(back.meta.name).toBe('茶舖客服 v2'); // the project's name, not the file's
    expect(comparable(back)).toEqual(comparable(original));
    expect(back.meta.id).not.toBe(original.meta.id);
    expect(back.examples.map((e) => e.id)).not.toContain('ex-dup');
    const dupIssue = back.meta.report?.issues.find((i) => i.code === 'duplicate_exact');
    expect(back.examples.find((e) => e.id === dupIssue?.exampleId)?.sourceLine).toBe(40);

    // And it is all still there after the app restarts.
    await projects.flush();
    const reopened = await new ProjectsService({ dataDir: dir }).openProject(back.meta.id);
    expect(comparable(reopened)).toEqual(comparable(original));
  }, 60_000);

  it('writes a plain JSON document with format, version 2, the project head and one example per line', async () => {
    const { meta } = await projects.create('small', richExamples().slice(30, 34));
    const file = path.join(dir, 'small.tunesmith.json');
    await writeProjectFile(file, await projects.openProject(meta.id), new Date('2026-11-26T06:00:00.000Z'));
    const text = await fs.readFile(file, 'utf8');
    const doc = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['format', 'version', 'savedAt', 'project', 'examples']);
    expect(doc).toMatchObject({
      format: 'tunesmith-project',
      version: 2,
      savedAt: '2026-11-26T06:00:00.000Z',
    });
    expect(doc.project).toMatchObject({ name: 'small', report: null, importProblems: null, split: null });
    expect(text.split('\n')).toHaveLength(4 + 2);
  });

  it('leaves out a stored report it could not read back (from an older version) instead of writing an unreadable file', async () => {
    const { meta } = await projects.create('old report', richExamples().slice(0, 3));
    await projects.updateMeta(meta.id, (m) => ({
      ...m,
      report: { issues: [], counts: {}, examples: 3 } as unknown as NonNullable<typeof m.report>,
    }));
    const file = path.join(dir, 'old-report.tunesmith.json');
    await writeProjectFile(file, await projects.openProject(meta.id));
    const back = await readProjectFile(file);
    expect(back.meta.report).toBeNull();
    expect(back.meta.name).toBe('old report');
    expect(back.examples).toHaveLength(3);
  });
});

describe('portable project file, read line by line as written', () => {
  /** A written file's lines: the head, one example per line, then `]}`. */
  async function writtenLines(name: string): Promise<{ file: string; lines: string[] }> {
    const { meta } = await projects.create(name, richExamples().slice(30, 34));
    const file = path.join(dir, `${name}.tunesmith.json`);
    await writeProjectFile(file, await projects.openProject(meta.id));
    return { file, lines: (await fs.readFile(file, 'utf8')).split('\n') };
  }

  it('keeps text with line breaks of every kind inside one example line', async () => {
    const tricky = chat('a\nb\r\nc\rd\u2028e\u2029f\u0085g', '好\n的');
    const { meta } = await projects.create('breaks', [
      { id: 'ex-breaks', example: tricky, provenance: 'added', split: 'train' },
    ]);
    const file = path.join(dir, 'breaks.tunesmith.json');
    await writeProjectFile(file, await projects.openProject(meta.id));
    expect((await fs.readFile(file, 'utf8')).split('\n')).toHaveLength(3);
    const whole = vi.spyOn(fs, 'readFile');
    try {
      expect((await readProjectFile(file)).examples[0]?.example).toEqual(tricky);
      expect(whole).not.toHaveBeenCalled(); // read line by line, not by the fallback
    } finally {
      whole.mockRestore();
    }
  });

  it('an empty project goes out and comes back empty, with its name', async () => {
    const { meta } = await projects.create('空的專案');
    const file = path.join(dir, 'empty.tunesmith.json');
    await writeProjectFile(file, await projects.openProject(meta.id));
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toMatchObject({ examples: [] });
    const whole = vi.spyOn(fs, 'readFile');
    try {
      const back = await readProjectFile(file);
      expect(back.examples).toEqual([]);
      expect(back.meta.name).toBe('空的專案');
      expect(whole).not.toHaveBeenCalled();
    } finally {
      whole.mockRestore();
    }
  });

  it('reads a re-indented copy (edited by hand) the same as the file as written', async () => {
    const { file, lines } = await writtenLines('indent');
    const pretty = path.join(dir, 'indent-pretty.json');
    await fs.writeFile(pretty, JSON.stringify(JSON.parse(lines.join('\n')), null, 2));
    const strip = (r: Awaited<ReturnType<typeof readProjectFile>>) => ({
      ...r,
      examples: r.examples.map(({ id: _id, ...rest }) => rest),
    });
    expect(strip(await readProjectFile(pretty))).toEqual(strip(await readProjectFile(file)));
    expect((await readProjectFile(file)).examples).toHaveLength(4);
  });

  it('never reads the file as written into one string (only a differently laid-out one)', async () => {
    const { file, lines } = await writtenLines('streamed');
    const whole = vi.spyOn(fs, 'readFile');
    try {
      await readProjectFile(file);
      expect(whole).not.toHaveBeenCalled();
      const oneLine = path.join(dir, 'streamed-one-line.json');
      await fs.writeFile(oneLine, JSON.stringify(JSON.parse(lines.join('\n'))));
      await readProjectFile(oneLine);
      expect(whole).toHaveBeenCalledWith(oneLine, 'utf8');
    } finally {
      whole.mockRestore();
    }
  });

  it('refuses a well-placed line whose content is not allowed, naming the example', async () => {
    const { file, lines } = await writtenLines('tampered');
    const proto = [...lines];
    proto[2] = (proto[2] as string).replace('"role":"user"', '"__proto__":{"polluted":1},"role":"user"');
    await fs.writeFile(file, proto.join('\n'));
    expect(await refusal(file)).toMatchObject({
      params: { reason: 'project_damaged', path: 'examples.1.example.messages.0.__proto__' },
    });
    const stolen = [...lines];
    stolen[4] = (stolen[4] as string).replace('"provenance":"added"', '"provenance":"stolen"');
    await fs.writeFile(file, stolen.join('\n'));
    expect(await refusal(file)).toMatchObject({
      params: { reason: 'project_damaged', path: 'examples.3.provenance' },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a file cut short or with a stray comma is not JSON, so not a project file', async () => {
    const { file, lines } = await writtenLines('cut');
    await fs.writeFile(file, lines.slice(0, -1).join('\n'));
    expect(await refusal(file)).toMatchObject({ params: { reason: 'not_a_project' } });
    const comma = [...lines];
    comma[4] = `${comma[4] as string},`;
    await fs.writeFile(file, comma.join('\n'));
    expect(await refusal(file)).toMatchObject({ params: { reason: 'not_a_project' } });
  });

  it('a head from a newer Tunesmith is refused as such', async () => {
    const { file, lines } = await writtenLines('newer');
    await fs.writeFile(file, [lines[0]?.replace('"version":2', '"version":3'), ...lines.slice(1)].join('\n'));
    expect(await refusal(file)).toMatchObject({ params: { reason: 'project_newer_version' } });
  });
});

describe('portable project file, version 1 (before version 2)', () => {
  it('still opens, as imported examples named after the file, with split, settings and source lines', async () => {
    const file = path.join(dir, 'legacy.tunesmith.json');
    const examples = richExamples().slice(0, 12);
    await saveProject(file, {
      settings: {
        provider: 'openai',
        model: 'gpt-4o-mini-2024-07-18',
        epochs: 4,
        split: { ratios: { train: 0.8, validation: 0.1, test: 0.1 }, seed: 99 },
      },
      examples: examples.map((e) => ({ example: e.example, line: e.sourceLine ?? null })),
      split: examples.map((_, i) => (i < 10 ? 'train' : i === 10 ? 'validation' : 'test')),
      report: null,
    });
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toMatchObject({ version: 1 });
    const back = await importAsHandlerDoes(file);
    expect(back.meta).toMatchObject({
      name: 'legacy',
      provider: 'openai',
      model: 'gpt-4o-mini-2024-07-18',
      epochs: 4,
      split: { preset: '80-10-10', seed: 99 },
    });
    expect(back.examples.map((e) => e.example)).toEqual(examples.map((e) => e.example));
    expect(back.examples.map((e) => e.sourceLine)).toEqual(examples.map((e) => e.sourceLine));
    expect(back.examples.map((e) => e.split).slice(9)).toEqual(['train', 'validation', 'test']);
    expect(back.examples.every((e) => e.provenance === 'imported')).toBe(true);
  });

  it('opens a hand-written version-1 file exactly as the format was documented', async () => {
    const file = path.join(dir, 'hand.tunesmith.json');
    await fs.writeFile(
      file,
      '\uFEFF{"format":"tunesmith-project","version":1,"savedAt":"2026-01-01T00:00:00.000Z",' +
        '"settings":{"provider":"practice","model":"gpt-4.1-mini-2025-04-14","epochs":"auto",' +
        '"split":{"ratios":{"train":0.9,"validation":0.1,"test":0},"seed":5}},' +
        '"examples":[{"example":{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"}]},"line":3}],' +
        '"split":null,"report":null}',
    );
    const back = await readProjectFile(file);
    expect(back.meta).toEqual({
      provider: 'practice',
      model: 'gpt-4.1-mini-2025-04-14',
      epochs: 'auto',
      split: null,
    });
    expect(back.examples).toEqual([
      {
        id: expect.stringMatching(/^ex-/),
        example: {
          messages: [
            { role: 'user', content: 'Hi' },
            { role: 'assistant', content: 'Hello' },
          ],
        },
        provenance: 'imported',
        sourceLine: 3,
        split: 'train',
      },
    ]);
  });
});

describe('portable project file refusals', () => {
  const v2 = (project: Record<string, unknown>, examples: unknown[] = []) =>
    JSON.stringify({
      format: 'tunesmith-project',
      version: 2,
      savedAt: '2026-11-26T06:00:00.000Z',
      project: {
        name: 'x',
        provider: 'practice',
        model: 'gpt-4.1-mini-2025-04-14',
        epochs: 'auto',
        split: null,
        source: null,
        mapping: null,
        report: null,
        importProblems: null,
        ...project,
      },
      examples,
    });
  const okExample = { example: chat('Hi', 'Hello'), provenance: 'added', split: 'train' };
  const write = async (name: string, text: string) => {
    const file = path.join(dir, name);
    await fs.writeFile(file, text);
    return file;
  };

  it('accepts the minimal valid file the refusals below start from', async () => {
    const back = await readProjectFile(await write('minimal.json', v2({}, [okExample])));
    expect(back.meta.name).toBe('x');
    expect(back.examples).toHaveLength(1);
  });

  it.each([
    ['not JSON', 'hello', 'not_a_project'],
    ['another JSON document', '{"messages":[]}', 'not_a_project'],
    ['a file from a newer Tunesmith', v2({}).replace('"version":2', '"version":3'), 'project_newer_version'],
    ['an unknown key in the project', v2({ admin: true }), 'project_damaged'],
    ['a bad provenance', v2({}, [{ ...okExample, provenance: 'stolen' }]), 'project_damaged'],
    [
      'a report issue with an unknown code',
      v2({
        importProblems: {
          fileName: 'a',
          importedAt: 'b',
          issues: [{ code: 'nope', severity: 'error', line: 1, example: null }],
          counts: {},
          skipped: 0,
        },
      }),
      'project_damaged',
    ],
    ['a negative split seed type', v2({ split: { preset: '80-10-10', seed: 'x' } }), 'project_damaged'],
  ])('refuses %s', async (_what, text, reason) => {
    expect(await refusal(await write('bad.json', text))).toMatchObject({
      code: 'file_invalid',
      params: { reason },
    });
  });

  it('refuses __proto__ anywhere (spelled out or escaped), naming where it was, in both versions', async () => {
    const inMessage = v2({}, [okExample]).replace(
      '"role":"user"',
      '"__proto__":{"polluted":1},"role":"user"',
    );
    expect(await refusal(await write('proto.json', inMessage))).toMatchObject({
      code: 'file_invalid',
      params: { reason: 'project_damaged', path: 'examples.0.example.messages.0.__proto__' },
    });
    const escaped = v2({}, [okExample]).replace(
      '"role":"user"',
      '"\\u005f_proto__":{"polluted":1},"role":"user"',
    );
    expect(await refusal(await write('proto-escaped.json', escaped))).toMatchObject({
      params: { reason: 'project_damaged' },
    });
    const v1 =
      '{"format":"tunesmith-project","version":1,"savedAt":"x","settings":{"provider":"practice","model":"m","epochs":"auto","split":{"ratios":{"train":1,"validation":0,"test":0},"seed":1}},' +
      '"examples":[{"example":{"messages":[{"role":"user","content":"a","constructor":{"prototype":{}}}]},"line":1}],"split":null,"report":null}';
    expect(await refusal(await write('proto-v1.json', v1))).toMatchObject({
      params: { reason: 'project_damaged' },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses nesting deeper than any example needs, without overflowing the stack', async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const text = v2({}, [{ ...okExample, example: { ...okExample.example, tools: ['DEEP'] } }]).replace(
      '"DEEP"',
      deep,
    );
    expect(await refusal(await write('deep.json', text))).toMatchObject({
      params: { reason: 'project_damaged' },
    });
  });

  it('refuses a file above the size limit before reading it', async () => {
    const file = path.join(dir, 'huge.tunesmith.json');
    await fs.writeFile(file, '');
    await fs.truncate(file, PORTABLE_MAX_BYTES + 1); // sparse: no disk space, no memory
    expect(await refusal(file)).toMatchObject({
      code: 'file_invalid',
      params: { reason: 'project_too_large', limit: PORTABLE_MAX_BYTES },
    });
  });

  it('a missing file is unreadable, not damaged', async () => {
    expect(await refusal(path.join(dir, 'gone.json'))).toMatchObject({
      params: { reason: 'file_unreadable' },
    });
  });
});
