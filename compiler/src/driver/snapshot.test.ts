/**
 * compiler/bin/weftc with the start-up snapshot (driver/snapshot.ts, scripts/snapshot.mjs): the
 * output is byte-identical with and without it (human and JSON, serial and parallel, a worker's
 * ICE), a current snapshot is used (the self-profile says how the run started), and a stale or
 * damaged one is not.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildLauncher, REPO, type BuiltLauncher } from '../query/parallel/test-support.js';

let built: BuiltLauncher;
let scratch: string;
beforeAll(async () => {
  built = await buildLauncher();
  scratch = mkdtempSync(join(tmpdir(), 'weftc-snap-'));
}, 120_000);
afterAll(() => {
  built?.remove();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function weftc(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(built.bin, args, { env: { ...process.env, ...env }, cwd: scratch });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const NO_SNAPSHOT = { WEFTC_NO_SNAPSHOT: '1' };
const FILES = [
  join(REPO, 'ui-tests/typeck', readdirSync(join(REPO, 'ui-tests/typeck')).filter((f) => f.endsWith('.rs')).sort()[0]!),
  join(REPO, 'ui-tests/lint', readdirSync(join(REPO, 'ui-tests/lint')).filter((f) => f.endsWith('.rs')).sort()[0]!),
  join(REPO, 'compiler/src/syntax/testdata/modules/nested/main.rs'),
];
// Every file in human form; JSON and a seeded parallel run on one file each (CPU budget).
const RUNS: [string, string[]][] = [
  ...FILES.map((f): [string, string[]] => [f, ['-Zui-testing', '--error-format=human']]),
  [FILES[0]!, ['-Zui-testing', '--error-format=json', '--edition=2018']],
  [FILES[2]!, ['--error-format=human', '-Zthreads=2', '-Zschedule-seed=1']],
];

/** How the run that wrote the one self-profile in `dir` started: `snapshot` or `bundle`. */
function startedFrom(dir: string): unknown {
  const [name] = readdirSync(dir);
  return (JSON.parse(readFileSync(join(dir, name!), 'utf8')) as { otherData: { startup: unknown } }).otherData.startup;
}

describe('the start-up snapshot', () => {
  test('output is byte-identical with and without it', async () => {
    let diagnosed = 0;
    for (const [file, flags] of RUNS) {
      const args = [file, '--emit=metadata', `--out-dir=${scratch}`, ...flags];
      const [a, b] = [await weftc(args), await weftc(args, NO_SNAPSHOT)];
      expect({ file, flags, status: a.status, stdout: a.stdout, stderr: a.stderr }).toEqual({ file, flags, status: b.status, stdout: b.stdout, stderr: b.stderr });
      expect(a.stderr).not.toContain('internal compiler error');
      if (a.stderr.length > 0) diagnosed++;
    }
    expect(diagnosed).toBeGreaterThan(RUNS.length / 2);
  }, 180_000);

  test('a worker that dies gives the same ICE text', async () => {
    const args = [FILES[2]!, '-Zthreads=2', '-Zschedule-seed=1'];
    const env = { WEFTC_TEST_WORKER_CRASH: 'throw:syntax.parse' };
    const [a, b] = [await weftc(args, env), await weftc(args, { ...env, ...NO_SNAPSHOT })];
    expect(a.status).toBe(101);
    expect(a).toMatchObject({ status: b.status, stdout: b.stdout, stderr: b.stderr });
  }, 60_000);

  test('is used when current, and not when stale or damaged', async () => {
    const runIn = async (name: string, env: Record<string, string> = {}) => {
      const dir = join(scratch, name);
      const r = await weftc([FILES[0]!, `-Zself-profile=${dir}`], env);
      expect(r.stderr).not.toContain('internal compiler error');
      return { r, fromBundle: startedFrom(dir) === 'bundle' };
    };
    expect((await runIn('current')).fromBundle).toBe(false);
    expect((await runIn('disabled', NO_SNAPSHOT)).fromBundle).toBe(true);
    // A rebuilt weftc.mjs whose snapshot was not rebuilt: the key no longer matches.
    const bundle = join(built.dist, 'weftc.mjs');
    const original = readFileSync(bundle);
    appendFileSync(bundle, '\n// changed\n');
    expect((await runIn('stale')).fromBundle).toBe(true);
    writeFileSync(bundle, original);
    expect((await runIn('current-again')).fromBundle).toBe(false);
    // A cut or replaced blob (its size is in the key).
    writeFileSync(join(built.dist, 'weftc.blob'), 'not a snapshot');
    const damaged = await runIn('damaged');
    expect(damaged.fromBundle).toBe(true);
    expect(damaged.r.stderr).toBe((await runIn('reference', NO_SNAPSHOT)).r.stderr);
  }, 120_000);
});
