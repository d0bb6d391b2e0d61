/**
 * The parallel executor (`-Zthreads=N`, N > 1): a tinypool of N worker threads that run chunks of
 * a map (see protocol.ts for the messages, worker.ts for the other side). Results are written back
 * by input index, and a failure is reported for the lowest failing input index once every chunk has
 * answered, so neither depends on which worker ran what or when. A worker that dies (uncaught
 * exception, `process.exit`, out of memory) fails the map at once with an internal error, never a
 * hang.
 *
 * Contexts (`setContext`) are serialized here once with `v8.serialize` into SharedArrayBuffers
 * that every chunk message shares: a plain object property by property, each property shipped
 * once even when several contexts hold the same object; each worker deserializes a property the
 * first time one of its tasks reads it (see protocol.ts). Object identity therefore holds within a
 * property, not across properties or contexts: context data links by ids, never by identity.
 *
 * Where work runs: without a schedule seed the main thread starts each map itself and ships the
 * rest only when the workers would finish it sooner, counting what they must deserialize first
 * (see SAMPLE_MS below); under `-Zschedule-seed` every input goes to the workers, in shuffled
 * chunks of varying size, with delays, to shake out any dependence on order.
 *
 * tinypool is imported, and the first worker started, at the first map that ships work, and more
 * workers (up to N) as chunks wait for one: `-Zthreads=1` never loads it, a small program at
 * `-Zthreads=N` never starts a worker, and a map of one chunk starts one.
 *
 * Owns: the worker pool, chunk dispatch, context shipping, worker-death detection. Must not: run
 * anything but registered tasks, print, or reorder results.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serialize } from 'node:v8';
import type Tinypool from 'tinypool';
import { createRequire } from 'node:module';
import vm from 'node:vm';

export type TinypoolModule = typeof import('tinypool');
import { SHIP_APART, SHIP_TOGETHER, type ContextName, type ShipApart, type ContextTypes, type TaskInput, type TaskName, type TaskOutput } from '../tasks.js';
import { LocalContexts, runInline, traceNow, traceQueries, tracedMap, weightsOf, type Executor, type MapOptions, type TraceSink } from '../executor.js';
import { planChunks, seededRandom, type Chunk } from '../schedule.js';
import type { ApartPiece, ChunkRequest, ChunkResponse, ContextPart, ContextProp, ContextRef } from './protocol.js';

export interface ParallelOptions {
  readonly threads: number;
  readonly scheduleSeed?: number | null;
  readonly trace?: TraceSink | null;
  /** The bundled worker entry; default: `worker.mjs` beside the running bundle. */
  readonly workerFile?: string;
  /** How to load tinypool (the start-up snapshot's code cannot `import()`); default `import('tinypool')`. */
  readonly importTinypool?: () => Promise<TinypoolModule>;
  /** False: every input goes to the workers, no main-thread start (tests, benchmarks). Default true. */
  readonly adaptive?: boolean;
}

/**
 * Returns the executor. The workers start at the first map that ships work to them: a program too
 * small to gain from them never pays for starting them (see docs/parallel.md, start-up figures).
 */
export async function createParallelExecutor(options: ParallelOptions): Promise<ParallelExecutor> {
  const file = options.workerFile ?? fileURLToPath(new URL('./worker.mjs', import.meta.url));
  if (!existsSync(file)) throw new Error(`[executor] the worker bundle \`${file}\` is missing; run \`npm run build\``);
  const startPool = async (): Promise<Tinypool> => {
    const { Tinypool } = await (options.importTinypool ?? (() => import('tinypool')))();
    // Threads start as chunks need them, up to N: a map of one chunk (a one-file crate) starts one,
    // not N. An idle thread is never retired (the timer's longest delay): its contexts stay loaded,
    // and its exit would read as a death (`watch`).
    return new Tinypool({ filename: pathToFileURL(file).href, minThreads: 1, maxThreads: options.threads, idleTimeout: 2 ** 31 - 1 });
  };
  return new ParallelExecutor(startPool, options);
}

/**
 * tinypool for the start-up snapshot (driver/snapshot.ts), resolved from the bundle directory
 * `dist`. Snapshot code has no dynamic `import()`: compile a one-line script with the main context's
 * module loader instead. Node 20 flags that loader option experimental and says so on stderr
 * once; weftc's stderr is its output, so the warning is dropped.
 */
