/**
 * Progress of a collection on stderr: on a terminal, one line rewritten in place with the test case,
 * the iteration and an ETA (from the mean time per process so far); otherwise one line per test case
 * and per failure, so CI logs stay readable.
 *
 * Owns: progress text. Must not: decide anything about the run.
 */
import { testCaseId } from '../analysis/compare.js';
import type { CollectEvent } from '../collector/execute.js';

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(r).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export class Progress {
  private total = 0;
  private done = 0;
  private testCases = 0;
  private current = '';
  private index = 0;
  private readonly started: number;

  constructor(
    private readonly write: (text: string) => void,
    private readonly tty: boolean,
    private readonly iterations: number,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  eta(): number {
    if (this.done === 0) return Number.NaN;
    const elapsed = (this.now() - this.started) / 1000;
    return (elapsed / this.done) * (this.total - this.done);
  }

  on(e: CollectEvent): void {
    switch (e.kind) {
      case 'start':
        this.total = e.processes;
        this.testCases = e.testCases;
        this.line(
          `[perf] ${e.testCases} test cases × 2 artifacts × (${this.iterations} + 1 warm-up) runs` +
            (e.alreadyDone > 0 ? `; resuming: ${e.alreadyDone} already measured` : ''),
          true,
        );
        break;
      case 'test-case':
        this.index = e.index + 1;
        this.current = `[${this.index}/${this.testCases}] ${testCaseId(e.key)}`;
        if (!this.tty) this.line(this.current, true);
        else this.status('warm-up');
        break;
      case 'process':
        this.done++;
        if (this.tty) this.status(e.iteration === 0 ? `warm-up ${e.role}` : `${e.role} ${e.iteration}/${this.iterations}`);
        break;
      case 'failed':
        this.line(`[perf] ${testCaseId(e.key)}: ${e.role} failed: ${e.message}`, true);
        break;
      case 'skipped':
      case 'test-case-done':
        break;
    }
  }

  finish(): void {
    if (this.tty) this.write('\r\x1b[K');
  }

  private status(what: string): void {
    const elapsed = (this.now() - this.started) / 1000;
    this.write(`\r\x1b[K${this.current} · ${what} · ${formatDuration(elapsed)} elapsed · ETA ${formatDuration(this.eta())}`);
  }

  private line(text: string, newline: boolean): void {
    this.write(`${this.tty ? '\r\x1b[K' : ''}${text}${newline ? '\n' : ''}`);
  }
}
