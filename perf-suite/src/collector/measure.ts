/**
 * One measured compiler process. A small python3 wrapper (the analogue of rustc-perf's rustc-fake)
 * spawns the compiler, waits for it with wait4() and reports on fd 3: wall time around the child
 * alone (not the wrapper's own start-up), the child's user+sys CPU time and its max RSS. Without
 * python3, wall time is taken around the spawn in Node and CPU time and max RSS are absent (never
 * invented). instructions:u comes from `perf stat` only where the probe showed that it counts.
 *
 * Owns: running one process and turning it into statistics. Must not: decide success (execute.ts),
 * or store anything.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from './process.js';

export interface Command {
  program: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
}

export interface Measurement {
  /** Exit status, or null when killed by a signal. */
  status: number | null;
  signal: string | null;
  timedOut: boolean;
  spawnError: string | null;
  wallTime: number;
  cpuTime: number | null;
  /** Bytes. */
  maxRss: number | null;
  instructions: number | null;
  stdout: string;
  stderr: string;
}

export interface MeasureTools {
  /** python3 for the wait4() wrapper, or null. */
  python: string | null;
  /** perf, when `perf stat -e instructions:u` counts on this machine. */
  perf: string | null;
}

const OUTPUT_CAP = 1 << 20;

/**
 * Process groups of the compilers running now. They are detached (their own group, so a timeout can
 * kill a whole tree), which also means Ctrl-C at the terminal does not reach them: the CLI's SIGINT
 * handler calls killActiveProcesses().
 */
const active = new Set<number>();

export function killActiveProcesses(): void {
  for (const pid of active) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** The wrapper: python3 -c WRAPPER program args... ; reports JSON on fd 3. */
const WRAPPER = `
import json, os, sys, time
os.set_inheritable(3, False)
argv = sys.argv[1:]
try:
    t0 = time.perf_counter_ns()
    pid = os.posix_spawnp(argv[0], argv, os.environ)
except OSError as e:
    os.write(3, json.dumps({"spawnError": str(e)}).encode())
    sys.exit(0)
_, status, ru = os.wait4(pid, 0)
t1 = time.perf_counter_ns()
os.write(3, json.dumps({"wallNs": t1 - t0, "user": ru.ru_utime, "sys": ru.ru_stime, "maxRssKiB": ru.ru_maxrss, "exit": os.waitstatus_to_exitcode(status)}).encode())
`;

interface WrapperReport {
  spawnError?: string;
  wallNs?: number;
  user?: number;
  sys?: number;
  maxRssKiB?: number;
  exit?: number;
}

/** Runs `cmd` once and measures it. */
export async function measure(cmd: Command, tools: MeasureTools): Promise<Measurement> {
  let perfOut: string | null = null;
  let program = cmd.program;
  let args = cmd.args;
  let perfDir: string | null = null;
  if (tools.perf) {
    perfDir = mkdtempSync(join(tmpdir(), 'weft-perfstat-'));
    perfOut = join(perfDir, 'stat.csv');
    args = ['stat', '-x', ';', '-e', 'instructions:u', '-o', perfOut, '--', program, ...args];
    program = tools.perf;
  }
  try {
    const raw = tools.python
      ? await spawnMeasured(tools.python, ['-c', WRAPPER, program, ...args], cmd, true)
      : await spawnMeasured(program, args, cmd, false);
    let instructions: number | null = null;
    if (perfOut && raw.status === 0) {
      try {
        instructions = parsePerfStat(readFileSync(perfOut, 'utf8')).get('instructions:u') ?? null;
      } catch {
        instructions = null; // perf wrote nothing (the compiler was killed): absent, not zero
      }
    }
    return { ...raw, instructions };
  } finally {
    if (perfDir) rmSync(perfDir, { recursive: true, force: true });
  }
}

async function spawnMeasured(
  program: string,
  args: string[],
  cmd: Command,
  wrapped: boolean,
): Promise<Omit<Measurement, 'instructions'>> {
  return new Promise((resolvePromise) => {
    const started = process.hrtime.bigint();
    const child = spawn(program, args, {
      cwd: cmd.cwd,
      env: cmd.env,
      // fd 3 carries the wrapper's report; the compiler itself never sees it (not inheritable).
      stdio: wrapped ? ['ignore', 'pipe', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a timeout kills the compiler and everything it started.
      detached: true,
    });
    if (child.pid !== undefined) active.add(child.pid);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const report: Buffer[] = [];
    let outLen = 0;
    let errLen = 0;
    let spawnError: string | null = null;
    let timedOut = false;
    child.stdout!.on('data', (b: Buffer) => {
      if (outLen < OUTPUT_CAP) out.push(b);
      outLen += b.length;
    });
    child.stderr!.on('data', (b: Buffer) => {
      if (errLen < OUTPUT_CAP) err.push(b);
      errLen += b.length;
    });
    if (wrapped) (child.stdio[3] as NodeJS.ReadableStream).on('data', (b: Buffer) => report.push(b));
    child.on('error', (e) => {
      spawnError = e.message;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, cmd.timeoutMs);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      if (child.pid !== undefined) active.delete(child.pid);
      const ended = process.hrtime.bigint();
      const base = {
        timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      };
      let r: WrapperReport = {};
      if (wrapped) {
        try {
          r = JSON.parse(Buffer.concat(report).toString('utf8')) as WrapperReport;
        } catch {
          r = {};
        }
      }
      if (!wrapped || r.wallNs === undefined) {
        resolvePromise({
          ...base,
          status: wrapped ? (timedOut ? null : status) : status,
          signal: timedOut ? 'SIGKILL' : signal,
          spawnError: spawnError ?? r.spawnError ?? (wrapped && !timedOut ? 'the measuring wrapper reported nothing' : null),
          wallTime: Number(ended - started) / 1e9,
          cpuTime: null,
          maxRss: null,
        });
        return;
      }
      const exit = r.exit ?? null;
      resolvePromise({
        ...base,
        status: exit !== null && exit >= 0 ? exit : null,
        signal: exit !== null && exit < 0 ? `signal ${-exit}` : null,
        spawnError: null,
        wallTime: r.wallNs / 1e9,
        cpuTime: (r.user ?? 0) + (r.sys ?? 0),
        maxRss: r.maxRssKiB !== undefined ? r.maxRssKiB * 1024 : null,
      });
    });
  });
}

/**
 * Parses `perf stat -x ';'` output: `value;unit;event;runtime;pct;...`. `<not supported>` and
 * `<not counted>` give no value, and so does a multiplexed count (pct below 100%): rustc-perf rejects
 * those rather than scaling them.
 */
export function parsePerfStat(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const f = line.split(';');
    if (f.length < 5) continue;
    const [value, , rawEvent, , pct] = f as [string, string, string, string, string];
    if (value.startsWith('<')) continue;
    if (pct !== '' && !pct.startsWith('100')) continue;
    const n = Number(value);
    if (!Number.isFinite(n)) continue;
    // cpu_core/instructions:u/ (hybrid CPUs) → instructions:u
    const event = rawEvent.replace(/^[\w-]+\/(.*)\/$/, '$1');
    out.set(event, n);
  }
  return out;
}

