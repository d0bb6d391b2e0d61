import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { HarnessError } from '../errors.js';
import { findKnownNondeterministic, quarantineVerdict, readKnownNondeterministic, staleKnownNondeterministic, validateKnownNondeterministic } from './quarantine.js';

const entry = { compiler: 'rustc', test: 'cycle.rs', reason: 'rust-lang/rust#154314: query cycle anchored per run' };

describe('validateKnownNondeterministic', () => {
  test('entries with and without labels', () => {
    expect(validateKnownNondeterministic({ schemaVersion: 1, entries: [entry, { ...entry, test: 'b.rs', labels: ['nondeterministic-content', 'parallel-ice'] }] }, 'k.json')).toEqual([
      { ...entry, labels: null },
      { ...entry, test: 'b.rs', labels: ['nondeterministic-content', 'parallel-ice'] },
    ]);
  });

  test.each([
    [{ schemaVersion: 2, entries: [] }, 'k.json: unsupported schemaVersion 2 (this harness reads 1)'],
    [{ schemaVersion: 1, entries: [{ ...entry, reason: ' ' }] }, 'k.json: entry 1: `reason` must be a non-empty string'],
    [{ schemaVersion: 1, entries: [{ ...entry, labels: ['stable'] }] }, 'k.json: entry 1: `stable` is not a label (one of nondeterministic-order, nondeterministic-content, parallel-ice, parallel-hang, parallel-only-failure, infrastructure-flaky)'],
    [{ schemaVersion: 1, entries: [{ ...entry, labels: [] }] }, 'k.json: entry 1: `labels` must be a non-empty array of labels'],
    [{ schemaVersion: 1, entries: [{ ...entry, mode: 'parallel' }] }, 'k.json: entry 1: unknown field `mode` (expected compiler, test, reason, labels)'],
    [{ schemaVersion: 1, entries: [entry, entry] }, 'k.json: entry 2: `cycle.rs` is listed twice for compiler `rustc`'],
  ])('%j is refused', (data, message) => {
    expect(() => validateKnownNondeterministic(data, 'k.json')).toThrow(new HarnessError('known-nondeterministic', message));
  });
});

test('a missing file is an empty list unless it was named explicitly', () => {
  const dir = mkdtempSync(join(tmpdir(), 'weft-knd-'));
  try {
    expect(readKnownNondeterministic(join(dir, 'none.json'), false)).toEqual([]);
    expect(() => readKnownNondeterministic(join(dir, 'none.json'), true)).toThrow(`known-nondeterministic file not found: ${join(dir, 'none.json')}`);
    writeFileSync(join(dir, 'k.json'), '{ nope');
    expect(() => readKnownNondeterministic(join(dir, 'k.json'), false)).toThrow(/k\.json: not valid JSON/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lookup is per compiler; entries for tests that do not exist are warned about', () => {
  const list = validateKnownNondeterministic({ schemaVersion: 1, entries: [entry, { ...entry, compiler: 'weft', test: 'gone.rs' }] }, 'k.json');
  expect(findKnownNondeterministic(list, 'rustc', 'cycle.rs')?.reason).toBe(entry.reason);
  expect(findKnownNondeterministic(list, 'weft', 'cycle.rs')).toBeNull();
  expect(staleKnownNondeterministic(list, 'weft', new Set(['cycle.rs']), 'k.json')).toEqual(['k.json: known-nondeterministic `gone.rs` (weft) names a test that does not exist']);
});

describe('quarantineVerdict', () => {
  const any = { ...entry, labels: null };
  const only = { ...entry, labels: ['nondeterministic-content' as const] };
  test.each([
    [null, 'parallel-ice', { kind: 'unlisted' }],
    [any, 'parallel-ice', { kind: 'quarantined', reason: entry.reason }],
    [only, 'nondeterministic-content', { kind: 'quarantined', reason: entry.reason }],
    [only, 'parallel-ice', { kind: 'label-changed', reason: entry.reason, message: 'listed in k.json as nondeterministic-content, but the hunt found parallel-ice' }],
    [any, 'stable', { kind: 'fixed', reason: entry.reason, message: `did not reproduce: 0 of 20 runs, rate < 14% at 95%; remove it from k.json if the bug is fixed (listed: ${entry.reason})` }],
  ] as const)('%j, %s', (e, label, verdict) => expect(quarantineVerdict(e, label, 20, 'k.json')).toEqual(verdict));
});
