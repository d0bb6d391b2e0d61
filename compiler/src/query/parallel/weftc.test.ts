/**
 * weftc as a whole under the parallel executor: byte-identical output (stdout, stderr in both
 * formats, exit status, written files) for every thread count and schedule seed on a sample of
 * the UI fixtures and multi-file crates; a worker that dies gives the ICE text and exit 101, not
 * a hang; `-Zthreads=1` creates no worker and never loads tinypool; `-Zself-profile` and
 * `-Ztime-passes` produce their outputs at every thread count without changing the rest.
 *
 * Every run builds nothing: the bundles come from the current sources (test-support.ts).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeTrace } from '../critical-path.js';
import { buildWeftc, REPO, type BuiltWeftc } from './test-support.js';
import { CRASH_ENV } from './protocol.js';

let built: BuiltWeftc;
let scratch: string;
beforeAll(async () => {
  built = await buildWeftc();
  scratch = mkdtempSync(join(tmpdir(), 'weftc-par-'));
});
afterAll(() => {
  built?.remove();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Files written to the out-dir, name → content. */
  readonly files: Record<string, string>;
}

let runs = 0;
function weftc(args: readonly string[], options: { env?: Record<string, string>; nodeArgs?: string[] } = {}): Promise<Run> {
  const outDir = join(scratch, `out${++runs}`);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...(options.nodeArgs ?? []), built.weftc, ...args, '--out-dir', outDir],
      { env: { ...process.env, ...options.env }, timeout: 60_000, maxBuffer: 64 << 20, cwd: scratch },
      (error, stdout, stderr) => {
        const files: Record<string, string> = {};
        if (existsSync(outDir)) for (const f of readdirSync(outDir).sort()) files[f] = readFileSync(join(outDir, f), 'latin1');
        const norm = (s: string) => s.split(outDir).join('$OUT');
        resolve({ status: error && typeof error.code === 'number' ? error.code : error ? null : 0, stdout: norm(stdout), stderr: norm(stderr), files });
      },
    );
  });
}

/** Runs `jobs` at most two at a time (the machine has two cores). */
async function pooled<T>(jobs: (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]!();
    }
  };
  await Promise.all([lane(), lane()]);
  return out;
}

/** One fixture per UI area that reports diagnostics, and two multi-file crates. */
function sample(): string[] {
  const ui = ['typeck', 'resolve', 'lint'].flatMap((area) => {
    const dir = join(REPO, 'ui-tests', area);
    const first = readdirSync(dir).filter((f) => f.endsWith('.rs')).sort()[0];
    return first ? [join(dir, first)] : [];
  });
  const crates = ['nested', 'dup_file'].map((c) => join(REPO, 'compiler/src/syntax/testdata/modules', c, 'main.rs'));
  return [...ui, ...crates];
}

// Seeded runs send everything to the workers, which each deserialize the crate contexts (std's
// included): the costly part of this test (~45 s of CPU in all). Some configurations run on the
// first fixture only, to keep the test under a minute on two idle cores.
const CONFIGS: { format: 'human' | 'json'; flags: string[]; firstOnly?: boolean }[] = [
  { format: 'human', flags: ['-Zthreads=2', '-Zschedule-seed=1'] },
  { format: 'human', flags: ['-Zthreads=2', '-Zschedule-seed=2'], firstOnly: true },
  { format: 'human', flags: ['-Zthreads=4', '-Zschedule-seed=3'] },
  { format: 'human', flags: ['-Zthreads=8'] },
  { format: 'json', flags: ['-Zthreads=2', '-Zschedule-seed=5'] },
  { format: 'human', flags: ['-Zthreads=8', '-Zschedule-seed=4'], firstOnly: true },
];

const common = (file: string, format: 'human' | 'json') => [file, '--edition=2021', '--emit=metadata', '-Zui-testing', `--error-format=${format}`];

