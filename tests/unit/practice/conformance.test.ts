// Conformance: drive the whole practice flow through the official SDK over HTTP and validate every response
// body and every streamed chunk against the schema of its operation in OpenAI's official OpenAPI spec.
//
// Deliberate deviations from the spec (each one is where the real API itself disagrees with the spec):
// 1. Job `status: "paused"` — not in the spec's enum, but the spec's own pause example answers it and the
//    real API reports it; the practice service does the same, so `paused` is added to the enum below.
// 2. Job `error` — the real API answers `{}` for jobs that did not fail, which the spec rejects; the practice
//    service answers `null` (spec-valid), so no patch is needed for it.
// 3. DPO `hyperparameters: null` — the practice service always returns the object (spec-valid), no patch.
// 4. Stored completion messages: the schema's message `role` enum holds only "assistant", but the spec's own
//    example (and the real API) list the request's "system"/"user" messages; the enum is widened below.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { toFile } from 'openai';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, WHOLE_JOB_MS, startHarness, trainingJsonl } from './harness';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const specPath = path.resolve(repoRoot, '..', 'shared', 'spec', 'openai-openapi.yaml');
const specPresent = existsSync(specPath);

type Json = unknown;
type Schema = Record<string, Json>;

/**
 * The spec mixes OpenAPI 3.1 (`type: 'null'` in anyOf) with 3.0 habits that JSON Schema 2020-12 does not
 * know: `nullable: true` and boolean `exclusiveMinimum`. Convert those; leave everything else as written.
 */
function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node as Schema)) out[key] = toJsonSchema(value);
  if (out['exclusiveMinimum'] === true && typeof out['minimum'] === 'number') {
    out['exclusiveMinimum'] = out['minimum'];
    delete out['minimum'];
  } else if (typeof out['exclusiveMinimum'] === 'boolean') {
    delete out['exclusiveMinimum'];
  }
  // `allOf: [{$ref}, {nullable: true}]`: the nullability belongs to the whole.
  if (Array.isArray(out['allOf'])) {
    const members = out['allOf'] as Schema[];
    const nullableOnly = members.filter(
      (m) => m['nullable'] === true && Object.keys(m).every((k) => ['nullable', 'description'].includes(k)),
    );
    if (nullableOnly.length > 0) {
      out['allOf'] = members.filter((m) => !nullableOnly.includes(m));
      out['nullable'] = true;
    }
  }
  if (out['nullable'] === true) {
    delete out['nullable'];
    return { anyOf: [out, { type: 'null' }] };
  }
  delete out['nullable'];
  return out;
}

interface Operation {
  id: string;
  method: string;
  pattern: RegExp;
  literalSegments: number;
  schemas: Record<string, string>;
}

interface Seen {
  method: string;
  path: string;
  status: number;
  contentType: string;
  body: string;
}

