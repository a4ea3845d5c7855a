// `GET /v1/finetune/download?ft_id&checkpoint=merged|adapter|model_output_path&checkpoint_step`: the trained
// weights as an archive (a config and a valid empty safetensors file; the real weights are not simulated).
import { Hono } from 'hono';
import { toUnixSeconds } from '../../clock';
import type { TogetherContext, TogetherEnv } from '../context';
import { togetherErrors } from '../errors';
import { tarArchive } from './archive';

export function togetherDownloadRoutes(ctx: TogetherContext) {
  const app = new Hono<TogetherEnv>();
  app.get('/finetune/download', (c) => {
    ctx.advance();
    const id = c.req.query('ft_id') ?? '';
    const job = ctx.store.state.jobs.find((j) => j.id === id && !j.deleted);
    if (!job) throw togetherErrors.notFound(`Fine-tune job ${id} not found`);
    const kind = c.req.query('checkpoint') ?? 'merged';
    if (!['merged', 'adapter', 'model_output_path'].includes(kind))
      throw togetherErrors.badRequest(
        'checkpoint must be one of merged, adapter, model_output_path',
        'checkpoint',
      );
    const stepParam = c.req.query('checkpoint_step');
    const step = stepParam === undefined ? job.totalSteps : Number(stepParam);
    if (job.status !== 'completed' && stepParam === undefined)
      throw togetherErrors.badRequest(
        `Fine-tune job ${job.id} is ${job.status}; only completed jobs can be downloaded`,
      );
    if (!job.checkpointSteps.some((k) => k.step === step))
      throw togetherErrors.notFound(`No checkpoint at step ${step} for fine-tune job ${job.id}`);
    const adapter = kind === 'adapter' || step !== job.totalSteps;
    const config = adapter
      ? {
          base_model_name_or_path: job.model,
          peft_type: 'LORA',
          r: job.loraR,
          lora_alpha: job.loraAlpha,
          task_type: 'CAUSAL_LM',
        }
      : { _name_or_path: job.model, architectures: ['CausalLM'] };
    // Practice weights: a valid empty safetensors file (8-byte header length, then "{}" padded).
    const weights = Buffer.from([8, 0, 0, 0, 0, 0, 0, 0, 123, 125, 32, 32, 32, 32, 32, 32]);
    const archive = tarArchive(
      [
        {
          name: adapter ? 'adapter_config.json' : 'config.json',
          bytes: Buffer.from(JSON.stringify(config, null, 2)),
        },
        { name: adapter ? 'adapter_model.safetensors' : 'model.safetensors', bytes: weights },
      ],
      toUnixSeconds(ctx.clock.now()),
    );
    const name = `${job.modelOutputName.split('/').at(-1)}${adapter ? '-adapter' : ''}.tar`;
    return c.body(new Uint8Array(archive), 200, {
      'content-type': 'application/octet-stream',
      'content-length': String(archive.byteLength),
      'content-disposition': `attachment; filename="${name}"`,
    });
  });

  return app;
}