export interface ToolProbe {
  tools: MeasureTools;
  /** One line per missing capability, for the report and stderr. */
  notes: string[];
}

/** Finds out once what this machine can measure. */
export async function probeTools(): Promise<ToolProbe> {
  const notes: string[] = [];
  const py = await runCommand('python3', ['-c', 'import os; os.wait4; os.posix_spawnp; os.waitstatus_to_exitcode']);
  const python = py.status === 0 ? 'python3' : null;
  if (!python) notes.push('python3 (3.9+) is not available: cpu-time and max-rss are not recorded, wall-time includes process start-up');
  const dir = mkdtempSync(join(tmpdir(), 'weft-perfprobe-'));
  let perf: string | null = null;
  try {
    const out = join(dir, 'stat.csv');
    const r = await runCommand('perf', ['stat', '-x', ';', '-e', 'instructions:u', '-o', out, '--', 'true']);
    if (r.spawnError) {
      notes.push('perf is not installed: instructions:u is not recorded');
    } else if (r.status !== 0) {
      notes.push(`perf stat cannot run here (${r.stderr.trim().split('\n')[0] ?? `exit ${r.status}`}): instructions:u is not recorded`);
    } else {
      const text = readFileSync(out, 'utf8');
      if (parsePerfStat(text).has('instructions:u')) perf = 'perf';
      else notes.push(`perf stat -e instructions:u counts nothing on this machine (${/<not \w+>/.exec(text)?.[0] ?? 'no value'}): instructions:u is not recorded`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { tools: { python, perf }, notes };
}
