/**
 * Checks every benchmark folder of the suite as committed: its perf-config.json loads (through the
 * collector's own loader, which also checks that the entry exists), a generator rewrites exactly
 * the committed `src/` (the same files, byte for byte, and no others), and the real rustc, run
 * with the collector's own command line, does what the config says:
 * a clean check without a single warning for `"expect": "success"`, or exit status 1 with errors,
 * no ICE and the same stderr on a second run for `"expect": "errors"`.
 *
 * rustc is looked up on PATH only; without it the rustc tests say why and are skipped, never passed.
 * Must not: write into the benchmark folders (generators write to a temporary folder).
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { discoverBenchmarks, type Benchmark } from '../src/collector/benchmarks.js';
import { compilerArgs, judge } from '../src/collector/execute.js';
import { runCommand, type CommandResult } from '../src/collector/process.js';

const SUITE = dirname(new URL(import.meta.url).pathname);
const scratch = mkdtempSync(join(tmpdir(), 'weft-benchmarks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const { benchmarks, problems } = discoverBenchmarks(SUITE);
const RUSTC = findOnPath('rustc');

/** Two cores on the reference machine: at most two compilers or generators at a time. */
const limit = makeLimit(2);

function findOnPath(program: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const p = join(dir, program);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // Not in this PATH entry: try the next one.
    }
  }
  return null;
}

function makeLimit(slots: number): <T>(task: () => Promise<T>) => Promise<T> {
  let free = slots;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (free === 0) await new Promise<void>((r) => waiting.push(r));
    else free -= 1;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    }
  };
}

function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir)
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? listFiles(root, p) : [relative(root, p)];
    })
    .sort();
}

/** rustc's check of a benchmark, on one front-end thread, exactly as the collector runs it. */
function rustcCheck(b: Benchmark): Promise<CommandResult> {
  const out = mkdtempSync(join(scratch, `rustc-${b.name}-`));
  const args = compilerArgs(b, { benchmark: b.name, profile: 'check', scenario: 'full', threads: 1 }, out, null);
  return limit(() => runCommand(RUSTC!, args, { cwd: b.dir, env: { ...process.env, RUSTC_BOOTSTRAP: '1' } }));
}

function judged(r: CommandResult, b: Benchmark) {
  return judge(
    { ...r, signal: r.signal, timedOut: false, wallTime: 0, cpuTime: null, maxRss: null, instructions: null },
    b.config.expect,
  );
}

describe('the benchmark suite', () => {
  test('every folder has a valid perf-config.json', () => {
    expect(problems).toEqual([]);
    // Guards the per-benchmark tests below against passing on an empty suite.
    expect(new Set(benchmarks.map((b) => b.config.category))).toEqual(new Set(['primary', 'secondary']));
  });

  const generated = benchmarks.filter((b) => b.config.generator !== null);
  test('the stress tests are generated', () => {
    expect(generated.length).toBeGreaterThanOrEqual(6);
  });

  test.concurrent.for(generated.map((b) => ({ name: b.name, b })))(
    '$name: the generator writes exactly the committed src/',
    async ({ b }) => {
      const out = mkdtempSync(join(scratch, `gen-${b.name}-`));
      await limit(() => promisify(execFile)(process.execPath, [join(b.dir, b.config.generator!), out]));
      const produced = listFiles(join(out, 'src'));
      expect(produced).toEqual(listFiles(join(b.dir, 'src')));
      for (const f of produced) {
        const same = readFileSync(join(out, 'src', f)).equals(readFileSync(join(b.dir, 'src', f)));
        expect(same, `${b.name}/src/${f} differs from what ${b.config.generator} writes`).toBe(true);
      }
    },
  );
});

describe('rustc accepts each benchmark as its config says', () => {
  const reason = 'rustc is not on PATH, so the rustc checks cannot run (add ~/.cargo/bin to PATH)';

  test.concurrent.for(benchmarks.map((b) => ({ name: b.name, b })))('$name', async ({ b }, ctx) => {
    if (RUSTC === null) {
      console.warn(`[benchmarks] skipped ${b.name}: ${reason}`);
      ctx.skip(reason);
      return;
    }
    const first = await rustcCheck(b);
    const verdict = judged(first, b);
    expect(verdict.ok ? 'ok' : `${verdict.message}\n${verdict.detail}`).toBe('ok');
    if (b.config.expect === 'success') {
      expect(first.stderr, 'a benchmark that compiles must compile without warnings').toBe('');
    } else {
      expect(first.stderr).toMatch(/^error: aborting due to \d+ previous errors/m);
      const second = await rustcCheck(b);
      expect(second.stderr === first.stderr, 'the diagnostics differ between two runs with -Zthreads=1').toBe(true);
    }
  });
});

describe('weftc checks each primary benchmark as rustc does', () => {
  const WEFTC = join(SUITE, '..', '..', 'compiler', 'bin', 'weftc');

  // The primary benchmarks are ordinary programs that rustc checks without a word; a weftc
  // diagnostic on one of them is a false positive (and would make their perf figures meaningless).
  test.concurrent.for(benchmarks.filter((b) => b.config.category === 'primary' && b.config.expect === 'success').map((b) => ({ name: b.name, b })))('$name', async ({ b }) => {
    const out = mkdtempSync(join(scratch, `weftc-${b.name}-`));
    const args = compilerArgs(b, { benchmark: b.name, profile: 'check', scenario: 'full', threads: 1 }, out, null);
    const r = await limit(() => runCommand(WEFTC, args, { cwd: b.dir, env: process.env }));
    expect({ stderr: r.stderr, status: r.status }).toEqual({ stderr: '', status: 0 });
  });
});
