import { describe, expect, it } from 'vitest';
import { baseDisplayName, friendlyModelName, type NamedRun } from '../../../shared/domain/tryout/modelName';

const FT = 'ft:gpt-4.1-mini-2025-04-14:personal:teashop-v1:Tk7Q2x9a';
const run = (suffix: string | null, model: string | null, checkpoints: NamedRun['checkpoints'] = []) => ({
  request: { suffix, baseModel: 'gpt-4.1-mini-2025-04-14' },
  job: { fineTunedModel: model },
  checkpoints,
});

describe('friendlyModelName', () => {
  it("names a known run's model by the run's name", () => {
    // The run's name wins even when the id would say something else (an imported job named later).
    const named = friendlyModelName('ft:gpt-4.1-mini-2025-04-14:personal:x1:AbC', [
      run('other', FT),
      run('teashop-v1', 'ft:gpt-4.1-mini-2025-04-14:personal:x1:AbC'),
    ]);
    expect(named).toEqual({ name: 'teashop-v1', source: 'run', fineTuned: true, checkpointStep: null });
  });

  it('names a checkpoint by its run and step', () => {
    const ckpt = `${FT.replace(':Tk7Q2x9a', ':Zz9')}:ckpt-step-48`;
    expect(friendlyModelName(ckpt, [run('teashop-v1', FT, [{ model: ckpt, step: 48 }])])).toEqual({
      name: 'teashop-v1',
      source: 'run',
      fineTuned: true,
      checkpointStep: 48,
    });
  });

  it('names the final model plainly though it is also the last checkpoint', () => {
    expect(friendlyModelName(FT, [run('teashop-v1', FT, [{ model: FT, step: 144 }])]).checkpointStep).toBe(
      null,
    );
  });

  it('uses the base model for a run without a name, marked as fine-tuned', () => {
    expect(friendlyModelName(FT, [run(null, FT)])).toEqual({
      name: 'gpt-4.1-mini',
      source: 'base',
      fineTuned: true,
      checkpointStep: null,
    });
  });

  it('falls back to the name inside an unknown fine-tune id, then to the base display name', () => {
    expect(friendlyModelName(FT, []).name).toBe('teashop-v1');
    expect(friendlyModelName(FT, []).source).toBe('id');
    expect(friendlyModelName('gpt-4.1-mini-2025-04-14', [run('teashop-v1', FT)])).toEqual({
      name: 'gpt-4.1-mini',
      source: 'base',
      fineTuned: false,
      checkpointStep: null,
    });
    expect(friendlyModelName('qwen3-14b', []).name).toBe('qwen3-14b');
  });

  it('drops only a dated snapshot tail from base names', () => {
    expect(baseDisplayName('gpt-4o-2024-08-06')).toBe('gpt-4o');
    expect(baseDisplayName('qwen3-14b')).toBe('qwen3-14b');
  });
});
