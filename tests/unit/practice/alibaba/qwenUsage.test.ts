// The practice service bills what the app estimates: `usage` is counted with Qwen's tokenizer (the one
// the Train estimate uses for qwen models), not a stand-in. With the o200k stand-in the e2e walk showed an
// estimate of 591 tokens per epoch and a practice job consuming 655.
import { afterEach, describe, expect, it } from 'vitest';
import { countExampleTokens } from '../../../../shared/domain/tokens';
import type { ChatExample } from '../../../../shared/domain/chat';
import { type AlibabaHarness, WHOLE_JOB_MS, startAlibabaHarness } from './harness';

let h: AlibabaHarness;
afterEach(async () => h?.close());

const EXAMPLES: ChatExample[] = [
  ['请问订单什么时候发货？', '茶友您好！订单会在两天内发货。'],
  ['乌龙茶怎么泡？', '茶友您好！用九十度的水泡一分钟。'],
  ['Can I return a tea I already opened?', 'Hi, tea friend! Within seven days, yes.'],
].map(([q, a]) => ({
  messages: [
    { role: 'system', content: '你是小壶茶铺的客服' },
    { role: 'user', content: q! },
    { role: 'assistant', content: a! },
  ],
}));

describe('Alibaba practice usage', () => {
  it('counts the billed tokens with the Qwen tokenizer, times the epochs', async () => {
    h = await startAlibabaHarness();
    const fileId = await h.uploadJsonl(EXAMPLES);
    const created = await h.api<{ output: { job_id: string } }>('POST', '/fine-tunes', {
      body: {
        model: 'qwen3-14b',
        training_file_ids: [fileId],
        training_type: 'efficient_sft',
        hyper_parameters: { n_epochs: 2 },
      },
    });
    h.clock.advance(WHOLE_JOB_MS);
    const done = await h.api<{ output: { usage: number } }>(
      'GET',
      `/fine-tunes/${created.body.output.job_id}`,
    );
    const qwen = EXAMPLES.reduce((sum, e) => sum + countExampleTokens(e, 'qwen'), 0);
    const o200k = EXAMPLES.reduce((sum, e) => sum + countExampleTokens(e, 'o200k_base'), 0);
    expect(qwen).not.toBe(o200k); // the two tokenizers disagree on this text, so the test can tell them apart
    expect(done.body.output.usage).toBe(qwen * 2);
  });
});
