// The surface the preload exposes as `window.tunesmith`. The end-to-end harness implements the same
// interface over Playwright, so the renderer cannot tell the two apart.
export interface Bridge {
  request(route: string, input: unknown): Promise<unknown>;
  /** Returns an unsubscribe function. The listener receives the payload only, never an Electron event. */
  on(event: string, listener: (payload: unknown) => void): () => void;
}

export const BRIDGE_GLOBAL = 'tunesmith';
