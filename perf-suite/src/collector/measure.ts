/**
 * One measured compiler process. A small python3 server (the analogue of rustc-perf's rustc-fake)
 * spawns the compiler at the highest priority allowed, waits for it with wait4() and reports wall
 * time around the child alone, the child's user+sys CPU time and its max RSS. Without python3, wall
 * time is taken around the spawn in Node and CPU time and max RSS are absent (never invented).
 * instructions:u comes from `perf stat` only where the probe showed that it counts.
 *
 * Owns: running one process and turning it into statistics. Must not: decide success (execute.ts),
 * or store anything.
 */
import { spawn, type ChildProcess } from 'node:child_process';
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
  for (const pid of active) killGroup(pid);
}

/**
 * The measuring server: one python3 process per collection that, for each request line, spawns the
 * compiler (its own process group, stdout/stderr to files), waits for it with wait4() and answers
 * with the child's pid, then its wall time, rusage and exit status. One server instead of one
 * wrapper per compile keeps the wrapper's start-up out of both the measurement and the run time.
 */
const SERVER = `
import json, os, signal, sys, time
# Ctrl-C reaches the whole foreground group: the collector handles it (it kills the compiler and
# closes this server), so the server ignores it instead of dying with a traceback; its compilers
# get the default action back (setsigdef) and run in their own process group anyway.
signal.signal(signal.SIGINT, signal.SIG_IGN)
# The highest priority allowed (rustc-perf does the same): other work on the machine then barely
# delays the compilers, which inherit it.
for nice in (-20, -15, -10, -5):
    try:
        os.setpriority(os.PRIO_PROCESS, 0, nice)
        break
    except OSError:
        pass
def answer(x):
    sys.stdout.write(json.dumps(x) + "\\n")
    sys.stdout.flush()
for line in sys.stdin:
    req = json.loads(line)
    try:
        os.chdir(req["cwd"])
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        actions = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                   (os.POSIX_SPAWN_OPEN, 1, req["stdout"], flags, 0o600),
                   (os.POSIX_SPAWN_OPEN, 2, req["stderr"], flags, 0o600)]
        t0 = time.perf_counter_ns()
        pid = os.posix_spawnp(req["argv"][0], req["argv"], req["env"], file_actions=actions, setpgroup=0, setsigdef=(signal.SIGINT,))
    except OSError as e:
        answer({"spawnError": str(e)})
        continue
    answer({"pid": pid})
    _, status, ru = os.wait4(pid, 0)
    t1 = time.perf_counter_ns()
    answer({"wallNs": t1 - t0, "user": ru.ru_utime, "sys": ru.ru_stime, "maxRssKiB": ru.ru_maxrss, "exit": os.waitstatus_to_exitcode(status)})
`;

interface ServerAnswer {
  spawnError?: string;
  pid?: number;
  wallNs?: number;
  user?: number;
  sys?: number;
  maxRssKiB?: number;
  exit?: number;
}

