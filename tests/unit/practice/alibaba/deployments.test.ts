// Deployments and chat on the Alibaba practice service: PENDING → RUNNING on the clock, plan "lora" only for
// efficient_sft models, chat by deployed_model (plain and streamed, through the official openai SDK), and a
// deployed practice Qwen answering in the user's style while the base model answers plainly.
import { afterEach, describe, expect, it } from 'vitest';
import { ALIBABA_DURATIONS } from '../../../../electron/main/services/practice/alibaba';
import { type AlibabaHarness, WHOLE_JOB_MS, startAlibabaHarness, styledExamples } from './harness';

let h: AlibabaHarness;
afterEach(async () => h?.close());

type Output = Record<string, unknown>;

async function trainedModel(trainingType: 'sft' | 'efficient_sft' = 'efficient_sft'): Promise<string> {
  const fileId = await h.uploadJsonl(styledExamples());
  const created = await h.api<{ output: { job_id: string } }>('POST', '/fine-tunes', {
    body: { model: 'qwen3-14b', training_file_ids: [fileId], training_type: trainingType },
  });
  h.clock.advance(WHOLE_JOB_MS);
  const done = await h.api<{ output: { finetuned_output: string } }>(
    'GET',
    `/fine-tunes/${created.body.output.job_id}`,
  );
  return done.body.output.finetuned_output;
}

async function deploy(model: string, plan = 'lora') {
  return h.api<{ output: Output & { deployed_model: string; status: string } }>('POST', '/deployments', {
    body: { model_name: model, capacity: 1, plan },
  });
}

describe('Alibaba practice deployments', () => {
  it('deploys an efficient_sft model PENDING, then RUNNING after the start-up time, with zone-less ISO times', async () => {
    h = await startAlibabaHarness();
    const model = await trainedModel();
    const created = await deploy(model);
    expect(created.status).toBe(200);
    const d = created.body.output;
    expect(d.deployed_model.startsWith(`${model}-`)).toBe(true);
    expect(d).toMatchObject({
      status: 'PENDING',
      model_name: model,
      base_model: 'qwen3-14b',
      plan: 'lora',
      ready_capacity: 0,
    });
    expect(d.gmt_create).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);

    h.clock.advance(ALIBABA_DURATIONS.app.deployingMs - 1);
    expect(
      (await h.api<{ output: Output }>('GET', `/deployments/${d.deployed_model}`)).body.output.status,
    ).toBe('PENDING');
    h.clock.advance(1);
    const running = (await h.api<{ output: Output }>('GET', `/deployments/${d.deployed_model}`)).body.output;
    expect(running).toMatchObject({ status: 'RUNNING', ready_capacity: 1 });

    const list = await h.api<{ output: { total: number; deployments: Output[] } }>(
      'GET',
      '/deployments?page_no=1&page_size=10',
    );
    expect(list.body.output).toMatchObject({ page_no: 1, page_size: 10, total: 1 });
    expect(list.body.output.deployments[0]?.deployed_model).toBe(d.deployed_model);

    const removed = await h.api('DELETE', `/deployments/${d.deployed_model}`);
    expect(removed.body).toMatchObject({ output: { deployed_model: d.deployed_model } });
    const gone = await h.api('GET', `/deployments/${d.deployed_model}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ code: 'NotFound', message: `Model: ${d.deployed_model} not found!` });
  });

  it('refuses plan "lora" for a model trained with sft, but deploys it on another plan', async () => {
    h = await startAlibabaHarness();
    const model = await trainedModel('sft');
    const refused = await deploy(model, 'lora');
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('InvalidParameter');
    expect(refused.body.message).toContain('efficient_sft');
    expect((await deploy(model, 'mu')).status).toBe(200);
    expect((await deploy('qwen3-14b-nothing-ft-202601010000-abcd')).status).toBe(404);
  });

  it('names the deployment after the model and refuses a second one when deployedModelNaming is "model-name"', async () => {
    h = await startAlibabaHarness({ settings: { deployedModelNaming: 'model-name' } });
    const model = await trainedModel();
    expect((await deploy(model)).body.output.deployed_model).toBe(model);
    expect((await deploy(model)).status).toBe(400);
  });

  it('chats by deployed_model once RUNNING, in the style of the training examples; the base model answers plainly', async () => {
    h = await startAlibabaHarness();
    const model = await trainedModel();
    const { deployed_model } = (await deploy(model)).body.output;
    const client = h.compat();
    const ask = { role: 'user' as const, content: 'Do you have cake number 3 today?' };
    await expect(
      client.chat.completions.create({ model: deployed_model, messages: [ask] }),
    ).rejects.toMatchObject({
      status: 400,
    });
    h.clock.advance(ALIBABA_DURATIONS.app.deployingMs);

    const tuned = await client.chat.completions.create({ model: deployed_model, messages: [ask] });
    expect(tuned.object).toBe('chat.completion');
    expect(tuned.model).toBe(deployed_model);
    expect(tuned.choices[0]?.message.content).toContain('— Mo');
    expect(tuned.usage?.total_tokens).toBe(
      (tuned.usage?.prompt_tokens ?? 0) + (tuned.usage?.completion_tokens ?? 0),
    );

    const base = await client.chat.completions.create({ model: 'qwen3-14b', messages: [ask] });
    expect(base.choices[0]?.message.content).not.toContain('— Mo');

    const models = await client.models.list();
    expect(models.data.map((m) => m.id)).toEqual(expect.arrayContaining([deployed_model, 'qwen3-14b']));
    await expect(client.chat.completions.create({ model, messages: [ask] })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('streams chat as server-sent chunks that add up to the plain answer, with usage last when asked', async () => {
    h = await startAlibabaHarness();
    const model = await trainedModel();
    const { deployed_model } = (await deploy(model)).body.output;
    h.clock.advance(ALIBABA_DURATIONS.app.deployingMs);
    const client = h.compat();
    const messages = [{ role: 'user' as const, content: 'Do you have cake number 5 today?' }];
    const plain = await client.chat.completions.create({ model: deployed_model, messages });
    const stream = await client.chat.completions.create({
      model: deployed_model,
      messages,
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let chunks = 0;
    let usage: unknown = null;
    let finish: string | null = null;
    for await (const chunk of stream) {
      chunks += 1;
      text += chunk.choices[0]?.delta.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(chunks).toBeGreaterThan(3);
    expect(text).toBe(plain.choices[0]?.message.content);
    expect(finish).toBe('stop');
    expect(usage).toEqual(plain.usage);
  });
});
