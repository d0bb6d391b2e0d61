/**
 * The messages between the main thread and a worker: the whole protocol of the parallel executor.
 * Tinypool carries them (one `run` per chunk, structured clone); everything here is plain data.
 *
 * Owns: the message shapes and the test-only crash switch's name. Must not: import tinypool or
 * worker_threads (both sides import this file).
 */
import type { TaskName } from '../tasks.js';
import type { TraceEvent } from '../executor.js';

/**
 * A unit of context data serialized once (`v8.serialize`) into shared memory. Posting a
 * SharedArrayBuffer shares it, so every chunk can carry the refs of all contexts for a few bytes,
 * and a worker deserializes a given part at most once, the first time a task reads it.
 */
export interface ContextPart {
  /** Unique per executor and never reused, so a worker's cache can key on it. */
  readonly id: number;
  readonly bytes: SharedArrayBuffer;
  /**
   * What was taken out of the value before serializing (`SHIP_APART` in tasks.ts), each piece its
   * own part: the worker's `join` puts it back lazily, deserializing it when a task first reads it.
   * `pick` is the property of a part holding several (`SHIP_TOGETHER`), null for the value itself.
   */
  readonly apart?: readonly ApartPiece[];
}

export interface ApartPiece {
  readonly pick: string | null;
  /** The `SHIP_APART` entry that split it: context name and property. */
  readonly context: string;
  readonly key: string;
  readonly part: ContextPart;
}

/**
 * A context as the workers receive it. A plain object is shipped property by property: each
 * property is its own part, deserialized lazily when a task first reads it, and shipped once when
 * several contexts hold the same object (`sema.late` and `sema.crate` share the resolver data and
 * the ASTs). The properties a context lists in `SHIP_TOGETHER` (tasks.ts) share one part, an
 * object holding each of them under its key (`pick`), so what they share is serialized once. Any
 * other value is one part.
 */
export interface ContextRef {
  readonly name: string;
  /** Increases with every `setContext`, so a replaced value is never served from a worker's cache. */
  readonly version: number;
  readonly shape:
    | { readonly kind: 'object'; readonly props: readonly ContextProp[] }
    | { readonly kind: 'value'; readonly part: ContextPart };
}

/** A property of an object context: the part's value, or its property `pick` for a shared part. */
export interface ContextProp {
  readonly key: string;
  readonly part: ContextPart;
  readonly pick?: string;
}

/** Main → worker: run `task` on `inputs`, which are inputs `start..start+inputs.length` of the map. */
export interface ChunkRequest {
  readonly task: TaskName;
  readonly start: number;
  readonly inputs: readonly unknown[];
  readonly contexts: readonly ContextRef[];
  /** Record a trace event per task (`-Zself-profile`). */
  readonly trace: boolean;
  /** `-Zschedule-seed`: a seed for this chunk's delays and yields; null runs straight through. */
  readonly shake: number | null;
}

/**
 * Worker → main. A task that throws ends the chunk: `index` is the failing input's index in the
 * map; the inputs after it in the chunk are not run (a lower-index failure elsewhere may win).
 */
export type ChunkResponse = ({ readonly ok: true; readonly outputs: unknown[] } | { readonly ok: false; readonly index: number; readonly error: unknown }) & {
  readonly events: TraceEvent[];
  /** Context parts this chunk deserialized (the main thread counts what each worker holds). */
  readonly loaded: number[];
};

/**
 * Test-only: a worker that finds this variable set misbehaves on purpose when it runs a task whose
 * name is the value's suffix: `exit:<task>` calls `process.exit(7)`, `throw:<task>` throws outside
 * any task (an uncaught exception, which kills the worker), `oom:<task>` allocates until the heap
 * is exhausted. Read only by the worker, so `-Zthreads=1` ignores it.
 */
export const CRASH_ENV = 'WEFTC_TEST_WORKER_CRASH';
