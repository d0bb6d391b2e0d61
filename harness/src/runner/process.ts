/**
 * Runs one child process the way compiletest's `read2_abbreviated` does, plus what compiletest
 * lacks: each child leads its own process group, so a timeout or Ctrl-C kills the whole tree;
 * output beyond the cap keeps its head and tail and is marked truncated; every live child is
 * registered so `killAllChildren` can stop them. Never throws for a failed spawn: returns it.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Command {
  readonly program: string;
  readonly args: readonly string[];
  /** Variables to set; `null` removes the variable. Merged over the harness's environment. */
  readonly env: Readonly<Record<string, string | null>>;
  readonly cwd: string;
}

export interface ProcessResult {
  readonly code: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly truncated: boolean;
  readonly timedOut: boolean;
  readonly interrupted: boolean;
  /** Set when the process could not be started at all (ENOENT, EACCES...). */
  readonly spawnError: string | null;
  readonly wallMs: number;
  /**
   * CPU time (user + system) of the child's process group when the harness killed it for the
   * timeout, when `measureCpuOnTimeout` asked for it and /proc could tell; otherwise absent.
   */
  readonly cpuMsAtTimeout?: number | null;
}

/** compiletest's cap: 512 KiB per stream; beyond it the middle is dropped. */
export const OUTPUT_CAP_BYTES = 512 * 1024;

const live = new Map<number, () => void>();
let interruptedAll = false;

// Time during which at least one tracked (compiler) process was running: the harness's overhead
// is the wall time outside it.
let trackedRunning = 0;
let trackedSince = 0;
let trackedBusy = 0;

function trackStart(): void {
  if (trackedRunning++ === 0) trackedSince = performance.now();
}

function trackEnd(): void {
  if (--trackedRunning === 0) trackedBusy += performance.now() - trackedSince;
}

/** Milliseconds during which at least one tracked process was running, so far. */
export function trackedBusyMs(): number {
  return trackedBusy + (trackedRunning > 0 ? performance.now() - trackedSince : 0);
}

/** Kills every live child's process group (Ctrl-C). Later spawns are refused. */
export function killAllChildren(): void {
  interruptedAll = true;
  for (const kill of live.values()) kill();
}

export function liveChildCount(): number {
  return live.size;
}

class CappedBuffer {
  private head: Buffer[] = [];
  private headLen = 0;
  private tail: Buffer[] = [];
  private tailLen = 0;
  private total = 0;
  constructor(private readonly cap: number) {}

  push(chunk: Buffer): void {
    this.total += chunk.length;
    const half = this.cap / 2;
    if (this.headLen < half) {
      const take = chunk.subarray(0, half - this.headLen);
      this.head.push(take);
      this.headLen += take.length;
      chunk = chunk.subarray(take.length);
    }
    if (chunk.length === 0) return;
    this.tail.push(chunk);
    this.tailLen += chunk.length;
    while (this.tailLen - this.tail[0]!.length >= half) this.tailLen -= this.tail.shift()!.length;
  }

  get truncated(): boolean {
    return this.total > this.cap;
  }

  text(): string {
    if (!this.truncated) return Buffer.concat([...this.head, ...this.tail]).toString('utf8');
    let tail = Buffer.concat(this.tail);
    tail = tail.subarray(tail.length - this.cap / 2);
    const skipped = this.total - this.headLen - tail.length;
    return `${Buffer.concat(this.head).toString('utf8')}\n<<<<<< SKIPPED ${skipped} BYTES >>>>>>\n\n${tail.toString('utf8')}`;
  }
}

export interface RunOptions {
  /** Absolute time (ms since epoch, `Date.now()` clock) after which the process tree is killed. */
  readonly deadline: number;
  readonly capBytes?: number;
  readonly stdin?: string;
  /** Count this process in `trackedBusyMs` (compiler processes). */
  readonly track?: boolean;
  /** The environment `cmd.env` is merged over (default: the harness's own). */
  readonly baseEnv?: NodeJS.ProcessEnv;
  /** On a timeout, read the group's CPU time before killing it (tells a deadlock from slowness). */
  readonly measureCpuOnTimeout?: boolean;
}

/** Clock ticks per second of /proc/<pid>/stat times: USER_HZ, 100 on every mainstream Linux. */
const USER_HZ = 100;

