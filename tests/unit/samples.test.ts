// The sample projects that ship with the app (samples/): the good sets must be clean, well-shaped and carry
// what their README promises (a measurable brand voice; JSON answers in one schema), and the flawed set's
// expected.json must describe its files truthfully, because the data checker's tests are graded against it.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { OPENAI_MODELS } from '../../shared/domain/pricing/catalog';
import { countExampleTokens } from '../../shared/domain/tokens';
import type { ChatExample } from '../../shared/domain/chat';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));
const LANGS = ['en', 'zh-TW', 'zh-CN'] as const;
type Lang = (typeof LANGS)[number];
type PerLang<T> = Record<Lang, T>;

interface StyleMarkers {
  greeting: string;
  nextStepPrefix: string;
  signOff: string;
  maxSentenceLength: number;
  sentenceLengthUnit: 'words' | 'characters';
}
interface SampleEntry {
  id: string;
  intendedUse: 'brand-voice' | 'extraction' | 'data-checks';
  title: PerLang<string>;
  description: PerLang<string>;
  files: PerLang<string>;
  examples?: PerLang<number>;
  lines?: PerLang<number>;
  expected?: string;
  baseModel: string;
  answersAreJson: boolean;
  styleMarkers?: PerLang<StyleMarkers>;
  answerSchema?: object;
}
interface Message {
  role: string;
  content?: string | null;
  weight?: number;
  tool_calls?: unknown[];
  tool_call_id?: string;
  [key: string]: unknown;
}
interface Flaw {
  line: number;
  code: string;
  of?: number;
}
interface ExpectedFile {
  file: string;
  lines: number;
  flaws: Flaw[];
  cleanLines: number[];
}

const read = (relative: string): string => readFileSync(SAMPLES + relative, 'utf8');
const index = JSON.parse(read('index.json')) as { version: number; samples: SampleEntry[] };
const sample = (id: string): SampleEntry => {
  const found = index.samples.find((s) => s.id === id);
  if (!found) throw new Error(`samples/index.json has no sample "${id}"`);
  return found;
};
/** Physical lines of a JSONL file; the newline that ends the last line does not start another. */
const physicalLines = (text: string): string[] => text.replace(/\n$/, '').split('\n');
const messagesOf = (relative: string): Message[][] =>
  physicalLines(read(relative)).map((line) => (JSON.parse(line) as { messages: Message[] }).messages);

const GOOD = ['brand-voice', 'extraction'] as const;
const goodFiles = GOOD.flatMap((id) => LANGS.map((lang) => ({ id, lang, path: sample(id).files[lang] })));