export async function importTinypoolWithoutImport(dist: string): Promise<TinypoolModule> {
  const url = pathToFileURL(createRequire(join(dist, 'weftc.mjs')).resolve('tinypool')).href;
  const loader = vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  const emitWarning = process.emitWarning;
  process.emitWarning = () => {};
  try {
    const script = new vm.Script(`import(${JSON.stringify(url)})`, { importModuleDynamically: loader as never });
    return (await script.runInThisContext()) as TinypoolModule;
  } finally {
    process.emitWarning = emitWarning;
  }
}

/**
 * The adaptive split (without a schedule seed): the main thread runs at least MIN_SAMPLES inputs
 * and SAMPLE_FRACTION of them, and for at least SAMPLE_MS (no time lost: that is work done), estimates the rest from the time
 * per unit of weight of the later half of the sample (the first inputs pay for cold code and
 * first-use caches), and ships the rest only if the workers would finish sooner: their time is what they must deserialize first (DESERIALIZE_PER_SERIALIZE
 * times the measured serialization of every context part some worker lacks; measured ratio 2.5–4),
 * the start of the workers and a dispatch cost, plus the work divided among them at a speed
 * relative to the warm main thread (cold code on a worker's first run of a task). So a map never
 * runs much slower than serially; the thresholds are measurements, see docs/parallel.md.
 */
const SAMPLE_MS = 30;
const MIN_SAMPLES = 4;
/**
 * The sample is also at least this share of the inputs: the first bodies of a crate can cost 50×
 * the later ones (first-use caches), so a 30 ms sample of a few inputs overestimates badly.
 */
const SAMPLE_FRACTION = 0.05;
const DESERIALIZE_PER_SERIALIZE = 3.5;
const DISPATCH_MS = 5;
/** Added to the cost of the first shipping map: starting the workers (measured: ~40–90 ms). */
const BOOT_MS = 60;
const COLD_SPEED = 0.7;
/**
 * Serializing plus deserializing costs about this many µs per value (object, array element, map
 * entry, string) of a context: r of deep-modules, ~1.5 M values, 0.3–0.9 s to serialize and
 * 3.5× that to deserialize on this machine. Used to skip serializing what cannot pay.
 */
const SHIP_US_PER_VALUE = 1.5;
const WARM_SPEED = 0.9;
/**
 * What receiving a task's outputs costs the main thread (structured clone, serial there), relative
 * to running the task there. A parsed file comes back as a tree ~35× the size of its source, and
 * deserializing it takes 1.5–2.5× as long as parsing it (measured, docs/parallel.md): shipping
 * parses never pays (expr-interpreter: parse_crate 0.74–1.05 s on the main thread, 1.29–2.18 s
 * and +70 MB RSS shipped). Other tasks return diagnostics and small tables: not counted.
 */
const RECEIVE_PER_RUN: { readonly [T in TaskName]?: number } = { 'syntax.parse': 1.5 };

type Settled = { chunk: Chunk; response: ChunkResponse } | { chunk: Chunk; crash: unknown };

export class ParallelExecutor implements Executor {
  readonly threads: number;
  private readonly seed: number | null;
  private readonly adaptive: boolean;
  private readonly trace: TraceSink | null;
  private readonly local: LocalContexts;
  private readonly contexts = new Map<string, ContextRef>();
  /** Contexts set but not serialized yet: serialization waits for the first map that ships work. */
  private readonly unserialized = new Map<string, { readonly version: number; readonly value: unknown }>();
  private version = 0;
  private partIds = 0;
  /**
   * Where each object shipped as a context property lives: its part, and its key there if the
   * part holds several properties (`SHIP_TOGETHER`). A later context with the same object reuses it.
   */
  private readonly located = new WeakMap<object, { readonly part: ContextPart; readonly pick?: string }>();
  /** Part id → how many workers have deserialized it. */
  private readonly loadedBy = new Map<number, number>();
  /** Part id → milliseconds its serialization took (the cost model's yardstick). */
  private readonly serializeMs = new Map<number, number>();
  /** Tasks the workers have run (their code is warm there). */
  private readonly warmTasks = new Set<string>();
  private maps = 0;
  private closing = false;
  /** Set when a worker died: every pending and later map fails with it. */
  private failure: Error | null = null;
  private readonly pending = new Set<(e: Error) => void>();
  private readonly watched = new WeakSet<object>();

  private pool: Tinypool | null = null;
  private starting: Promise<Tinypool> | null = null;

  constructor(
    private readonly startPool: () => Promise<Tinypool>,
    options: ParallelOptions,
  ) {
    this.threads = options.threads;
    this.seed = options.scheduleSeed ?? null;
    this.adaptive = options.adaptive ?? true;
    this.trace = options.trace ?? null;
    this.local = new LocalContexts(this.trace ? traceQueries(this.trace, 0) : null);
  }

