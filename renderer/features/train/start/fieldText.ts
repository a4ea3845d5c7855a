// The words for each run field (shared/domain/training/runFields.ts), by field id: a label with the
// glossary's terms and one plain sentence on what it does. A provider that adds fields adds their rows here
// and their keys in the locales (tests/unit/renderer/train/fieldText.test.ts fails for a field without
// words). Literal keys, so the locale test sees every one.
import type { ParseKeys } from 'i18next';
import type { GlossaryId } from '../../../components/glossary';
import type { FieldProblem } from '../../../../shared/domain/training/runFields';

/** A key of the English locale (the compiler checks each one). */
type TextKey = ParseKeys;

export interface FieldText {
  label: TextKey;
  help: TextKey;
  /** The glossary term the field stands for, marked before its sentence (issue 17: plain label + term). */
  term?: GlossaryId;
  /**
   * Each choice of a choice field: its name, what picking it means, and (for a choice some base models do
   * not offer) why it cannot be picked for the chosen one.
   */
  choices?: Readonly<Record<string, { label: TextKey; help: TextKey; unavailable?: TextKey }>>;
}

export const RUN_FIELD_TEXT = {
  source: { label: 'train.start.source', help: 'train.start.sourceHelp' },
  baseModel: { label: 'train.start.model', help: 'runFields.baseModel.help' },
  suffix: { label: 'train.start.suffix', help: 'train.start.suffixHelp' },
  epochs: { label: 'train.start.epochs', help: 'train.start.epochsHelp', term: 'epoch' },
  learningRateMultiplier: { label: 'train.start.learningRate', help: 'train.start.learningRateHelp' },
  batchSize: { label: 'train.start.batchSize', help: 'train.start.batchSizeHelp' },
  seed: { label: 'train.start.seed', help: 'train.start.seedHelp', term: 'seed' },
  alibabaTrainingType: {
    label: 'runFields.alibabaTrainingType.label',
    help: 'runFields.alibabaTrainingType.help',
    choices: {
      efficient_sft: {
        label: 'runFields.alibabaTrainingType.loraLabel',
        help: 'runFields.alibabaTrainingType.loraHelp',
      },
      sft: {
        label: 'runFields.alibabaTrainingType.fullLabel',
        help: 'runFields.alibabaTrainingType.fullHelp',
      },
    },
  },
  alibabaLearningRate: {
    label: 'runFields.alibabaLearningRate.label',
    help: 'runFields.alibabaLearningRate.help',
  },
  nebiusLearningRate: { label: 'nebius.fields.learningRate.label', help: 'nebius.fields.learningRate.help' },
  nebiusLoraR: { label: 'nebius.fields.loraR.label', help: 'nebius.fields.loraR.help' },
  nebiusLoraAlpha: { label: 'nebius.fields.loraAlpha.label', help: 'nebius.fields.loraAlpha.help' },
  nebiusLoraDropout: { label: 'nebius.fields.loraDropout.label', help: 'nebius.fields.loraDropout.help' },
  togetherTrainingType: {
    label: 'together.fields.trainingType.label',
    help: 'together.fields.trainingType.help',
    choices: {
      Lora: {
        label: 'together.fields.trainingType.loraLabel',
        help: 'together.fields.trainingType.loraHelp',
      },
      Full: {
        label: 'together.fields.trainingType.fullLabel',
        help: 'together.fields.trainingType.fullHelp',
        unavailable: 'together.fields.trainingType.fullUnavailable',
      },
    },
  },
  togetherLearningRate: {
    label: 'together.fields.learningRate.label',
    help: 'together.fields.learningRate.help',
  },
} as const satisfies Readonly<Record<string, FieldText>>;

/** The words for a field id from a provider's list (undefined only for a field missing its row). */
export const fieldText = (id: string): FieldText | undefined =>
  (RUN_FIELD_TEXT as Readonly<Record<string, FieldText>>)[id];

/** The message under a refused value, and the numbers it states. */
export function problemText(problem: FieldProblem): {
  key: TextKey;
  params: { min?: number; max: number };
} {
  if (problem.code === 'pattern')
    return { key: 'runFields.invalid.name', params: { max: problem.maxLength } };
  const { min, max } = problem;
  const orAuto = problem.empty === 'auto';
  if (problem.integer)
    return {
      key: orAuto ? 'runFields.invalid.wholeOrAuto' : 'runFields.invalid.wholeOrEmpty',
      params: { min, max },
    };
  if (problem.minExclusive)
    return {
      key: orAuto ? 'runFields.invalid.aboveOrAuto' : 'runFields.invalid.aboveOrEmpty',
      params: { min, max },
    };
  return {
    key: orAuto ? 'runFields.invalid.rangeOrAuto' : 'runFields.invalid.rangeOrEmpty',
    params: { min, max },
  };
}

/** Test ids the inputs had before fields became data; the e2e tests and older DOM tests find them so. */
export const INPUT_TEST_IDS: Readonly<Record<string, string>> = {
  source: 'train-source',
  baseModel: 'train-model',
  suffix: 'train-suffix',
  epochs: 'train-epochs',
  learningRateMultiplier: 'train-lr',
  batchSize: 'train-batch',
  seed: 'train-seed',
};

export const inputTestId = (fieldId: string) => INPUT_TEST_IDS[fieldId] ?? `run-input-${fieldId}`;