class MeasureServer {
  private readonly child: ChildProcess;
  private buffer = '';
  private waiting: ((a: ServerAnswer | null) => void)[] = [];
  /** Answers that arrived before anyone asked: a fast compile's two lines can come in one chunk. */
  private answers: ServerAnswer[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  readonly dir = mkdtempSync(join(tmpdir(), 'weft-measure-'));
  private dead = false;

  constructor(python: string) {
    this.child = spawn(python, ['-u', '-c', SERVER], { stdio: ['pipe', 'pipe', 'inherit'] });
    // Idle, the server must not keep the collector alive; busy, it must (see hold()).
    this.hold(false);
    this.child.stdout!.setEncoding('utf8');
    this.child.stdout!.on('data', (text: string) => {
      this.buffer += text;
      let nl: number;
      while ((nl = this.buffer.indexOf('\n')) >= 0) {
        const line = this.buffer.slice(0, nl);
        this.buffer = this.buffer.slice(nl + 1);
        const answer = JSON.parse(line) as ServerAnswer;
        const waiter = this.waiting.shift();
        if (waiter) waiter(answer);
        else this.answers.push(answer);
      }
    });
    this.child.on('close', () => {
      this.dead = true;
      for (const w of this.waiting.splice(0)) w(null);
    });
    this.child.stdin!.on('error', () => undefined);
  }

  private next(): Promise<ServerAnswer | null> {
    const ready = this.answers.shift();
    if (ready) return Promise.resolve(ready);
    if (this.dead) return Promise.resolve(null);
    return new Promise((resolveAnswer) => this.waiting.push(resolveAnswer));
  }

  /** One compile at a time: requests are queued. */
  run(cmd: Command, argv: string[]): Promise<Omit<Measurement, 'instructions'>> {
    const job = this.queue.then(() => this.runNow(cmd, argv));
    this.queue = job.catch(() => undefined);
    return job;
  }

  /** While a compile runs, the pending answer is all that keeps Node's event loop alive. */
  private hold(busy: boolean): void {
    const handles = [this.child, this.child.stdout, this.child.stdin] as unknown as { ref?: () => void; unref?: () => void }[];
    for (const h of handles) (busy ? h.ref : h.unref)?.call(h);
  }

  private async runNow(cmd: Command, argv: string[]): Promise<Omit<Measurement, 'instructions'>> {
    this.hold(true);
    try {
      return await this.exchange(cmd, argv);
    } finally {
      this.hold(false);
    }
  }

  private async exchange(cmd: Command, argv: string[]): Promise<Omit<Measurement, 'instructions'>> {
    const stdout = join(this.dir, 'stdout');
    const stderr = join(this.dir, 'stderr');
    const env = Object.fromEntries(Object.entries(cmd.env).filter((e): e is [string, string] => e[1] !== undefined));
    const first = this.next();
    this.child.stdin!.write(JSON.stringify({ argv, cwd: cmd.cwd, env, stdout, stderr }) + '\n');
    const started = await first;
    const none = { stdout: '', stderr: '', wallTime: 0, cpuTime: null, maxRss: null, timedOut: false };
    if (started === null) return { ...none, status: null, signal: null, spawnError: 'the measuring server (python3) stopped' };
    if (started.spawnError !== undefined) return { ...none, status: null, signal: null, spawnError: started.spawnError };
    const pid = started.pid!;
    active.add(pid);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(pid);
    }, cmd.timeoutMs);
    const done = await this.next();
    clearTimeout(timer);
    active.delete(pid);
    const out = { stdout: readCapped(stdout), stderr: readCapped(stderr), timedOut };
    if (done === null || done.wallNs === undefined) {
      return { ...out, status: null, signal: null, spawnError: 'the measuring server (python3) stopped', wallTime: 0, cpuTime: null, maxRss: null };
    }
    const exit = done.exit ?? null;
    return {
      ...out,
      status: exit !== null && exit >= 0 ? exit : null,
      signal: exit !== null && exit < 0 ? `signal ${-exit}` : null,
      spawnError: null,
      wallTime: done.wallNs / 1e9,
      cpuTime: (done.user ?? 0) + (done.sys ?? 0),
      maxRss: done.maxRssKiB !== undefined ? done.maxRssKiB * 1024 : null,
    };
  }

  close(): void {
    this.child.stdin!.end();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function readCapped(path: string): string {
  try {
    const buf = readFileSync(path);
    return buf.subarray(0, OUTPUT_CAP).toString('utf8');
  } catch {
    return '';
  }
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

const servers = new Map<string, MeasureServer>();

/** Stops the measuring servers (at the end of a collection; they never keep the process alive). */
export function closeMeasureServers(): void {
  for (const s of servers.values()) s.close();
  servers.clear();
}

/** Runs `cmd` once and measures it. */
export async function measure(cmd: Command, tools: MeasureTools): Promise<Measurement> {
  let perfOut: string | null = null;
  let argv = [cmd.program, ...cmd.args];
  let perfDir: string | null = null;
  if (tools.perf) {
    perfDir = mkdtempSync(join(tmpdir(), 'weft-perfstat-'));
    perfOut = join(perfDir, 'stat.csv');
    argv = [tools.perf, 'stat', '-x', ';', '-e', 'instructions:u', '-o', perfOut, '--', ...argv];
  }
  try {
    let raw: Omit<Measurement, 'instructions'>;
    if (tools.python) {
      let server = servers.get(tools.python);
      if (!server) servers.set(tools.python, (server = new MeasureServer(tools.python)));
      raw = await server.run(cmd, argv);
    } else {
      raw = await spawnMeasured(argv[0]!, argv.slice(1), cmd);
    }
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

/** Without python3: wall time around the spawn in Node; no CPU time or max RSS. */
async function spawnMeasured(program: string, args: string[], cmd: Command): Promise<Omit<Measurement, 'instructions'>> {
  return new Promise((resolvePromise) => {
    const started = process.hrtime.bigint();
    const child = spawn(program, args, {
      cwd: cmd.cwd,
      env: cmd.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a timeout kills the compiler and everything it started.
      detached: true,
    });
    if (child.pid !== undefined) active.add(child.pid);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
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
    child.on('error', (e) => {
      spawnError = e.message;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) killGroup(child.pid);
    }, cmd.timeoutMs);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      if (child.pid !== undefined) active.delete(child.pid);
      resolvePromise({
        timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        status,
        signal: timedOut ? 'SIGKILL' : signal,
        spawnError,
        wallTime: Number(process.hrtime.bigint() - started) / 1e9,
        cpuTime: null,
        maxRss: null,
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
  else {
    const nice = await runCommand(python, ['-c', 'import os; os.setpriority(os.PRIO_PROCESS, 0, -20)']);
    if (nice.status !== 0) notes.push('the compilers cannot run at a raised priority here (nice -20 needs root): other work on the machine adds more noise');
  }
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