  private async workers(): Promise<Tinypool> {
    this.starting ??= this.startPool().then((pool) => {
      // A worker that fails while idle (or during start-up) is reported here instead of crashing
      // the process through an unhandled 'error' event.
      pool.on('error', (e: unknown) => this.die(workerPanicked(e)));
      this.pool = pool;
      if (this.closing) void this.terminateAll();
      return pool;
    });
    return this.starting;
  }

  async map<T extends TaskName>(task: T, inputs: readonly TaskInput<T>[], options?: MapOptions<T>): Promise<TaskOutput<T>[]> {
    if (this.closing) throw new Error(`[executor] \`${task}\` was started after the executor was closed`);
    if (this.failure) throw this.failure;
    return tracedMap(this.trace, task, inputs.length, () => this.run(task, inputs, options));
  }

  private async run<T extends TaskName>(task: T, inputs: readonly TaskInput<T>[], options?: MapOptions<T>): Promise<TaskOutput<T>[]> {
    const out = new Array<TaskOutput<T>>(inputs.length);
    if (inputs.length === 0) return out;
    const weights = weightsOf(task, inputs, options);
    const random = this.seed !== null ? seededRandom((this.seed ^ Math.imul(++this.maps, 0x9e3779b9)) >>> 0) : null;
    // Without a schedule seed, the main thread starts the map itself and hands the rest to the
    // workers only if that pays (the cost model above SAMPLE_MS); inputs run in order, so a
    // failure here is the lowest-index one.
    let first = 0;
    if (!random && this.adaptive) {
      const mainTrace = this.trace ? { sink: this.trace, tid: 0 } : null;
      const started = performance.now();
      // The first inputs pay for cold code and first-use caches: the rate comes from the later
      // half of the sample.
      const ends: number[] = [];
      const minSamples = Math.max(MIN_SAMPLES, Math.ceil(inputs.length * SAMPLE_FRACTION));
      while (first < inputs.length && (first < minSamples || performance.now() - started < SAMPLE_MS)) {
        const failure = runInline(task, inputs, [first], out, this.local, mainTrace, true);
        if (failure) throw failure.error;
        ends.push(performance.now());
        first++;
      }
      if (first === inputs.length) return out;
      const half = Math.floor(first / 2);
      const warmWeight = weights.slice(half, first).reduce((a, b) => a + b, 0);
      const warmMs = ends[first - 1]! - (half === 0 ? started : ends[half - 1]!);
      const left = weights.slice(first).reduce((a, b) => a + b, 0);
      const estimateMs = (warmMs / Math.max(1, warmWeight)) * left;
      const fixedMs = (this.pool ? 0 : BOOT_MS) + DISPATCH_MS;
      // Workers that have not run this task yet run cold code: slower than the warm main thread.
      const speed = this.warmTasks.has(task) ? WARM_SPEED : COLD_SPEED;
      const workMs = estimateMs / (this.threads * speed);
      const receiveMs = estimateMs * (RECEIVE_PER_RUN[task] ?? 0);
      // Serializing the contexts is paid only while shipping could still pay for it.
      if (fixedMs + workMs + receiveMs < estimateMs) this.serializeContexts(estimateMs - fixedMs - workMs - receiveMs);
      const shipMs = fixedMs + receiveMs + this.unshippedMs() + this.unserializedMs(estimateMs);
      const parallelMs = shipMs + workMs;
      const parallel = parallelMs < estimateMs;
      this.trace?.add({ name: `schedule ${task}`, cat: 'chunk', tid: 0, ts: traceNow(), dur: 0, args: { onMain: first, left: inputs.length - first, estimateMs: Math.round(estimateMs), shipMs: Math.round(shipMs), parallelMs: Math.round(parallelMs), parallel: String(parallel) } });
      if (!parallel) {
        const rest = inputs.map((_, i) => i).slice(first);
        const failure = runInline(task, inputs, rest, out, this.local, mainTrace, true);
        if (failure) throw failure.error;
        return out;
      }
      this.warmTasks.add(task);
    }
    const pool = await this.workers();
    if (this.failure) throw this.failure;
    const chunks = planChunks(weights.slice(first), this.threads, random).map((c) => ({ start: c.start + first, end: c.end + first, weight: c.weight }));
    this.serializeContexts();
    const contexts = [...this.contexts.values()];
    const runs = chunks.map((chunk): Promise<Settled> => {
      const request: ChunkRequest = {
        task,
        start: chunk.start,
        inputs: inputs.slice(chunk.start, chunk.end),
        contexts,
        trace: this.trace !== null,
        shake: random ? Math.floor(random() * 2 ** 32) : null,
      };
      return pool.run(request).then(
        (response: ChunkResponse) => ({ chunk, response }),
        (crash: unknown) => ({ chunk, crash }),
      );
    });
    // Workers are created by tinypool (again after a crash): watch any new one.
    this.watch(pool);
    const settled = await new Promise<Settled[]>((resolve, reject) => {
      this.pending.add(reject);
      Promise.all(runs).then(resolve, reject).finally(() => this.pending.delete(reject));
    });
    let failure: { index: number; error: Error } | null = null;
    const fail = (index: number, error: Error) => {
      if (!failure || index < failure.index) failure = { index, error };
    };
    for (const s of settled) {
      if ('crash' in s) {
        fail(s.chunk.start, workerPanicked(s.crash));
        continue;
      }
      if (this.trace) for (const e of s.response.events) this.trace.add(e);
      for (const id of s.response.loaded) this.loadedBy.set(id, (this.loadedBy.get(id) ?? 0) + 1);
      if (s.response.ok) {
        const outputs = s.response.outputs;
        for (let i = 0; i < outputs.length; i++) out[s.chunk.start + i] = outputs[i] as TaskOutput<T>;
      } else {
        fail(s.response.index, revive(s.response.error));
      }
    }
    if (failure) throw (failure as { error: Error }).error;
    return out;
  }

