// Channel names only (no schemas), so the preload bundle stays tiny.
/** IPC channel of a route. One channel per route keeps the registered set checkable against the contract. */
export const channelOf = (route: string) => `tunesmith:${route}`;
export const EVENT_CHANNEL = 'tunesmith:event';
