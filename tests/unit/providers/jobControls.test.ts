// The job controls shared by the Alibaba, Nebius and Together adapters, and pause/resume asked through the
// provider's capabilities: a provider without them has no pause method and the training service refuses.
import { describe, expect, it, vi } from 'vitest';
import { ALIBABA_RULES } from '../../../electron/main/services/providers/alibaba/rules';
import { jobControls } from '../../../electron/main/services/providers/jobControls';
import { NEBIUS_RULES } from '../../../electron/main/services/providers/nebius/rules';
import { TOGETHER_RULES } from '../../../electron/main/services/providers/together/rules';
import type { FineTuningProvider, ProviderJob } from '../../../electron/main/services/providers/Provider';
import { pauseOrRefuse } from '../../../electron/main/services/training/TrainingService';
import { PROVIDER_CAPABILITIES } from '../../../shared/domain/providers/capabilities';

const job = (id: string, raw: string) =>
  ({ id, status: { status: 'running', raw } }) as unknown as ProviderJob;
const runner = { guard: <T>(_t: unknown, _s: unknown, work: () => Promise<T>) => work() };

describe('shared job controls', () => {
  it('finds a job by the provider’s token for the reference, and cancels then reads the job again', async () => {
    const requestCancel = vi.fn(async () => ({ truncated: true }));
    const controls = jobControls({
      runner,
      refToken: (ref) => `tok-${ref}`,
      findByToken: async (token) => (token === 'tok-run_1' ? job('ft-1', 'running') : null),
      requestCancel,
      getJob: async (id) => job(id, 'cancel_requested'),
    });
    expect((await controls.findJobByRef('run_1'))?.id).toBe('ft-1');
    expect(await controls.findJobByRef('run_2')).toBeNull();
    const cancelled = await controls.cancelJob('ft-1');
    expect(requestCancel).toHaveBeenCalledWith('ft-1', {});
    expect(cancelled.status.raw).toBe('cancel_requested');
  });

  it('pause is refused as not_supported where the capability is off, and called where it is on', async () => {
    const without = { capabilities: PROVIDER_CAPABILITIES.together } as FineTuningProvider;
    await expect(pauseOrRefuse(without, 'ft-1', 'pause')).rejects.toMatchObject({
      ipcError: { code: 'not_supported' },
    });
    const resumeJob = vi.fn(async (id: string) => job(id, 'queued'));
    const withPause = {
      capabilities: PROVIDER_CAPABILITIES.openai,
      pauseJob: async (id: string) => job(id, 'paused'),
      resumeJob,
    } as unknown as FineTuningProvider;
    expect((await pauseOrRefuse(withPause, 'ft-2', 'pause')).status.raw).toBe('paused');
    expect((await pauseOrRefuse(withPause, 'ft-2', 'resume')).status.raw).toBe('queued');
    expect(resumeJob).toHaveBeenCalledWith('ft-2');
  });
});

describe('shared rules of the hosted providers', () => {
  it('a loose key shape keeps the old patterns exactly (Nebius 2048, Together 200 characters)', () => {
    expect(NEBIUS_RULES.key!.pattern.source).toBe('^[\\w.-]{16,2048}$');
    expect(TOGETHER_RULES.key!.pattern.source).toBe('^[\\w.-]{16,200}$');
    expect(TOGETHER_RULES.key!.pattern.test('tgp_v1_' + 'a'.repeat(40))).toBe(true);
    expect(TOGETHER_RULES.key!.pattern.test('short')).toBe(false);
    expect(TOGETHER_RULES.key!.pattern.test('a'.repeat(20) + ' ' + 'b'.repeat(20))).toBe(false);
  });

  it('says yes with the newest job’s time once the jobs list answers, no when it is forbidden', () => {
    const now = new Date('2026-12-05T09:00:00Z');
    for (const rules of [ALIBABA_RULES, NEBIUS_RULES, TOGETHER_RULES]) {
      expect(rules.availability(now, { jobs: 'forbidden', models: [] })).toEqual({
        verdict: 'no',
        reason: 'no_access',
        lastJobAt: null,
      });
      const jobs = [{ createdAt: 5 }, { createdAt: 9 }] as ProviderJob[];
      expect(rules.availability(now, { jobs, models: [] })).toEqual({
        verdict: 'yes',
        reason: 'key_accepted',
        lastJobAt: 9,
      });
    }
  });
});