/**
 * CPU time (ms) used so far by the processes of group `pgid` (utime + stime, plus that of children
 * they already reaped), from /proc. Null where /proc cannot tell (not Linux, or the group is gone).
 */
export function groupCpuMs(pgid: number): number | null {
  if (process.platform !== 'linux') return null;
  let ticks = 0;
  let found = false;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // The process exited while we looked.
    }
    // Fields after "pid (comm) ": state ppid pgrp session tty tpgid flags minflt cminflt majflt
    // cmajflt utime stime cutime cstime; comm may contain spaces, hence the last ')'.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(f[2]) !== pgid) continue;
    found = true;
    ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
  }
  return found ? (ticks * 1000) / USER_HZ : null;
}

export function runProcess(cmd: Command, opts: RunOptions): Promise<ProcessResult> {
  const started = performance.now();
  const cap = opts.capBytes ?? OUTPUT_CAP_BYTES;
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(opts.baseEnv ?? process.env)) if (v !== undefined) env[k] = v;
  for (const [k, v] of Object.entries(cmd.env)) {
    if (v === null) delete env[k];
    else env[k] = v;
  }
  const result = (partial: Partial<ProcessResult>): ProcessResult => ({
    code: null, signal: null, stdout: '', stderr: '', truncated: false, timedOut: false, interrupted: false,
    spawnError: null, wallMs: performance.now() - started, ...partial,
  });
  if (interruptedAll) return Promise.resolve(result({ interrupted: true }));
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(cmd.program, [...cmd.args], { cwd: cmd.cwd, env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (e) {
      resolve(result({ spawnError: (e as Error).message }));
      return;
    }
    if (opts.track) trackStart();
    const out = new CappedBuffer(cap);
    const err = new CappedBuffer(cap);
    let timedOut = false;
    let cpuMsAtTimeout: number | null | undefined;
    let interrupted = false;
    let spawnError: string | null = null;
    const pid = child.pid;
    const killTree = () => {
      if (pid === undefined) return;
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // The group is already gone.
      }
    };
    if (pid !== undefined) {
      live.set(pid, () => {
        interrupted = true;
        killTree();
      });
    }
    const remaining = Math.max(0, opts.deadline - Date.now());
    const timer = setTimeout(() => {
      timedOut = true;
      if (opts.measureCpuOnTimeout && pid !== undefined) cpuMsAtTimeout = groupCpuMs(pid);
      killTree();
    }, remaining);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.stdin.on('error', () => {
      // The child may exit before reading its input; that is its business.
    });
    child.stdin.end(opts.stdin ?? '');
    let settled = false;
    const finish = (code: number | null, signal: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (opts.track) trackEnd();
      if (pid !== undefined) {
        live.delete(pid);
        // Grandchildren that outlived the child die with it.
        killTree();
      }
      resolve(result({
        code: spawnError ? null : code,
        signal: spawnError ? null : signal,
        stdout: out.text(),
        stderr: err.text(),
        truncated: out.truncated || err.truncated,
        timedOut,
        interrupted,
        spawnError,
        ...(cpuMsAtTimeout !== undefined ? { cpuMsAtTimeout } : {}),
      }));
    };
    child.on('error', (e) => {
      spawnError = e.message;
      // A child that never started emits no 'close' on every Node version.
      if (pid === undefined) finish(null, null);
    });
    child.on('close', (code, signal) => finish(code, signal));
  });
}

/** Quotes one word for a POSIX shell. */
export function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`;
}

/** The command as one shell line that reproduces it: `cd`, environment, program, arguments. */
export function renderCommand(cmd: Command, opts: { withCwd?: boolean } = {}): string {
  const parts: string[] = [];
  const unset = Object.entries(cmd.env).filter(([, v]) => v === null).map(([k]) => k);
  const set = Object.entries(cmd.env).filter(([, v]) => v !== null) as Array<[string, string]>;
  if (unset.length > 0) parts.push('env', ...unset.flatMap((k) => ['-u', k]));
  for (const [k, v] of set) parts.push(`${k}=${shellQuote(v)}`);
  parts.push(shellQuote(cmd.program), ...cmd.args.map(shellQuote));
  const line = parts.join(' ');
  return opts.withCwd ? `cd ${shellQuote(cmd.cwd)} && ${line}` : line;
}
