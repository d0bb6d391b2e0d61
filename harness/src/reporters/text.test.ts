import { describe, expect, test } from 'vitest';
import { summarize, type ReportEntry, type RunReport } from '../report.js';
import { renderFailureSection, renderTextReport } from './text.js';

const entry = (name: string, mode: 'serial' | 'parallel', status: ReportEntry['status'], extra: Partial<ReportEntry> = {}): ReportEntry => ({
  name, path: name, revision: null, mode, threads: mode === 'serial' ? 1 : 4, status, failures: [], durationMs: 5, compilerMs: 4, command: 'rustc x', ...extra,
});

function report(tests: ReportEntry[]): RunReport {
  return {
    schemaVersion: 1, compiler: { key: 'rustc', path: '/bin/rustc', version: 'rustc 1.95.0 (59807616e 2026-04-14)', verboseVersion: '' }, root: '/s',
    modes: ['serial', 'parallel'], threads: 4, jobs: 2, shard: null, startedAt: '', wallMs: 1234, compilerMs: 1000, compilerBusyMs: 900,
    harnessOverheadMs: 334, filteredOut: 3, summary: summarize(tests), warnings: ['w.stderr: stray'], tests,
  };
}

const opts = { color: false, verbose: false, blessed: [], displayPath: (p: string) => p, interrupted: false, keptOutDir: null };

describe('renderTextReport', () => {
  test('failures, known failures, the compiler, the result line, and the count line last', () => {
    const text = renderTextReport(report([
      entry('a.rs', 'serial', 'passed'),
      entry('b.rs', 'parallel', 'failed', { failures: [{ kind: 'reordered', message: 'the actual stderr has the expected diagnostics in a different order', diff: '--- e\n+++ a\n', command: 'rustc b.rs' }] }),
      entry('c.rs', 'serial', 'failed', { knownFailure: { reason: 'weftc: not implemented yet' } }),
      entry('d.rs', 'serial', 'ignored', { ignoreReason: 'ignored when the operating system is linux' }),
    ]), opts);
    expect(text).toContain('warnings:\n    warning: w.stderr: stray\n');
    expect(text).toContain('---- b.rs [parallel -Zthreads=4] ----\nerror: the actual stderr has the expected diagnostics in a different order [reordered]\n--- e\n+++ a\n');
    expect(text).toContain('command: rustc b.rs\n');
    expect(text).toContain('failures:\n    b.rs [parallel -Zthreads=4]\n');
    expect(text).toContain('    c.rs [serial]: weftc: not implemented yet\n');
    expect(text).toContain('compiler: rustc 1.95.0 (59807616e 2026-04-14) (/bin/rustc)\n');
    expect(text.trimEnd().split('\n').slice(-2)).toEqual([
      'test result: FAILED. 1 passed; 1 failed; 1 ignored; 1 known failures; 3 filtered out; finished in 1.23s',
      '1 passed, 1 failed, 2 skipped',
    ]);
  });

  test('an interrupted run says cancelled', () => {
    expect(renderTextReport(report([]), { ...opts, interrupted: true })).toContain('test result: cancelled. 0 passed;');
  });
});

describe('renderFailureSection', () => {
  test('annotation mismatches are grouped under one header each, as compiletest prints them', () => {
    const section = renderFailureSection(entry('x.rs', 'serial', 'failed', {
      failures: [
        { kind: 'unexpectedDiagnostic', message: 'x.rs:3:5: ERROR: oops (reported in JSON output but not expected in test file)', command: 'rustc x.rs' },
        { kind: 'annotationMissing', message: 'x.rs:4:9: ERROR: wanted (expected in test file (line 4) but not reported in JSON output)', command: 'rustc x.rs' },
      ],
    }), false);
    expect(section).toBe([
      '---- x.rs [serial] ----',
      'error: 1 diagnostic(s) reported in JSON output but not expected in test file',
      '  x.rs:3:5: ERROR: oops',
      'error: 1 diagnostic(s) expected in test file but not reported in JSON output',
      '  x.rs:4:9: ERROR: wanted',
      'command: rustc x.rs',
    ].join('\n'));
  });
});

test('known nondeterministic tests are listed apart and counted as skipped', () => {
  const text = renderTextReport(report([
    entry('a.rs', 'parallel', 'failed', { knownNondeterministic: { reason: 'cycle anchor races (#7)' }, nondeterminism: { label: 'nondeterministic-content', reason: 'r' }, failures: [{ kind: 'reordered', message: 'm' }] }),
  ]), opts);
  expect(text).toContain('known nondeterministic (1; listed in known-nondeterministic.json, not counted as failed):\n    a.rs [parallel -Zthreads=4]: cycle anchor races (#7) (nondeterministic-content)\n');
  expect(text).not.toContain('failures:');
  expect(text).toContain('test result: ok. 0 passed; 0 failed; 0 ignored; 0 known failures; 1 known nondeterministic; 3 filtered out;');
  expect(text.endsWith('0 passed, 0 failed, 1 skipped\n')).toBe(true);
});
