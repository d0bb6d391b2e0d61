/**
 * The query engine: memoized, demand-driven evaluation of pure providers, after rustc's query
 * system. A query is a pure function of its key and of other queries; its result is immutable and
 * computed at most once per engine. Re-entering a query that is still being computed is a cycle:
 * the engine hands the cycle (the stack from the first occurrence, in evaluation order) to the
 * re-entered query's `onCycle`, which reports it (E0391) and returns a recovery value.
 *
 * Determinism: the engine itself never depends on timing. Which query is the cycle's entry point is
 * the first one on the stack, and the stack order is fixed by the order in which the driver
 * requests queries, which is canonical (source order) in every executor.
 *
 * Owns: memoization, cycle detection, per-query profiling hooks. Must not: know any particular
 * query (see the providers in sema/), touch worker_threads, or print.
 */
import { bug } from '../util/bug.js';

/** One active query on the stack. */
export interface QueryFrame {
  readonly query: QueryDef<any, any>;
  readonly key: unknown;
}

/** A detected cycle: frames from the first occurrence of the repeated query to the top. */
export interface Cycle {
  readonly frames: readonly QueryFrame[];
  /** The frame below the cycle's start (the query that used the cycle), if any. */
  readonly usedBy: QueryFrame | null;
}

export interface QueryDef<K, V> {
  /** Unique name, used in profiles: `type_of`, `fn_sig`, `typeck`... */
  readonly name: string;
  /** rustc-style description used in cycle errors: "computing type of `Foo`". */
  describe(key: K): string;
  /** The provider. It may call other queries through the engine. */
  compute(key: K): V;
  /**
   * Called when the query is found to be part of a cycle (on the query that closed it), after
   * which every frame of the cycle returns this value. Without it, a cycle is an internal error.
   */
  onCycle?(key: K, cycle: Cycle): V;
  /** Memo key for non-primitive keys; defaults to the key itself. */
  keyOf?(key: K): string | number;
}

/** Receives a start/end event for every computed (not cached) query; for -Zself-profile. */
export interface QueryProfiler {
  start(name: string, key: unknown): void;
  end(name: string, key: unknown): void;
}

type MemoEntry = { state: 'done'; value: unknown } | { state: 'active'; depth: number };

export class QueryEngine {
  private readonly memo = new Map<QueryDef<any, any>, Map<unknown, MemoEntry>>();
  private readonly stack: QueryFrame[] = [];

  constructor(private readonly profiler: QueryProfiler | null = null) {}

  /** Evaluates (or fetches the memoized result of) `query(key)`. */
  get<K, V>(query: QueryDef<K, V>, key: K): V {
    let table = this.memo.get(query);
    if (!table) {
      table = new Map();
      this.memo.set(query, table);
    }
    const memoKey = query.keyOf ? query.keyOf(key) : key;
    const entry = table.get(memoKey);
    if (entry?.state === 'done') return entry.value as V;
    if (entry?.state === 'active') return this.cycle(query, key, entry.depth);

    table.set(memoKey, { state: 'active', depth: this.stack.length });
    this.stack.push({ query, key });
    this.profiler?.start(query.name, key);
    let value: V;
    try {
      value = query.compute(key);
    } catch (e) {
      table.delete(memoKey);
      throw e;
    } finally {
      this.stack.pop();
      this.profiler?.end(query.name, key);
    }
    table.set(memoKey, { state: 'done', value });
    return value;
  }

  /** True if `query(key)` has a memoized result (for tests and `ensure`-style callers). */
  isDone<K>(query: QueryDef<K, any>, key: K): boolean {
    const memoKey = query.keyOf ? query.keyOf(key) : key;
    return this.memo.get(query)?.get(memoKey)?.state === 'done';
  }

  /** The active query stack, outermost first (for ICE reports, like rustc's query stack dump). */
  activeQueries(): readonly QueryFrame[] {
    return this.stack;
  }

  private cycle<K, V>(query: QueryDef<K, V>, key: K, depth: number): V {
    const frames = this.stack.slice(depth);
    const cycle: Cycle = { frames, usedBy: depth > 0 ? this.stack[depth - 1]! : null };
    if (!query.onCycle) bug(`query cycle without recovery: ${frames.map((f) => f.query.describe(f.key)).join(' -> ')}`);
    // As in rustc, the re-entered query answers with its recovery value and the frames of the
    // cycle then finish computing normally on top of it.
    return query.onCycle(key, cycle);
  }
}
