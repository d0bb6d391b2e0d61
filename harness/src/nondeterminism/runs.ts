/**
 * Drives the repeated runs of one test: 3 serial control runs, then up to K parallel runs cycling
 * through the thread counts (and, for compilers that take one, a schedule seed per run), in a
 * screening phase and a bounded confirmation phase that stops once the label is decided. A run that
 * times out while using CPU is rerun once, alone, with 4x the timeout. The runs themselves go
 * through a `HuntExecutor`: real processes in production (`processExecutor`), generated outputs in
 * tests. Nothing here prints or compares text itself (canonical.ts, classify.ts, label.ts do).
 */
import { renderCommand, runProcess } from '../runner/process.js';
import type { CoreBudget } from '../runner/core-budget.js';
import type { HuntTarget } from '../runner/test-run.js';
import { canonicalize, type CanonicalContext, type RawRun } from './canonical.js';
import { classifyRun } from './classify.js';
import { decideLabel, screenSize, type LabelDecision, type Phase, type RunRecord, type StopRule, type TimeoutInfo } from './label.js';

export const CONTROL_RUNS = 3;

/** CPU below this share of the wall time at a timeout: the threads were waiting, not working. */
export const BLOCKED_CPU_SHARE = 0.1;

export interface HuntPlan {
  /** K: the most parallel runs per test. */
  readonly repeat: number;
  /** -Zthreads values the parallel runs cycle through. */
  readonly threads: readonly number[];
  /** First schedule seed (run i gets first + i), or null when the compiler takes none. */
  readonly firstSeed: number | null;
  readonly earlyStop: boolean;
  /** Per run. */
  readonly timeoutMs: number;
}

export interface RunSpec {
  readonly index: number;
  readonly phase: Phase;
  /** -Zthreads; 1 = the serial control (compiletest's `-Zthreads=1` only). */
  readonly threads: number;
  readonly seed: number | null;
}

export interface ExecutedRun {
  readonly raw: RawRun;
  readonly command: string;
}

export interface HuntExecutor {
  readonly canonical: CanonicalContext;
  /** Runs `spec` once; `exclusive` runs it with nothing else on the machine. */
  run(spec: RunSpec, opts: { readonly timeoutMs: number; readonly exclusive: boolean }): Promise<ExecutedRun | 'interrupted'>;
}

export interface HuntOutcome {
  readonly control: readonly RunRecord[];
  readonly parallel: readonly RunRecord[];
  readonly decision: LabelDecision;
  /** The label was decided before K parallel runs. */
  readonly stoppedEarly: boolean;
  readonly interrupted: boolean;
  readonly rule: StopRule;
}

/** The thread count and seed of parallel run `i` (0-based). */
export function parallelSpec(plan: HuntPlan, i: number): RunSpec {
  const index = CONTROL_RUNS + i;
  return {
    index,
    phase: i < screenSize(plan.repeat) ? 'screen' : 'confirm',
    threads: plan.threads[i % plan.threads.length]!,
    seed: plan.firstSeed === null ? null : plan.firstSeed + index,
  };
}

export function controlSpec(plan: HuntPlan, i: number): RunSpec {
  return { index: i, phase: 'control', threads: 1, seed: plan.firstSeed === null ? null : plan.firstSeed + i };
}