  /**
   * Predicted time for the workers to deserialize every context part some worker lacks (an upper
   * bound on what a map may make them read): DESERIALIZE_PER_SERIALIZE times what serializing those
   * parts took here, which scales with the machine and its load.
   */
  /** Contexts still unserialized here mean shipping was already judged not to pay. */
  private unserializedMs(estimateMs: number): number {
    return this.unserialized.size > 0 ? estimateMs : 0;
  }

  private unshippedMs(): number {
    let ms = 0;
    for (const ref of this.contexts.values()) {
      const parts = ref.shape.kind === 'value' ? [ref.shape.part] : ref.shape.props.map((p) => p.part);
      for (const part of new Set(parts)) if ((this.loadedBy.get(part.id) ?? 0) < this.threads) ms += (this.serializeMs.get(part.id) ?? 0) * DESERIALIZE_PER_SERIALIZE;
    }
    return ms;
  }

  setContext<N extends ContextName>(name: N, value: ContextTypes[N]): void {
    this.local.set(name, value);
    this.contexts.delete(name);
    this.unserialized.set(name, { version: ++this.version, value });
  }

  /**
   * Serializes the contexts set since the last shipping map (see `unserialized`). With a budget,
   * stops once serializing plus the predicted deserialization would exceed it (what shipping
   * could save): then it returns false, and the parts made so far are kept for a later map.
   */
  private serializeContexts(budgetMs = Infinity): boolean {
    const started = performance.now();
    // Before serializing a part, a cheap count of its values (capped) tells whether serializing
    // and deserializing it would already cost more than the budget left.
    const tooBig = (v: unknown) => {
      if (budgetMs === Infinity || (typeof v === 'object' && v !== null && this.located.has(v))) return false;
      const left = budgetMs - (performance.now() - started) * (1 + DESERIALIZE_PER_SERIALIZE);
      return left <= 0 || valuesExceed(v, (left * 1000) / SHIP_US_PER_VALUE);
    };
    for (const [name, { version, value }] of this.unserialized) {
      let shape: ContextRef['shape'];
      if (isPlainObject(value)) {
        // Properties shipped together: one part for those not shipped before.
        const apart = SHIP_APART[name as ContextName] as Record<string, ShipApart<unknown>> | undefined;
        const together = (SHIP_TOGETHER[name as ContextName] ?? []).filter((k) => isObject(value[k]) && !this.located.has(value[k] as object));
        if (together.length > 0) {
          const group = Object.fromEntries(together.map((k) => [k, value[k]]));
          if (tooBig(group)) return false;
          const part = this.part(group, `${name}.{${together.join(',')}}`, together.map((k) => [k, apart?.[k]]), name);
          for (const k of together) this.located.set(value[k] as object, { part, pick: k });
        }
        const props: ContextProp[] = [];
        for (const [key, prop] of Object.entries(value)) {
          const at = isObject(prop) ? this.located.get(prop) : undefined;
          if (at) {
            props.push({ key, ...at });
            continue;
          }
          if (tooBig(prop)) return false;
          props.push({ key, part: this.part(prop, `${name}.${key}`, [[null, apart?.[key]]], name, key) });
        }
        shape = { kind: 'object', props };
      } else {
        if (tooBig(value)) return false;
        shape = { kind: 'value', part: this.part(value, name) };
      }
      this.contexts.set(name, { name, version, shape });
      this.unserialized.delete(name);
    }
    return true;
  }

