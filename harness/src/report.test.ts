import { describe, expect, test } from 'vitest';
import { HarnessError } from './errors.js';
import { skippedHunt, summarizeHunts } from './nondeterminism/report.js';
import { mergeReports, summarize, toReportFailure, type ReportEntry, type RunReport } from './report.js';

const entry = (name: string, mode: 'serial' | 'parallel', status: ReportEntry['status'], extra: Partial<ReportEntry> = {}): ReportEntry => ({
  name, path: name.split('#')[0]!, revision: null, mode, threads: mode === 'serial' ? 1 : 4, status, failures: [], durationMs: 1, compilerMs: 1, command: null, ...extra,
});

function report(tests: ReportEntry[], version = 'rustc 1.95.0'): RunReport {
  return {
    schemaVersion: 1, compiler: { key: 'rustc', path: '/bin/rustc', version, verboseVersion: version }, root: '/s', modes: ['serial', 'parallel'],
    threads: 4, jobs: 2, shard: null, startedAt: '2026-01-01T00:00:00.000Z', wallMs: 10, compilerMs: 8, compilerBusyMs: 7, harnessOverheadMs: 3,
    filteredOut: 0, summary: summarize(tests), warnings: [], tests,
  };
}

describe('summarize', () => {
  test('known failures and unexpected passes are counted apart', () => {
    const unexpected = { kind: 'unexpectedlyPassed', message: 'm' };
    expect(summarize([
      entry('a.rs', 'serial', 'passed'), entry('b.rs', 'serial', 'failed'), entry('c.rs', 'serial', 'failed', { knownFailure: { reason: 'r' } }),
      entry('d.rs', 'serial', 'failed', { failures: [unexpected] }), entry('e.rs', 'serial', 'ignored'),
    ])).toEqual({ total: 5, passed: 1, failed: 2, ignored: 1, knownFailures: 1, unexpectedlyPassed: 1 });
  });
});

test('a failed test excused by known-nondeterministic.json is counted apart (the field only when there are some)', () => {
  const s = summarize([entry('a.rs', 'parallel', 'failed', { knownNondeterministic: { reason: 'r' } }), entry('b.rs', 'parallel', 'passed', { knownNondeterministic: { reason: 'r' } })]);
  expect(s).toEqual({ total: 2, passed: 1, failed: 0, ignored: 0, knownFailures: 0, unexpectedlyPassed: 0, knownNondeterministic: 1 });
});

describe('mergeReports', () => {
  test('the nondeterminism sections of shards are merged by test name; files are not carried over', () => {
    const settings = { repeat: 20, threads: [4, 8], firstSeed: null, earlyStop: true, screen: 10, controlRuns: 3, timeoutMs: 1000, coreBudget: 2 };
    const section = (names: string[]) => ({ settings, summary: summarizeHunts([]), files: { md: 'x.md', json: 'x.json' }, tests: names.map((n) => skippedHunt({ name: n, path: n, revision: null }, 'why')) });
    const merged = mergeReports([
      { file: '1.json', data: { ...report([entry('b.rs', 'parallel', 'passed')]), nondeterminism: section(['b.rs']), threadCounts: [4, 8] } },
      { file: '2.json', data: { ...report([entry('a.rs', 'parallel', 'passed')]), nondeterminism: section(['a.rs']), threadCounts: [4, 8] } },
    ]);
    expect(merged.nondeterminism!.tests.map((t) => t.name)).toEqual(['a.rs', 'b.rs']);
    expect([merged.nondeterminism!.summary.skipped, merged.nondeterminism!.files, merged.threadCounts]).toEqual([2, null, [4, 8]]);
    expect(mergeReports([{ file: '1.json', data: report([]) }]).nondeterminism).toBeUndefined();
  });

  test('tests of shards are concatenated in name order; times add up; the summary is recomputed', () => {
    const merged = mergeReports([
      { file: '1.json', data: report([entry('b.rs', 'serial', 'passed'), entry('b.rs', 'parallel', 'failed')]) },
      { file: '2.json', data: report([entry('a.rs', 'parallel', 'passed'), entry('a.rs', 'serial', 'passed')]) },
    ]);
    expect(merged.tests.map((t) => `${t.name} ${t.mode}`)).toEqual(['a.rs serial', 'a.rs parallel', 'b.rs serial', 'b.rs parallel']);
    expect([merged.wallMs, merged.compilerMs, merged.summary.failed, merged.summary.passed]).toEqual([20, 16, 1, 3]);
  });

  test.each([
    [[{ file: 'x.json', data: { schemaVersion: 2 } }], 'x.json: not a schemaVersion 1 report of this harness'],
    [[{ file: '1.json', data: report([entry('a.rs', 'serial', 'passed')]) }, { file: '2.json', data: report([entry('a.rs', 'serial', 'passed')]) }], '2.json: `a.rs` (serial) is also in 1.json; were the shards overlapping?'],
    [[{ file: '1.json', data: report([]) }, { file: '2.json', data: report([], 'rustc 1.96.0') }], '2.json: compiler `rustc 1.96.0` differs from `rustc 1.95.0` in 1.json'],
  ])('%#: refused', (inputs, message) => {
    expect(() => mergeReports(inputs)).toThrow(new HarnessError('report', message));
  });
});

describe('toReportFailure', () => {
  test('keeps the command, the location, and the compiler output of a crash', () => {
    expect(toReportFailure({ kind: 'crash', command: 'rustc a.rs', status: { code: 101, signal: null }, stderr: 'ICE text', stdout: '' })).toEqual({
      kind: 'crash', message: 'the compiler crashed: internal compiler error (exit status: 101)', command: 'rustc a.rs', output: 'ICE text',
    });
    expect(toReportFailure({ kind: 'badDirective', file: 'a.rs', line: 3, message: 'x' })).toEqual({ kind: 'badDirective', message: 'a.rs:3: x', file: 'a.rs', line: 3 });
  });
});
