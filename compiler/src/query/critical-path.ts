/**
 * Critical-path analysis of a `-Zself-profile` trace: how much faster could this compilation get
 * with more threads, given how weftc divides its work today?
 *
 * The model is the executor's own (executor.ts): a compilation is a sequence of steps on the main
 * thread; a `map` event groups the `task` events of one map, whose inputs are independent; all
 * other time on the main thread is serial. So:
 *
 * - work T1   = the profile's length (from its start to the last main-thread event's end);
 * - span T∞   = serial time + Σ over maps of (the map's own overhead + its longest task): the
 *               critical path, no thread count can beat it;
 * - at P threads, with free shipping and a greedy longest-first schedule of each map's tasks:
 *   T_P = serial + Σ over maps of (overhead + LPT makespan of its tasks on P threads), and the
 *   speedup it allows is T1 / T_P.
 *
 * Read a trace taken at `-Zthreads=1` (every task then runs on the main thread, so task times are
 * warm single-thread times). The bound ignores what shipping data to workers costs, which is what
 * limits weftc today (docs/parallel.md): it answers "what does the division of work allow", not
 * "what will the pool achieve".
 *
 * Owns: the analysis and its text report. Must not: read files or print (the CLI does).
 */

/** The fields of a Chrome trace event the analysis reads (times in µs). */
export interface TraceRecord {
  readonly name?: string;
  readonly cat?: string;
  readonly ph?: string;
  readonly ts?: number;
  readonly dur?: number;
  readonly tid?: number;
}

export interface MapSummary {
  readonly task: string;
  readonly inputs: number;
  /** The map event's duration, µs. */
  readonly duration: number;
  /** Σ of its task durations, µs. */
  readonly work: number;
  /** Its longest task, µs. */
  readonly longest: number;
}

export interface CriticalPath {
  /** T1, µs. */
  readonly total: number;
  /** Main-thread time outside every map, µs. */
  readonly serial: number;
  /** Time inside maps that is not in a task (dispatch, sampling), µs: serial too. */
  readonly mapOverhead: number;
  readonly maps: readonly MapSummary[];
  /** T∞, µs. */
  readonly span: number;
  /** Σ of task time in maps / T1. */
  readonly parallelFraction: number;
  /** Per thread count: T_P (µs) and T1 / T_P. */
  readonly bounds: readonly { readonly threads: number; readonly time: number; readonly speedup: number }[];
}

/** Longest-processing-time-first makespan of `durations` on `p` identical threads. */
export function lptMakespan(durations: readonly number[], p: number): number {
  if (p < 1) throw new Error(`thread count must be at least 1, got ${p}`);
  const loads = new Array<number>(Math.min(p, Math.max(1, durations.length))).fill(0);
  for (const d of [...durations].sort((a, b) => b - a)) {
    let min = 0;
    for (let i = 1; i < loads.length; i++) if (loads[i]! < loads[min]!) min = i;
    loads[min]! += d;
  }
  return Math.max(...loads);
}

function isComplete(e: TraceRecord): e is TraceRecord & { name: string; cat: string; ts: number; dur: number } {
  return e.ph === 'X' && typeof e.ts === 'number' && typeof e.dur === 'number' && typeof e.name === 'string' && typeof e.cat === 'string';
}

/**
 * Analyses a trace's events for the given thread counts. Throws if the trace has no `map` events
 * (a trace from a weftc without them, or not a weftc trace).
 */
export function analyzeTrace(events: readonly TraceRecord[], threadCounts: readonly number[]): CriticalPath {
  const complete = events.filter(isComplete);
  const main = complete.filter((e) => (e.tid ?? 0) === 0);
  if (main.length === 0) throw new Error('the trace has no complete events on the main thread');
  const maps = main.filter((e) => e.cat === 'map').sort((a, b) => a.ts - b.ts);
  if (maps.length === 0) throw new Error('the trace has no `map` events: take it with this weftc, `-Zself-profile -Zthreads=1`');
  const tasks = complete.filter((e) => e.cat === 'task').sort((a, b) => a.ts - b.ts);
  const total = Math.max(...main.map((e) => e.ts + e.dur));

  // Tasks belong to the map whose interval holds their start (maps do not overlap: the pipeline
  // awaits each map before the next).
  const perMap: number[][] = maps.map(() => []);
  let m = 0;
  for (const t of tasks) {
    while (m < maps.length && maps[m]!.ts + maps[m]!.dur < t.ts) m++;
    if (m === maps.length) break;
    if (t.ts >= maps[m]!.ts && t.name === maps[m]!.name) perMap[m]!.push(t.dur);
  }
  const summaries: MapSummary[] = maps.map((e, i) => {
    const ds = perMap[i]!;
    return { task: e.name, inputs: ds.length, duration: e.dur, work: ds.reduce((a, b) => a + b, 0), longest: ds.length ? Math.max(...ds) : 0 };
  });
  const inMaps = summaries.reduce((a, s) => a + s.duration, 0);
  const work = summaries.reduce((a, s) => a + s.work, 0);
  const serial = Math.max(0, total - inMaps);
  const mapOverhead = Math.max(0, inMaps - work);
  const span = serial + mapOverhead + summaries.reduce((a, s) => a + s.longest, 0);
  const bounds = threadCounts.map((p) => {
    const time = serial + mapOverhead + maps.reduce((a, _, i) => a + lptMakespan(perMap[i]!, p), 0);
    return { threads: p, time, speedup: total / time };
  });
  return { total, serial, mapOverhead, maps: summaries, span, parallelFraction: work / total, bounds };
}

/** The report the CLI prints: totals, the maps by work, and the bounds. */
export function formatCriticalPath(cp: CriticalPath): string {
  const s = (us: number) => `${(us / 1e6).toFixed(3)} s`;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `work (T1)              ${s(cp.total)}`,
    `serial outside maps    ${s(cp.serial)} (${pct(cp.serial / cp.total)})`,
    `map overhead (serial)  ${s(cp.mapOverhead)}`,
    `parallel (tasks)       ${s(cp.total * cp.parallelFraction)} (${pct(cp.parallelFraction)})`,
    `critical path (T∞)     ${s(cp.span)}: speedup at most ${(cp.total / cp.span).toFixed(2)}×`,
    '',
    'maps by work:',
  ];
  const byTask = new Map<string, { maps: number; inputs: number; work: number; longest: number }>();
  for (const m of cp.maps) {
    const a = byTask.get(m.task) ?? { maps: 0, inputs: 0, work: 0, longest: 0 };
    byTask.set(m.task, { maps: a.maps + 1, inputs: a.inputs + m.inputs, work: a.work + m.work, longest: a.longest + m.longest });
  }
  for (const [task, a] of [...byTask].sort((x, y) => y[1].work - x[1].work)) {
    lines.push(`  ${task.padEnd(22)} ${String(a.maps).padStart(3)} maps ${String(a.inputs).padStart(6)} tasks  work ${s(a.work)}  on the critical path ${s(a.longest)}`);
  }
  lines.push('', 'with free shipping and longest-first scheduling:');
  for (const b of cp.bounds) lines.push(`  ${String(b.threads).padStart(3)} threads: ${s(b.time)}, speedup ${b.speedup.toFixed(2)}× (wall ratio ${(1 / b.speedup).toFixed(2)})`);
  return lines.join('\n') + '\n';
}
