// Status normalization: every provider's vocabulary onto one enum, the raw value kept, unknown values
// reported as unknown (not guessed), including statuses the OpenAI SDK's own types do not list.
import { describe, expect, it } from 'vitest';
import { isTerminal, normalizeJobStatus } from '../../../shared/domain/providers/status';
import { providerTimeToMs } from '../../../shared/domain/providers/time';

describe('normalizeJobStatus', () => {
  it.each([
    ['openai', 'validating_files', 'validating', undefined],
    ['openai', 'queued', 'queued', undefined],
    ['openai', 'running', 'running', undefined],
    ['openai', 'pausing', 'running', 'pause'],
    ['openai', 'paused', 'paused', undefined],
    ['openai', 'succeeded', 'succeeded', undefined],
    ['openai', 'failed', 'failed', undefined],
    ['openai', 'cancelled', 'cancelled', undefined],
    ['practice', 'paused', 'paused', undefined],
    ['together', 'pending', 'queued', undefined],
    ['together', 'queued', 'queued', undefined],
    ['together', 'running', 'running', undefined],
    ['together', 'compressing', 'running', undefined],
    ['together', 'uploading', 'running', undefined],
    ['together', 'cancel_requested', 'running', 'cancel'],
    ['together', 'cancelled', 'cancelled', undefined],
    ['together', 'error', 'failed', undefined],
    ['together', 'completed', 'succeeded', undefined],
    ['alibaba', 'PENDING', 'queued', undefined],
    ['alibaba', 'QUEUING', 'queued', undefined],
    ['alibaba', 'RUNNING', 'running', undefined],
    ['alibaba', 'SUCCEEDED', 'succeeded', undefined],
    ['alibaba', 'FAILED', 'failed', undefined],
    ['alibaba', 'CANCELED', 'cancelled', undefined],
  ] as const)('%s %s → %s', (provider, raw, status, pending) => {
    const normalized = normalizeJobStatus(provider, raw);
    expect(normalized.status).toBe(status);
    expect(normalized.raw).toBe(raw);
    expect(normalized.pending).toBe(pending);
  });

  it('keeps an unfamiliar value as unknown with the raw text, for every provider', () => {
    for (const provider of ['openai', 'practice', 'together', 'alibaba'] as const) {
      expect(normalizeJobStatus(provider, 'warming_up')).toEqual({ status: 'unknown', raw: 'warming_up' });
    }
    // Vocabularies do not leak across providers: Together's word means nothing from OpenAI.
    expect(normalizeJobStatus('openai', 'completed').status).toBe('unknown');
    expect(normalizeJobStatus('alibaba', 'validating_files').status).toBe('unknown');
  });

  it('tolerates case and spacing the way each provider writes them', () => {
    expect(normalizeJobStatus('alibaba', ' running ').status).toBe('running');
    expect(normalizeJobStatus('openai', 'Succeeded').status).toBe('succeeded');
  });

  it('knows which states are final', () => {
    expect(['succeeded', 'failed', 'cancelled'].every((s) => isTerminal(s as never))).toBe(true);
    expect(['validating', 'queued', 'running', 'paused', 'unknown'].some((s) => isTerminal(s as never))).toBe(
      false,
    );
  });
});

describe('providerTimeToMs', () => {
  it('reads unix seconds (OpenAI), ISO strings (Together) and zone-less wall clock (Alibaba)', () => {
    expect(providerTimeToMs(1_764_158_400)).toBe(1_764_158_400_000);
    expect(providerTimeToMs('2026-11-26T12:00:00.000Z')).toBe(Date.UTC(2026, 10, 26, 12));
    expect(providerTimeToMs('2026-11-26 20:00:00', 480)).toBe(Date.UTC(2026, 10, 26, 12));
    expect(providerTimeToMs(null)).toBeNull();
    expect(providerTimeToMs('soon')).toBeNull();
  });
});