/** Runs the hunt of one test (see the module header). */
export async function huntTest(plan: HuntPlan, exec: HuntExecutor): Promise<HuntOutcome> {
  const rule: StopRule = { repeat: plan.repeat, screen: screenSize(plan.repeat), earlyStop: plan.earlyStop };
  const control: RunRecord[] = [];
  const parallel: RunRecord[] = [];
  const finish = (interrupted: boolean): HuntOutcome => {
    const decision = decideLabel(control, parallel, rule);
    return { control, parallel, decision, stoppedEarly: !interrupted && parallel.length < plan.repeat, interrupted, rule };
  };

  for (let i = 0; i < CONTROL_RUNS; i++) {
    const spec = controlSpec(plan, i);
    const done = await exec.run(spec, { timeoutMs: plan.timeoutMs, exclusive: false });
    if (done === 'interrupted') return finish(true);
    const canonical = canonicalize(done.raw, exec.canonical);
    const classification = classifyRun(control[0]?.canonical ?? canonical, canonical);
    control.push({ ...spec, canonical, classification, timeout: timeoutOf(done.raw, null), wallMs: done.raw.wallMs, command: done.command });
  }
  if (decideLabel(control, parallel, rule).decided) return finish(false);
  const reference = control[0]!.canonical;

  for (let i = 0; i < plan.repeat; i++) {
    const spec = parallelSpec(plan, i);
    const done = await exec.run(spec, { timeoutMs: plan.timeoutMs, exclusive: false });
    if (done === 'interrupted') return finish(true);
    const canonical = canonicalize(done.raw, exec.canonical);
    let rerun: TimeoutInfo['rerun'] = null;
    if (done.raw.timedOut && !isBlocked(done.raw)) {
      // Busy at the deadline: slow or livelocked. Alone with 4x the time tells which.
      const again = await exec.run(spec, { timeoutMs: plan.timeoutMs * 4, exclusive: true });
      if (again === 'interrupted') return finish(true);
      rerun = { timedOut: again.raw.timedOut, wallMs: again.raw.wallMs, cpuMs: again.raw.cpuMs };
    }
    parallel.push({ ...spec, canonical, classification: classifyRun(reference, canonical), timeout: timeoutOf(done.raw, rerun), wallMs: done.raw.wallMs, command: done.command });
    if (decideLabel(control, parallel, rule).decided) break;
  }
  return finish(false);
}

function isBlocked(raw: RawRun): boolean {
  return raw.cpuMs !== null && raw.cpuMs < BLOCKED_CPU_SHARE * raw.wallMs;
}

function timeoutOf(raw: RawRun, rerun: TimeoutInfo['rerun']): TimeoutInfo | null {
  if (!raw.timedOut) return null;
  return { wallMs: raw.wallMs, cpuMs: raw.cpuMs, blocked: isBlocked(raw), rerun };
}

export interface ProcessExecutorOptions {
  readonly target: HuntTarget;
  readonly canonical: CanonicalContext;
  readonly budget: CoreBudget;
  readonly baseEnv: NodeJS.ProcessEnv;
  readonly capBytes: number;
  /** The argument that passes a schedule seed (`-Zschedule-seed=`). */
  readonly seedFlag: string;
  /** Counted in the run's compiler time. */
  readonly onCompilerMs?: (ms: number) => void;
}

/**
 * Runs hunt runs as real processes: each waits for its share of the core budget (all of it when
 * exclusive), starts from an emptied output directory, and is timed out on its own.
 */
export function processExecutor(o: ProcessExecutorOptions): HuntExecutor {
  return {
    canonical: o.canonical,
    async run(spec, { timeoutMs, exclusive }) {
      const cmd = o.target.command(spec.threads > 1 ? spec.threads : null, spec.seed !== null ? [`${o.seedFlag}${spec.seed}`] : []);
      const release = exclusive ? await o.budget.exclusive() : await o.budget.acquire(o.budget.unitsFor(spec.threads));
      let r;
      try {
        o.target.clean();
        r = await runProcess(cmd, { deadline: Date.now() + timeoutMs, capBytes: o.capBytes, track: true, baseEnv: o.baseEnv, measureCpuOnTimeout: true });
      } finally {
        release();
      }
      o.onCompilerMs?.(r.wallMs);
      if (r.interrupted) return 'interrupted';
      const raw: RawRun = {
        code: r.code, signal: r.signal, stdout: r.stdout, stderr: r.stderr, timedOut: r.timedOut, spawnError: r.spawnError,
        truncated: r.truncated, wallMs: r.wallMs, cpuMs: r.cpuMsAtTimeout ?? null,
      };
      return { raw, command: renderCommand(cmd) };
    },
  };
}
