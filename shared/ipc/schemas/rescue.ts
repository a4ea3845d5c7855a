// Routes of the rescue page (issue 13). Main talks to the retiring account, records and compares; the
// renderer asks and shows. Every model id is checked against the stored inventory in main.
import { z } from 'zod';
import { defineRoute } from '../define';
import { ALL_PROVIDER_IDS } from '../../domain/providers/capabilities';
import type {
  Inventory,
  RecordingPlan,
  RescueSource,
  RescueState,
  RetrainTarget,
  SwitchOver,
} from '../../domain/rescue/types';
import { reportTextSchema } from './tryout';

const model = z.string().min(1).max(300);
const byModel = z.object({ model }).strict();

export const recordingOptionsSchema = z
  .object({
    sources: z.object({ heldOut: z.boolean(), training: z.boolean(), stored: z.boolean() }).strict(),
    pasted: z.array(z.string().min(1).max(8000)).max(2000),
    maxPrompts: z.number().int().min(1).max(10_000),
    extraSamples: z.number().int().min(0).max(3),
    temperature: z.number().min(0).max(2),
  })
  .strict();

export interface RescueOverview {
  source: RescueSource | null;
  inventory: Inventory | null;
  rescues: RescueState[];
}

export const rescueRoutes = {
  /** Stored state, countdowns from the app clock; no network (the first screen's card uses it). */
  'rescue.overview': defineRoute<RescueOverview>()(z.object({}).strict()),
  'rescue.useSample': defineRoute<Inventory>()(z.object({}).strict()),
  'rescue.useOpenAi': defineRoute<Inventory>()(z.object({}).strict()),
  'rescue.inventory': defineRoute<Inventory>()(z.object({}).strict()),
  'rescue.saveRecipe': defineRoute<RescueState>()(byModel),
  /** After a refused download: the user picks their original JSONL in a native dialog. */
  'rescue.importOriginal': defineRoute<RescueState>()(byModel),
  'rescue.planRecording': defineRoute<RecordingPlan>()(
    z.object({ model, options: recordingOptionsSchema }).strict(),
  ),
  'rescue.startRecording': defineRoute<RescueState>()(
    z.object({ model, options: recordingOptionsSchema }).strict(),
  ),
  'rescue.pauseRecording': defineRoute<RescueState>()(byModel),
  'rescue.resumeRecording': defineRoute<RescueState>()(byModel),
  'rescue.cancelRecording': defineRoute<RescueState>()(byModel),
  'rescue.quickCheck': defineRoute<RescueState>()(byModel),
  'rescue.retrainTargets': defineRoute<RetrainTarget[]>()(z.object({}).strict()),
  'rescue.retrain': defineRoute<RescueState>()(
    z
      .object({
        model,
        provider: z.enum(ALL_PROVIDER_IDS),
        data: z.enum(['original', 'original+golden']),
        baseModel: z.string().min(1).max(200),
      })
      .strict(),
  ),
  'rescue.fidelity': defineRoute<RescueState>()(byModel),
  'rescue.blindPick': defineRoute<RescueState>()(
    z
      .object({ model, caseIndex: z.number().int().min(0), pick: z.enum(['first', 'second', 'tie']) })
      .strict(),
  ),
  'rescue.markOldBetter': defineRoute<RescueState>()(
    z.object({ model, caseIndex: z.number().int().min(0), value: z.boolean() }).strict(),
  ),
  'rescue.applyCorrections': defineRoute<RescueState>()(byModel),
  'rescue.export': defineRoute<{ saved: boolean; fileName: string | null }>()(
    z.object({ model, format: z.enum(['csv', 'html']), text: reportTextSchema }).strict(),
  ),
  'rescue.switchOver': defineRoute<SwitchOver>()(byModel),
};
