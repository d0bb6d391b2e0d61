/**
 * Ctrl-C on a real `npm run ui` process: the running compiler's whole process tree is killed, the
 * harness reports the interruption and exits with 130, and no expected file is touched or left
 * half-written. Runs the bundled CLI as a child process, with a fake compiler that hangs.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copySuite, FAKES, stillAliveAfterKill } from './helpers.js';

const HARNESS = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(HARNESS, 'dist/interrupt-test-cli.mjs');
const scratch: string[] = [];

beforeAll(async () => {
  // The same bundle `npm run ui` builds, under its own name so the two never race.
  await build({
    entryPoints: [join(HARNESS, 'src/cli.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'esm',
    target: 'node20', packages: 'external', logLevel: 'warning',
    banner: { js: "import { createRequire as __weftCreateRequire } from 'node:module'; const require = __weftCreateRequire(import.meta.url);" },
  });
});

afterAll(() => {
  rmSync(bundle, { force: true });
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

test('Ctrl-C kills the compilers, reports, exits 130, and writes no expected file', async () => {
  const suite = copySuite('fakes');
  const pids = mkdtempSync(join(tmpdir(), 'weft-interrupt-'));
  scratch.push(suite, pids);
  const pidFile = join(pids, 'grandchild.pid');
  const before = readdirSync(suite).sort();
  const child = spawn(process.execPath, [bundle, '--root', suite, '--compiler', join(FAKES, 'hang.mjs'), '--bless', '--mode', 'serial', '--timeout', '60', 'simple.rs'], {
    env: { ...process.env, FAKE_PID_FILE: pidFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  for (let i = 0; i < 200 && !existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 50));
  expect(existsSync(pidFile)).toBe(true);
  const grandchild = Number(readFileSync(pidFile, 'utf8'));
  child.kill('SIGINT');
  const code = await exited;
  expect(code).toBe(130);
  expect(stderr).toContain('interrupted: stopping the running tests');
  expect(stderr).toContain('test result: cancelled.');
  expect(await stillAliveAfterKill(grandchild)).toBe(false);
  expect(readdirSync(suite).sort()).toEqual(before);
});
