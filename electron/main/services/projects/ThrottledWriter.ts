// Autosave with a hard bound on loss: the first change after a write starts one timer (later changes do
// not push it back, unlike a plain debounce that an always-typing user could postpone forever). So a
// change reaches disk at most `delayMs` plus one write after it was made; flush() writes at once (quit).
export class ThrottledWriter {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private dirty = false;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly write: () => Promise<void>,
    private readonly delayMs: number,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  get pending(): boolean {
    return this.dirty;
  }

  schedule(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delayMs);
  }

  /** Writes now if anything changed; resolves once the latest state is on disk. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.running = this.running.then(async () => {
      if (!this.dirty) return;
      this.dirty = false;
      try {
        await this.write();
      } catch (error) {
        this.dirty = true; // try again on the next change or flush
        this.onError(error);
      }
    });
    return this.running;
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.dirty = false;
  }
}
