// Exports round-trip through our own importer, spreadsheets are escaped against formula injection,
// and the portable project file validates on the way in.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatExample } from '../../../shared/domain/chat';
import { writeCsv, writeJsonl, writeXlsx } from '../../../electron/main/services/dataset/exporters';
import { importFile } from '../../../electron/main/services/dataset/importFile';
import { checkExamples } from '../../../electron/main/services/dataset/checkFile';
import { openProject, saveProject } from '../../../electron/main/services/dataset/projectFile';
import { escapeCell, examplesToRows } from '../../../shared/domain/dataset/tableExport';
import {
  parseProjectFile,
  PROJECT_VERSION,
  type ProjectContent,
} from '../../../shared/domain/dataset/project';
import { SPLIT_PRESETS, splitExamples } from '../../../shared/domain/dataset/split';

const dir = mkdtempSync(join(tmpdir(), 'tunesmith-export-'));
afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
});

const examples: ChatExample[] = [
  {
    messages: [
      { role: 'system', content: '你是小壺茶舖的客服。' },
      { role: 'user', content: '=HYPERLINK("http://evil","點我")' },
      { role: 'assistant', content: '-5 度以下請勿寄送, "謝謝"\n第二行' },
    ],
  },
  {
    messages: [
      { role: 'user', content: '@channel hi' },
      { role: 'assistant', content: '+1 for that' },
      { role: 'user', content: 'And then?' },
      { role: 'assistant', content: 'Then we ship.' },
    ],
  },
];

describe('table exports', () => {
  it('escapes cells a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+1', '-1', '@a', '\tx', 'fine', '1-2'].map(escapeCell)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@a",
      "'\tx",
      'fine',
      '1-2',
    ]);
    const { rows } = examplesToRows(examples);
    expect(rows[0]).toEqual(['conversation_id', 'turn', 'system', 'user', 'assistant']);
    expect(rows[1]?.[3]).toBe('\'=HYPERLINK("http://evil","點我")');
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['1', '1'],
      ['2', '1'],
      ['2', '2'],
    ]);
  });

  it.each(['csv', 'xlsx'] as const)(
    '%s round-trips through the importer, multi-turn included',
    async (kind) => {
      const path = join(dir, `set.${kind}`);
      await (kind === 'csv' ? writeCsv(path, examples) : writeXlsx(path, examples));
      if (kind === 'csv') {
        const bytes = readFileSync(path);
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM so Excel reads UTF-8
        expect(bytes.toString('utf8')).toContain('\'=HYPERLINK(""http://evil"",""點我"")');
      }
      const imported = await importFile(path);
      if (!imported.ok) throw new Error(imported.error.code);
      expect(imported.data.examples.map((e) => e.example)).toEqual(examples);
    },
  );

  it('writes JSONL that reads back identically, without leaving temporary files', async () => {
    const path = join(dir, 'train.jsonl');
    await writeJsonl(path, examples);
    expect(readFileSync(path, 'utf8')).toBe(examples.map((e) => JSON.stringify(e)).join('\n') + '\n');
    const imported = await importFile(path);
    expect(imported.ok && imported.data.examples.map((e) => e.example)).toEqual(examples);
  });
});

describe('project file', () => {
  const content = (): ProjectContent => {
    const list = Array.from({ length: 20 }, (_, i) => ({
      example: {
        messages: [
          { role: 'user' as const, content: `q${i}` },
          { role: 'assistant' as const, content: `a${i}` },
        ],
      },
      line: i + 1,
    }));
    const ratios = SPLIT_PRESETS['80/10/10'];
    return {
      settings: {
        provider: 'practice',
        model: 'gpt-4.1-mini-2025-04-14',
        epochs: 'auto',
        split: { ratios, seed: 7 },
      },
      examples: list,
      split: splitExamples(
        list.map((e) => e.example),
        ratios,
        7,
      ),
      report: checkExamples(list, { provider: 'practice' }),
    };
  };

  it('saves and opens a project with examples, split, settings and report', async () => {
    const path = join(dir, 'project.tunesmith.json');
    const original = content();
    await saveProject(path, original, new Date('2026-11-26T03:00:00Z'));
    const opened = await openProject(path);
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.project.version).toBe(PROJECT_VERSION);
    expect(opened.project.savedAt).toBe('2026-11-26T03:00:00.000Z');
    expect(opened.project.examples).toEqual(original.examples);
    expect(opened.project.split).toEqual(original.split);
    expect(opened.project.settings).toEqual(original.settings);
    expect(opened.project.report?.counts).toEqual(original.report?.counts);
  });

  it('refuses files that are not projects, newer versions and invalid content', () => {
    expect(parseProjectFile('not json')).toEqual({ ok: false, error: 'not_json' });
    expect(parseProjectFile('{"format":"other"}')).toEqual({ ok: false, error: 'not_a_project' });
    expect(parseProjectFile(`{"format":"tunesmith-project","version":${PROJECT_VERSION + 1}}`)).toEqual({
      ok: false,
      error: 'newer_version',
    });
    const bad = JSON.parse(readFileSync(join(dir, 'project.tunesmith.json'), 'utf8')) as {
      examples: { example: unknown }[];
    };
    bad.examples[0] = { example: { messages: 'nope' } };
    expect(parseProjectFile(JSON.stringify(bad))).toMatchObject({
      ok: false,
      error: 'invalid',
      path: 'examples.0.example.messages',
    });
  });

  it('drops __proto__ and constructor keys instead of letting them reach any prototype', () => {
    const text = readFileSync(join(dir, 'project.tunesmith.json'), 'utf8')
      .replace(
        '"format"',
        '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"format"',
      )
      .replace('"role":"user"', '"__proto__":{"polluted":"yes"},"role":"user"');
    writeFileSync(join(dir, 'hostile.json'), text);
    const parsed = parseProjectFile(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed.project)).toBe(Object.prototype);
    expect((parsed.project as unknown as { polluted?: unknown }).polluted).toBeUndefined();
    const firstMessage = parsed.project.examples[0]?.example.messages[0];
    expect(Object.keys(firstMessage ?? {})).toEqual(['role', 'content']);
    expect((firstMessage as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
