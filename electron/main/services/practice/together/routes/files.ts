// /v1/files as Together serves it (reference §3.2): the SDK's presigned upload (POST /files with the name in
// the query → 302 with `Location` and `x-together-file-id` → PUT the bytes there), the documented multipart
// `POST /files/upload`, list, retrieve, delete and `/content`. Processing runs on the clock after the bytes
// arrive: PENDING → QUEUED → RUNNING → COMPLETED | FAILED | INVALID_FORMAT with a `validation_report`.
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { toUnixSeconds } from '../../clock';
import type { TogetherContext, TogetherEnv } from '../context';
import { togetherErrors } from '../errors';
import type { TogetherFile } from '../state';

const PURPOSES = ['fine-tune', 'eval', 'batch-api'];
const FILE_TYPES = ['jsonl', 'csv', 'parquet'];
/** The presigned-upload path; it stands for the storage host the real 302 points at (no key needed). */
export const PRESIGNED_UPLOAD_PATH = '/_together_upload';

export function togetherFileView(file: TogetherFile) {
  return {
    id: file.id,
    object: 'file',
    bytes: file.bytes,
    created_at: toUnixSeconds(file.createdAtMs),
    filename: file.filename,
    purpose: file.purpose,
    FileType: file.fileType,
    Processed: file.processingStatus === 'COMPLETED',
    processing_status: file.processingStatus,
    ...(file.validationReport ? { validation_report: file.validationReport } : {}),
  };
}

function newFile(
  ctx: TogetherContext,
  input: { filename: string; purpose: string; fileType: string },
): TogetherFile {
  if (!PURPOSES.includes(input.purpose))
    throw togetherErrors.badRequest(
      `Invalid purpose '${input.purpose}'. Use one of: ${PURPOSES.join(', ')}`,
      'purpose',
    );
  if (!FILE_TYPES.includes(input.fileType))
    throw togetherErrors.badRequest('File type must be either .jsonl, .parquet, or .csv', 'file_type');
  if (input.purpose === 'fine-tune' && input.fileType === 'csv')
    throw togetherErrors.badRequest(
      'CSV files are not supported for fine-tune. Only JSONL and Parquet files are supported.',
      'file_type',
    );
  const file: TogetherFile = {
    id: `file-${randomUUID()}`,
    filename: input.filename,
    purpose: input.purpose,
    fileType: input.fileType,
    createdAtMs: ctx.clock.now(),
    contentBase64: null,
    bytes: 0,
    receivedAtMs: null,
    processingStatus: 'PENDING',
    validationReport: null,
    tokens: 0,
    examples: [],
  };
  ctx.store.state.files.push(file);
  return file;
}

function receive(ctx: TogetherContext, file: TogetherFile, bytes: Uint8Array): void {
  if (bytes.byteLength > ctx.settings.maxFileBytes)
    throw togetherErrors.badRequest(
      `Maximum supported file size is ${(ctx.settings.maxFileBytes / 1024 ** 3).toFixed(1)} GB. Found file with size of ${(bytes.byteLength / 1024 ** 3).toFixed(3)} GB.`,
    );
  file.contentBase64 = Buffer.from(bytes).toString('base64');
  file.bytes = bytes.byteLength;
  file.receivedAtMs = ctx.clock.now();
  // Only fine-tune files are validated (SDK); the others are usable at once.
  if (file.purpose !== 'fine-tune') file.processingStatus = 'COMPLETED';
  ctx.store.changed();
}

const extension = (name: string) => (/\.([A-Za-z0-9]+)$/.exec(name)?.[1] ?? '').toLowerCase();

export function togetherFileRoutes(ctx: TogetherContext) {
  const app = new Hono<TogetherEnv>();
  const live = () => ctx.store.state.files.filter((f) => f.contentBase64 !== null);
  const requireFile = (id: string) => {
    const file = live().find((f) => f.id === id);
    if (!file) throw togetherErrors.notFound(`File ${id} not found`);
    return file;
  };

  // The SDK's upload(): parameters in the query (and again as a form body), answered with a redirect.
  app.post('/files', async (c) => {
    const form = new URLSearchParams(await c.req.text());
    const param = (name: string) => c.req.query(name) ?? form.get(name) ?? undefined;
    const filename = param('file_name');
    const purpose = param('purpose');
    if (!filename) throw togetherErrors.badRequest('file_name is required', 'file_name');
    if (!purpose) throw togetherErrors.badRequest('purpose is required', 'purpose');
    const file = newFile(ctx, { filename, purpose, fileType: param('file_type') ?? extension(filename) });
    ctx.store.changed();
    const origin = new URL(c.req.url).origin;
    return c.body(null, 302, {
      location: `${origin}${PRESIGNED_UPLOAD_PATH}/${file.id}?X-Amz-Signature=${randomUUID().replaceAll('-', '')}`,
      'x-together-file-id': file.id,
    });
  });

  app.post('/files/upload', async (c) => {
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const upload = form['file'];
    const purpose = form['purpose'];
    const filename = typeof form['file_name'] === 'string' ? form['file_name'] : undefined;
    for (const [name, value] of [
      ['file', upload instanceof File ? upload : undefined],
      ['purpose', typeof purpose === 'string' ? purpose : undefined],
      ['file_name', filename],
    ] as const) {
      if (value === undefined) throw togetherErrors.badRequest(`${name} is required`, name);
    }
    if (!(upload instanceof File) || typeof purpose !== 'string' || !filename)
      throw togetherErrors.internal();
    const fileType = typeof form['file_type'] === 'string' ? form['file_type'] : extension(filename);
    const file = newFile(ctx, { filename, purpose, fileType });
    receive(ctx, file, new Uint8Array(await upload.arrayBuffer()));
    return c.json(togetherFileView(file));
  });

  app.get('/files', (c) => {
    ctx.advance();
    return c.json({ object: 'list', data: live().map(togetherFileView) });
  });

  app.get('/files/:id', (c) => {
    ctx.advance();
    return c.json(togetherFileView(requireFile(c.req.param('id'))));
  });

  app.get('/files/:id/content', (c) => {
    const file = requireFile(c.req.param('id'));
    return c.body(new Uint8Array(Buffer.from(file.contentBase64 ?? '', 'base64')), 200, {
      'content-type': 'application/octet-stream',
    });
  });

  app.delete('/files/:id', (c) => {
    const file = requireFile(c.req.param('id'));
    ctx.store.state.files = ctx.store.state.files.filter((f) => f !== file);
    ctx.store.changed();
    return c.json({ id: file.id, object: 'file', deleted: true });
  });

  return app;
}

/** The presigned PUT (no key: the signature in the URL stands for it). */
export function togetherPresignedRoutes(ctx: TogetherContext) {
  const app = new Hono<TogetherEnv>();
  app.put('/:id', async (c) => {
    const file = ctx.store.state.files.find((f) => f.id === c.req.param('id'));
    if (!file || !c.req.query('X-Amz-Signature')) return c.text('Forbidden', 403);
    if (file.contentBase64 !== null) return c.text('Conflict', 409);
    receive(ctx, file, new Uint8Array(await c.req.arrayBuffer()));
    return c.body(null, 200);
  });
  return app;
}
