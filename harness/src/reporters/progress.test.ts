import { describe, expect, test } from 'vitest';
import type { ReportEntry } from '../report.js';
import { progressReporter } from './progress.js';

const entry = (name: string, status: ReportEntry['status'], known = false): ReportEntry => ({
  name, path: name, revision: null, mode: 'serial', threads: 1, status, failures: [], durationMs: 10, compilerMs: 1, command: null,
  ...(known ? { knownFailure: { reason: 'r' } } : {}),
});

function play(opts: { tty: boolean; verbose: boolean }, entries: ReportEntry[]): string {
  let out = '';
  const listen = progressReporter({ write: (s) => void (out += s) }, opts);
  listen({ type: 'run-started', total: entries.length });
  for (const e of entries) listen({ type: 'test-finished', entry: e });
  listen({ type: 'run-finished', interrupted: false });
  return out;
}

describe('progress', () => {
  const entries = [entry('a.rs', 'passed'), entry('b.rs', 'failed'), entry('c.rs', 'failed', true), entry('d.rs', 'ignored')];

  test('not a terminal: compiletest-style terse marks with a count', () => {
    expect(play({ tty: false, verbose: false }, entries)).toBe('.Fki 4/4\n');
  });

  test('verbose: one line per test', () => {
    expect(play({ tty: false, verbose: true }, entries)).toBe([
      'test a.rs [serial] ... ok (0.01s)', 'test b.rs [serial] ... FAILED (0.01s)', 'test c.rs [serial] ... known failure (0.01s)', 'test d.rs [serial] ... ignored (0.01s)', '',
    ].join('\n'));
  });

  test('a terminal: a redrawn bar with counts and an ETA; failures on their own line', () => {
    const out = play({ tty: true, verbose: false }, entries);
    expect(out).toContain('\r\x1b[Kb.rs [serial] ... FAILED\n');
    expect(out).toContain('4/4  1 ok, 1 failed, 1 known, 1 ignored, ETA 0s');
    expect(out.endsWith('\r\x1b[K')).toBe(true);
  });
});

test('a hunted test shows its label in verbose mode; a known nondeterministic failure is a `k`', () => {
  const hunted: ReportEntry = { ...entry('h.rs', 'failed'), mode: 'parallel', threads: 4, knownNondeterministic: { reason: 'r' }, nondeterminism: { label: 'nondeterministic-order', reason: 'why' } };
  expect(play({ tty: false, verbose: false }, [hunted])).toBe('k 1/1\n');
  expect(play({ tty: false, verbose: true }, [hunted])).toBe('test h.rs [parallel -Zthreads=4] ... known nondeterministic, nondeterministic-order (0.01s)\n');
});
