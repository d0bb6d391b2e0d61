/**
 * Canonical form and classification on real output of rustc's parallel front end (recorded with
 * rustc 1.97.0-nightly; see test/data/rustc-nightly/README.md).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { canonicalize, type CanonicalContext, type CanonicalRun } from './canonical.js';
import { classifyRun } from './classify.js';
import { variantDiff } from './diff.js';

const DATA = fileURLToPath(new URL('../../test/data/rustc-nightly', import.meta.url));
const CX: CanonicalContext = {
  normalize: { testDir: '/suite/parallel-rustc', remappedTestDir: null, rustSrcDir: null, testBuildDirs: ['/tmp/rec/out'], buildRoot: '/tmp/rec', json: false },
  stderrRules: [], stdoutRules: [], humanStderr: false,
};

function load(dir: string, file: string): CanonicalRun {
  const code = Number(/\.exit(\d+)\.stderr$/.exec(file)![1]);
  const stderr = readFileSync(`${DATA}/${dir}/${file}`, 'utf8');
  return canonicalize({ code, signal: null, stdout: '', stderr, timedOut: false, spawnError: null, truncated: false, wallMs: 1, cpuMs: null }, CX);
}

describe('fn-sig-cycle-ice-154056 (a query cycle, re-anchored per run, sometimes an ICE)', () => {
  const dir = 'fn-sig-cycle-ice-154056';
  const serial = load(dir, 'serial.exit1.stderr');

  test('the cycle anchored at another query is a set difference of kind cycle-anchor', () => {
    const c = classifyRun(serial, load(dir, 't8-cycle-anchor.exit1.stderr'));
    expect(c.class).toBe('set-difference');
    expect(c.kinds).toContain('cycle-anchor');
    expect(c.details[0]).toBe('cycle anchored elsewhere: `cycle detected when resolving lifetimes for `IntFactory::stream`` became `cycle detected when computing function signature of `IntFactory::stream``');
  });

  test('the delayed-bug ICEs: class ice, signed by the re-emitted cycle; backtrace frames and thread ids gone', () => {
    const a = load(dir, 't8-ice-fn-sig.exit101.stderr');
    const b = load(dir, 't8-ice-lifetimes.exit101.stderr');
    expect(classifyRun(serial, a).class).toBe('ice');
    expect(a.ice).toBe('internal compiler error[E0391]: cycle detected when computing function signature of `IntFactory::stream`');
    expect(b.ice).toBe('internal compiler error[E0391]: cycle detected when resolving lifetimes for `IntFactory::stream`');
    const text = a.items.map((i) => i.text).join('');
    expect(text).toContain('note: delayed at ');
    expect(text).not.toMatch(/^\s+\d+: <rustc_errors/m);
    expect(text).not.toContain('please attach the file');
    expect(serial.ice).toBeNull();
  });
});

describe('recursive-trait-fn-sig-issue-142064 (the lint note that moves)', () => {
  const dir = 'recursive-trait-fn-sig-issue-142064';
  const serial = load(dir, 'serial.exit1.stderr');

  test('the "on by default" note on the other warning is note-migration: the same lines, other diagnostics', () => {
    const v = load(dir, 't8-note-migration.exit1.stderr');
    const c = classifyRun(serial, v);
    expect(c.class).toBe('note-migration');
    expect(c.details).toEqual([
      'changed: warning: trait objects without an explicit `dyn` are deprecated (at $DIR/recursive-trait-fn-sig-issue-142064.rs:7:23)',
      'changed: warning: trait objects without an explicit `dyn` are deprecated (at $DIR/recursive-trait-fn-sig-issue-142064.rs:13:23)',
    ]);
    const diff = variantDiff(serial, v, c.class);
    expect(diff.split('\n').filter((l) => /^[-+]/.test(l))).toEqual([
      '-   = note: `#[warn(bare_trait_objects)]` (part of `#[warn(rust_2021_compatibility)]`) on by default',
      '+   = note: `#[warn(bare_trait_objects)]` (part of `#[warn(rust_2021_compatibility)]`) on by default',
    ]);
  });

  test('another order of the same diagnostics is order-only', () => {
    expect(classifyRun(serial, load(dir, 't8-order.exit1.stderr')).class).toBe('order-only');
  });
});

test('unexpected-type-issue-120601: the E0425 after the E0308 is order-only, and sorting makes the runs equal', () => {
  const serial = load('unexpected-type-issue-120601', 'serial.exit1.stderr');
  const v = load('unexpected-type-issue-120601', 't8-order.exit1.stderr');
  expect(classifyRun(serial, v)).toEqual({ class: 'order-only', kinds: [], details: ['1 of 8 items in another place'] });
  expect(v.contentFingerprint).toBe(serial.contentFingerprint);
  expect(v.fingerprint).not.toBe(serial.fingerprint);
});

describe('variances-cycle-ice-154560 (a panic in relate.rs after a cycle)', () => {
  const dir = 'variances-cycle-ice-154560';
  const serial = load(dir, 'serial.exit1.stderr');
  const a = load(dir, 't2-ice-a.exit101.stderr');
  const b = load(dir, 't2-ice-b.exit101.stderr');
  const other = load(dir, 't2-ice-other-cycle.exit101.stderr');

  test('an ICE, grouped by the panic location and message', () => {
    expect(classifyRun(serial, a).class).toBe('ice');
    expect(a.ice).toBe('panicked at /rustc-dev/e50aa6fba4e63ab34c72bf9acfd2c307c1155d1a/compiler/rustc_type_ir/src/relate.rs:N:N: called `Option::unwrap()` on a `None` value');
    expect(other.ice).toBe(a.ice);
  });

  test('two crashes that differ in thread id only are one variant; the short backtrace (with its `[... omitted N frames ...]` lines) is gone', () => {
    expect(a.fingerprint).toBe(b.fingerprint);
    const text = a.items.map((i) => i.text).join('');
    expect(text).not.toMatch(/^\s+\d+: /m);
    expect(text).not.toContain('omitted');
    expect(text).toContain("thread 'rustc' ($TID) panicked at");
  });

  test('a crash after the cycle was anchored at another query is another variant with the same signature', () => {
    expect(other.fingerprint).not.toBe(a.fingerprint);
  });
});
