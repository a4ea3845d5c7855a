// /uploads: large files in parts (create, add part, complete with ordered part ids, cancel), with OpenAI's
// rules: the declared size must match, an upload expires after an hour, nothing is added once it is closed.
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { toUnixSeconds } from '../clock';
import { type AppEnv, type PracticeContext, readJson } from '../context';
import { errors } from '../errors';
import { newId } from '../ids';
import type { UploadRecord } from '../state';
import { fileView, storeFile } from './files';

const GIGABYTE = 1024 * 1024 * 1024;
const MAX_UPLOAD_BYTES = 8 * GIGABYTE;
const MAX_PART_BYTES = 64 * 1024 * 1024;
const UPLOAD_LIFETIME_SECONDS = 3600;

const CreateUploadBody = z.object({
  filename: z.string().min(1),
  purpose: z.enum(['assistants', 'batch', 'fine-tune', 'vision']),
  bytes: z.number().int().min(0).max(MAX_UPLOAD_BYTES),
  mime_type: z.string().min(1),
  expires_after: z
    .object({ anchor: z.literal('created_at'), seconds: z.number().int().min(3600).max(2_592_000) })
    .optional(),
});

const CompleteUploadBody = z.object({ part_ids: z.array(z.string()), md5: z.string().optional() });

export function uploadRoutes(ctx: PracticeContext) {
  const app = new Hono<AppEnv>();

  /** Looks an upload up and marks it expired once its hour is over. */
  const requireUpload = (id: string): UploadRecord => {
    const upload = ctx.store.state.uploads.find((u) => u.id === id);
    if (!upload) throw errors.uploadNotFound(id);
    if (upload.status === 'pending' && toUnixSeconds(ctx.clock.now()) >= upload.expiresAt) {
      upload.status = 'expired';
      ctx.store.changed();
    }
    return upload;
  };

  const requirePending = (upload: UploadRecord) => {
    if (upload.status !== 'pending') {
      throw errors.badRequest(
        `Upload ${upload.id} is ${upload.status} and can no longer be changed.`,
        'upload_id',
      );
    }
  };

  const view = (upload: UploadRecord) => {
    const file = upload.fileId ? ctx.store.state.files.find((f) => f.id === upload.fileId) : undefined;
    return {
      id: upload.id,
      object: 'upload' as const,
      bytes: upload.bytes,
      created_at: upload.createdAt,
      filename: upload.filename,
      purpose: upload.purpose,
      status: upload.status,
      expires_at: upload.expiresAt,
      file: file ? fileView(file) : null,
    };
  };

  app.post('/uploads', async (c) => {
    const body = await readJson(c, CreateUploadBody);
    if (body.purpose === 'fine-tune' && !body.filename.toLowerCase().endsWith('.jsonl')) {
      throw errors.badRequest('Invalid file format for Fine-Tuning API. Must be .jsonl', 'filename');
    }
    const createdAt = toUnixSeconds(ctx.clock.now());
    const upload: UploadRecord = {
      id: newId.upload(),
      filename: body.filename,
      purpose: body.purpose,
      bytes: body.bytes,
      mimeType: body.mime_type,
      createdAt,
      expiresAt: createdAt + UPLOAD_LIFETIME_SECONDS,
      status: 'pending',
      parts: [],
      fileId: null,
    };
    ctx.store.state.uploads.push(upload);
    ctx.store.changed();
    return c.json(view(upload));
  });

  app.post('/uploads/:id/parts', async (c) => {
    const upload = requireUpload(c.req.param('id'));
    requirePending(upload);
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const data = form['data'];
    if (!(data instanceof File))
      throw errors.badRequest("Missing required parameter: 'data'.", 'data', 'missing_required_parameter');
    if (data.size > MAX_PART_BYTES)
      throw errors.badRequest(`Upload parts may be at most ${MAX_PART_BYTES} bytes.`, 'data');
    const part = {
      id: newId.part(),
      createdAt: toUnixSeconds(ctx.clock.now()),
      dataBase64: Buffer.from(await data.arrayBuffer()).toString('base64'),
    };
    upload.parts.push(part);
    ctx.store.changed();
    return c.json({ id: part.id, object: 'upload.part', created_at: part.createdAt, upload_id: upload.id });
  });

  app.post('/uploads/:id/complete', async (c) => {
    const upload = requireUpload(c.req.param('id'));
    requirePending(upload);
    const body = await readJson(c, CompleteUploadBody);
    const chunks: Buffer[] = [];
    for (const [index, partId] of body.part_ids.entries()) {
      const part = upload.parts.find((p) => p.id === partId);
      if (!part)
        throw errors.badRequest(`No such part ${partId} in upload ${upload.id}.`, `part_ids[${index}]`);
      chunks.push(Buffer.from(part.dataBase64, 'base64'));
    }
    const content = Buffer.concat(chunks);
    if (content.byteLength !== upload.bytes) {
      throw errors.badRequest(
        `The number of bytes uploaded (${content.byteLength}) does not match the number of bytes declared when the upload was created (${upload.bytes}).`,
        'part_ids',
      );
    }
    if (
      body.md5 !== undefined &&
      createHash('md5').update(content).digest('hex') !== body.md5.toLowerCase()
    ) {
      throw errors.badRequest(
        'The md5 checksum of the uploaded bytes does not match the one provided.',
        'md5',
      );
    }
    const file = storeFile(ctx, { filename: upload.filename, purpose: upload.purpose, bytes: content });
    upload.status = 'completed';
    upload.fileId = file.id;
    upload.parts = []; // the bytes now live in the file
    ctx.store.changed();
    return c.json(view(upload));
  });

  app.post('/uploads/:id/cancel', (c) => {
    const upload = requireUpload(c.req.param('id'));
    requirePending(upload);
    upload.status = 'cancelled';
    upload.parts = [];
    ctx.store.changed();
    return c.json(view(upload));
  });

  return app;
}
