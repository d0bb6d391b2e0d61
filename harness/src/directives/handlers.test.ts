import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { LINUX_HOST } from '../../test/host.js';
import { loadProps, type HandlerContext } from './handlers.js';
import { tokeniseDirectives } from './line.js';
import { defaultProps, effectiveMode, type TestProps } from './props.js';

const dir = mkdtempSync(join(tmpdir(), 'weft-handlers-'));
mkdirSync(join(dir, 'auxiliary'));
writeFileSync(join(dir, 'auxiliary/helper.rs'), 'pub fn f() {}\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cx: HandlerContext = { host: LINUX_HOST, dir, configEdition: null };

function load(text: string, revision: string | null = null, context: HandlerContext = cx) {
  return loadProps(tokeniseDirectives(text).lines, revision, context);
}

/** `text` loads without problems and changes exactly `changes` from the default props. */
function check(text: string, changes: Partial<TestProps>, revision: string | null = null) {
  const { props, problems } = load(text, revision);
  expect(problems).toEqual([]);
  const expected: Record<string, unknown> = { ...defaultProps(), ...changes };
  const actual: Record<string, unknown> = { ...props };
  for (const key of ['normalizeStderr', 'normalizeStdout', 'regexErrorPatterns']) {
    actual[key] = (actual[key] as Array<{ regex: RegExp }>).map((r) => ({ ...r, regex: r.regex.source }));
  }
  expect(actual).toEqual(expected);
}

/** `text` gives exactly these problems. */
function problems(text: string, expected: string[], revision: string | null = null) {
  expect(load(text, revision).problems.map((p) => `${p.line}: ${p.message}`)).toEqual(expected);
}

describe('directives that configure the test', () => {
  test('pass/fail modes', () => {
    check('//@ check-pass', { declaredMode: { stage: 'check', outcome: 'pass' }, modeSet: true });
    check('//@ build-fail', { declaredMode: { stage: 'build', outcome: 'fail' }, modeSet: true });
    check('//@ run-fail-or-crash', { declaredMode: { stage: 'run', outcome: 'fail-or-crash' }, modeSet: true });
  });

  test('compile-flags accumulate; edition is kept apart', () => {
    check('//@ compile-flags: -O\n//@ compile-flags: --crate-type lib\n//@ edition: 2021', { compileFlags: ['-O', '--crate-type', 'lib'], edition: '2021' });
  });

  test('an edition range picks --edition when inside it, else its lower bound', () => {
    expect(load('//@ edition: 2018..').props.edition).toBe('2018');
    expect(load('//@ edition: 2018..', null, { ...cx, configEdition: '2021' }).props.edition).toBe('2021');
    expect(load('//@ edition: 2015..2021', null, { ...cx, configEdition: '2021' }).props.edition).toBe('2015');
    expect(load('fn main() {}', null, { ...cx, configEdition: '2024' }).props.edition).toBe('2024');
  });

  test('revisions and revision-limited lines', () => {
    const text = '//@ revisions: a b\n//@[a] compile-flags: --cfg x\n//@[b] check-pass';
    check(text, { revisions: ['a', 'b'], compileFlags: ['--cfg', 'x'] }, 'a');
    check(text, { revisions: ['a', 'b'], declaredMode: { stage: 'check', outcome: 'pass' }, modeSet: true }, 'b');
  });

  test('environments, run flags, patterns', () => {
    check("//@ rustc-env: A=1\n//@ exec-env: B=x=y\n//@ unset-exec-env: C\n//@ run-flags: --x 'a b'", {
      rustcEnv: [['A', '1']], execEnv: [['B', 'x=y']], unsetExecEnv: ['C'], runFlags: ['--x', 'a b'],
    });
    check('//@ error-pattern: boom\n//@ forbid-output: bad\n//@ regex-error-pattern: \\d+ errors', {
      errorPatterns: ['boom'], forbidOutput: ['bad'], regexErrorPatterns: [{ regex: '\\d+ errors', source: '\\d+ errors' }] as never,
    });
  });

  test('normalize rules, with the bit-width variants for this host only', () => {
    check('//@ normalize-stderr: "a(b)" -> "$1\\n"\n//@ normalize-stderr-32bit: "x" -> "y"\n//@ normalize-stderr-64bit: "p" -> "q"', {
      normalizeStderr: [{ regex: 'a(b)', replacement: '$1\n', line: 1 }, { regex: 'p', replacement: 'q', line: 3 }] as never,
    });
  });

  test('auxiliary crates', () => {
    check('//@ aux-build: helper.rs\n//@ aux-crate: noprelude:h=helper.rs', {
      aux: [{ file: 'helper.rs', externName: null, kind: 'lib', line: 1 }, { file: 'helper.rs', externName: 'h', kind: 'lib', line: 2 }],
    });
  });

  test('flags', () => {
    check('//@ run-rustfix\n//@ check-run-results\n//@ dont-check-compiler-stderr\n//@ no-prefer-dynamic\n//@ known-bug: #123, chalk#4', {
      runRustfix: true, checkRunResults: true, dontCheckCompilerStderr: true, noPreferDynamic: true, knownBug: true,
    });
    check('//@ should-ice', { shouldIce: true, failureStatus: 101 });
    check('//@ failure-status: 2\n//@ dont-require-annotations: NOTE', { failureStatus: 2, dontRequireAnnotations: new Set(['NOTE']) });
  });

  test('ignore-*, only-* and needs-* decide whether the test runs here', () => {
    check('//@ ignore-windows', {});
    check('//@ ignore-linux no Linux here', { ignoreReason: 'ignored when the operating system is linux (no Linux here)' });
    check('//@ only-windows: - reason', { ignoreReason: 'only executed when the operating system is windows (reason)' });
    check('//@ needs-profiler-runtime', { ignoreReason: 'ignored: needs-profiler-runtime (not available on this host or compiler)' });
    check('//@ ignore-parallel-frontend query cycle', { ignoreParallel: 'query cycle' });
    check('//@ min-llvm-version: 99', { ignoreReason: 'ignored when the LLVM version 22.1.2 is older than 99' });
    check('//@ add-minicore', { unsupported: "add-minicore needs rustc's tests/auxiliary/minicore.rs; not supported by this harness" });
  });

  test('--pass replaces only *-pass modes, and not with no-pass-override', () => {
    expect(effectiveMode(load('//@ check-pass').props, 'build')).toEqual({ stage: 'build', outcome: 'pass' });
    expect(effectiveMode(load('//@ check-pass\n//@ no-pass-override').props, 'build')).toEqual({ stage: 'check', outcome: 'pass' });
    expect(effectiveMode(load('//@ run-fail').props, 'check')).toEqual({ stage: 'run', outcome: 'fail' });
  });
});

describe('bad directives', () => {
  test('unknown names, with a hint for conditions', () => {
    problems('//@ compile-flag: -O\n//@ ignore-lnux\n//@', [
      '1: unknown compiletest directive `compile-flag: -O`',
      '2: unknown compiletest directive `ignore-lnux`: `lnux` is not a known condition',
      '3: unknown compiletest directive `` (nothing after `//@`)',
    ]);
  });

  test('flags with a colon, values without one, empty values', () => {
    problems('//@ check-pass: yes\n//@ compile-flags\n//@ edition:', [
      '1: directive `check-pass` must not be followed by a colon (it is a flag, not `name: value`)',
      '2: directive `compile-flags` needs a value: write `//@ compile-flags: VALUE`',
      '3: empty value for directive `edition`',
    ]);
  });

  test('bad values', () => {
    problems('//@ edition: 2019\n//@ failure-status: x\n//@ known-bug: soon\n//@ dont-require-annotations: Error\n//@ rustc-env: NOVALUE', [
      '1: bad edition `2019`: expected one of 2015, 2018, 2021, 2024, future (or a range such as `2018..`)',
      '2: bad failure-status `x`: expected an integer exit code',
      '3: bad known-bug `soon`: expected `unknown`, or issues such as `#123`, `chalk#45`, `rust-lang/rust#1` or a URL, separated by commas',
      '4: unexpected diagnostic kind `Error`, expected `ERROR`, `WARN`, `NOTE`, `HELP`, `SUGGESTION` or `RAW`',
      '5: `rustc-env` needs `KEY=VALUE`, got `NOVALUE`',
    ]);
    problems('//@ normalize-stderr: "(" -> "x"', ['1: bad regex `(` in normalize rule: Invalid regular expression: /(/g: Unterminated group']);
  });

  test('forbidden flags, two modes, missing aux files, trailing directives', () => {
    problems('//@ compile-flags: --edition=2021\n//@ compile-flags: -C incremental=x', [
      '1: you must use `//@ edition` to configure the edition, not `--edition` in compile-flags',
      '2: you must use `//@ incremental` to enable incremental compilation, not `-C incremental` in compile-flags',
    ]);
    problems('//@ check-pass\n//@ run-pass', ['2: multiple `*-pass`/`*-fail` directives: `run-pass` after the mode was already set']);
    problems('//@ aux-build: nope.rs', ['1: aux-build: `auxiliary/nope.rs` not found next to the fixture']);
    problems('//@ only-linux only-x86_64', ['1: detected trailing compiletest directive `only-x86_64` after `only-linux`: put the directive on its own line']);
  });

  test('revisions: undeclared names, duplicates, forbidden names', () => {
    problems('//@[a] check-pass', ['1: `//@[a]` names a revision that is not declared (the fixture declares no revisions)']);
    problems('//@ revisions: a a true', ['1: duplicate revision `a`', '1: revision name `true` is not permitted (it collides with a built-in cfg)']);
    problems('//@ revisions: x\n//@[x] revisions: y', ['2: `revisions` cannot be limited to a revision'], 'x');
  });
});
