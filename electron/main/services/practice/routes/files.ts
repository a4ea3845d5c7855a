// /files: multipart upload, list (cursor pagination, newest first), retrieve, delete and raw content.
import { Hono } from 'hono';
import { z } from 'zod';
import { toUnixSeconds } from '../clock';
import { type AppEnv, type PracticeContext, paginate, readQuery } from '../context';
import { errors, fromZodError } from '../errors';
import { newId } from '../ids';
import type { FileRecord } from '../state';

const UPLOAD_PURPOSES = ['assistants', 'batch', 'fine-tune', 'vision', 'user_data', 'evals'] as const;
/** 512 MB per file through the Files API (reference §3). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export function fileView(file: FileRecord) {
  return {
    id: file.id,
    object: 'file' as const,
    bytes: file.bytes,
    created_at: file.createdAt,
    // The spec types `expires_at` as an integer (not nullable), so it is left out when the file never expires.
    ...(file.expiresAt !== null ? { expires_at: file.expiresAt } : {}),
    filename: file.filename,
    purpose: file.purpose,
    // Deprecated but still required; real uploads come back `processed` at once (validation happens in the job).
    status: 'processed' as const,
  };
}

export function requireFile(ctx: PracticeContext, id: string): FileRecord {
  const file = ctx.store.state.files.find((f) => f.id === id);
  if (!file) throw errors.fileNotFound(id);
  return file;
}

/** Stores bytes as a file and returns the record (shared by /files, /uploads and job result files). */
export function storeFile(
  ctx: PracticeContext,
  input: {
    filename: string;
    purpose: string;
    bytes: Uint8Array;
    createdAt?: number;
    expiresAt?: number | null;
  },
): FileRecord {
  const record: FileRecord = {
    id: newId.file(),
    filename: input.filename,
    purpose: input.purpose,
    bytes: input.bytes.byteLength,
    createdAt: input.createdAt ?? toUnixSeconds(ctx.clock.now()),
    expiresAt: input.expiresAt ?? null,
    contentBase64: Buffer.from(input.bytes).toString('base64'),
  };
  ctx.store.state.files.push(record);
  ctx.store.changed();
  return record;
}

const CreateFileFields = z.object({
  purpose: z.enum(UPLOAD_PURPOSES),
  'expires_after[anchor]': z.literal('created_at').optional(),
  'expires_after[seconds]': z.coerce.number().int().min(3600).max(2_592_000).optional(),
});

const ListFilesQuery = z.object({
  purpose: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(10_000),
  order: z.enum(['asc', 'desc']).default('desc'),
  after: z.string().optional(),
});

export function fileRoutes(ctx: PracticeContext) {
  const app = new Hono<AppEnv>();

  app.post('/files', async (c) => {
    const form = await c.req.parseBody().catch(() => {
      throw errors.badRequest("Missing required parameter: 'file'.", 'file', 'missing_required_parameter');
    });
    const file = form['file'];
    if (!(file instanceof File)) {
      throw errors.badRequest("Missing required parameter: 'file'.", 'file', 'missing_required_parameter');
    }
    const fields = CreateFileFields.safeParse(form);
    if (!fields.success) throw fromZodError(fields.error);
    const { purpose } = fields.data;
    if (purpose === 'fine-tune' && !file.name.toLowerCase().endsWith('.jsonl')) {
      throw errors.badRequest('Invalid file format for Fine-Tuning API. Must be .jsonl', 'file');
    }
    if (file.size > MAX_FILE_BYTES) {
      throw errors.badRequest(`File is too large. The maximum file size is ${MAX_FILE_BYTES} bytes.`, 'file');
    }
    const createdAt = toUnixSeconds(ctx.clock.now());
    const seconds = fields.data['expires_after[seconds]'];
    // Batch files expire after 30 days by default; other purposes never do (reference §3).
    const expiresAt =
      seconds !== undefined ? createdAt + seconds : purpose === 'batch' ? createdAt + 2_592_000 : null;
    const record = storeFile(ctx, {
      filename: file.name,
      purpose,
      bytes: new Uint8Array(await file.arrayBuffer()),
      createdAt,
      expiresAt,
    });
    return c.json(fileView(record));
  });

  app.get('/files', (c) => {
    ctx.advanceJobs();
    const query = readQuery(c, ListFilesQuery);
    const all = ctx.store.state.files.filter(
      (f) => query.purpose === undefined || f.purpose === query.purpose,
    );
    // Stored oldest first; `created_at` has one-second resolution, so storage order breaks ties.
    const ordered = query.order === 'desc' ? [...all].reverse() : all;
    const page = paginate(ordered, (f) => f.id, query.after, query.limit);
    const data = page.data.map(fileView);
    return c.json({
      object: 'list',
      data,
      // The spec requires both ids as strings; an empty page has no first or last item.
      first_id: data[0]?.id ?? '',
      last_id: data.at(-1)?.id ?? '',
      has_more: page.has_more,
    });
  });

  app.get('/files/:id', (c) => {
    ctx.advanceJobs();
    return c.json(fileView(requireFile(ctx, c.req.param('id'))));
  });

  app.delete('/files/:id', (c) => {
    const file = requireFile(ctx, c.req.param('id'));
    ctx.store.state.files = ctx.store.state.files.filter((f) => f !== file);
    ctx.store.changed();
    return c.json({ id: file.id, object: 'file', deleted: true });
  });

  app.get('/files/:id/content', (c) => {
    ctx.advanceJobs();
    const file = requireFile(ctx, c.req.param('id'));
    if (file.purpose === 'fine-tune' && c.get('account').fileDownloads === 'refused') {
      throw errors.badRequest(`Not allowed to download files of purpose: ${file.purpose}`);
    }
    return c.body(Buffer.from(file.contentBase64, 'base64'), 200, {
      'content-type': 'application/octet-stream',
    });
  });

  return app;
}
