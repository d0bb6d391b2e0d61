import { describe, expect, test } from 'vitest';
import { HarnessError } from './errors.js';
import { applyKnownFailure, findKnownFailure, staleEntries, updatedKnownFailures, validateKnownFailures, type KnownFailure } from './known-failures.js';

const k = (test: string, mode: KnownFailure['mode'], compiler = 'weft', reason = 'r'): KnownFailure => ({ compiler, test, mode, reason });

describe('validateKnownFailures', () => {
  test('a good file', () => {
    expect(validateKnownFailures({ schemaVersion: 1, entries: [k('a.rs', 'both')] }, 'kf.json')).toEqual([k('a.rs', 'both')]);
  });

  test.each([
    [[], 'kf.json: expected an object with `schemaVersion` and `entries`'],
    [{ schemaVersion: 2, entries: [] }, 'kf.json: unsupported schemaVersion 2 (this harness reads 1)'],
    [{ schemaVersion: 1, entries: [{ compiler: 'weft', test: 'a.rs', mode: 'always', reason: 'x' }] }, 'kf.json: entry 1: `mode` must be "serial", "parallel" or "both", got "always"'],
    [{ schemaVersion: 1, entries: [{ compiler: 'weft', test: '', mode: 'both', reason: 'x' }] }, 'kf.json: entry 1: `test` must be a non-empty string'],
    [{ schemaVersion: 1, entries: [k('a.rs', 'both'), k('a.rs', 'serial')] }, 'kf.json: entry 2: `a.rs` is listed twice for compiler `weft`'],
  ])('%j', (data, message) => {
    expect(() => validateKnownFailures(data, 'kf.json')).toThrow(new HarnessError('known-failures', message));
  });
});

describe('lookup and verdicts', () => {
  const entries = [k('a.rs', 'serial'), k('b.rs#x', 'both'), k('c.rs', 'both', 'rustc')];
  test('entries apply to their compiler, test and mode only', () => {
    expect(findKnownFailure(entries, 'weft', 'a.rs', 'serial')).toEqual(entries[0]);
    expect(findKnownFailure(entries, 'weft', 'a.rs', 'parallel')).toBeNull();
    expect(findKnownFailure(entries, 'weft', 'b.rs#x', 'parallel')).toEqual(entries[1]);
    expect(findKnownFailure(entries, 'weft', 'c.rs', 'serial')).toBeNull();
  });

  test.each([
    ['failed', true, { status: 'failed', knownReason: 'r', unexpectedlyPassed: false }],
    ['passed', true, { status: 'failed', knownReason: null, unexpectedlyPassed: true }],
    ['ignored', true, { status: 'ignored', knownReason: null, unexpectedlyPassed: false }],
    ['failed', false, { status: 'failed', knownReason: null, unexpectedlyPassed: false }],
  ] as const)('%s, listed: %s', (status, listed, expected) => {
    expect(applyKnownFailure({ status }, listed ? k('a.rs', 'both') : null)).toEqual(expected);
  });

  test('entries for tests that do not exist are warnings', () => {
    expect(staleEntries(entries, 'weft', new Set(['a.rs']), 'kf.json')).toEqual(['kf.json: known failure `b.rs#x` (weft) names a test that does not exist']);
  });
});

describe('updatedKnownFailures', () => {
  test('exactly what failed now, reasons kept, modes merged, untouched modes and other compilers kept', () => {
    const old = [k('a.rs', 'both', 'weft', 'old reason'), k('b.rs', 'serial'), k('c.rs', 'both'), k('gone.rs', 'both'), k('x.rs', 'both', 'rustc')];
    const ran = [
      { name: 'a.rs', mode: 'serial', result: 'failed' }, { name: 'a.rs', mode: 'parallel', result: 'passed' },
      { name: 'b.rs', mode: 'serial', result: 'passed' }, { name: 'b.rs', mode: 'parallel', result: 'passed' },
      { name: 'c.rs', mode: 'serial', result: 'not-run' }, { name: 'c.rs', mode: 'parallel', result: 'failed' },
      { name: 'd.rs', mode: 'serial', result: 'failed' }, { name: 'd.rs', mode: 'parallel', result: 'failed' },
    ] as const;
    const existing = new Set(['a.rs', 'b.rs', 'c.rs', 'd.rs', 'x.rs']);
    expect(updatedKnownFailures(old, 'weft', ran, existing, 'weftc: not implemented yet')).toEqual([
      k('x.rs', 'both', 'rustc'),
      k('a.rs', 'serial', 'weft', 'old reason'),
      k('c.rs', 'both'),
      k('d.rs', 'both', 'weft', 'weftc: not implemented yet'),
    ]);
  });
});
