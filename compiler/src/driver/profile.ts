/**
 * `-Zself-profile[=DIR]` and `-Ztime-passes`. The pipeline marks its phases with
 * `session.profiler.phase(name, run)`; executors add an event per task (on the thread that ran it)
 * and query engines one per computed query (`profiler.queries`, or `env.queryProfiler` inside a
 * task). At the end the driver writes the events as a Chrome trace (`traceEvents` JSON, which
 * Perfetto and chrome://tracing open) to `DIR/<crate>-<pid>.json`, and `-Ztime-passes` prints one
 * line per phase as it ends, in rustc's format:
 *
 *     time:   0.012; rss:   45MB ->   61MB (  +16MB)	parse_crate
 *
 * Neither changes what the compiler prints otherwise. Without either flag `phase` just runs its
 * function and nothing is recorded.
 *
 * Owns: phase timing, trace assembly, the time-passes format. Must not: write files or print
 * (the driver does, through the `write` it passes).
 */
import type { QueryProfiler } from '../query/engine.js';
import { traceNow, traceQueries, type TraceEvent, type TraceSink } from '../query/executor.js';

/** What the pipeline sees (`session.profiler`). */
export interface PhaseProfiler {
  /**
   * Runs `run` as the phase `name` (use rustc's pass names where one exists: `parse_crate`,
   * `expand_crate`, `resolve_crate`, `type_check_crate`, `MIR_borrow_checking`, `lint_checking`).
   * Phases may nest. The result (or exception) of `run` passes through unchanged.
   */
  phase<T>(name: string, run: () => T | Promise<T>): Promise<T>;
  /** For a `QueryEngine` on the main thread (`new QueryEngine(session.profiler.queries)`); null when not profiling. */
  readonly queries: QueryProfiler | null;
}

/** A profiler that records nothing (tests, and sessions created without one). */
export const NO_PROFILER: PhaseProfiler = {
  phase: async (_name, run) => run(),
  queries: null,
};

export interface ProfilerOptions {
  readonly selfProfile: boolean;
  readonly timePasses: boolean;
  /** Where time-passes lines go (the driver's stderr buffer, so they interleave with diagnostics as in rustc). */
  readonly write: (text: string) => void;
  /** Resident set size in bytes. */
  readonly rss: () => number;
}

export class Profiler implements PhaseProfiler {
  /** Given to executors; null without `-Zself-profile`. */
  readonly trace: TraceSink | null;
  readonly queries: QueryProfiler | null;
  private readonly events: TraceEvent[] = [];
  private readonly startTs = traceNow();
  private readonly startRss: number;

  constructor(private readonly options: ProfilerOptions) {
    this.trace = options.selfProfile ? { add: (e) => void this.events.push(e) } : null;
    this.queries = this.trace ? traceQueries(this.trace, 0) : null;
    this.startRss = options.timePasses ? options.rss() : 0;
  }

  async phase<T>(name: string, run: () => T | Promise<T>): Promise<T> {
    if (!this.trace && !this.options.timePasses) return run();
    const ts = traceNow();
    const rss = this.options.timePasses ? this.options.rss() : 0;
    const result = await run();
    const end = traceNow();
    this.trace?.add({ name, cat: 'phase', tid: 0, ts, dur: end - ts });
    if (this.options.timePasses) {
      const line = timePassesLine(name, end - ts, rss, this.options.rss());
      if (line !== null) this.options.write(line);
    }
    return result;
  }

  /** Ends the compilation's profile: the `total` line of `-Ztime-passes`. */
  finish(): void {
    if (!this.options.timePasses) return;
    const line = timePassesLine('total', traceNow() - this.startTs, this.startRss, this.options.rss());
    if (line !== null) this.options.write(line);
  }

  /** The trace as Chrome trace JSON; times in microseconds from the start of the profile. */
  traceJson(meta: { pid: number; threads: number; command: string; startup: 'snapshot' | 'bundle' }): string {
    const tids = [...new Set(this.events.map((e) => e.tid))].sort((a, b) => a - b);
    const events: object[] = [
      { name: 'process_name', ph: 'M', pid: meta.pid, tid: 0, args: { name: 'weftc' } },
      ...tids.map((tid) => ({ name: 'thread_name', ph: 'M', pid: meta.pid, tid, args: { name: tid === 0 ? 'main' : `worker ${tid}` } })),
      ...tids.map((tid) => ({ name: 'thread_sort_index', ph: 'M', pid: meta.pid, tid, args: { sort_index: tid } })),
    ];
    const sorted = this.events.slice().sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    for (const e of sorted) {
      events.push({ name: e.name, cat: e.cat, ph: 'X', ts: round3((e.ts - this.startTs) * 1000), dur: round3(e.dur * 1000), pid: meta.pid, tid: e.tid, ...(e.args ? { args: e.args } : {}) });
    }
    return JSON.stringify({ traceEvents: events, displayTimeUnit: 'ms', otherData: { tool: 'weftc', threads: meta.threads, command: meta.command, startup: meta.startup } }) + '\n';
  }
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * One `-Ztime-passes` line as rustc prints it (rustc_data_structures::profiling), or null when
 * rustc would not print it: a pass is shown when it took more than 5 ms or changed the RSS.
 * MB are 10^6 bytes, rounded.
 */
export function timePassesLine(what: string, ms: number, startRss: number, endRss: number): string | null {
  if (!(Math.floor(ms) > 5) && startRss === endRss) return null;
  // Rust's f64::round: halves away from zero (JavaScript's Math.round goes up).
  const mb = (bytes: number) => Math.sign(bytes) * Math.round(Math.abs(bytes) / 1e6);
  const change = mb(endRss - startRss);
  const signed = (change >= 0 ? '+' : '-') + String(Math.abs(change));
  const secs = (ms / 1000).toFixed(3);
  return `time: ${secs.padStart(7)}; rss: ${String(mb(startRss)).padStart(4)}MB -> ${String(mb(endRss)).padStart(4)}MB (${signed.padStart(5)}MB)\t${what}\n`;
}

/** The trace's file name, after rustc's `<crate>-<pid>.mm_profdata`: `<crate>-<pid, 7 digits>.json`. */
export function selfProfileFileName(crateName: string, pid: number): string {
  return `${crateName}-${String(pid).padStart(7, '0')}.json`;
}
