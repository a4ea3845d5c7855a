// OpenAI-compatible files under /compatible-mode/v1/files: multipart upload with purpose=fine-tune, list,
// retrieve, delete. Shapes follow OpenAI's file object (reference §2.2); ids are UUIDs as in the job examples.
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { toUnixSeconds } from '../../clock';
import type { AlibabaContext, AlibabaEnv } from '../context';
import { DashScopeError, dashscopeErrors } from '../errors';
import type { AlibabaFile } from '../state';

const ACCEPTED_EXTENSIONS = ['.jsonl', '.xlsx', '.xls'];

export function fileView(file: AlibabaFile) {
  return {
    id: file.id,
    object: 'file' as const,
    bytes: file.bytes,
    created_at: file.createdAt,
    filename: file.filename,
    purpose: file.purpose,
    // No processing status is documented; files are usable at once and checked when a job starts.
    status: 'processed' as const,
  };
}

const fileNotFound = (id: string) =>
  new DashScopeError(404, 'NotFound', `File ${id} not found.`, {}, 'not_found');

export function compatFileRoutes(ctx: AlibabaContext) {
  const app = new Hono<AlibabaEnv>();

  const requireFile = (owner: string, id: string) => {
    const file = ctx.store.state.files.find((f) => f.id === id && f.owner === owner);
    if (!file) throw fileNotFound(id);
    return file;
  };

  app.post('/files', async (c) => {
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const file = form['file'];
    if (!(file instanceof File)) throw dashscopeErrors.invalidParameter('Missing required parameter: file');
    const purpose = form['purpose'];
    if (purpose !== 'fine-tune')
      throw dashscopeErrors.invalidParameter(`Unsupported purpose "${String(purpose)}"; use fine-tune.`);
    const name = file.name.toLowerCase();
    if (!ACCEPTED_EXTENSIONS.some((ext) => name.endsWith(ext)))
      throw dashscopeErrors.invalidParameter(
        'Fine-tuning files must be .jsonl (or .xlsx/.xls for single-turn data).',
      );
    if (file.size > ctx.settings.maxFileBytes)
      throw dashscopeErrors.invalidParameter(
        `File is too large: ${file.size} bytes; the limit is ${ctx.settings.maxFileBytes} bytes.`,
      );
    const owner = c.get('account').uid;
    if (ctx.store.state.files.filter((f) => f.owner === owner).length >= ctx.settings.maxActiveFiles)
      throw dashscopeErrors.invalidParameter(
        `You already have ${ctx.settings.maxActiveFiles} files; delete some before uploading more.`,
      );
    const record: AlibabaFile = {
      id: ctx.settings.fileIdStyle === 'uuid' ? randomUUID() : `file-ft-${randomUUID().replaceAll('-', '')}`,
      owner,
      filename: file.name,
      purpose,
      bytes: file.size,
      createdAt: toUnixSeconds(ctx.clock.now()),
      contentBase64: Buffer.from(await file.arrayBuffer()).toString('base64'),
    };
    ctx.store.state.files.push(record);
    ctx.store.changed();
    return c.json(fileView(record));
  });

  app.get('/files', (c) => {
    const owner = c.get('account').uid;
    const files = ctx.store.state.files.filter((f) => f.owner === owner).reverse();
    return c.json({ object: 'list', data: files.map(fileView), has_more: false });
  });

  app.get('/files/:id', (c) => c.json(fileView(requireFile(c.get('account').uid, c.req.param('id')))));

  app.delete('/files/:id', (c) => {
    const file = requireFile(c.get('account').uid, c.req.param('id'));
    ctx.store.state.files = ctx.store.state.files.filter((f) => f !== file);
    ctx.store.changed();
    return c.json({ id: file.id, object: 'file', deleted: true });
  });

  return app;
}
