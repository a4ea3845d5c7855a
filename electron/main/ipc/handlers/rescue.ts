// Rescue page routes (issue 13). Thin: the decisions live in services/rescue.
import type { AppServices } from '../../services/app/AppServices';
import type { Handlers } from '../router';

type RescueRoutes = Extract<keyof Handlers, `rescue.${string}`>;

export function rescueHandlers(s: AppServices): Pick<Handlers, RescueRoutes> {
  const r = () => s.rescue;
  return {
    'rescue.overview': () => r().overview(),
    'rescue.useSample': () => r().useSample(),
    'rescue.useOpenAi': () => r().useOpenAi(),
    'rescue.inventory': () => r().inventory(),
    'rescue.saveRecipe': ({ model }) => r().saveRecipe(model),
    'rescue.importOriginal': ({ model }) => r().importOriginal(model),
    'rescue.planRecording': ({ model, options }) => r().planRecording(model, options),
    'rescue.startRecording': ({ model, options }) => r().startRecording(model, options),
    'rescue.pauseRecording': ({ model }) => r().pauseRecording(model),
    'rescue.resumeRecording': ({ model }) => r().resumeRecording(model),
    'rescue.cancelRecording': ({ model }) => r().cancelRecording(model),
    'rescue.quickCheck': ({ model }) => r().quickCheck(model),
    'rescue.retrainTargets': () => r().retrainTargets(),
    'rescue.retrain': ({ model, ...input }) => r().retrain(model, input),
    'rescue.fidelity': ({ model }) => r().fidelity(model),
    'rescue.blindPick': ({ model, caseIndex, pick }) => r().blindPick(model, caseIndex, pick),
    'rescue.markOldBetter': ({ model, caseIndex, value }) => r().markOldBetter(model, caseIndex, value),
    'rescue.applyCorrections': ({ model }) => r().applyCorrections(model),
    'rescue.export': ({ model, format, text }) => r().exportReport(model, format, text),
    'rescue.switchOver': ({ model }) => r().switchOver(model),
  };
}