// Leaks a reader would spot in a shipped sample. Phone-like: a run of digits and separators holding 9+
// digits (ISO dates hold 8, order numbers 5), which also covers card and ID numbers.
const LEAKS: Record<string, (text: string) => boolean> = {
  email: (t) => /[\w.%+-]+@[\w-]+(\.[\w-]+)*\.[A-Za-z]{2,}/.test(t),
  phoneLike: (t) =>
    (t.match(/\+?\(?\d[\d\s().-]*\d/g) ?? []).some((run) => run.replace(/\D/g, '').length >= 9),
  apiKey: (t) => /\bsk-[\w-]{16,}/.test(t),
  taiwanId: (t) => /\b[A-Z][12]\d{8}\b/.test(t),
};

// Characters whose Traditional and Simplified forms differ, common in these texts, aligned one to one.
const TRADITIONAL = [...'這們訂時貨費運說為發會對過還進個來國問關開買單號電務點應該帶長門車頭謝請讓給壺舖'];
const SIMPLIFIED = [...'这们订时货费运说为发会对过还进个来国问关开买单号电务点应该带长门车头谢请让给壶铺'];

describe('samples/index.json', () => {
  it('lists three samples with unique ids, titles and descriptions in all three languages', () => {
    expect(index.samples.map((s) => s.id)).toEqual(['brand-voice', 'extraction', 'brand-voice-flawed']);
    for (const s of index.samples) {
      for (const lang of LANGS) {
        expect(s.title[lang].length, `${s.id} title ${lang}`).toBeGreaterThan(5);
        expect(s.description[lang].length, `${s.id} description ${lang}`).toBeGreaterThan(60);
      }
    }
    expect(index.samples.map((s) => s.intendedUse)).toEqual(['brand-voice', 'extraction', 'data-checks']);
    expect(index.samples.map((s) => s.answersAreJson)).toEqual([false, true, false]);
  });

  it('points at files that exist, with the example or line counts it states', () => {
    for (const s of index.samples) {
      for (const lang of LANGS) {
        const path = s.files[lang];
        expect(existsSync(SAMPLES + path), path).toBe(true);
        const count = physicalLines(read(path)).length;
        expect(count, path).toBe(s.examples?.[lang] ?? s.lines?.[lang]);
      }
    }
    expect(existsSync(SAMPLES + (sample('brand-voice-flawed').expected ?? 'missing'))).toBe(true);
  });

  it('suggests a base model that the price catalog knows', () => {
    for (const s of index.samples) {
      expect(s.baseModel).toBe('gpt-4.1-mini-2025-04-14');
      expect(OPENAI_MODELS.some((m) => m.model === s.baseModel)).toBe(true);
    }
  });
});

describe.each(goodFiles)('good sample $id/$lang', ({ id, path }) => {
  const text = read(path);
  const lines = physicalLines(text);

  it('has at least 55 examples, each a {messages} object of system, then user/assistant turns', () => {
    expect(lines.length).toBeGreaterThanOrEqual(55);
    for (const [i, line] of lines.entries()) {
      const example = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(example), `line ${i + 1}`).toEqual(['messages']);
      const messages = example.messages as Message[];
      const roles = messages.map((m) => m.role);
      expect(roles[0], `line ${i + 1}`).toBe('system');
      const turns = roles.slice(1);
      expect(turns.length % 2, `line ${i + 1}`).toBe(0);
      turns.forEach((role, k) => expect(role, `line ${i + 1}`).toBe(k % 2 === 0 ? 'user' : 'assistant'));
      for (const m of messages) {
        expect(Object.keys(m).sort(), `line ${i + 1}`).toEqual(['content', 'role']);
        expect(typeof m.content === 'string' && m.content.trim().length > 0, `line ${i + 1}`).toBe(true);
      }
    }
  });

  it('uses one system prompt on every line; no question or answer repeats', () => {
    const examples = lines.map((l) => (JSON.parse(l) as { messages: Message[] }).messages);
    expect(new Set(examples.map((m) => m[0]?.content)).size).toBe(1);
    expect(new Set(lines).size).toBe(lines.length);
    expect(new Set(examples.map((m) => m[1]?.content)).size).toBe(lines.length);
    // No two examples share an answer, so a good sample never trips the identical-replies check.
    const replies = examples.map((m) => JSON.stringify(m.filter((x) => x.role === 'assistant')));
    expect(new Set(replies).size).toBe(lines.length);
  });

  it('fits the base model’s per-example token limit by the cookbook formula', () => {
    const limit = OPENAI_MODELS.find((m) => m.model === sample(id).baseModel)?.maxTokensPerExample ?? 0;
    for (const line of lines) {
      const tokens = countExampleTokens(JSON.parse(line) as ChatExample);
      expect(tokens).toBeGreaterThan(20);
      expect(tokens).toBeLessThan(Math.min(limit, 1000));
    }
  });

  it('contains no email address, phone-like digit run, API key or ID number', () => {
    for (const [i, line] of lines.entries()) {
      for (const [leak, found] of Object.entries(LEAKS))
        expect(found(line), `${leak} on line ${i + 1}`).toBe(false);
    }
  });
});

describe.each(goodFiles.filter((f) => f.lang !== 'en'))('good sample $id/$lang script', ({ lang, path }) => {
  it('is written in its own script (Traditional for zh-TW, Simplified for zh-CN)', () => {
    const text = read(path);
    const [own, foreign] = lang === 'zh-TW' ? [TRADITIONAL, SIMPLIFIED] : [SIMPLIFIED, TRADITIONAL];
    expect(foreign.filter((ch) => text.includes(ch))).toEqual([]);
    // The check must be able to fail: the file really is full of characters from the list, in its own script.
    expect(own.filter((ch) => text.includes(ch)).length).toBeGreaterThan(20);
  });
});

