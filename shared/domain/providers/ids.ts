// The one list of provider ids. The ProviderId type, every zod enum over providers and every per-provider
// table (`Record<ProviderId, …>`) derive from it, so adding a provider is one line here and the type
// checker then points at each table that needs its entry. Order is the order users see them in.
export const ALL_PROVIDER_IDS = ['practice', 'openai', 'alibaba', 'nebius', 'together'] as const;
export type ProviderId = (typeof ALL_PROVIDER_IDS)[number];

/** Providers reached with a pasted API key (every one except the built-in practice service). */
export const KEYED_PROVIDER_IDS = ALL_PROVIDER_IDS.filter(
  (id): id is Exclude<ProviderId, 'practice'> => id !== 'practice',
) as readonly Exclude<ProviderId, 'practice'>[] as unknown as readonly [
  Exclude<ProviderId, 'practice'>,
  ...Exclude<ProviderId, 'practice'>[],
];
export type KeyedProviderId = Exclude<ProviderId, 'practice'>;

export const isProviderId = (value: unknown): value is ProviderId =>
  typeof value === 'string' && (ALL_PROVIDER_IDS as readonly string[]).includes(value);
