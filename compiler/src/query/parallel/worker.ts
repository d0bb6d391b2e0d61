/**
 * The worker thread's side of the parallel executor (bundled as compiler/dist/worker.mjs, which
 * tinypool loads). It runs the chunks it is sent with the same task registry as the main thread,
 * deserializes each context at most once and caches it, and returns outputs, the first failure and
 * trace events as plain data.
 *
 * Owns: chunk execution in a worker, the context cache, the test-only crash switch. Must not:
 * print, write files, or keep state other than the context cache (tasks are pure).
 */
import { deserialize } from 'node:v8';
import { threadId } from 'node:worker_threads';
import { isTaskName, SHIP_APART, type ShipApart, type ContextName, type ContextTypes, type TaskEnv, type TaskName } from '../tasks.js';
import { runInline, traceNow, traceQueries, type TraceEvent } from '../executor.js';
import { seededRandom } from '../schedule.js';
import { lazyProperty } from '../../util/lazy.js';
import { CRASH_ENV, type ChunkRequest, type ChunkResponse, type ContextPart, type ContextRef } from './protocol.js';

/** Deserialized parts, by part id; a part no current context uses is dropped. */
const parts = new Map<number, { value: unknown; loaded: boolean; readonly bytes: SharedArrayBuffer }>();
/** Each context's value as tasks see it, by name, with the version it was built from. */
const contexts = new Map<string, { readonly version: number; readonly value: unknown }>();
let events: TraceEvent[] = [];
let loaded: number[] = [];
let tracing = false;

const sink = { add: (e: TraceEvent) => void events.push(e) };
const queryProfiler = traceQueries(sink, threadId);

function loadPart(part: ContextPart, label: string): unknown {
  const p = parts.get(part.id)!;
  if (!p.loaded) {
    const ts = traceNow();
    p.value = deserialize(new Uint8Array(p.bytes));
    p.loaded = true;
    loaded.push(part.id);
    if (tracing) sink.add({ name: `deserialize ${label}`, cat: 'context', tid: threadId, ts, dur: traceNow() - ts, args: { bytes: p.bytes.byteLength } });
    for (const piece of part.apart ?? []) {
      const join = (SHIP_APART as Record<string, Record<string, ShipApart<unknown>> | undefined>)[piece.context]?.[piece.key];
      if (!join) throw new Error(`[executor] no SHIP_APART entry \`${piece.context}.${piece.key}\``);
      const target = piece.pick === null ? p.value : (p.value as Record<string, unknown>)[piece.pick];
      join.join(target, () => loadPiece(piece.part, `${piece.context}.${piece.key} (apart)`));
    }
  }
  return p.value;
}

/** A split-off piece: not listed in any context, so it is cached here, by part id, while its part lives. */
function loadPiece(part: ContextPart, label: string): unknown {
  if (!parts.has(part.id)) parts.set(part.id, { value: undefined, loaded: false, bytes: part.bytes });
  return loadPart(part, label);
}

/** The value tasks see: for an object, one lazy property per part (replaced by its value on first read). */
function materialize(ref: ContextRef): unknown {
  if (ref.shape.kind === 'value') return loadPart(ref.shape.part, ref.name);
  const obj: Record<string, unknown> = {};
  const label = (part: ContextPart) => {
    const keys = ref.shape.kind === 'object' ? ref.shape.props.filter((p) => p.part === part).map((p) => p.pick ?? p.key) : [];
    return keys.length > 1 ? `${ref.name}.{${keys.join(',')}}` : `${ref.name}.${keys[0]}`;
  };
  for (const { key, part, pick } of ref.shape.props) {
    lazyProperty(obj, key, () => {
      const whole = loadPart(part, label(part));
      return pick === undefined ? whole : (whole as Record<string, unknown>)[pick];
    });
  }
  return obj;
}

const refs = new Map<string, ContextRef>();

