/**
 * A budget of cores shared by every compiler process of a run, so that jobs × threads stays near
 * the core count (rustc's CI does the same with RUST_TEST_THREADS = nproc / threads): a compile at
 * -Zthreads=T takes min(T, size) units until it exits. An oversubscribed machine makes a parallel
 * compiler slow and its scheduling noisy, which a nondeterminism hunt would mistake for the
 * compiler's doing. Waiters are served in arrival order (a wide request is not starved by narrow
 * ones); `exclusive` takes the whole budget, for reruns that must run alone.
 */

export class CoreBudget {
  private free: number;
  private readonly queue: Array<{ units: number; grant: () => void }> = [];

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`core budget must be a positive integer, got ${size}`);
    this.free = size;
  }

  /** Units a compile at `threads` takes (1 for serial). */
  unitsFor(threads: number): number {
    return Math.max(1, Math.min(threads, this.size));
  }

  /** Waits for `units` (clamped to the size); resolves to the function that gives them back. */
  acquire(units: number): Promise<() => void> {
    const want = Math.max(1, Math.min(units, this.size));
    return new Promise((resolve) => {
      const grant = () => {
        this.free -= want;
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          this.free += want;
          this.drain();
        });
      };
      this.queue.push({ units: want, grant });
      this.drain();
    });
  }

  /** The whole budget: nothing else runs until it is released. */
  exclusive(): Promise<() => void> {
    return this.acquire(this.size);
  }

  /** Units not taken right now. */
  get available(): number {
    return this.free;
  }

  private drain(): void {
    while (this.queue.length > 0 && this.queue[0]!.units <= this.free) this.queue.shift()!.grant();
  }
}
