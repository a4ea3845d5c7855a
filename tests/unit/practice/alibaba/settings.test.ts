// The Alibaba practice service's switches for unverified behaviour, and two behaviours users will meet
// often: validation loss in the logs when data is split, and a model trained on Chinese answering in kind.
import { afterEach, describe, expect, it } from 'vitest';
import { ALIBABA_DURATIONS } from '../../../../electron/main/services/practice/alibaba';
import { type AlibabaHarness, WHOLE_JOB_MS, startAlibabaHarness, styledExamples } from './harness';

let h: AlibabaHarness;
afterEach(async () => h?.close());

async function train(lines: unknown[], extra: Record<string, unknown> = {}) {
  const fileId = await h.uploadJsonl(lines);
  const created = await h.api<{ output: { job_id: string } }>('POST', '/fine-tunes', {
    body: { model: 'qwen3-14b', training_file_ids: [fileId], training_type: 'efficient_sft', ...extra },
  });
  h.clock.advance(WHOLE_JOB_MS);
  const id = created.body.output.job_id;
  const job = (await h.api<{ output: Record<string, unknown> }>('GET', `/fine-tunes/${id}`)).body.output;
  return { id, job, model: String(job['finetuned_output']) };
}

describe('Alibaba practice settings and behaviours', () => {
  it('logs eval_loss at each epoch end when hyper_parameters.split holds data back', async () => {
    h = await startAlibabaHarness();
    const { id } = await train(styledExamples(), {
      hyper_parameters: { n_epochs: 2, batch_size: 4, split: 0.9 },
    });
    const logs = (await h.api<{ output: { logs: string[] } }>('GET', `/fine-tunes/${id}/logs?line=1000`)).body
      .output.logs;
    const evals = logs.filter((l) => l.startsWith("{'eval_loss': "));
    expect(evals.map((l) => /'epoch': ([\d.]+)/.exec(l)?.[1])).toEqual(['1.0', '2.0']);
  });

  it('lets a model trained on Chinese examples answer in its trained style', async () => {
    h = await startAlibabaHarness({ durations: ALIBABA_DURATIONS.fast });
    const zh = Array.from({ length: 10 }, (_, i) => ({
      messages: [
        { role: 'user', content: `第${i + 1}号蛋糕今天有吗？` },
        { role: 'assistant', content: `有的！第${i + 1}号蛋糕今早刚出炉。——小茉` },
      ],
    }));
    const { model } = await train(zh);
    const deployed = await h.api<{ output: { deployed_model: string } }>('POST', '/deployments', {
      body: { model_name: model, plan: 'lora', capacity: 1 },
    });
    h.clock.advance(ALIBABA_DURATIONS.fast.deployingMs);
    const reply = await h.compat().chat.completions.create({
      model: deployed.body.output.deployed_model,
      messages: [{ role: 'user', content: '第3号蛋糕今天有吗？' }],
    });
    expect(reply.choices[0]?.message.content).toContain('——小茉');
  });

  it('refuses deployments in a region where the deployments API is closed', async () => {
    h = await startAlibabaHarness({ settings: { deploymentRegions: ['beijing'] } });
    const { model } = await train(styledExamples());
    const refused = await h.api('POST', '/deployments', { body: { model_name: model, plan: 'lora' } });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('InvalidParameter');
  });

  it('ends a deployment in FAILED when deploymentOutcome says so, and chat refuses it', async () => {
    h = await startAlibabaHarness({ settings: { deploymentOutcome: 'FAILED' } });
    const { model } = await train(styledExamples());
    const { deployed_model } = (
      await h.api<{ output: { deployed_model: string } }>('POST', '/deployments', {
        body: { model_name: model, plan: 'lora' },
      })
    ).body.output;
    h.clock.advance(ALIBABA_DURATIONS.app.deployingMs);
    const failed = await h.api<{ output: { status: string } }>('GET', `/deployments/${deployed_model}`);
    expect(failed.body.output.status).toBe('FAILED');
    await expect(
      h
        .compat()
        .chat.completions.create({ model: deployed_model, messages: [{ role: 'user', content: 'hi' }] }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('hides finetuned_output_suffix and the failed-job error when told to, and names files file-…', async () => {
    h = await startAlibabaHarness({
      settings: { jobEchoesSuffix: false, failedJobError: false, fileIdStyle: 'file-prefixed' },
    });
    const fileId = await h.uploadJsonl([{ text: 'not a conversation' }]);
    expect(fileId).toMatch(/^file-ft-[0-9a-f]{32}$/);
    const created = await h.api<{ output: { job_id: string } }>('POST', '/fine-tunes', {
      body: { model: 'qwen3-14b', training_file_ids: [fileId], finetuned_output_suffix: 'x' },
    });
    expect(created.body.output).not.toHaveProperty('finetuned_output_suffix');
    h.clock.advance(WHOLE_JOB_MS);
    const failed = (
      await h.api<{ output: Record<string, unknown> }>('GET', `/fine-tunes/${created.body.output.job_id}`)
    ).body.output;
    expect(failed['status']).toBe('FAILED');
    expect(failed).not.toHaveProperty('error');
  });

  it('continues training from an earlier fine-tune of the same account, keeping its base model', async () => {
    h = await startAlibabaHarness();
    const first = await train(styledExamples());
    const second = await train(styledExamples(4), { model: first.model });
    expect(second.job).toMatchObject({ model: first.model, base_model: 'qwen3-14b', status: 'SUCCEEDED' });
    expect(second.model).toBe(`qwen3-14b-${second.id}`);
  });
});
