/**
 * Helpers for the harness's own tests: run `npm run ui` in-process on a suite and capture what it
 * prints and reports; copy a mini suite to a scratch directory; find rustc (tests that need it
 * say so and do not run when it is absent; nothing stands in for it).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { which } from '../src/compiler.js';
import { runCli } from '../src/main.js';
import type { RunReport } from '../src/report.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));
export const FAKES = fileURLToPath(new URL('./fake-compilers', import.meta.url));

export interface HarnessRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly report: RunReport | null;
}

/** Runs the harness with `args` (plus `--report`), in-process. */
export async function runHarness(args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; interrupted?: () => boolean; tmpDir?: string } = {}): Promise<HarnessRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'weft-harness-test-'));
  const reportPath = join(scratch, 'report.json');
  let stdout = '';
  let stderr = '';
  try {
    const wantsReport = !args.includes('--help') && !args.includes('--list') && args[0] !== 'merge-reports';
    const code = await runCli([...args, ...(wantsReport ? ['--report', reportPath] : [])], {
      stdout: { write: (s: string) => void (stdout += s) },
      stderr: { write: (s: string) => void (stderr += s) },
      env: { ...process.env, GITHUB_ACTIONS: '', ...opts.env },
      cwd: opts.cwd ?? process.cwd(),
      stdoutIsTTY: false,
      stderrIsTTY: false,
      isInterrupted: opts.interrupted ?? (() => false),
      ...(opts.tmpDir ? { tmpDir: opts.tmpDir } : {}),
    });
    let report: RunReport | null = null;
    try {
      report = JSON.parse(readFileSync(reportPath, 'utf8')) as RunReport;
    } catch {
      report = null;
    }
    return { code, stdout, stderr, report };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Copies `harness/test/fixtures/<scenario>` to a fresh directory and returns its path. */
export function copySuite(scenario: string): string {
  const dir = mkdtempSync(join(tmpdir(), `weft-suite-${scenario}-`));
  cpSync(join(FIXTURES, scenario), dir, { recursive: true });
  return dir;
}

/** rustc from PATH or ~/.cargo/bin, or null (tests that need it then say so and do not run). */
export function findRustc(): string | null {
  return which('rustc', { ...process.env, PATH: [process.env.PATH ?? '', join(homedir(), '.cargo/bin')].join(delimiter) });
}

/** True while a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits (up to 2.5 s) for a killed process to be reaped; returns whether it is still alive. */
export async function stillAliveAfterKill(pid: number): Promise<boolean> {
  for (let i = 0; i < 50 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  return isAlive(pid);
}
