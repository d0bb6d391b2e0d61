/**
 * Reads a compiler's `-Zself-profile=DIR` output when it is Chrome trace JSON (weftc's format) and
 * turns it into per-phase times. rustc writes measureme's binary format instead, which this does
 * not read: such an artifact simply has no phase metrics.
 *
 * The contract (perf-suite/docs/benchmarks.md): a phase is a trace event with `"cat": "phase"`,
 * either complete (`"ph": "X"` with `dur`) or a `B`/`E` pair on one thread; times are microseconds.
 * A phase's time is the sum of its events' durations.
 *
 * Owns: the trace → phase-time mapping. Must not: run the compiler.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface TraceEvent {
  name?: unknown;
  cat?: unknown;
  ph?: unknown;
  ts?: unknown;
  dur?: unknown;
  tid?: unknown;
  pid?: unknown;
}

/** Phase name → seconds. Empty when the trace has no phase events. */
export function phaseTimes(trace: unknown): Map<string, number> {
  const events: TraceEvent[] = Array.isArray(trace)
    ? (trace as TraceEvent[])
    : typeof trace === 'object' && trace !== null && Array.isArray((trace as { traceEvents?: unknown }).traceEvents)
      ? (trace as { traceEvents: TraceEvent[] }).traceEvents
      : [];
  const totals = new Map<string, number>();
  const open = new Map<string, number[]>();
  const add = (name: string, micros: number) => totals.set(name, (totals.get(name) ?? 0) + micros / 1e6);
  for (const e of events) {
    if (e.cat !== 'phase' || typeof e.name !== 'string' || typeof e.ts !== 'number') continue;
    const thread = `${String(e.pid)}/${String(e.tid)}/${e.name}`;
    if (e.ph === 'X' && typeof e.dur === 'number') add(e.name, e.dur);
    else if (e.ph === 'B') {
      const stack = open.get(thread) ?? [];
      stack.push(e.ts);
      open.set(thread, stack);
    } else if (e.ph === 'E') {
      const start = open.get(thread)?.pop();
      if (start !== undefined) add(e.name, e.ts - start);
    }
  }
  return totals;
}

/** Reads every `*.json` trace a run left in `dir`; phase times are summed over files. */
export function readSelfProfileDir(dir: string): Map<string, number> {
  const totals = new Map<string, number>();
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return totals;
  }
  for (const n of names.sort()) {
    let trace: unknown;
    try {
      trace = JSON.parse(readFileSync(join(dir, n), 'utf8'));
    } catch {
      continue; // not a Chrome trace: no phase metrics from it
    }
    for (const [phase, s] of phaseTimes(trace)) totals.set(phase, (totals.get(phase) ?? 0) + s);
  }
  return totals;
}

/** Whether any `*.json` file appeared: the artifact writes Chrome traces. */
export function hasJsonTrace(dir: string): boolean {
  try {
    return readdirSync(dir).some((n) => n.endsWith('.json'));
  } catch {
    return false;
  }
}