/** Sentences of a reply, ending at . ! ? (English) or 。！？ (Chinese); length in words or characters. */
function sentenceLengths(reply: string, unit: StyleMarkers['sentenceLengthUnit']): number[] {
  const sentences = unit === 'words' ? reply.split(/(?<=[.!?])\s+|\n/) : reply.split(/(?<=[。！？])|\n/);
  return sentences
    .map((s) => (unit === 'words' ? s.split(/\s+/).filter(Boolean).length : [...s.replace(/\s/g, '')].length))
    .filter((n) => n > 0);
}

/** Which documented style markers an example's assistant replies carry (greeting on the first reply only). */
function markersOf(messages: Message[], style: StyleMarkers): Record<string, boolean> {
  const replies = messages.filter((m) => m.role === 'assistant').map((m) => m.content ?? '');
  const bodyLines = (r: string) => r.split('\n');
  return {
    greeting: (replies[0] ?? '').startsWith(style.greeting),
    oneNextStep: replies.every(
      (r) => bodyLines(r).filter((l) => l.startsWith(style.nextStepPrefix)).length === 1,
    ),
    signOff: replies.every((r) => bodyLines(r).at(-1) === style.signOff),
    shortSentences: replies.every((r) =>
      sentenceLengths(r, style.sentenceLengthUnit).every((n) => n <= style.maxSentenceLength),
    ),
  };
}

