/**
 * Live progress on stderr. On a terminal: one redrawn line with a bar, counts and an ETA. Elsewhere
 * (CI logs): compiletest's terse dots (`.` pass, `F` fail, `k` known failure, `i` ignored) with
 * ` done/total` every 88 tests; with `--verbose`, one `test NAME ... ok` line per test instead.
 */
import type { RunEvent, RunListener } from '../runner/events.js';
import { testLabel } from './text.js';

export interface ProgressSink {
  write(text: string): void;
}

const PER_LINE = 88;

export function progressReporter(sink: ProgressSink, opts: { tty: boolean; verbose: boolean; columns?: number }): RunListener {
  let total = 0;
  let done = 0;
  let passed = 0;
  let failed = 0;
  let ignored = 0;
  let known = 0;
  let started = 0;
  let lastDraw = 0;
  let drawn = false;
  const draw = (force: boolean) => {
    const now = performance.now();
    if (!force && now - lastDraw < 100) return;
    lastDraw = now;
    const width = 20;
    const fill = total === 0 ? width : Math.round((done / total) * width);
    const elapsed = (now - started) / 1000;
    const eta = done === 0 ? '?' : `${Math.max(0, Math.round((elapsed / done) * (total - done)))}s`;
    const line = `[${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${done}/${total}  ${passed} ok, ${failed} failed, ${known} known, ${ignored} ignored, ETA ${eta}`;
    sink.write(`\r\x1b[K${line.slice(0, (opts.columns ?? 120) - 1)}`);
    drawn = true;
  };
  return (e: RunEvent) => {
    switch (e.type) {
      case 'run-started':
        total = e.total;
        started = performance.now();
        if (opts.tty && !opts.verbose) draw(true);
        break;
      case 'test-started':
        break;
      case 'test-finished': {
        done++;
        const t = e.entry;
        const excused = t.knownFailure ?? t.knownNondeterministic;
        const mark = t.status === 'passed' ? '.' : t.status === 'ignored' ? 'i' : excused ? 'k' : 'F';
        if (t.status === 'passed') passed++;
        else if (t.status === 'ignored') ignored++;
        else if (excused) known++;
        else failed++;
        if (opts.verbose) {
          const excuse = t.knownFailure ? 'known failure' : 'known nondeterministic';
          const word = (t.status === 'passed' ? 'ok' : t.status === 'ignored' ? `ignored${t.ignoreReason ? `, ${t.ignoreReason}` : ''}` : excused ? excuse : 'FAILED') + (t.nondeterminism ? `, ${t.nondeterminism.label}` : '');
          if (drawn) sink.write('\r\x1b[K');
          sink.write(`test ${testLabel(t)} ... ${word} (${(t.durationMs / 1000).toFixed(2)}s)\n`);
          drawn = false;
        } else if (opts.tty) {
          if (mark === 'F') {
            sink.write(`\r\x1b[K${testLabel(t)} ... FAILED\n`);
            draw(true);
          } else draw(done === total);
        } else {
          sink.write(mark);
          if (done % PER_LINE === 0 || done === total) sink.write(` ${done}/${total}\n`);
        }
        break;
      }
      case 'run-finished':
        if (opts.tty && drawn) sink.write('\r\x1b[K');
        if (e.interrupted) sink.write(`\ninterrupted after ${done} of ${total} tests\n`);
        break;
    }
  };
}
