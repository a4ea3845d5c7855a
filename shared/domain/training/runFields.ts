// The Start form as data: each setting a run can have, with its allowed range and what an empty box
// means. Every provider lists the fields it takes (in runOptions.ts's registry, from its own file under
// options/), so the form renders whatever list the active provider gives and never names a provider.
// Values are read here too, so the form and any other caller refuse the same out-of-range input.
import type { BaseModelOption, RunSettings } from './plan';

/** Settings every provider shares; the form fills them from fields with `scope: 'common'`. */
export type CommonSettingKey = 'suffix' | 'epochs' | 'batchSize' | 'learningRateMultiplier' | 'seed';

interface FieldBase {
  /**
   * Stable name: the form's group is `data-testid="run-field-<id>"`, and the renderer's text table
   * (label, one-sentence explanation) is keyed by it.
   */
  id: string;
  /** Folded under "Advanced settings": the defaults suit most people. */
  advanced: boolean;
  /** Shown only for base models this returns true for (absent: every model). */
  appliesTo?: (model: BaseModelOption) => boolean;
}

/** Which examples to train on: the training part teaches, the validation part is attached to check. */
export interface SourceField extends FieldBase {
  kind: 'source';
}

/** The base model, with its per-example limit and prices beside it. */
export interface BaseModelField extends FieldBase {
  kind: 'baseModel';
}

export interface TextField extends FieldBase {
  kind: 'text';
  scope: 'common';
  key: 'suffix';
  /** The provider's own rule for the name (it becomes part of the model's id). */
  pattern: RegExp;
  maxLength: number;
}

export interface NumberField extends FieldBase {
  kind: 'number';
  scope: 'common' | 'option';
  /** The RunSettings key (common) or the options member's key (option) the value goes to. */
  key: string;
  integer: boolean;
  min: number;
  /** `min` itself is refused (a learning rate must be above 0). */
  minExclusive: boolean;
  max: number;
  /** What an empty box sends: `auto` lets the provider choose; `none` sends nothing (a random seed). */
  empty: 'auto' | 'none';
}

export interface ChoiceField extends FieldBase {
  kind: 'choice';
  scope: 'option';
  key: string;
  choices: readonly string[];
  /** The choice a new run starts with. */
  default: string;
  /** Choices the chosen base model does not offer (set by withBounds): shown disabled, with the reason. */
  unavailable?: readonly string[];
}

export type RunField = SourceField | BaseModelField | TextField | NumberField | ChoiceField;
/** Fields holding a value the user types or picks (source and base model are chosen from lists). */
export type ValueField = TextField | NumberField | ChoiceField;

/** Why a typed value was refused, with the bounds the message states. */
export type FieldProblem =
  | { code: 'pattern'; maxLength: number }
  | {
      code: 'range';
      integer: boolean;
      min: number;
      minExclusive: boolean;
      max: number;
      empty: 'auto' | 'none';
    };

export type FieldReading =
  { ok: true; value: string | number | 'auto' | null } | { ok: false; problem: FieldProblem };

