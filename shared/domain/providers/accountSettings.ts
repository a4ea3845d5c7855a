// Per-provider account settings, as one discriminated union on `provider`: one route (`accounts.configure`)
// and one stored record carry every provider's settings, and each provider's settings form edits its own
// member. Only what the user may set travels in; what the app learns about an account (the Alibaba region
// found by probing) is stored beside it and shown, never typed in.
import { z } from 'zod';

// OpenAI organization ids are `org-…`, project ids `proj_…`; the bounds keep junk out without guessing more.
const accountId = z
  .string()
  .trim()
  .max(128)
  .regex(/^[\w-]*$/);

/** Blank text means "not set". */
const optionalId = accountId.nullable().transform((v) => (v && v !== '' ? v : null));

export const ALIBABA_REGIONS = ['singapore', 'beijing'] as const;
export type AlibabaRegion = (typeof ALIBABA_REGIONS)[number];

export const openAiAccountInput = z
  .object({ provider: z.literal('openai'), organization: optionalId, project: optionalId })
  .strict();

export const alibabaAccountInput = z
  .object({
    provider: z.literal('alibaba'),
    /** `auto`: probe Singapore, then Beijing, and remember the one that accepts the key. */
    region: z.enum(['auto', ...ALIBABA_REGIONS]),
    /** A non-default Model Studio workspace (sent as `X-DashScope-WorkSpace`); most users leave it empty. */
    workspace: optionalId,
  })
  .strict();

export const togetherAccountInput = z
  .object({
    provider: z.literal('together'),
    /** The project dedicated endpoints (API v2) live under; blank uses the practice default until set. */
    projectId: optionalId,
  })
  .strict();

/** What `accounts.configure` accepts. A new provider adds its member here and its form in Settings. */
export const accountSettingsInput = z.discriminatedUnion('provider', [
  openAiAccountInput,
  alibabaAccountInput,
  togetherAccountInput,
]);
export type AccountSettingsInput = z.output<typeof accountSettingsInput>;
export type ConfigurableProviderId = AccountSettingsInput['provider'];
export const CONFIGURABLE_PROVIDER_IDS = accountSettingsInput.options.map(
  (o) => o.shape.provider.value,
) as ConfigurableProviderId[];

export type OpenAIAccountSettings = z.output<typeof openAiAccountInput>;
export type AlibabaAccountSettings = z.output<typeof alibabaAccountInput> & {
  /** The region whose host accepted the key at the last probe; null until one did. */
  foundRegion: AlibabaRegion | null;
};

/** The stored (and shown) settings: the input plus what the app learned. */
export type TogetherAccountSettings = z.output<typeof togetherAccountInput>;
export type AccountSettings = OpenAIAccountSettings | AlibabaAccountSettings | TogetherAccountSettings;
export type AccountSettingsOf<P extends ConfigurableProviderId> = Extract<AccountSettings, { provider: P }>;

export const storedAccountSettings = z.object({
  openai: openAiAccountInput,
  alibaba: alibabaAccountInput.extend({ foundRegion: z.enum(ALIBABA_REGIONS).nullable() }),
  // Added in issue 15: files saved before it have no Together member.
  together: togetherAccountInput.default({ provider: 'together', projectId: null }),
});
export type StoredAccountSettings = z.output<typeof storedAccountSettings>;

export const DEFAULT_ACCOUNT_SETTINGS: StoredAccountSettings = {
  openai: { provider: 'openai', organization: null, project: null },
  alibaba: { provider: 'alibaba', region: 'auto', workspace: null, foundRegion: null },
  together: { provider: 'together', projectId: null },
};
