/**
 * The verdicts the harness gives for compilers that misbehave on purpose: crash, hang, flood
 * stdout/stderr, print invalid JSON, die by a signal, reorder diagnostics in parallel mode; and the
 * configuration errors for a compiler that is missing or broken. No rustc is needed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copySuite, FAKES, FIXTURES, runHarness, stillAliveAfterKill } from './helpers.js';

const suite = join(FIXTURES, 'fakes');
const fake = (name: string) => join(FAKES, `${name}.mjs`);

function kinds(run: Awaited<ReturnType<typeof runHarness>>, name: string, mode: 'serial' | 'parallel') {
  const entry = run.report!.tests.find((t) => t.name === name && t.mode === mode);
  return entry ? entry.failures.map((f) => f.kind) : null;
}

describe('misbehaving compilers', () => {
  test('an internal compiler error is a `crash`, with the compiler text kept in the report', async () => {
    const run = await runHarness(['--root', suite, '--compiler', fake('crash'), '--mode', 'serial', 'simple.rs']);
    expect(run.code).toBe(1);
    expect(kinds(run, 'simple.rs', 'serial')).toEqual(['crash']);
    const failure = run.report!.tests[0]!.failures[0]!;
    expect(failure.message).toContain('internal compiler error');
    expect(failure.output).toContain('fake internal error: the query stack overflowed');
    expect(failure.command).toContain('crash.mjs');
    expect(run.stdout).toContain('simple.rs [serial]');
  });

  test('death by a signal is a `crash` naming the signal', async () => {
    const run = await runHarness(['--root', suite, '--compiler', fake('signal'), '--mode', 'serial', 'simple.rs']);
    expect(run.code).toBe(1);
    expect(kinds(run, 'simple.rs', 'serial')).toEqual(['crash']);
    expect(run.report!.tests[0]!.failures[0]!.message).toContain('SIGSEGV');
  });

  test('a hang is a `timeout`, and the whole process tree is killed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weft-hang-'));
    const pidFile = join(dir, 'grandchild.pid');
    try {
      const started = performance.now();
      const run = await runHarness(['--root', suite, '--compiler', fake('hang'), '--mode', 'serial', '--timeout', '2', 'simple.rs'], { env: { FAKE_PID_FILE: pidFile } });
      expect(run.code).toBe(1);
      expect(kinds(run, 'simple.rs', 'serial')).toEqual(['timeout']);
      expect(run.report!.tests[0]!.failures[0]!.message).toContain('timed out after 2 s');
      // The harness waited for the deadline, not for the process to finish on its own.
      expect(performance.now() - started).toBeLessThan(30_000);
      const pid = Number(readFileSync(pidFile, 'utf8'));
      expect(await stillAliveAfterKill(pid)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('output over the 512 KiB cap is `outputTruncated` and is never compared', async () => {
    const run = await runHarness(['--root', suite, '--compiler', fake('flood'), '--mode', 'serial', 'simple.rs']);
    expect(run.code).toBe(1);
    expect(kinds(run, 'simple.rs', 'serial')).toEqual(['outputTruncated']);
    expect(run.report!.tests[0]!.failures[0]!.message).toContain('512 KiB');
  });

  test('a line that starts like JSON but does not parse is `invalidJson` (and shows in the diff)', async () => {
    const run = await runHarness(['--root', suite, '--compiler', fake('invalid-json'), '--mode', 'serial', 'simple.rs']);
    expect(run.code).toBe(1);
    expect(kinds(run, 'simple.rs', 'serial')).toEqual(['invalidJson', 'outputDiffers']);
    expect(run.report!.tests[0]!.failures[0]!.message).toContain('first on output line 1');
  });

  test('diagnostics in another order under -Zthreads=N are `reordered`, not wrong output', async () => {
    const dir = copySuite('fakes');
    try {
      const bless = await runHarness(['--root', dir, '--compiler', fake('misorder'), '--mode', 'serial', '--bless', 'misorder.rs']);
      expect(bless.code).toBe(0);
      expect(readFileSync(join(dir, 'misorder.stderr'), 'utf8')).toBe('error: first problem\n --> $DIR/misorder.rs:1:1\n\nerror: second problem\n --> $DIR/misorder.rs:2:1\n\n');
      const exact = await runHarness(['--root', dir, '--compiler', fake('misorder'), 'misorder.rs']);
      expect(exact.code).toBe(1);
      expect(kinds(exact, 'misorder.rs', 'serial')).toEqual([]);
      expect(kinds(exact, 'misorder.rs', 'parallel')).toEqual(['reordered']);
      expect(exact.stdout).toContain('-error: first problem');
      const sorted = await runHarness(['--root', dir, '--compiler', fake('misorder'), '--parallel-compare', 'sorted', 'misorder.rs']);
      expect(sorted.code).toBe(0);
      const lines = await runHarness(['--root', dir, '--compiler', fake('misorder'), '--parallel-compare', 'lines', 'misorder.rs']);
      expect(lines.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('compilers that cannot run are configuration errors (exit status 2, one line)', () => {
  test('a compiler path that does not exist', async () => {
    const run = await runHarness(['--root', suite, '--compiler', '/nonexistent/compiler']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual(['error: compiler not found: /nonexistent/compiler (expected `weft`, `rustc` or a path to an executable)']);
  });

  test('a compiler that cannot answer -vV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weft-broken-'));
    const broken = join(dir, 'broken');
    writeFileSync(broken, '#!/bin/sh\necho "cannot start" >&2\nexit 3\n', { mode: 0o755 });
    try {
      const run = await runHarness(['--root', suite, '--compiler', broken]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^error: `.*broken -vV` failed: cannot start\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a rustc given with --rustc that does not exist', async () => {
    const run = await runHarness(['--root', suite, '--compiler', 'rustc', '--rustc', '/nowhere/rustc']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('error: rustc not found: `/nowhere/rustc` (from --rustc) is not an executable file\n');
  });

  test('the output directory of a run is removed afterwards', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'weft-run-tmp-'));
    try {
      const run = await runHarness(['--root', suite, '--compiler', fake('crash'), '--mode', 'serial', 'simple.rs'], { tmpDir: tmp });
      expect(run.code).toBe(1);
      expect(readdirSync(tmp)).toEqual([]);
      const kept = await runHarness(['--root', suite, '--compiler', fake('crash'), '--mode', 'serial', '--keep-out-dir', 'simple.rs'], { tmpDir: tmp });
      expect(readdirSync(tmp)).toHaveLength(1);
      expect(kept.stdout).toContain(`output directories kept in ${join(tmp, readdirSync(tmp)[0]!)}`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

