// "Save the trained model" for Together: the job's adapter archive from `GET /v1/finetune/download?ft_id&
// checkpoint=adapter` (reference §3.3), offered to the generic WeightsService as one file. Its size comes
// from a first request's Content-Length; each read asks for a byte Range (resume), and a server that
// ignores it answers from 0, which WeightsService handles.
import OpenAI from 'openai';
import { appError } from '../../../../../shared/ipc/errors';
import type { TrainedWeights } from '../../weights/types';
import type { TogetherJob } from './mapping';

export interface WeightsDeps {
  v1: string;
  apiKey: string;
  fetch: typeof fetch;
  jobs(signal: AbortSignal | undefined): Promise<TogetherJob[]>;
}

export async function togetherWeights(
  deps: WeightsDeps,
  model: string,
  signal: AbortSignal | undefined,
): Promise<TrainedWeights> {
  const job = (await deps.jobs(signal)).find((j) => j.model_output_name === model);
  if (!job || job.status !== 'completed') throw appError('model_not_found');
  const url = new URL(`${deps.v1.replace(/\/+$/, '')}/finetune/download`);
  url.searchParams.set('ft_id', job.id);
  url.searchParams.set('checkpoint', 'adapter');
  const get = async (start: number, readSignal: AbortSignal | undefined) => {
    const response = await deps.fetch(url, {
      headers: {
        Authorization: `Bearer ${deps.apiKey}`,
        Accept: 'application/octet-stream',
        ...(start > 0 ? { Range: `bytes=${start}-` } : {}),
      },
      ...(readSignal ? { signal: readSignal } : {}),
    });
    if (!response.ok || !response.body)
      throw OpenAI.APIError.generate(
        response.status,
        { error: { message: 'download failed' } },
        'download failed',
        response.headers,
      );
    return response;
  };
  const first = await get(0, signal);
  let bytes = Number(first.headers.get('content-length') ?? NaN);
  if (!Number.isFinite(bytes)) bytes = (await first.arrayBuffer()).byteLength;
  else await first.body?.cancel();
  const short = model.split('/').at(-1) ?? 'model';
  return {
    provider: 'together',
    model,
    baseModel: job.model ?? '',
    format: 'LoRA adapter archive from Together AI (tar; unpack it beside the base model)',
    files: [
      {
        name: `${short}-adapter.tar`,
        bytes,
        open: async (start, readSignal) => {
          const response = await get(start, readSignal);
          const ranged = response.status === 206;
          return { start: ranged ? start : 0, body: response.body as unknown as AsyncIterable<Uint8Array> };
        },
      },
    ],
  };
}
