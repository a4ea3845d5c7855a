// Run settings every provider shares live in RunSettings (base model, epochs, batch size, seed, name, the
// validation part). What only one provider has travels in `options`, one member per provider, and each
// provider lists the Start form's fields for it. Both come from the provider's own file under options/:
// a new provider adds that file, its member to the union below and its line to RUN_FIELDS, and the form
// renders its fields unchanged (their words go in the renderer's RUN_FIELD_TEXT; fieldText.test.ts fails
// for a field without them).
import { z } from 'zod';
import type { ProviderId } from '../providers/ids';
import type { RunSettings } from './plan';
import {
  COMMON_DEFAULTS,
  isValueField,
  rawOf,
  readField,
  type FieldProblem,
  type RunField,
} from './runFields';
import {
  ALIBABA_TRAINING_TYPES,
  DEFAULT_ALIBABA_OPTIONS,
  alibabaOptionsSchema,
  ALIBABA_RUN_FIELDS,
} from './options/alibaba';
import { DEFAULT_NEBIUS_OPTIONS, NEBIUS_RUN_FIELDS, nebiusOptionsSchema } from './options/nebius';
import { OPENAI_RUN_FIELDS } from './options/openai';
import { DEFAULT_TOGETHER_OPTIONS, TOGETHER_RUN_FIELDS, togetherOptionsSchema } from './options/together';

export { ALIBABA_TRAINING_TYPES, DEFAULT_ALIBABA_OPTIONS, DEFAULT_NEBIUS_OPTIONS, DEFAULT_TOGETHER_OPTIONS };

export const runOptionsSchema = z.discriminatedUnion('kind', [
  alibabaOptionsSchema,
  nebiusOptionsSchema,
  togetherOptionsSchema,
]);
export type RunOptions = z.output<typeof runOptionsSchema>;

export interface ProviderRunFields {
  /** In the order the form shows them. */
  fields: readonly RunField[];
  /** The provider's options member as a new run starts, or null when it has none. */
  defaultOptions: RunOptions | null;
}

export const RUN_FIELDS: Readonly<Record<ProviderId, ProviderRunFields>> = {
  practice: { fields: OPENAI_RUN_FIELDS, defaultOptions: null },
  openai: { fields: OPENAI_RUN_FIELDS, defaultOptions: null },
  alibaba: { fields: ALIBABA_RUN_FIELDS, defaultOptions: DEFAULT_ALIBABA_OPTIONS },
  nebius: { fields: NEBIUS_RUN_FIELDS, defaultOptions: DEFAULT_NEBIUS_OPTIONS },
  together: { fields: TOGETHER_RUN_FIELDS, defaultOptions: DEFAULT_TOGETHER_OPTIONS },
};

/** What the form shows in each field for these settings (a new run: the defaults). */
export function fieldValues(spec: ProviderRunFields, settings: RunSettings | null): Record<string, string> {
  const options: Record<string, unknown> =
    settings?.options && settings.options.kind === spec.defaultOptions?.kind
      ? settings.options
      : (spec.defaultOptions ?? {});
  const values: Record<string, string> = {};
  for (const field of spec.fields.filter(isValueField)) {
    if (field.scope === 'option') values[field.id] = rawOf(options[field.key]);
    else values[field.id] = rawOf(settings?.[field.key as keyof RunSettings]);
  }
  return values;
}

export type RunSettingsReading =
  { ok: true; settings: RunSettings } | { ok: false; problems: Record<string, FieldProblem> };

/**
 * The run request for what the form holds: common settings in their places, the provider's own in its
 * options member. Fields not shown (another base model's) send their defaults.
 */
export function readRunSettings(
  spec: ProviderRunFields,
  shown: readonly RunField[],
  values: Readonly<Record<string, string>>,
  chosen: { sourceId: string; model: string },
): RunSettingsReading {
  const settings: RunSettings = { ...chosen, ...COMMON_DEFAULTS };
  const options: Record<string, unknown> | null = spec.defaultOptions ? { ...spec.defaultOptions } : null;
  const problems: Record<string, FieldProblem> = {};
  for (const field of shown.filter(isValueField)) {
    const reading = readField(field, values[field.id] ?? '');
    if (!reading.ok) problems[field.id] = reading.problem;
    else if (field.scope === 'option') {
      if (options) options[field.key] = reading.value;
    } else (settings as unknown as Record<string, unknown>)[field.key] = reading.value;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  if (!options) return { ok: true, settings };
  const parsed = runOptionsSchema.safeParse(options);
  // The fields' bounds are the schema's, so this only fails if a provider's file disagrees with itself.
  if (!parsed.success) throw new Error(`Run options do not match their schema: ${parsed.error.message}`);
  return { ok: true, settings: { ...settings, options: parsed.data } };
}