describe.each(LANGS)('brand-voice style markers (%s)', (lang) => {
  const entry = sample('brand-voice');
  const style = entry.styleMarkers?.[lang];
  if (!style) throw new Error(`brand-voice has no style markers for ${lang}`);
  const examples = messagesOf(entry.files[lang]);

  it('every marker is carried by at least 90 % of the examples', () => {
    for (const marker of ['greeting', 'oneNextStep', 'signOff', 'shortSentences']) {
      const share = examples.filter((m) => markersOf(m, style)[marker]).length / examples.length;
      expect(share, marker).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('tells the brand voice from a generic reply (the flawed set’s copy-paste answer carries no marker)', () => {
    const flawed = physicalLines(read(sample('brand-voice-flawed').files[lang]));
    const expected = (
      JSON.parse(read('brand-voice-flawed/expected.json')) as { files: PerLang<ExpectedFile> }
    ).files[lang];
    const genericLine = expected.flaws.find((f) => f.code === 'identical_assistant_replies')?.line ?? 0;
    const generic = (JSON.parse(flawed[genericLine - 1] ?? '{}') as { messages: Message[] }).messages;
    const carried = markersOf(generic, style);
    expect([carried.greeting, carried.oneNextStep, carried.signOff]).toEqual([false, false, false]);
  });

  it('multi-turn examples are included (a few, not most)', () => {
    const multiTurn = examples.filter((m) => m.filter((x) => x.role === 'user').length > 1).length;
    expect(multiTurn).toBeGreaterThanOrEqual(3);
    expect(multiTurn).toBeLessThan(examples.length / 4);
  });
});

describe.each(LANGS)('extraction answers (%s)', (lang) => {
  const entry = sample('extraction');
  const validate = new Ajv({ allErrors: true }).compile(entry.answerSchema ?? false);
  const examples = messagesOf(entry.files[lang]);
  const pairs = examples.map((m) => ({ user: m[1]?.content ?? '', answer: m[2]?.content ?? '' }));

  it('every answer is compact JSON that matches the documented schema', () => {
    for (const { answer } of pairs) {
      const parsed: unknown = JSON.parse(answer);
      expect(validate(parsed), `${answer}\n${JSON.stringify(validate.errors)}`).toBe(true);
      expect(JSON.stringify(parsed)).toBe(answer);
    }
  });

  it('the system prompt documents every key and every intent of the schema', () => {
    const system = examples[0]?.[0]?.content ?? '';
    for (const word of ['"name"', '"date"', '"items"', '"qty"', '"intent"', '"urgent"', 'YYYY-MM-DD']) {
      expect(system).toContain(word);
    }
    for (const intent of ['order', 'return', 'question', 'complaint', 'meeting'])
      expect(system).toContain(intent);
  });

  it('answers are grounded in the message: names and items quoted, dates real and stated', () => {
    for (const { user, answer } of pairs) {
      const { name, date, items } = JSON.parse(answer) as {
        name: string | null;
        date: string | null;
        items: { name: string }[];
      };
      if (name !== null) expect(user).toContain(name);
      for (const item of items) expect(user).toContain(item.name);
      if (date !== null) {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const calendar = new Date(Date.UTC(y, m - 1, d));
        expect(calendar.toISOString().slice(0, 10)).toBe(date);
        const month = calendar.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
        const written = [date, `${y}/${m}/${d}`, `${y} 年 ${m} 月 ${d} 日`, `${month} ${d}, ${y}`];
        expect(
          written.some((w) => user.includes(w)),
          user,
        ).toBe(true);
      }
    }
  });

  it('covers every intent, urgent and calm messages, and messages with no name, date or items', () => {
    const parsed = pairs.map((p) => JSON.parse(p.answer) as Record<string, unknown>);
    const intents = new Set(parsed.map((a) => a.intent));
    expect([...intents].sort()).toEqual(['complaint', 'meeting', 'order', 'question', 'return']);
    expect(parsed.some((a) => a.urgent === true) && parsed.some((a) => a.urgent === false)).toBe(true);
    expect(parsed.filter((a) => a.name === null).length).toBeGreaterThanOrEqual(5);
    expect(parsed.filter((a) => a.date === null).length).toBeGreaterThanOrEqual(5);
    expect(parsed.filter((a) => (a.items as unknown[]).length === 0).length).toBeGreaterThanOrEqual(5);
  });
});

// ---- The flawed set: expected.json must be true to its files. ----

const FORMAT_CODES = (
  'data_type missing_messages_list message_missing_key message_unrecognized_key unrecognized_role missing_content ' +
  'example_missing_assistant_message json_syntax blank_line missing_system_message missing_user_message'
).split(' ');
const CONTENT_CODES = (
  'duplicate_exact duplicate_near pii_email pii_phone pii_national_id pii_card_number secret_api_key special_token ' +
  'empty_assistant_reply identical_assistant_replies'
).split(' ');
const MESSAGE_KEYS = new Set([
  'role',
  'content',
  'name',
  'function_call',
  'weight',
  'tool_calls',
  'tool_call_id',
]);
const ROLES = new Set(['system', 'user', 'assistant', 'function', 'tool']);

/** An independent reading of the cookbook's format checks, accepting the newer fields (tool calls, weight). */
function formatCodes(line: string): string[] {
  if (line.trim() === '') return ['blank_line'];
  let example: unknown;
  try {
    example = JSON.parse(line);
  } catch {
    return ['json_syntax'];
  }
  if (typeof example !== 'object' || example === null || Array.isArray(example)) return ['data_type'];
  const messages = (example as { messages?: unknown }).messages;
  if (!Array.isArray(messages) || messages.length === 0) return ['missing_messages_list'];
  const codes: string[] = [];
  for (const m of messages as Message[]) {
    const calls = m.tool_calls ?? m.function_call;
    if (!('role' in m) || (!('content' in m) && !calls)) codes.push('message_missing_key');
    if (Object.keys(m).some((k) => !MESSAGE_KEYS.has(k))) codes.push('message_unrecognized_key');
    if (!ROLES.has(m.role)) codes.push('unrecognized_role');
    const contentOk = calls ? m.content == null || typeof m.content === 'string' : !!m.content;
    if (!contentOk || (m.content != null && typeof m.content !== 'string')) codes.push('missing_content');
  }
  const has = (role: string) => (messages as Message[]).some((m) => m.role === role);
  if (!has('assistant')) codes.push('example_missing_assistant_message');
  if (!has('system')) codes.push('missing_system_message');
  if (!has('user')) codes.push('missing_user_message');
  return codes;
}

const luhn = (digits: string): boolean =>
  [...digits].reverse().reduce((sum, ch, i) => {
    const d = Number(ch) * (i % 2 === 1 ? 2 : 1);
    return sum + (d > 9 ? d - 9 : d);
  }, 0) %
    10 ===
  0;
const mainlandIdValid = (id: string): boolean => {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(id[i]), 0);
  return '10X98765432'[sum % 11] === id[17];
};
/** The last assistant reply of a line, or undefined when the line is not a readable example. */
function replyOf(line: string): string | undefined {
  try {
    const messages = (JSON.parse(line) as { messages?: unknown }).messages;
    if (!Array.isArray(messages)) return undefined;
    return (messages as Message[]).findLast((m) => m.role === 'assistant')?.content ?? undefined;
  } catch {
    return undefined;
  }
}

/** What each content check needs to see on its line, so a listed flaw is really there. */
const CONTENT_PROOF: Record<string, (line: string, flaw: Flaw, all: string[]) => boolean> = {
  duplicate_exact: (line, flaw, all) =>
    flaw.of !== undefined && flaw.of < flaw.line && all[flaw.of - 1] === line,
  duplicate_near: (line, flaw, all) => {
    const original = all[(flaw.of ?? 0) - 1] ?? '';
    let head = 0;
    while (line[head] === original[head]) head += 1;
    let tail = 0;
    while (tail < line.length - head && line.at(-1 - tail) === original.at(-1 - tail)) tail += 1;
    const changed = [line.slice(head, line.length - tail), original.slice(head, original.length - tail)];
    return line !== original && changed.every((part) => part.length <= 12 && !part.includes(' '));
  },
  pii_email: (line) => LEAKS.email?.(line) ?? false,
  pii_phone: (line) => LEAKS.phoneLike?.(line) ?? false,
  pii_national_id: (line) =>
    (LEAKS.taiwanId?.(line) ?? false) || (line.match(/\b\d{17}[\dX]\b/g) ?? []).some(mainlandIdValid),
  pii_card_number: (line) =>
    (line.match(/\b(?:\d{4} ){3}\d{4}\b/g) ?? []).some((c) => luhn(c.replace(/ /g, ''))),
  secret_api_key: (line) => LEAKS.apiKey?.(line) ?? false,
  special_token: (line) => line.includes('<|endoftext|>'),
  empty_assistant_reply: (line) => replyOf(line) === '',
  identical_assistant_replies: (line, _flaw, all) => {
    const reply = replyOf(line);
    return !!reply && all.filter((l) => replyOf(l) === reply).length >= 3;
  },
};

describe.each(LANGS)('brand-voice-flawed/expected.json (%s)', (lang) => {
  const expected = (JSON.parse(read('brand-voice-flawed/expected.json')) as { files: PerLang<ExpectedFile> })
    .files[lang];
  const lines = physicalLines(read(`brand-voice-flawed/${expected.file}`));
  const flawLines = new Set(expected.flaws.map((f) => f.line));
  const originals = new Set(expected.flaws.flatMap((f) => (f.of ? [f.of] : [])));

  it('names lines that exist, and sorts every line into flawed, duplicated original, or clean', () => {
    expect(expected.lines).toBe(lines.length);
    for (const n of [...flawLines, ...originals, ...expected.cleanLines]) {
      expect(Number.isInteger(n) && n >= 1 && n <= lines.length, `line ${n}`).toBe(true);
    }
    const sorted = [...new Set([...flawLines, ...originals, ...expected.cleanLines])].sort((a, b) => a - b);
    expect(sorted).toEqual(lines.map((_, i) => i + 1));
    expect(expected.cleanLines.filter((n) => flawLines.has(n) || originals.has(n))).toEqual([]);
  });

  it('plants every check code of issue #5 at least once, and no other codes', () => {
    expect([...new Set(expected.flaws.map((f) => f.code))].sort()).toEqual(
      [...FORMAT_CODES, ...CONTENT_CODES].sort(),
    );
  });

  it('lists exactly the format errors an independent cookbook reading finds, line by line', () => {
    lines.forEach((line, i) => {
      const listed = expected.flaws.filter((f) => f.line === i + 1 && FORMAT_CODES.includes(f.code));
      expect(listed.map((f) => f.code).sort(), `line ${i + 1}`).toEqual(formatCodes(line).sort());
    });
  });

  it('each listed content flaw is really on its line', () => {
    for (const flaw of expected.flaws.filter((f) => CONTENT_CODES.includes(f.code))) {
      const line = lines[flaw.line - 1] ?? '';
      expect(CONTENT_PROOF[flaw.code]?.(line, flaw, lines), `${flaw.code} on line ${flaw.line}`).toBe(true);
    }
  });

  it('shares an assistant reply between examples only where a flaw is planted', () => {
    const byReply = new Map<string, number[]>();
    lines.forEach((line, i) => {
      const reply = replyOf(line);
      if (reply) byReply.set(reply, [...(byReply.get(reply) ?? []), i + 1]);
    });
    const planted = (group: number[]) =>
      expected.flaws.some((f) => f.of !== undefined && [f.of, f.line].every((n) => group.includes(n))) ||
      group.every((n) =>
        expected.flaws.some((f) => f.line === n && f.code === 'identical_assistant_replies'),
      );
    const shared = [...byReply.values()].filter((group) => group.length > 1);
    expect(shared.filter((group) => !planted(group))).toEqual([]);
    expect(shared.length).toBe(3);
  });

  it('clean lines are valid and carry no leak, special token or empty reply, and include the newer fields', () => {
    const clean = expected.cleanLines.map((n) => lines[n - 1] ?? '');
    for (const line of clean) {
      expect(formatCodes(line)).toEqual([]);
      for (const [code, proof] of Object.entries(CONTENT_PROOF)) {
        if (!code.startsWith('duplicate')) expect(proof(line, { line: 0, code }, lines), code).toBe(false);
      }
    }
    const parsed = clean.map((l) => JSON.parse(l) as { messages: Message[]; tools?: unknown[] });
    const toolExample = parsed.find((e) => e.tools && e.messages.some((m) => m.tool_calls));
    expect(toolExample?.messages.some((m) => m.role === 'tool' && m.tool_call_id)).toBe(true);
    const weights = parsed.flatMap((e) =>
      e.messages.flatMap((m) => (m.weight === undefined ? [] : [m.weight])),
    );
    expect(weights.sort()).toEqual([0, 1]);
  });
});

// The official schema of a chat training line, from the spec snapshot that still has it (reference §5.1).
const TRAINING_LINE_SPEC = fileURLToPath(
  new URL('../../../shared/spec/openai-openapi-2025-04-29.yaml', import.meta.url),
);

/** The spec is OpenAPI 3.0: `nullable: true` becomes a JSON Schema null alternative. */
function fromOpenApi30(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(fromOpenApi30);
  if (typeof node !== 'object' || node === null) return node;
  const { nullable, ...rest } = node as Record<string, unknown>;
  const out = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, fromOpenApi30(v)]));
  if (nullable !== true) return out;
  return typeof out.type === 'string'
    ? { ...out, type: [out.type, 'null'] }
    : { anyOf: [out, { type: 'null' }] };
}

