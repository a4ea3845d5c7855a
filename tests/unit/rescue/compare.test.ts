// After recording: quick check of candidates that need no training, retrain on the practice provider
// (chosen from capabilities), the fidelity report old vs new, "old was better" rows back into the project,
// Try-style export, and the switch-over card.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportText } from '../../../shared/domain/tryout/report';
import { ALL_SOURCES, SUPPORT, rescueApp } from './harness';

const TEXT: ReportText = {
  title: 'Rescue report',
  setup: 'Set-up',
  example: 'Example',
  question: 'Question',
  expected: 'Old answer',
  reply: 'Reply',
  exact: 'Exact',
  validJson: 'JSON',
  similarity: 'Similarity',
  judge: 'Judge',
  promptTokens: 'Prompt tokens',
  replyTokens: 'Reply tokens',
  firstTokenMs: 'First token ms',
  totalMs: 'Total ms',
  cost: 'Cost',
  currency: 'Currency',
  costPer1000: 'Per 1,000',
  replies: 'Replies',
  totals: 'Totals',
  error: 'Error',
  yes: 'yes',
  no: 'no',
  setupLabels: { old: 'Old', new: 'New' },
};

describe('rescue: check, retrain, prove', () => {
  it('walks quick check → retrain → fidelity → corrections → export → switch-over', async () => {
    const saved: string[] = [];
    const app = await rescueApp({
      dialogs: {
        showOpenDialog: async () => null,
        showSaveDialog: async (format, name) => {
          const file = path.join(os.tmpdir(), `${Date.now()}-${name}`);
          saved.push(file);
          return file;
        },
      },
    });
    const { services } = app;
    await services.rescue.useSample();
    await services.rescue.saveRecipe(SUPPORT);
    await services.rescue.startRecording(SUPPORT, { ...ALL_SOURCES, maxPrompts: 13 });
    await services.rescue.settled(SUPPORT);

    const checked = await services.rescue.quickCheck(SUPPORT);
    expect(checked.quickCheck?.candidates.map((c) => c.kind)).toEqual(['base', 'few-shot']);
    for (const c of checked.quickCheck!.candidates) {
      expect(c.provider).toBe('practice');
      expect(c.cases).toBe(13);
      expect(c.closeEnough).toBe(c.meanSimilarity >= 0.85);
    }

    const targets = services.rescue.retrainTargets();
    expect(targets.map((t) => t.provider)).toEqual(['practice']);
    const baseModel = targets[0]!.baseModels[0]!;
    const retrained = await services.rescue.retrain(SUPPORT, {
      provider: 'practice',
      data: 'original+golden',
      baseModel,
    });
    expect(retrained.retrain).toMatchObject({ provider: 'practice', data: 'original+golden' });
    // The distillation project holds the original 36 examples plus the 13 recorded answers.
    expect(await services.projects.examplesOf(retrained.retrain!.sourceId)).toHaveLength(49);
    await expect
      .poll(
        () => {
          app.clock.advance(5_000);
          services.training.wake();
          return services.training.runs()[0]?.job?.fineTunedModel ?? null;
        },
        { timeout: 20_000, interval: 50 },
      )
      .toMatch(/^ft:/);

    const proved = await services.rescue.fidelity(SUPPORT);
    const report = proved.fidelity!;
    // The cap of 13 took the non-training prompts first: 6 held-out + 6 stored + 1 pasted.
    expect(report.rows).toHaveLength(13);
    expect(report.rows.every((r) => r.error === null)).toBe(true);
    expect(report.costPer1000.old).toBeGreaterThan(0);
    expect(report.blind.pairs).toHaveLength(13);
    expect(report.meanSimilarity).toBeGreaterThan(0);

    await services.rescue.markOldBetter(SUPPORT, 0, true);
    const corrected = await services.rescue.applyCorrections(SUPPORT);
    expect(corrected.fidelity?.correctionsApplied).toBe(1);
    // Applying again adds nothing: each row goes back once.
    expect((await services.rescue.applyCorrections(SUPPORT)).fidelity?.correctionsApplied).toBe(1);
    const project = await services.projects.examplesOf(corrected.recipe!.projectId!);
    expect(project.filter((e) => e.provenance === 'corrected-from-try')).toHaveLength(1);

    expect(await services.rescue.exportReport(SUPPORT, 'csv', TEXT)).toMatchObject({ saved: true });
    expect(await services.rescue.exportReport(SUPPORT, 'html', TEXT)).toMatchObject({ saved: true });
    const csv = await readFile(saved[0]!, 'utf8');
    expect(csv.split('\n').length).toBeGreaterThan(14);
    expect(await readFile(saved[1]!, 'utf8')).toContain('Rescue report');

    const card = services.rescue.switchOver(SUPPORT);
    expect(card).toMatchObject({ provider: 'practice', keyName: 'OPENAI_API_KEY' });
    expect(card.model).toMatch(/^ft:/);
  }, 60_000);
});
