// training.json version 1 kept every estimate and the budget cap in US dollars; version 2 keeps each with its
// currency (Alibaba's Beijing region bills in CNY). An old file opens with its figures as USD, nothing lost.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTrainingStore } from '../../../electron/main/services/training/TrainingStore';
import { runWith } from '../renderer/train/fixtures';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'training-currency-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('training.json version 1 → 2', () => {
  it('turns the USD cap and estimates into amounts with their currency', async () => {
    await writeFile(
      path.join(dir, 'training.json'),
      JSON.stringify({ schemaVersion: 1, data: { runs: [], uploadedFiles: {}, budgetUsd: 12.5 } }),
    );
    const store = await openTrainingStore(dir);
    expect(store.get().budgets).toEqual({ USD: 12.5 });
    const saved = JSON.parse(await readFile(path.join(dir, 'training.json'), 'utf8'));
    expect(saved.schemaVersion).toBe(2);
    expect(saved.data).not.toHaveProperty('budgetUsd');
  });

  it('keeps each run’s estimate as a USD amount', async () => {
    const { estimatedCost: _dropped, ...run } = runWith();
    await writeFile(
      path.join(dir, 'training.json'),
      JSON.stringify({
        schemaVersion: 1,
        data: {
          runs: [
            { ...run, estimatedUsd: 0.08 },
            { ...run, id: 'run_2', estimatedUsd: null },
          ],
          uploadedFiles: {},
          budgetUsd: null,
        },
      }),
    );
    const runs = (await openTrainingStore(dir)).get().runs;
    expect(runs.map((r) => r.estimatedCost)).toEqual([{ amount: 0.08, currency: 'USD' }, null]);
  });

  it('a file without a cap has none in any currency', async () => {
    await writeFile(
      path.join(dir, 'training.json'),
      JSON.stringify({ schemaVersion: 1, data: { runs: [], uploadedFiles: {}, budgetUsd: null } }),
    );
    expect((await openTrainingStore(dir)).get().budgets).toEqual({});
  });
});
