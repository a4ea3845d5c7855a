// Offline is a state, not an error per call: the first provider call that fails for lack of a connection
// turns it on (`network.changed {online:false}`), and it turns itself off again without the user doing
// anything: any later call that gets an HTTP answer, or a probe main runs on a timer while offline.
// Timers are injected and disposed, so nothing polls while the app is online.
export interface NetworkTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: NetworkTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface NetworkMonitorOptions {
  onChange(online: boolean): void;
  /** Resolves when the provider answers (any HTTP answer counts), rejects on a connection failure. */
  probe(): Promise<void>;
  probeEveryMs?: number;
  timers?: NetworkTimers;
}

export class NetworkMonitor {
  private isOnline = true;
  private probeTimer: unknown = null;
  private disposed = false;
  private probe: () => Promise<void>;

  constructor(private readonly options: NetworkMonitorOptions) {
    this.probe = options.probe;
  }

  get online(): boolean {
    return this.isOnline;
  }

  /** A call reached the provider (whatever it answered). */
  reachable(): void {
    if (this.isOnline) return;
    this.isOnline = true;
    this.stopProbing();
    this.options.onChange(true);
  }

  /**
   * A call failed without any answer: no connection. `probe` checks the host that failed (OpenAI, not the
   * in-process practice service, which is always reachable) until it answers again.
   */
  unreachable(probe?: () => Promise<void>): void {
    if (probe) this.probe = probe;
    if (!this.isOnline || this.disposed) return;
    this.isOnline = false;
    this.options.onChange(false);
    this.scheduleProbe();
  }

  dispose(): void {
    this.disposed = true;
    this.stopProbing();
  }

  private scheduleProbe(): void {
    const timers = this.options.timers ?? realTimers;
    this.probeTimer = timers.setTimeout(() => {
      this.probeTimer = null;
      this.probe().then(
        () => this.reachable(),
        () => {
          if (!this.isOnline && !this.disposed) this.scheduleProbe();
        },
      );
    }, this.options.probeEveryMs ?? 10_000);
  }

  private stopProbing(): void {
    if (this.probeTimer === null) return;
    (this.options.timers ?? realTimers).clearTimeout(this.probeTimer);
    this.probeTimer = null;
  }
}
