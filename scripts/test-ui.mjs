#!/usr/bin/env node
/**
 * The UI-suite part of `npm test`: the whole suite with weftc in both modes (known failures listed in
 * ui-tests/known-failures.json), then, when rustc is installed, the same suite with rustc, which must
 * pass every fixture. Without rustc it says so and runs only the weftc suite.
 *
 * rustc's parallel mode is compared with `--parallel-compare sorted`: rustc 1.95 at -Zthreads=N
 * emits the diagnostics of different bodies in the order its threads finish them (any fixture with
 * errors in two bodies can come out reordered in a given run; the ones seen are listed in
 * ui-tests/known-nondeterministic.json). This run checks that the blessed expectations are rustc's;
 * the order of rustc's parallel output is what `--repeat` hunts, not what CI gates on. weftc's
 * parallel mode stays byte-exact.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const cli = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'harness', 'dist', 'cli.mjs');

function run(args) {
  console.error(`\n[test-ui] npm run ui -- ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
  return r.status ?? 1;
}

function findRustc() {
  const onPath = spawnSync('rustc', ['--version'], { encoding: 'utf8' });
  if (onPath.status === 0) return 'rustc';
  const cargo = join(homedir(), '.cargo', 'bin', 'rustc');
  return existsSync(cargo) ? cargo : null;
}

let status = run([]);
const rustc = findRustc();
if (rustc) {
  status = run(['--compiler', 'rustc', '--rustc', rustc, '--parallel-compare', 'sorted']) || status;
} else {
  console.error('[test-ui] rustc not found on PATH or in ~/.cargo/bin: the rustc UI run does not run');
}
process.exit(status);
