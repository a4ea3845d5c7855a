// /v1/files as Nebius serves it (OpenAI's shapes, reference §2): ids `file-<uuid>`, `status: null`, purposes
// fine-tune and batch, .jsonl for fine-tune, and `/content` for uploads and checkpoint weight files alike.
import { Hono } from 'hono';
import { toUnixSeconds } from '../../clock';
import type { NebiusContext, NebiusEnv } from '../context';
import { nebiusErrors } from '../errors';
import type { NebiusFile } from '../state';

export function nebiusFileView(file: NebiusFile) {
  return {
    id: file.id,
    object: 'file',
    bytes: file.bytes,
    created_at: file.createdAt,
    filename: file.filename,
    purpose: file.purpose,
    status: null,
    status_details: null,
  };
}

export function nebiusFileRoutes(ctx: NebiusContext) {
  const app = new Hono<NebiusEnv>();
  const requireFile = (id: string) => {
    const file = ctx.store.state.files.find((f) => f.id === id);
    if (!file) throw nebiusErrors.notFound(`File ${id} not found`);
    return file;
  };

  app.post('/files', async (c) => {
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const file = form['file'];
    const purpose = form['purpose'];
    const missing = [
      ...(file instanceof File ? [] : ['file']),
      ...(typeof purpose === 'string' ? [] : ['purpose']),
    ];
    if (missing.length > 0)
      throw nebiusErrors.unprocessable(
        missing.map((name) => ({
          loc: ['body', name],
          msg: 'Field required',
          type: 'missing',
          input: null,
          ctx: {},
        })),
      );
    if (!(file instanceof File) || typeof purpose !== 'string') throw nebiusErrors.internal();
    if (purpose !== 'fine-tune' && purpose !== 'batch')
      throw nebiusErrors.badRequest(`Unsupported purpose '${purpose}'. Use 'fine-tune' or 'batch'.`);
    if (purpose === 'fine-tune' && !file.name.toLowerCase().endsWith('.jsonl'))
      throw nebiusErrors.badRequest('Fine-tuning datasets must be .jsonl files');
    if (file.size > ctx.settings.maxFileBytes)
      throw nebiusErrors.badRequest(`File is too large: the limit is ${ctx.settings.maxFileBytes} bytes`);
    const id = ctx.storeFile({
      filename: file.name,
      purpose,
      bytes: new Uint8Array(await file.arrayBuffer()),
      createdAt: toUnixSeconds(ctx.clock.now()),
    });
    return c.json(nebiusFileView(requireFile(id)));
  });

  app.get('/files', (c) => {
    ctx.advance();
    const files = [...ctx.store.state.files].reverse();
    return c.json({ object: 'list', data: files.map(nebiusFileView), has_more: false });
  });

  app.get('/files/:id', (c) => {
    ctx.advance();
    return c.json(nebiusFileView(requireFile(c.req.param('id'))));
  });

  app.get('/files/:id/content', (c) => {
    ctx.advance();
    const file = requireFile(c.req.param('id'));
    const bytes = Buffer.from(file.contentBase64, 'base64');
    // `Range: bytes=N-` resumes a download (unverified on the real service: a client must also accept a
    // plain 200 and start over). Other range forms are answered with the whole file.
    const from = /^bytes=(\d+)-$/.exec(c.req.header('range') ?? '')?.[1];
    if (from !== undefined && Number(from) < bytes.length)
      return c.body(bytes.subarray(Number(from)), 206, {
        'content-type': 'application/octet-stream',
        'content-range': `bytes ${from}-${bytes.length - 1}/${bytes.length}`,
      });
    return c.body(bytes, 200, {
      'content-type': 'application/octet-stream',
      'accept-ranges': 'bytes',
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
