/**
 * Entry point of `npm run ui` (bundled into harness/dist/cli.mjs): connects `runCli` to the real
 * process — argv, stdout/stderr, environment — and handles Ctrl-C: the first kills every child
 * process tree and lets the run finish its report; a second exits at once. Temporary files of
 * atomic writes are removed either way, so no expected file is ever half-written.
 */
import { removePendingTemps } from './bless.js';
import { runCli } from './main.js';
import { killAllChildren } from './runner/process.js';

let interrupted = false;
process.on('SIGINT', () => {
  if (interrupted) {
    removePendingTemps();
    process.exit(130);
  }
  interrupted = true;
  process.stderr.write('\ninterrupted: stopping the running tests (Ctrl-C again to quit at once)\n');
  killAllChildren();
});
process.on('SIGTERM', () => {
  killAllChildren();
  removePendingTemps();
  process.exit(143);
});

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  columns: process.stderr.columns,
  isInterrupted: () => interrupted,
});
process.exitCode = code;