// Plain decimals or scientific notation (2e-5 is how learning rates are usually written).
const NUMBER = /^(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** Reads what the user typed (or picked) into the value the run request carries. */
export function readField(field: ValueField, raw: string): FieldReading {
  const text = raw.trim();
  if (field.kind === 'choice') {
    // Radio buttons offer only the listed choices; anything else (an old saved value, or a choice the
    // newly picked base does not offer) is the default, which withBounds keeps among the offered ones.
    return { ok: true, value: choiceOf(field, text) };
  }
  if (field.kind === 'text') {
    return text.length <= field.maxLength && field.pattern.test(text)
      ? { ok: true, value: text === '' ? null : text }
      : { ok: false, problem: { code: 'pattern', maxLength: field.maxLength } };
  }
  if (text === '') return { ok: true, value: field.empty === 'auto' ? 'auto' : null };
  const value = Number(text);
  const fits =
    NUMBER.test(text) &&
    Number.isFinite(value) &&
    (!field.integer || Number.isInteger(value)) &&
    (field.minExclusive ? value > field.min : value >= field.min) &&
    value <= field.max;
  if (fits) return { ok: true, value };
  const { integer, min, minExclusive, max, empty } = field;
  return { ok: false, problem: { code: 'range', integer, min, minExclusive, max, empty } };
}

/** The choice a choice field holds for what was picked: the pick when offered, else the default. */
export function choiceOf(field: ChoiceField, picked: string): string {
  return field.choices.includes(picked) && !field.unavailable?.includes(picked) ? picked : field.default;
}

/** The text a box starts with for a value (auto and nothing show as an empty box). */
export function rawOf(value: unknown): string {
  return value === undefined || value === null || value === 'auto' ? '' : String(value);
}

export const isValueField = (field: RunField): field is ValueField =>
  field.kind === 'text' || field.kind === 'number' || field.kind === 'choice';

/** The fields the form shows for this base model (all of them while no model is chosen yet). */
export function visibleFields(fields: readonly RunField[], model: BaseModelOption | null): RunField[] {
  return fields.filter((f) => !model || !f.appliesTo || f.appliesTo(model));
}

/** What a run sends for a common setting it has no field for (the provider's own default). */
export const COMMON_DEFAULTS: Pick<RunSettings, CommonSettingKey> = {
  suffix: null,
  epochs: 'auto',
  batchSize: 'auto',
  learningRateMultiplier: 'auto',
  seed: null,
};

// Fields most providers share, each provider choosing its own bounds.

export const SOURCE_FIELD: SourceField = { id: 'source', kind: 'source', advanced: false };
export const BASE_MODEL_FIELD: BaseModelField = { id: 'baseModel', kind: 'baseModel', advanced: false };

/** The run's name: letters, digits, - and _ (model ids carry it), up to the provider's length. */
export const suffixField = (maxLength: number): TextField => ({
  id: 'suffix',
  kind: 'text',
  scope: 'common',
  key: 'suffix',
  advanced: false,
  pattern: /^[A-Za-z0-9_-]*$/,
  maxLength,
});

export const epochsField = (max: number): NumberField => ({
  id: 'epochs',
  kind: 'number',
  scope: 'common',
  key: 'epochs',
  advanced: false,
  integer: true,
  min: 1,
  minExclusive: false,
  max,
  empty: 'auto',
});

export const batchSizeField = (max: number): NumberField => ({
  id: 'batchSize',
  kind: 'number',
  scope: 'common',
  key: 'batchSize',
  advanced: true,
  integer: true,
  min: 1,
  minExclusive: false,
  max,
  empty: 'auto',
});

/**
 * The provider's own "LoRA or full training" choice (Alibaba, Together): an option-scoped choice, shown
 * unfolded because it decides how the model can be served afterwards.
 */
export const trainingTypeField = (
  id: string,
  choices: readonly string[],
  defaultChoice: string,
): ChoiceField => ({
  id,
  kind: 'choice',
  scope: 'option',
  key: 'trainingType',
  advanced: false,
  choices,
  default: defaultChoice,
});

/** A learning rate given as the rate itself (not OpenAI's multiplier): above 0, up to the provider's max. */
export const learningRateField = (id: string, max: number): NumberField => ({
  id,
  kind: 'number',
  scope: 'option',
  key: 'learningRate',
  advanced: true,
  integer: false,
  min: 0,
  minExclusive: true,
  max,
  empty: 'auto',
});

/** The largest seed OpenAI takes (a signed 32-bit integer). */
export const MAX_SEED = 2_147_483_647;

export const SEED_FIELD: NumberField = {
  id: 'seed',
  kind: 'number',
  scope: 'common',
  key: 'seed',
  advanced: true,
  integer: true,
  min: 0,
  minExclusive: false,
  max: MAX_SEED,
  empty: 'none',
};

/**
 * A provider's own bounds for one base model, by field id (Together's `models/limits`). Absent ends keep
 * the field's static bound; a bound never widens the field, so the schema's limits always hold. For a
 * choice field, `unavailable` names the choices this base does not offer (Together: Full training).
 * `whenChosen` replaces a number field's min/max while another (choice) field holds a given choice
 * (Together: Full training has its own batch sizes, apart from LoRA's).
 */
export type FieldBounds = Readonly<
  Record<
    string,
    {
      min?: number;
      max?: number;
      unavailable?: readonly string[];
      whenChosen?: {
        field: string;
        bounds: Readonly<Record<string, { min?: number; max?: number }>>;
      };
    }
  >
>;

/**
 * The field as the form checks it for a base model with these bounds (its message states them), given
 * the form's current values (raw, by field id) for bounds that depend on another field's choice.
 */
export function withBounds<F extends RunField>(
  field: F,
  bounds: FieldBounds | null,
  values: Readonly<Record<string, string>> = {},
): F {
  const stated = bounds?.[field.id];
  if (stated && field.kind === 'choice') return withUnavailable(field, stated.unavailable ?? []) as F;
  if (!stated || field.kind !== 'number') return field;
  const when = stated.whenChosen;
  const own = (when && bounds ? chosenBounds(when, bounds, values) : null) ?? stated;
  const max = own.max !== undefined ? Math.min(field.max, own.max) : field.max;
  // The provider's minimum is inclusive (Together refuses only a value below it).
  const tighterMin = own.min !== undefined && own.min > field.min;
  const min = tighterMin ? own.min! : field.min;
  if (min > max) return field;
  return { ...field, min, max, minExclusive: tighterMin ? false : field.minExclusive };
}

/** A choice field without the choices a base does not offer; the default moves to the first offered one. */
function withUnavailable<F extends ChoiceField>(field: F, unavailable: readonly string[]): F {
  const off = field.choices.filter((c) => unavailable.includes(c));
  const offered = field.choices.filter((c) => !off.includes(c));
  // A base that offers none of the choices says nothing useful: keep the field as it is.
  if (off.length === 0 || offered.length === 0) return field;
  const fallback = offered.includes(field.default) ? field.default : offered[0]!;
  return { ...field, unavailable: off, default: fallback };
}

/** The bounds for the choice the other field holds (a choice the base does not offer counts as not picked). */
function chosenBounds(
  when: NonNullable<FieldBounds[string]['whenChosen']>,
  bounds: FieldBounds,
  values: Readonly<Record<string, string>>,
): { min?: number; max?: number } | null {
  const picked = values[when.field]?.trim() ?? '';
  if (bounds[when.field]?.unavailable?.includes(picked)) return null;
  return Object.hasOwn(when.bounds, picked) ? when.bounds[picked]! : null;
}