describe('weftc in parallel', () => {
  test('output is byte-identical at threads 1, 2, 4 and 8 with schedule seeds', async () => {
    const files = sample();
    expect(files.length).toBeGreaterThanOrEqual(5);
    const jobs = files.flatMap((file, i) => [
      ...(['human', 'json'] as const).map((format) => () => weftc([...common(file, format), '-Zthreads=1']).then((r) => ({ file, format, flags: '-Zthreads=1', r }))),
      ...CONFIGS.filter((c) => !c.firstOnly || i === 0).map((c) => () => weftc([...common(file, c.format), ...c.flags]).then((r) => ({ file, format: c.format, flags: c.flags.join(' '), r }))),
    ]);
    const results = await pooled(jobs);
    let diagnosed = 0;
    for (const { file, format, flags, r } of results) {
      const reference = results.find((x) => x.file === file && x.format === format && x.flags === '-Zthreads=1')!.r;
      expect({ file, flags, format, ...r }).toEqual({ file, flags, format, ...reference });
      expect(r.stderr).not.toContain('internal compiler error');
      if (r.stderr.length > 0) diagnosed++;
    }
    // The sample must exercise diagnostics, or identical output would prove little.
    expect(diagnosed).toBeGreaterThan(results.length / 2);
  }, 180_000);

  test('a program with query cycles gives the same E0391s at every thread count and seed', async () => {
    // Three cycles (a type-alias pair, a supertrait chain entered from its middle member's
    // neighbour, a self-referential alias) and a body error, so type checking runs too.
    const file = join(scratch, 'cycles.rs');
    writeFileSync(
      file,
      ['type Left = Option<Right>;', 'type Right = Vec<Left>;', '', 'trait Shape: Area {}', 'trait Area: Perimeter {}', 'trait Perimeter: Shape {}', 'trait Solid: Area {}', '',
        'type Me = (u8, Me);', '', 'fn main() {', '    let x: i32 = "not a number";', '}', ''].join('\n'),
    );
    const flags = [['-Zthreads=1'], ['-Zthreads=2'], ['-Zthreads=2', '-Zschedule-seed=7'], ['-Zthreads=4', '-Zschedule-seed=8'], ['-Zthreads=8', '-Zschedule-seed=9']];
    const results = await pooled(flags.map((f) => () => weftc([...common(file, 'human'), ...f])));
    const reference = results[0]!;
    expect(reference.status).toBe(1);
    expect(reference.stderr.match(/^error\[E0391\]: cycle detected when .*$/gm)).toEqual([
      'error[E0391]: cycle detected when expanding type alias `Left`',
      'error[E0391]: cycle detected when expanding type alias `Me`',
      'error[E0391]: cycle detected when computing the super predicates of `Shape`',
    ]);
    expect(reference.stderr).toContain('error[E0308]: mismatched types');
    for (const [i, r] of results.entries()) expect({ flags: flags[i], ...r }).toEqual({ flags: flags[i], ...reference });
  }, 180_000);

  test.each([
    ['exit', 'a worker thread exited unexpectedly with code 7'],
    ['throw', 'a worker thread panicked: injected worker crash'],
  ])('a worker that dies (%s) gives the ICE text and exit 101', async (how, message) => {
    const crate = join(REPO, 'compiler/src/syntax/testdata/modules/nested/main.rs');
    const env = { [CRASH_ENV]: `${how}:syntax.parse` };
    const r = await weftc([crate, '--edition=2021', '-Zthreads=2', '-Zschedule-seed=1'], { env });
    expect(r.status).toBe(101);
    expect(r.stderr).toContain(`error: internal compiler error: [executor] ${message}\n\n\nthread 'weftc' panicked at compiler/src/query/parallel/pool.ts:`);
    expect(r.stderr).toContain('\nerror: the compiler unexpectedly panicked. This is a bug\n');
    // The switch is read by workers only: the serial executor compiles normally.
    const serial = await weftc([crate, '--edition=2021', '-Zthreads=1'], { env });
    expect(serial.status).not.toBe(101);
    expect(serial.stderr).not.toContain('internal compiler error');
  }, 120_000);

  test('-Zthreads=1 creates no worker and never loads tinypool', async () => {
    const spy = ['--import', join(REPO, 'compiler/src/query/parallel/testdata/spy.mjs')];
    const file = sample()[0]!;
    const serial = await weftc([file, '-Zthreads=1'], { nodeArgs: spy });
    expect(serial.stderr).not.toContain('[spy]');
    // The spy works: two threads (with a seed, so work is shipped) load tinypool and create
    // workers. How many depends on timing: the pool starts one and adds the second only while a
    // chunk waits for a worker (pool.ts), so it is one or two, never more than `-Zthreads`.
    const parallel = await weftc([file, '-Zthreads=2', '-Zschedule-seed=1'], { nodeArgs: spy });
    const created = parallel.stderr.match(/\[spy\] worker created/g) ?? [];
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(created.length).toBeLessThanOrEqual(2);
    expect(parallel.stderr).toContain('[spy] tinypool loaded');
  }, 120_000);

  test('-Zself-profile writes a Chrome trace and -Ztime-passes rustc lines, at every thread count', async () => {
    const crate = join(REPO, 'compiler/src/syntax/testdata/modules/nested/main.rs');
    const plain = await weftc([crate, '--edition=2021', '-Zthreads=1']);
    for (const flags of [['-Zthreads=1'], ['-Zthreads=2', '-Zschedule-seed=9']]) {
      const dir = join(scratch, `profile${flags.length}`);
      const r = await weftc([crate, '--edition=2021', ...flags, `-Zself-profile=${dir}`, '-Ztime-passes']);
      const timeLines = r.stderr.split('\n').filter((l) => l.startsWith('time:'));
      expect(r.stderr.split('\n').filter((l) => !l.startsWith('time:')).join('\n')).toBe(plain.stderr);
      expect(r.status).toBe(plain.status);
      for (const l of timeLines) expect(l).toMatch(/^time: +\d+\.\d{3}; rss: +\d+MB -> +\d+MB \( *[+-]\d+MB\)\t\w+$/);
      expect(timeLines.at(-1)).toMatch(/\ttotal$/);
      const written = readdirSync(dir);
      expect(written).toHaveLength(1);
      expect(written[0]).toMatch(/^main-\d{7}\.json$/);
      const trace = JSON.parse(readFileSync(join(dir, written[0]!), 'utf8')) as { traceEvents: { ph: string; cat?: string; name: string; tid: number; ts?: number; dur?: number }[] };
      const complete = trace.traceEvents.filter((e) => e.ph === 'X');
      expect(complete.some((e) => e.cat === 'phase' && e.name === 'parse_crate')).toBe(true);
      expect(complete.filter((e) => e.cat === 'task' && e.name === 'syntax.parse').length).toBeGreaterThanOrEqual(3);
      expect(complete.every((e) => typeof e.ts === 'number' && typeof e.dur === 'number' && e.dur >= 0)).toBe(true);
      const workerTids = new Set(complete.filter((e) => e.cat === 'task').map((e) => e.tid).filter((t) => t !== 0));
      if (flags.length === 1) expect(workerTids.size).toBe(0);
      else expect(workerTids.size).toBeGreaterThan(0);
      // Every map has a `map` event on the main thread, which the critical-path analysis groups
      // its tasks by (wherever they ran).
      const mapEvents = complete.filter((e) => e.cat === 'map') as { name: string; tid: number; args?: { inputs?: number } }[];
      expect(mapEvents.every((e) => e.tid === 0)).toBe(true);
      const cp = analyzeTrace(trace.traceEvents, [2, 8]);
      expect(cp.maps.map((m) => m.task)).toEqual(mapEvents.map((e) => e.name));
      expect(cp.maps.map((m) => m.task)).toContain('syntax.parse');
      expect(cp.maps.map((m) => m.inputs)).toEqual(mapEvents.map((e) => e.args?.inputs));
      expect(cp.span).toBeLessThanOrEqual(cp.total);
    }
  }, 120_000);
});
