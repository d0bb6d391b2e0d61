/**
 * The harness on mini suites with the real rustc: bad input (each problem a clear `file:line`
 * failure, the run goes on, nothing written), bless (writes, deletes, revision files), known
 * failures, shards and merge-reports, output formats. When rustc is not installed these tests say
 * so and do not run; nothing stands in for rustc.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copySuite, findRustc, runHarness } from './helpers.js';

const rustc = findRustc();
const scratch: string[] = [];
afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

function suite(name: string): string {
  const dir = copySuite(name);
  scratch.push(dir);
  return dir;
}

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

if (rustc === null) {
  test('rustc is not installed: the rustc suites of the harness do not run', () => {
    console.warn('harness/test/rustc-suites.test.ts: rustc not found on PATH or in ~/.cargo/bin; these tests do not run');
    expect(rustc).toBeNull();
  });
} else {
  const withRustc = ['--compiler', 'rustc', '--rustc', rustc];

  describe('bad input', () => {
    test('each problem fails its test with file:line, the others still run, nothing is written', async () => {
      const dir = suite('bad-input');
      // Files git cannot carry comfortably are made here: a non-UTF-8 fixture and a dangling link.
      writeFileSync(join(dir, 'latin1.rs'), Buffer.from('// caf\xe9\nfn main() {}\n', 'latin1'));
      symlinkSync(join(dir, 'missing-target.rs'), join(dir, 'dangling.rs'));
      const before = listing(dir);
      const run = await runHarness([...withRustc, '--root', dir, '--mode', 'serial'], { cwd: dir });
      expect(run.code).toBe(1);
      const byName = new Map(run.report!.tests.map((t) => [t.name, t]));
      const messages = (name: string) => byName.get(name)!.failures.map((f) => `${f.kind}: ${f.message}`);
      expect(messages('unknown-directive.rs')).toEqual(['badDirective: unknown-directive.rs:2: unknown compiletest directive `compile-flag: -O`']);
      expect(messages('bad-values.rs')).toEqual([
        'badDirective: bad-values.rs:1: bad edition `2019`: expected one of 2015, 2018, 2021, 2024, future (or a range such as `2018..`)',
        'badDirective: bad-values.rs:2: bad failure-status `often`: expected an integer exit code',
        'badDirective: bad-values.rs:3: bad normalize rule `"unterminated -> "x"`: expected `"REGEX" -> "REPLACEMENT"` (escaped quotes are not supported)',
      ]);
      expect(messages('undeclared-revision.rs#a')).toEqual([
        'badDirective: undeclared-revision.rs:2: `//@[b]` names a revision that is not declared (declared revisions: a)',
        'badAnnotation: undeclared-revision.rs:6: `//[c]~` names revision `c`, which is not declared (declared revisions: a)',
      ]);
      expect(messages('flag-with-colon.rs')).toEqual(['badDirective: flag-with-colon.rs:1: directive `check-pass` must not be followed by a colon (it is a flag, not `name: value`)']);
      expect(messages('trailing-directive.rs')).toEqual(['badDirective: trailing-directive.rs:2: detected trailing compiletest directive `only-x86_64` after `only-linux`: put the directive on its own line']);
      expect(messages('follow-without-target.rs')).toEqual(['badAnnotation: follow-without-target.rs:2: encountered `//~|` without a preceding `//~` or `//~^` annotation to follow']);
      expect(messages('latin1.rs')).toEqual(['badFixture: latin1.rs: line 1: the fixture is not valid UTF-8']);
      expect(messages('dangling.rs')[0]).toMatch(/^badFixture: dangling\.rs: cannot read the fixture: ENOENT/);
      expect(byName.get('good.rs')!.status).toBe('passed');
      expect(run.report!.warnings).toEqual(['good.extra.stderr: expected file for revision `extra`, but good.rs has no such revision (it declares no revisions)']);
      expect(run.stderr).toContain('warning: good.extra.stderr: expected file for revision `extra`');
      expect(listing(dir)).toEqual(before);
    });

    test('under GitHub Actions, failures become ::error annotations with file and line', async () => {
      const dir = suite('bad-input');
      const run = await runHarness([...withRustc, '--root', dir, '--mode', 'serial', 'unknown-directive'], { cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: dir } });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('::error file=unknown-directive.rs,line=2,title=unknown-directive.rs [serial]%3A badDirective::unknown-directive.rs:2: unknown compiletest directive `compile-flag: -O`\n');
    });
  });

  describe('bless', () => {
    test('writes what differs, deletes what is empty and the revision-less file, then passes', async () => {
      const dir = suite('bless');
      const first = await runHarness([...withRustc, '--root', dir, '--mode', 'serial'], { cwd: dir });
      expect(first.code).toBe(1);
      expect(readFileSync(join(dir, 'revisioned.a.stderr'), 'utf8')).toBe('outdated expectation\n');
      const blessed = await runHarness([...withRustc, '--root', dir, '--bless'], { cwd: dir });
      expect(blessed.code).toBe(0);
      const a = readFileSync(join(dir, 'revisioned.a.stderr'), 'utf8');
      expect(a).toContain('error[E0308]: mismatched types\n  --> $DIR/revisioned.rs:6:17\n');
      // Revision b prints nothing: its file goes; the revision-less file goes with the blessing.
      expect(existsSync(join(dir, 'revisioned.b.stderr'))).toBe(false);
      expect(existsSync(join(dir, 'revisioned.stderr'))).toBe(false);
      expect(readFileSync(join(dir, 'fixed.fixed'), 'utf8')).toContain('    let n = 1; //~ WARN variable does not need to be mutable\n');
      expect(listing(dir).filter((f) => f.includes('weft-tmp'))).toEqual([]);
      expect(blessed.stdout).toContain('deleted revisioned.stderr');
      const again = await runHarness([...withRustc, '--root', dir], { cwd: dir });
      expect(again.code).toBe(0);
      expect(again.report!.summary).toMatchObject({ passed: 6, failed: 0 });
    });
  });

  describe('known failures', () => {
    test('a listed failure passes the run, a listed pass fails it, a missing test is a warning', async () => {
      const dir = suite('known-failures');
      const run = await runHarness([...withRustc, '--root', dir], { cwd: dir });
      expect(run.code).toBe(1);
      const get = (name: string, mode: string) => run.report!.tests.find((t) => t.name === name && t.mode === mode)!;
      expect(get('fails.rs', 'serial').knownFailure).toEqual({ reason: 'expected file is wrong on purpose' });
      expect(get('fails.rs', 'parallel').knownFailure).toEqual({ reason: 'expected file is wrong on purpose' });
      expect(get('passes.rs', 'serial').failures.map((f) => f.message)).toEqual(['unexpectedly passed: remove it from known-failures.json (listed as a known failure: stale entry)']);
      expect(get('passes.rs', 'parallel').status).toBe('passed');
      expect(run.report!.warnings).toEqual(['known-failures.json: known failure `gone.rs` (rustc) names a test that does not exist']);
      expect(run.report!.summary).toMatchObject({ knownFailures: 2, failed: 1, unexpectedlyPassed: 1 });
      expect(run.stdout).toContain('known failures (2; listed in known-failures.json, not counted as failed):');
    });

    test('--update-known-failures rewrites the file to what failed, keeping reasons and other compilers', async () => {
      const dir = suite('known-failures');
      const run = await runHarness([...withRustc, '--root', dir, '--update-known-failures'], { cwd: dir });
      expect(run.code).toBe(0);
      const file = JSON.parse(readFileSync(join(dir, 'known-failures.json'), 'utf8'));
      expect(file).toEqual({
        schemaVersion: 1,
        entries: [
          { compiler: 'rustc', test: 'fails.rs', mode: 'both', reason: 'expected file is wrong on purpose' },
          { compiler: 'weft', test: 'passes.rs', mode: 'both', reason: 'entries of other compilers are left alone' },
        ],
      });
      const after = await runHarness([...withRustc, '--root', dir], { cwd: dir });
      expect(after.code).toBe(0);
    });
  });

  describe('shards and reports', () => {
    test('shards split the suite by fixture, cover it once, and their reports merge', async () => {
      const dir = suite('shards');
      const out = mkdtempSync(join(tmpdir(), 'weft-shard-reports-'));
      scratch.push(out);
      const full = await runHarness([...withRustc, '--root', dir, '--mode', 'serial'], { cwd: dir });
      const names = full.report!.tests.map((t) => t.name);
      expect(names).toEqual(['nested/revs.rs#x', 'nested/revs.rs#y', 's1.rs', 's2.rs', 's3.rs', 's4.rs', 's5.rs', 's6.rs']);
      const shardNames: string[][] = [];
      for (const i of [1, 2, 3]) {
        const r = await runHarness([...withRustc, '--root', dir, '--mode', 'serial', '--shard', `${i}/3`], { cwd: dir });
        expect(r.code).toBe(0);
        writeFileSync(join(out, `shard${i}.json`), JSON.stringify(r.report));
        shardNames.push(r.report!.tests.map((t) => t.name));
      }
      // Revisions of one fixture stay on one shard.
      expect(shardNames.filter((s) => s.some((n) => n.startsWith('nested/'))).every((s) => s.includes('nested/revs.rs#x') && s.includes('nested/revs.rs#y'))).toBe(true);
      expect(shardNames.flat().sort()).toEqual([...names].sort());
      const merged = await runHarness(['merge-reports', '--format', 'json', ...[1, 2, 3].map((i) => join(out, `shard${i}.json`))]);
      expect(merged.code).toBe(0);
      const report = JSON.parse(merged.stdout);
      expect(report.schemaVersion).toBe(1);
      expect(report.tests.map((t: { name: string }) => t.name)).toEqual(names);
      expect(report.summary).toMatchObject({ total: 8, passed: 8, failed: 0 });
      const twice = await runHarness(['merge-reports', join(out, 'shard1.json'), join(out, 'shard1.json')]);
      expect(twice.code).toBe(2);
      expect(twice.stderr).toMatch(/is also in .*shard1\.json; were the shards overlapping\?\n$/);
    });

    test('--format json prints the report on stdout; --junit writes JUnit XML', async () => {
      const dir = suite('shards');
      const junit = join(dir, 'junit.xml');
      const run = await runHarness([...withRustc, '--root', dir, '--format', 'json', '--junit', junit, 's1'], { cwd: dir });
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout);
      expect(report.tests.map((t: { name: string; mode: string; threads: number; status: string }) => [t.name, t.mode, t.threads, t.status])).toEqual([
        ['s1.rs', 'serial', 1, 'passed'],
        ['s1.rs', 'parallel', 4, 'passed'],
      ]);
      expect(report.tests[0].command).toContain('-Zthreads=1');
      expect(report.tests[1].command).toContain('-Zthreads=4');
      expect(report.tests[0].compilerMs).toBeGreaterThan(0);
      expect(run.stderr.trim().split('\n').at(-1)).toBe('2 passed, 0 failed, 0 skipped');
      const xml = readFileSync(junit, 'utf8');
      expect(xml).toContain('<testsuites name="weft-ui" tests="2" failures="0" skipped="0"');
      expect(xml).toContain('<testcase classname="ui.parallel" name="s1.rs" file="s1.rs"');
    });
  });

  describe('the Weft fixtures', () => {
    test('ui-tests/harness-directives passes with rustc in both modes', async () => {
      const run = await runHarness([...withRustc, 'harness-directives/']);
      expect(run.report!.tests.filter((t) => t.status === 'failed').map((t) => `${t.name} ${t.mode}: ${t.failures.map((f) => f.message).join('; ')}`)).toEqual([]);
      expect(run.code).toBe(0);
      expect(run.report!.summary.passed).toBeGreaterThan(40);
    });
  });
}
