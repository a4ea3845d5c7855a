// What every adapter test over loopback shares: the call policy tuned for tests (no waits between attempts,
// a short per-call timeout so hangs end) on the practice service's manual clock, and a small training file.
export const testCallPolicy = (clock: { now(): number }) => ({
  sleep: () => Promise.resolve(),
  random: () => 0,
  createSettleMs: 0,
  interactiveTimeoutMs: 10_000,
  now: () => clock.now(),
});

/** `count` two-turn examples in JSONL, as the app uploads them. */
export const trainingJsonl = (count: number): Uint8Array =>
  new TextEncoder().encode(
    Array.from({ length: count }, (_, i) =>
      JSON.stringify({
        messages: [
          { role: 'user', content: `Do you have cake number ${i + 1} today?` },
          { role: 'assistant', content: `Yes! Cake ${i + 1} is fresh this morning. — Mo` },
        ],
      }),
    ).join('\n') + '\n',
  );