describe.skipIf(!existsSync(TRAINING_LINE_SPEC))(
  'samples against the official FineTuneChatRequestInput schema',
  () => {
    const spec = parseYaml(readFileSync(TRAINING_LINE_SPEC, 'utf8')) as { components: unknown };
    const ajv = new Ajv({ strict: false });
    addFormats.default(ajv);
    ajv.addSchema({ $id: 'openai', components: fromOpenApi30(spec.components) });
    const validLine = ajv.compile({ $ref: 'openai#/components/schemas/FineTuneChatRequestInput' });
    const accepts = (line: string): boolean => {
      try {
        return validLine(JSON.parse(line));
      } catch {
        return false;
      }
    };

    it.each(goodFiles)('every line of $id/$lang is a valid training line', ({ path }) => {
      expect(physicalLines(read(path)).filter((line) => !accepts(line))).toEqual([]);
    });

    it.each(LANGS)('flawed/%s: clean lines (weights, tool call) are valid; broken lines are not', (lang) => {
      const expected = (
        JSON.parse(read('brand-voice-flawed/expected.json')) as { files: PerLang<ExpectedFile> }
      ).files[lang];
      const lines = physicalLines(read(`brand-voice-flawed/${expected.file}`));
      for (const n of expected.cleanLines) expect(accepts(lines[n - 1] ?? ''), `line ${n}`).toBe(true);
      const broken = ['data_type', 'json_syntax', 'blank_line', 'unrecognized_role', 'message_missing_key'];
      for (const flaw of expected.flaws.filter((f) => broken.includes(f.code))) {
        expect(accepts(lines[flaw.line - 1] ?? ''), `line ${flaw.line}`).toBe(false);
      }
    });
  },
);

describe('samples/README.md', () => {
  it('documents the style markers, the extraction schema keys and every planted check code', () => {
    const readme = read('README.md');
    for (const lang of LANGS) {
      const style = sample('brand-voice').styleMarkers?.[lang];
      for (const marker of [style?.greeting, style?.nextStepPrefix.trim(), style?.signOff]) {
        expect(readme).toContain(marker);
      }
    }
    for (const key of ['"name"', '"date"', '"items"', '"qty"', '"intent"', '"urgent"'])
      expect(readme).toContain(key);
    for (const code of [...FORMAT_CODES, ...CONTENT_CODES]) expect(readme).toContain(`\`${code}\``);
  });
});
