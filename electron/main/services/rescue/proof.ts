// Steps 4 to 7 of the rescue, after the golden answers exist: the quick check, retraining on a provider
// chosen from capabilities, the fidelity report with its blind A/B and corrections, the export and the
// switch-over card. It works on the rescue records through the service's context (read, save, the
// recorded cases), so the service stays the one owner of rescue.json.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { baseModelOf, type ProviderId } from '../../../../shared/domain/pricing/catalog';
import type { ProjectExample } from '../../../../shared/domain/projects/types';
import { switchOverFor } from '../../../../shared/domain/rescue/switchOver';
import type { RescueState, SwitchOver } from '../../../../shared/domain/rescue/types';
import { reportCsv, reportHtml, type ReportText } from '../../../../shared/domain/tryout/report';
import type { BlindPick } from '../../../../shared/domain/tryout/blind';
import { appError } from '../../../../shared/ipc/errors';
import { asAppError } from '../providers';
import { CLOSE_ENOUGH, fidelityReport, quickCheck, reportDataOf, type GoldenCase } from './compare';
import type { RescuePorts } from './ports';
import { projectNameOf } from './recipe';
import type { RescueRecord } from './RescueStore';

export interface ProofContext {
  ports: RescuePorts;
  record(model: string): RescueRecord;
  save(record: RescueRecord): Promise<RescueState>;
  goldenCases(model: string, heldOutOnly: boolean, max: number): Promise<GoldenCase[]>;
  priceOfRetiring(model: string): ReturnType<RescuePorts['prices']['priceOf']>;
  createProject(
    name: string,
    examples: ProjectExample[],
    source: { fileName: string; bytes: number },
  ): Promise<{ id: string; name: string }>;
}

export class RescueProof {
  constructor(private readonly ctx: ProofContext) {}

  async quickCheck(model: string): Promise<RescueState> {
    const record = this.ctx.record(model);
    const cases = await this.ctx.goldenCases(model, true, 20);
    if (cases.length === 0) throw appError('bad_input', { path: 'recorded' });
    const provider = this.ctx.ports.providers.active();
    const options = this.ctx.ports.training.models().models;
    const base = options.find((m) => m.model === baseModelOf(model))?.model ?? options[0]?.model;
    if (!base) throw appError('not_supported');
    const examples = record.recipe?.projectId
      ? await this.ctx.ports.projects.examplesOf(record.recipe.projectId)
      : [];
    const candidates = await quickCheck(
      cases,
      { id: provider.id, chat: (m, turns, o) => provider.chat(m, turns, o) },
      base,
      record.recipe?.systemPrompt ?? '',
      examples.filter((e) => e.split === 'train').map((e) => e.example),
    ).catch((error: unknown) => {
      throw asAppError(error);
    });
    return this.ctx.save({
      ...record,
      quickCheck: { checkedAt: this.ctx.ports.now().getTime(), candidates, bar: CLOSE_ENOUGH },
    });
  }

  retrainTargets() {
    const active = this.ctx.ports.providers.activeId();
    return this.ctx.ports.providers
      .summaries()
      .filter(
        (p) =>
          p.connected && p.capabilities.available && p.capabilities.trainingMethods.includes('supervised'),
      )
      .map((p) => ({
        provider: p.id,
        active: p.id === active,
        baseModels: p.id === active ? this.ctx.ports.training.models().models.map((m) => m.model) : [],
      }));
  }