describe.skipIf(!specPresent)('practice service conforms to the OpenAI OpenAPI spec', () => {
  let h: Harness;
  const seen: Seen[] = [];
  let operations: Operation[] = [];
  let ajv: Ajv2020;

  beforeAll(async () => {
    const spec = parseYaml(readFileSync(specPath, 'utf8')) as {
      paths: Record<string, Record<string, Schema>>;
      components: Schema;
    };
    const components = toJsonSchema(spec.components) as { schemas: Record<string, Schema> };
    // Deviation 1 (see the header): `paused` is a real job status the spec's enum lacks.
    const job = components.schemas['FineTuningJob'] as { properties: { status: { enum: string[] } } };
    job.properties.status.enum.push('paused');
    // Deviation 4 (see the header): stored completions' messages keep their own roles.
    const message = components.schemas['ChatCompletionResponseMessage'] as {
      properties: { role: { enum: string[] } };
    };
    message.properties.role.enum.push('system', 'user', 'developer');

    ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(ajv);
    for (const format of ['unixtime', 'float', 'double', 'int32', 'int64', 'binary'])
      ajv.addFormat(format, true);
    ajv.addSchema({ $id: 'openai', components }, 'openai');

    for (const [template, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const content = ((op['responses'] as Schema | undefined)?.['200'] as Schema | undefined)?.[
          'content'
        ] as Record<string, Schema> | undefined;
        if (!content || typeof op['operationId'] !== 'string') continue;
        const schemas: Record<string, string> = {};
        for (const [type, media] of Object.entries(content)) {
          const ref = (media['schema'] as Schema | undefined)?.['$ref'];
          if (typeof ref === 'string') schemas[type] = `openai${ref}`;
        }
        const segments = template.split('/').filter(Boolean);
        operations.push({
          id: op['operationId'],
          method: method.toUpperCase(),
          pattern: new RegExp(
            `^${segments
              .map((s) => (s.startsWith('{') ? '[^/]+' : s.replace(/[.]/g, '\\.')))
              .join('/')
              .replace(/^/, '/')}$`,
          ),
          literalSegments: segments.filter((s) => !s.startsWith('{')).length,
          schemas,
        });
      }
    }
    operations = operations.sort((a, b) => b.literalSegments - a.literalSegments);

    h = await startHarness();
  }, 60_000);

  afterAll(async () => {
    await h?.close();
  });

  /** An SDK client whose every response is also recorded for validation. */
  const recordingClient = () =>
    h.clientFor({
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
        // The SDK probes its fetch with a `data:,` URL once; only calls to the service are recorded.
        if (!url.protocol.startsWith('http')) return response;
        seen.push({
          method: (init?.method ?? 'GET').toUpperCase(),
          path: url.pathname.replace(/^\/v1/, ''),
          status: response.status,
          contentType: response.headers.get('content-type') ?? '',
          body: await response.clone().text(),
        });
        return response;
      },
    });

  it('validates every response and streamed chunk of the whole flow with zero violations', async () => {
    const client = recordingClient();
    const jsonl = trainingJsonl(12);

    // Models
    await client.models.list();
    await client.models.retrieve('gpt-4o-mini-2024-07-18');
    // Files
    const file = await client.files.create({
      file: await toFile(Buffer.from(jsonl), 'train.jsonl'),
      purpose: 'fine-tune',
    });
    const spare = await client.files.create({
      file: await toFile(Buffer.from(jsonl), 'spare.jsonl'),
      purpose: 'fine-tune',
    });
    for await (const f of client.files.list({ limit: 1 })) void f;
    await client.files.retrieve(file.id);
    await (await client.files.content(file.id)).text();
    await client.files.delete(spare.id);
    // Uploads
    const bytes = Buffer.from(jsonl);
    const upload = await client.uploads.create({
      filename: 'big.jsonl',
      purpose: 'fine-tune',
      bytes: bytes.byteLength,
      mime_type: 'text/jsonl',
    });
    const half = Math.floor(bytes.byteLength / 2);
    const p1 = await client.uploads.parts.create(upload.id, {
      data: await toFile(bytes.subarray(0, half), 'p1'),
    });
    const p2 = await client.uploads.parts.create(upload.id, {
      data: await toFile(bytes.subarray(half), 'p2'),
    });
    const completed = await client.uploads.complete(upload.id, { part_ids: [p1.id, p2.id] });
    const abandoned = await client.uploads.create({
      filename: 'x.jsonl',
      purpose: 'fine-tune',
      bytes: 10,
      mime_type: 'text/jsonl',
    });
    await client.uploads.cancel(abandoned.id);
    // Fine-tuning jobs
    const trainingFile = completed.file?.id ?? file.id;
    const job = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: trainingFile,
      suffix: 'conformance',
      metadata: { flow: 'conformance' },
    });
    const other = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
      validation_file: file.id,
    });
    const failing = await client.fineTuning.jobs.create({
      model: 'gpt-4.1-mini',
      training_file: (
        await client.files.create({
          file: await toFile(Buffer.from(trainingJsonl(3)), 'tiny.jsonl'),
          purpose: 'fine-tune',
        })
      ).id,
    });
    h.clock.advance(20_000);
    await client.fineTuning.jobs.retrieve(job.id); // running, with estimated_finish
    const paused = await client.fineTuning.jobs.pause(other.id);
    expect(paused.status as string).toBe('paused'); // deviation 1 is exercised on purpose
    await client.fineTuning.jobs.resume(other.id);
    h.clock.advance(WHOLE_JOB_MS);
    await client.fineTuning.jobs.retrieve(failing.id);
    for await (const j of client.fineTuning.jobs.list({ limit: 2 })) void j;
    await client.fineTuning.jobs.list({ metadata: { flow: 'conformance' } });
    for await (const e of client.fineTuning.jobs.listEvents(job.id, { limit: 40 })) void e;
    await client.fineTuning.jobs.listEvents(other.id, { limit: 100 });
    for await (const c of client.fineTuning.jobs.checkpoints.list(job.id, { limit: 2 })) void c;
    const done = await client.fineTuning.jobs.retrieve(job.id);
    const cancellable = await client.fineTuning.jobs.create({ model: 'gpt-4o-mini', training_file: file.id });
    await client.fineTuning.jobs.cancel(cancellable.id);
    // Using the model
    const model = done.fine_tuned_model ?? '';
    await client.chat.completions.create({
      model,
      messages: [{ role: 'user', content: 'My kettle will not switch on.' }],
    });
    await client.chat.completions.create({
      model: 'gpt-4o-mini',
      n: 2,
      max_completion_tokens: 5,
      messages: [{ role: 'user', content: 'Tell me a long story.' }],
    });
    const stream = await client.chat.completions.create({
      model,
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: 'Kettle broken?' }],
    });
    for await (const chunk of stream) void chunk;
    const plainStream = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      stream: true,
      stream_options: { include_obfuscation: false },
      messages: [{ role: 'user', content: '你好' }],
    });
    for await (const chunk of plainStream) void chunk;
    // Stored completions (the rescue flow reads them): list with model and metadata filters, one, its messages.
    const stored = await client.chat.completions.create({
      model,
      store: true,
      metadata: { app: 'conformance' },
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Kettle broken?' },
      ],
    });
    await client.chat.completions.list({ model, metadata: { app: 'conformance' } });
    await client.chat.completions.list({ model: 'gpt-4o-mini', limit: 1 });
    await client.chat.completions.retrieve(stored.id);
    await client.chat.completions.messages.list(stored.id);
    await client.embeddings.create({
      model: 'text-embedding-3-small',
      input: ['kettle', 'teapot'],
      encoding_format: 'float',
      dimensions: 64,
    });
    await client.moderations.create({ input: ['a friendly kettle', 'another line'] });
    await client.models.delete(model);
    // Error paths (validated against ErrorResponse)
    await client.models.retrieve('no-such-model').catch(() => undefined);
    await client.files.retrieve('file-missing').catch(() => undefined);
    await client.fineTuning.jobs
      .create({ model: 'gpt-4o-mini', training_file: file.id, suffix: 'x'.repeat(70) })
      .catch(() => undefined);
    await h
      .clientFor({ apiKey: 'wrong-key-123456789', fetch: recordingClient()['fetch'] as never })
      .models.list()
      .catch(() => undefined);

    // Validate everything that was recorded.
    const violations: string[] = [];
    const validatedOperations = new Set<string>();
    let validatedBodies = 0;
    const check = (schemaRef: string, value: unknown, where: string) => {
      const validate = ajv.getSchema(schemaRef);
      if (!validate) return violations.push(`${where}: no schema ${schemaRef}`);
      validatedBodies += 1;
      if (!validate(value))
        violations.push(`${where}: ${ajv.errorsText(validate.errors, { separator: '; ' })}`);
    };
    for (const response of seen) {
      const where = `${response.method} ${response.path} (${response.status})`;
      if (response.status >= 400) {
        check('openai#/components/schemas/ErrorResponse', JSON.parse(response.body), where);
        continue;
      }
      const op = operations.find((o) => o.method === response.method && o.pattern.test(response.path));
      if (!op) {
        violations.push(`${where}: no operation in the spec`);
        continue;
      }
      if (response.contentType.startsWith('text/event-stream')) {
        const schema = op.schemas['text/event-stream'];
        if (!schema) {
          violations.push(`${where}: ${op.id} does not stream`);
          continue;
        }
        const data = response.body
          .split('\n')
          .filter((l) => l.startsWith('data: '))
          .map((l) => l.slice(6));
        expect(data.at(-1)).toBe('[DONE]');
        for (const [i, chunk] of data.slice(0, -1).entries())
          check(schema, JSON.parse(chunk), `${where} chunk ${i}`);
        validatedOperations.add(`${op.id} (stream)`);
      } else if (response.contentType.startsWith('application/json')) {
        const schema = op.schemas['application/json'];
        if (!schema) {
          violations.push(`${where}: ${op.id} has no JSON schema`);
          continue;
        }
        check(schema, JSON.parse(response.body), where);
        validatedOperations.add(op.id);
      } else {
        // downloadFile answers raw bytes (the spec declares only `type: string`); nothing structured to check.
        expect(op.id).toBe('downloadFile');
      }
    }
    console.info(
      `conformance: ${validatedOperations.size} operations, ${validatedBodies} bodies/chunks validated, ${violations.length} violations`,
    );
    expect(violations).toEqual([]);
    const distinct = new Set([...validatedOperations].map((o) => o.replace(' (stream)', '')));
    expect(distinct.size).toBeGreaterThanOrEqual(20);
    expect(validatedBodies).toBeGreaterThan(50);
  }, 120_000);

  it('would catch the real API’s `error: {}` (why the service answers null instead)', () => {
    const validate = ajv.getSchema('openai#/components/schemas/FineTuningJob');
    const job = JSON.parse(
      seen.find((r) => r.method === 'POST' && r.path === '/fine_tuning/jobs' && r.status === 200)?.body ??
        '{}',
    ) as Record<string, unknown>;
    expect(validate?.(job)).toBe(true);
    expect(validate?.({ ...job, error: {} })).toBe(false);
    expect(validate?.({ ...job, status: 'pausing' })).toBe(false);
  });
});

if (!specPresent) {
  describe('practice service conformance', () => {
    it.skip(`skipped: OpenAPI spec not found at ${specPath}`, () => undefined);
  });
}
