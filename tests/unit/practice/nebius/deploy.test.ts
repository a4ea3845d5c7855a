// LoRA serving on the Nebius practice service: /v0/models from "<job>:<checkpoint>" (validating → active, a
// first GET that 404s, names `<base>-LoRa:<name>-<4 letters>`, a bare-array list, delete), chat by that name
// in the user's style, the catalog of deployable bases, and refusals when a base cannot serve LoRA.
import { afterEach, describe, expect, it } from 'vitest';
import { NEBIUS_DURATIONS } from '../../../../electron/main/services/practice/nebius';
import {
  type NebiusHarness,
  SERVE_BASE,
  WHOLE_JOB_MS,
  loraJob,
  startNebiusHarness,
  styledExamples,
} from './harness';

let h: NebiusHarness;
afterEach(async () => h?.close());

type Custom = {
  name: string;
  status: string;
  base_model: string;
  source: string;
  status_reason: string | null;
};

async function finishedLoraJob(
  extra: Record<string, unknown> = {},
): Promise<{ jobId: string; source: string }> {
  const job = await h.client.fineTuning.jobs.create(loraJob(await h.upload(styledExamples()), extra));
  h.clock.advance(WHOLE_JOB_MS);
  const checkpoints = (await h.client.fineTuning.jobs.checkpoints.list(job.id)).data;
  return { jobId: job.id, source: `${job.id}:${checkpoints.at(-1)?.id ?? ''}` };
}