  async retrain(
    model: string,
    input: { provider: ProviderId; data: 'original' | 'original+golden'; baseModel: string },
  ): Promise<RescueState> {
    const record = this.ctx.record(model);
    const recipe = record.recipe;
    if (!recipe?.projectId) throw appError('bad_input', { path: 'recipe' });
    if (!this.retrainTargets().some((t) => t.provider === input.provider)) throw appError('not_supported');
    if (this.ctx.ports.providers.activeId() !== input.provider)
      await this.ctx.ports.providers.use(input.provider);
    let sourceId = recipe.projectId;
    if (input.data === 'original+golden') {
      const original = await this.ctx.ports.projects.examplesOf(recipe.projectId);
      const golden = (await this.ctx.goldenCases(model, false, Number.MAX_SAFE_INTEGER)).map(
        ({ prompt, golden: g }): ProjectExample => ({
          id: `ex-${g.promptId}`,
          example: {
            messages: [
              ...(prompt.system ? [{ role: 'system' as const, content: prompt.system }] : []),
              { role: 'user', content: prompt.question },
              { role: 'assistant', content: g.text },
            ],
          },
          provenance: 'added',
          split: 'train',
        }),
      );
      const project = await this.ctx.createProject(
        `${recipe.projectName ?? projectNameOf(model)} + recorded answers`,
        [...original.map((e) => ({ ...e })), ...golden],
        {
          fileName: 'recorded-answers.jsonl',
          bytes: 0,
        },
      );
      sourceId = project.id;
    }
    const suffix = (recipe.suffix ?? '').replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 40) || null;
    const run = await this.ctx.ports.training.start({
      sourceId,
      model: input.baseModel,
      suffix,
      epochs: recipe.epochs ?? 'auto',
      batchSize: recipe.batchSize ?? 'auto',
      learningRateMultiplier: recipe.learningRateMultiplier ?? 'auto',
      seed: null,
    });
    return this.ctx.save({
      ...record,
      retrain: {
        runId: run.id,
        provider: input.provider,
        data: input.data,
        sourceId,
        baseModel: input.baseModel,
      },
    });
  }

  private newModel(record: RescueRecord): string {
    const run = this.ctx.ports.training.runs().find((r) => r.id === record.retrain?.runId);
    const model = run?.job?.fineTunedModel;
    if (!model) throw appError('bad_input', { path: 'run' });
    return model;
  }

  async fidelity(model: string): Promise<RescueState> {
    const record = this.ctx.record(model);
    if (!record.retrain) throw appError('bad_input', { path: 'retrain' });
    const newModel = this.newModel(record);
    const cases = await this.ctx.goldenCases(model, true, 50);
    const provider = this.ctx.ports.providers.get(record.retrain.provider);
    const seed = parseInt(createHash('sha256').update(model).digest('hex').slice(0, 8), 16);
    const report = await fidelityReport(
      cases,
      { provider: provider.id, model: newModel, chat: (m, turns, o) => provider.chat(m, turns, o) },
      {
        old: this.ctx.priceOfRetiring(model),
        new: this.ctx.ports.prices.priceOf(record.retrain.provider, record.retrain.baseModel),
      },
      () => this.ctx.ports.now().getTime(),
      seed,
    );
    return this.ctx.save({ ...record, fidelity: report });
  }

  async blindPick(model: string, caseIndex: number, pick: BlindPick): Promise<RescueState> {
    const record = this.ctx.record(model);
    if (!record.fidelity) throw appError('bad_input', { path: 'fidelity' });
    const picks = { ...record.fidelity.blind.picks, [caseIndex]: pick };
    return this.ctx.save({
      ...record,
      fidelity: { ...record.fidelity, blind: { ...record.fidelity.blind, picks } },
    });
  }

  async markOldBetter(model: string, caseIndex: number, value: boolean): Promise<RescueState> {
    const record = this.ctx.record(model);
    if (!record.fidelity) throw appError('bad_input', { path: 'fidelity' });
    const rows = record.fidelity.rows.map((r) =>
      r.caseIndex === caseIndex ? { ...r, oldWasBetter: value } : r,
    );
    return this.ctx.save({ ...record, fidelity: { ...record.fidelity, rows } });
  }

  /** Rows marked "the old one was better" go back into the project as corrected examples, once each. */
  async applyCorrections(model: string): Promise<RescueState> {
    const record = this.ctx.record(model);
    const report = record.fidelity;
    const projectId = record.recipe?.projectId;
    if (!report || !projectId) throw appError('bad_input', { path: 'fidelity' });
    const system = new Map(record.prompts.map((p) => [p.id, p.system]));
    const rows = [];
    let added = 0;
    for (const row of report.rows) {
      if (row.oldWasBetter && !row.corrected) {
        const sys = system.get(row.promptId);
        await this.ctx.ports.projects.appendCorrected(
          projectId,
          {
            messages: [
              ...(sys ? [{ role: 'system' as const, content: sys }] : []),
              { role: 'user', content: row.question },
              { role: 'assistant', content: row.old },
            ],
          },
          report.newModel,
        );
        added += 1;
        rows.push({ ...row, corrected: true });
      } else rows.push(row);
    }
    return this.ctx.save({
      ...record,
      fidelity: { ...report, rows, correctionsApplied: report.correctionsApplied + added },
    });
  }

  async exportReport(model: string, format: 'csv' | 'html', text: ReportText) {
    const record = this.ctx.record(model);
    if (!record.fidelity) throw appError('bad_input', { path: 'fidelity' });
    const file = await this.ctx.ports.dialogs.showSaveDialog(
      format,
      `rescue-report-${new Date(record.fidelity.createdAt).toISOString().slice(0, 10)}.${format}`,
    );
    if (!file) return { saved: false, fileName: null };
    const system = new Map(record.prompts.map((p) => [p.id, p.system]));
    const data = reportDataOf(record.fidelity, model, (id) => system.get(id) ?? null);
    await fs.writeFile(file, format === 'csv' ? reportCsv(data, text) : reportHtml(data, text), {
      encoding: 'utf8',
      mode: 0o600,
    });
    return { saved: true, fileName: path.basename(file) };
  }

  switchOver(model: string): SwitchOver {
    const record = this.ctx.record(model);
    if (!record.retrain) throw appError('bad_input', { path: 'retrain' });
    return switchOverFor(record.retrain.provider, this.newModel(record));
  }
}