  /**
   * Serializes `value` into shared memory (an object is recorded as shipped, see `located`).
   * `splits` lists, by property of a group (`pick`) or null for the value itself, the
   * `SHIP_APART` entry to apply: what it takes out is serialized as a piece of its own.
   */
  private part(value: unknown, label: string, splits: readonly (readonly [string | null, ShipApart<unknown> | undefined])[] = [], context = '', key?: string): ContextPart {
    const pieces: { pick: string | null; key: string; apart: unknown }[] = [];
    let shipped = value;
    for (const [pick, split] of splits) {
      if (!split) continue;
      if (pick === null) {
        const { value: rest, apart } = split.split(value);
        shipped = rest;
        pieces.push({ pick, key: key!, apart });
      } else {
        const { value: rest, apart } = split.split((value as Record<string, unknown>)[pick]);
        shipped = { ...(shipped as Record<string, unknown>), [pick]: rest };
        pieces.push({ pick, key: pick, apart });
      }
    }
    const apart = pieces.map(({ pick, key, apart }) => ({ pick, context, key, part: this.serialized(apart, `${context}.${key} (apart)`) }));
    const part = this.serialized(shipped, label, apart);
    if (isObject(value)) this.located.set(value, { part });
    return part;
  }

  private serialized(value: unknown, label: string, apart: readonly ApartPiece[] = []): ContextPart {
    const ts = traceNow();
    const buffer = serialize(value);
    const bytes = new SharedArrayBuffer(buffer.byteLength);
    new Uint8Array(bytes).set(buffer);
    const part = { id: ++this.partIds, bytes, ...(apart.length > 0 ? { apart } : {}) };
    const dur = traceNow() - ts;
    this.serializeMs.set(part.id, dur);
    this.trace?.add({ name: `serialize ${label}`, cat: 'context', tid: 0, ts, dur, args: { bytes: bytes.byteLength } });
    return part;
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    await this.terminateAll();
  }

  /**
   * Not `pool.destroy()`: it waits for an 'exit' event that a worker which already died never
   * sends again (a hang), and fails on an 'error' during shutdown. Terminating each thread works
   * in every state, and the pool holds nothing else that keeps the process alive.
   */
  private async terminateAll(): Promise<void> {
    if (this.pool) await Promise.all(this.pool.threads.map((worker) => worker.terminate()));
  }

  private watch(pool: Tinypool): void {
    for (const worker of pool.threads) {
      if (this.watched.has(worker)) continue;
      this.watched.add(worker);
      let error: unknown = null;
      worker.on('error', (e: unknown) => {
        error = e;
      });
      // `process.exit` in a worker ends it without an 'error' event, and tinypool then never
      // settles the chunk it was running: without this, the map would wait forever.
      worker.on('exit', (code: number) => {
        if (!this.closing) this.die(error !== null ? workerPanicked(error) : new Error(`[executor] a worker thread exited unexpectedly with code ${code}`));
      });
    }
  }

  private die(error: Error): void {
    this.failure ??= error;
    for (const reject of this.pending) reject(this.failure);
    this.pending.clear();
  }
}

function workerPanicked(e: unknown): Error {
  const message = e instanceof Error ? e.message : String(e);
  const error = new Error(`[executor] a worker thread panicked: ${message}`);
  return error;
}

/** The main-thread Error for a task's exception sent back by a worker (see worker.ts). */
function revive(e: unknown): Error {
  const plain = e as { name: string; message: string; stack: string };
  const error = new Error(plain.message);
  error.name = plain.name;
  error.stack = plain.stack;
  return error;
}

function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Whether `root` holds more than `limit` values (counted with repeats; stops at the limit). */
function valuesExceed(root: unknown, limit: number): boolean {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (++count > limit) return true;
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push(v[i]);
    } else if (v instanceof Map) {
      for (const [k, x] of v) stack.push(k, x);
    } else if (v instanceof Set) {
      for (const x of v) stack.push(x);
    } else if (!ArrayBuffer.isView(v)) {
      for (const k in v) stack.push((v as Record<string, unknown>)[k]);
    }
  }
  return false;
}
