/**
 * Runs helper commands (git, npm, rustup, a build script) to completion and returns their output.
 * Measured compiler runs go through measure.ts instead.
 *
 * Owns: spawning helper processes. Must not: print (output is returned).
 */
import { spawn } from 'node:child_process';

export interface CommandResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Set when the program could not be started at all (ENOENT...). */
  spawnError: string | null;
}

export function runCommand(
  program: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<CommandResult> {
  return new Promise((resolvePromise) => {
    const child = spawn(program, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let spawnError: string | null = null;
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => {
      spawnError = e.message;
    });
    child.on('close', (status, signal) => {
      resolvePromise({ status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), spawnError });
    });
    if (child.stdin) {
      // A program that exits without reading its input must not crash us with EPIPE.
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.input);
    }
  });
}

/** The first non-empty line of a command's stderr (or stdout), for one-line error messages. */
export function firstLine(r: CommandResult): string {
  if (r.spawnError) return r.spawnError;
  const line = (r.stderr + '\n' + r.stdout).split('\n').map((l) => l.trim()).find((l) => l !== '');
  return line ?? `exit status ${r.status ?? r.signal}`;
}