describe('Nebius practice LoRA serving', () => {
  it('deploys a checkpoint, validates it in seconds, and chats by the full name in the trained style', async () => {
    h = await startNebiusHarness();
    const { jobId, source } = await finishedLoraJob();
    const created = await h.call<Custom>('POST', '/v0/models', {
      name: 'my-model',
      base_model: SERVE_BASE,
      source,
      description: 'Fine tuned model',
    });
    expect(created.status).toBe(200);
    expect(created.body.name).toMatch(/^meta-llama\/Meta-Llama-3\.1-8B-Instruct-LoRa:my-model-[A-Za-z]{4}$/);
    expect(created.body).toMatchObject({ status: 'validating', base_model: SERVE_BASE, source });
    const name = created.body.name;

    // The observed first poll finds nothing yet; the next one does (full name with "/" and ":" unescaped).
    expect((await h.call('GET', `/v0/models/${name}`)).status).toBe(404);
    expect((await h.call<Custom>('GET', `/v0/models/${name}`)).body.status).toBe('validating');
    h.clock.advance(NEBIUS_DURATIONS.app.deployMs);
    const active = await h.call<Custom & { job_id: string; checkpoint_id: string }>(
      'GET',
      `/v0/models/${name}`,
    );
    expect(active.body).toMatchObject({ status: 'active', status_reason: null, job_id: jobId });

    const list = await h.call<Custom[]>('GET', '/v0/models');
    expect(Array.isArray(list.body)).toBe(true);
    expect(list.body.map((m) => m.name)).toEqual([name]);

    const ask = [{ role: 'user' as const, content: 'Do you have cake number 4 today?' }];
    const tuned = await h.client.chat.completions.create({ model: name, messages: ask });
    expect(tuned.choices[0]?.message.content).toContain('— Mo');
    const base = await h.client.chat.completions.create({ model: SERVE_BASE, messages: ask });
    expect(base.choices[0]?.message.content).not.toContain('— Mo');
    expect((await h.client.models.list()).data.map((m) => m.id)).toContain(name);

    let streamed = '';
    for await (const chunk of await h.client.chat.completions.create({
      model: name,
      messages: ask,
      stream: true,
    }))
      streamed += chunk.choices[0]?.delta.content ?? '';
    expect(streamed).toBe(tuned.choices[0]?.message.content);

    const deleted = await h.call<Custom>('DELETE', `/v0/models/${name}`);
    expect(deleted.body.status).toBe('deleted');
    expect((await h.call<Custom[]>('GET', '/v0/models')).body).toEqual([]);
    await expect(h.client.chat.completions.create({ model: name, messages: ask })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('answers the short name on create when deployReturnsShortName is set; GET finds it by either name', async () => {
    h = await startNebiusHarness({ settings: { deployReturnsShortName: true, deployFirstGet404: false } });
    const { source } = await finishedLoraJob();
    const created = await h.call<Custom>('POST', '/v0/models', {
      name: 'short',
      base_model: SERVE_BASE,
      source,
    });
    expect(created.body.name).toMatch(/^short-[A-Za-z]{4}$/);
    const full = await h.call<Custom>('GET', `/v0/models/${created.body.name}`);
    expect(full.body.name).toBe(`${SERVE_BASE}-LoRa:${created.body.name}`);
  });

  it('ends in error with a status_reason when deployOutcome is "error"', async () => {
    h = await startNebiusHarness({ settings: { deployOutcome: 'error', deployFirstGet404: false } });
    const { source } = await finishedLoraJob();
    const { name } = (
      await h.call<Custom>('POST', '/v0/models', { name: 'x', base_model: SERVE_BASE, source })
    ).body;
    h.clock.advance(NEBIUS_DURATIONS.app.deployMs);
    const model = (await h.call<Custom>('GET', `/v0/models/${name}`)).body;
    expect(model.status).toBe('error');
    expect(model.status_reason).toBeTruthy();
  });

  it('refuses a base that cannot serve LoRA, a full fine-tune, a mismatched base, and a base made undeployable', async () => {
    h = await startNebiusHarness();
    const { source } = await finishedLoraJob();
    const refuse = async (body: Record<string, unknown>) => {
      const answer = await h.call<{ detail: string }>('POST', '/v0/models', { name: 'm', source, ...body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      return answer.body.detail;
    };
    expect(await refuse({ base_model: 'Qwen/Qwen3-4B-fast' })).toContain('does not support LoRA');
    expect(await refuse({ base_model: 'meta-llama/Llama-3.3-70B-Instruct' })).toContain('trained on');
    const full = await h.client.fineTuning.jobs.create({
      model: 'meta-llama/Llama-3.1-8B-Instruct',
      training_file: await h.upload(styledExamples()),
    });
    h.clock.advance(WHOLE_JOB_MS);
    const fullSource = `${full.id}:${(await h.client.fineTuning.jobs.checkpoints.list(full.id)).data.at(-1)?.id ?? ''}`;
    expect(await refuse({ base_model: SERVE_BASE, source: fullSource })).toContain('lora');

    // The service stops serving LoRA on this base (a settings change, as the year's churn does).
    h.service.settings.catalog = h.service.settings.catalog.map((m) =>
      m.inferenceId === SERVE_BASE ? { ...m, loraServing: false } : m,
    );
    expect(await refuse({ base_model: SERVE_BASE })).toContain('does not support LoRA');
    const catalog = await fetch(`${h.origin}/api/public/models_info`);
    const entries = (await catalog.json()) as {
      name: string;
      flavors: { supports_lora_adapters: boolean }[];
      fine_tune: { model_id: string };
    }[];
    const entry = entries.find((e) => e.name === SERVE_BASE);
    expect(entry?.fine_tune.model_id).toBe('meta-llama/Llama-3.1-8B-Instruct');
    expect(entry?.flavors[0]?.supports_lora_adapters).toBe(false);
  });

  it('lists the public catalog without a key: which bases train and which serve LoRA, with prices', async () => {
    h = await startNebiusHarness();
    const response = await fetch(`${h.origin}/api/public/models_info`);
    expect(response.status).toBe(200);
    const entries = (await response.json()) as {
      name: string;
      deprecated: boolean;
      flavors: { supports_lora_adapters: boolean; input_price_per_million_tokens: number }[];
      fine_tune: { training_price_per_million_tokens: number };
    }[];
    const servable = entries
      .filter((e) => e.flavors.some((f) => f.supports_lora_adapters))
      .map((e) => e.name);
    expect(servable).toContain('Qwen/Qwen3-30B-A3B-Instruct-2507');
    expect(servable).not.toContain('Qwen/Qwen3-4B-fast');
    for (const e of entries) expect(e.fine_tune.training_price_per_million_tokens).toBeGreaterThan(0);
  });
});