const env: TaskEnv = {
  context<N extends ContextName>(name: N): ContextTypes[N] {
    const ref = refs.get(name);
    if (!ref) throw new Error(`[executor] no context \`${name}\` was set`);
    let c = contexts.get(name);
    if (!c || c.version !== ref.version) {
      c = { version: ref.version, value: materialize(ref) };
      contexts.set(name, c);
    }
    return c.value as ContextTypes[N];
  },
  get queryProfiler() {
    return tracing ? queryProfiler : null;
  },
};

function updateContexts(list: readonly ContextRef[]): void {
  const live = new Set<number>();
  for (const ref of list) {
    refs.set(ref.name, ref);
    for (const part of ref.shape.kind === 'value' ? [ref.shape.part] : ref.shape.props.map((p) => p.part)) {
      live.add(part.id);
      for (const piece of part.apart ?? []) live.add(piece.part.id);
      if (!parts.has(part.id)) parts.set(part.id, { value: undefined, loaded: false, bytes: part.bytes });
    }
  }
  for (const id of parts.keys()) if (!live.has(id)) parts.delete(id);
}

function misbehave(task: TaskName): Promise<never> | undefined {
  const spec = process.env[CRASH_ENV];
  if (!spec) return undefined;
  const [how, which] = spec.split(':');
  if (which !== task) return undefined;
  if (how === 'exit') process.exit(7);
  if (how === 'throw') {
    // Thrown outside the task, while the chunk is still running: an uncaught exception.
    setImmediate(() => {
      throw new Error('injected worker crash');
    });
    return new Promise<never>(() => {});
  }
  if (how === 'oom') {
    const hog: unknown[] = [];
    for (;;) hog.push(new Array(1e6).fill(hog.length));
  }
  return undefined;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export default async function runChunk(req: ChunkRequest): Promise<ChunkResponse> {
  if (!isTaskName(req.task)) throw new Error(`[executor] unknown task \`${req.task}\``);
  const task = req.task;
  const crash = misbehave(task);
  if (crash) await crash;
  tracing = req.trace;
  events = [];
  loaded = [];
  updateContexts(req.contexts);
  const chunkStart = traceNow();
  const outputs = new Array<unknown>(req.inputs.length);
  // The inputs are local indices; runInline reports them so, and they are shifted back below.
  let failure: { index: number; error: unknown } | null = null;
  const trace = tracing ? { sink, tid: threadId } : null;
  if (req.shake === null) {
    failure = runInline(task, req.inputs as never[], req.inputs.map((_, i) => i), outputs as never[], env, trace, true);
  } else {
    // -Zschedule-seed: start late and yield between tasks, so chunks finish in other orders.
    const random = seededRandom(req.shake);
    await sleep(random() * 3);
    for (let i = 0; i < req.inputs.length && !failure; i++) {
      if (random() < 0.2) await tick();
      failure = runInline(task, req.inputs as never[], [i], outputs as never[], env, trace, true);
    }
  }
  if (trace) sink.add({ name: `${task} ×${req.inputs.length}`, cat: 'chunk', tid: threadId, ts: chunkStart, dur: traceNow() - chunkStart, args: { start: req.start } });
  const out = events;
  events = [];
  // Task events carry chunk-local indices; make them map indices.
  const shifted = out.map((e) => (e.cat === 'task' && e.args && typeof e.args.index === 'number' ? { ...e, args: { index: e.args.index + req.start } } : e));
  if (failure) return { ok: false, index: failure.index + req.start, error: plainError(failure.error), events: shifted, loaded };
  return { ok: true, outputs, events: shifted, loaded };
}

/** An exception as plain data: any thrown value survives the trip to the main thread. */
function plainError(e: unknown): { name: string; message: string; stack: string } {
  if (e instanceof Error) return { name: e.name, message: e.message, stack: e.stack ?? `${e.name}: ${e.message}` };
  return { name: 'Error', message: String(e), stack: `Error: ${String(e)}` };
}
