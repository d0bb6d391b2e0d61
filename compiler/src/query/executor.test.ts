/**
 * The executor conformance suite: every executor configuration (serial, serial with a schedule
 * seed, parallel at 2 and 4 threads, parallel with seeds) must pass the same checks: results in
 * input order, the lowest-index task error, context delivery, empty/large/many inputs, concurrent
 * maps, refusal after close, and a trace event per task. Worker deaths are checked on the parallel
 * executor alone (the serial one has no worker to lose).
 */
import { serialize } from 'node:v8';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SerialExecutor, type Executor, type TraceEvent } from './executor.js';
import { createParallelExecutor } from './parallel/pool.js';
import { CRASH_ENV } from './parallel/protocol.js';
import { buildWeftc, type BuiltWeftc } from './parallel/test-support.js';

let built: BuiltWeftc;
beforeAll(async () => {
  built = await buildWeftc();
});
afterAll(() => built?.remove());

interface Config {
  readonly name: string;
  /** Where tasks must have run: on the main thread, on workers, or either (the adaptive split). */
  readonly where: 'main' | 'workers' | 'any';
  readonly make: (trace: TraceEvent[] | null) => Promise<Executor>;
}

const sink = (events: TraceEvent[] | null) => (events ? { add: (e: TraceEvent) => void events.push(e) } : null);

const CONFIGS: Config[] = [
  { name: 'serial', where: 'main', make: async (t) => new SerialExecutor({ trace: sink(t) }) },
  { name: 'serial, seed 7', where: 'main', make: async (t) => new SerialExecutor({ scheduleSeed: 7, trace: sink(t) }) },
  { name: 'parallel ×2, adaptive', where: 'any', make: (t) => createParallelExecutor({ threads: 2, workerFile: built.worker, trace: sink(t) }) },
  { name: 'parallel ×2, workers only', where: 'workers', make: (t) => createParallelExecutor({ threads: 2, adaptive: false, workerFile: built.worker, trace: sink(t) }) },
  { name: 'parallel ×4, workers only', where: 'workers', make: (t) => createParallelExecutor({ threads: 4, adaptive: false, workerFile: built.worker, trace: sink(t) }) },
  { name: 'parallel ×2, seed 1', where: 'workers', make: (t) => createParallelExecutor({ threads: 2, scheduleSeed: 1, workerFile: built.worker, trace: sink(t) }) },
  { name: 'parallel ×3, seed 99', where: 'workers', make: (t) => createParallelExecutor({ threads: 3, scheduleSeed: 99, workerFile: built.worker, trace: sink(t) }) },
];

/** Runs `body` with a fresh executor of `config`, always closing it. */
async function withExecutor<T>(config: Config, body: (ex: Executor, trace: TraceEvent[]) => Promise<T>): Promise<T> {
  const trace: TraceEvent[] = [];
  const ex = await config.make(trace);
  try {
    return await body(ex, trace);
  } finally {
    await ex.close();
  }
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe.each(CONFIGS)('executor conformance: $name', (config) => {
  test('results come back in input order', async () => {
    await withExecutor(config, async (ex) => {
      const inputs = range(500).map((i) => (i * 7919) % 1000);
      await expect(ex.map('test.double', inputs)).resolves.toEqual(inputs.map((x) => x * 2));
    });
  });

  test('empty and single inputs', async () => {
    await withExecutor(config, async (ex) => {
      await expect(ex.map('test.double', [])).resolves.toEqual([]);
      await expect(ex.map('test.double', [21])).resolves.toEqual([42]);
    });
  });

  test('many tiny tasks', async () => {
    await withExecutor(config, async (ex) => {
      const inputs = range(20_000);
      const out = await ex.map('test.double', inputs);
      expect(out).toHaveLength(20_000);
      expect(out.every((v, i) => v === 2 * i)).toBe(true);
    });
  });

  test('large and structured inputs and outputs survive the trip', async () => {
    await withExecutor(config, async (ex) => {
      const big = 'x'.repeat(4_000_000);
      const nested = { a: [1, 2, { b: new Map([[1, 'one']]), c: null }], d: 'é😀', e: -0.5 };
      const out = await ex.map('test.echo', [big, nested, 3, [big.length]]);
      expect(out).toEqual([big, nested, 3, [4_000_000]]);
    });
  });

  test('a task error rejects the map with the lowest-index failure', async () => {
    await withExecutor(config, async (ex) => {
      const inputs = range(400);
      inputs[350] = -350;
      inputs[120] = -120;
      inputs[399] = -399;
      await expect(ex.map('test.fail', inputs)).rejects.toThrow('test.fail: negative input -120');
      // The executor stays usable after a task error.
      await expect(ex.map('test.fail', [1, 2])).resolves.toEqual([1, 2]);
    });
  });

  test('a single failing input', async () => {
    await withExecutor(config, async (ex) => {
      await expect(ex.map('test.fail', [-1])).rejects.toThrow('test.fail: negative input -1');
    });
  });

  test('contexts reach every task, and a new value replaces the old one', async () => {
    await withExecutor(config, async (ex) => {
      await expect(ex.map('test.context', [0, 1])).rejects.toThrow('no context `test.table` was set');
      const table = range(3000).map((i) => i * 3);
      ex.setContext('test.table', table);
      const idx = range(3000).reverse();
      await expect(ex.map('test.context', idx)).resolves.toEqual(idx.map((i) => i * 3));
      ex.setContext('test.table', range(3000).map((i) => -i));
      await expect(ex.map('test.context', [5, 2999])).resolves.toEqual([-5, -2999]);
    });
  });

  test('maps in flight at the same time do not mix', async () => {
    await withExecutor(config, async (ex) => {
      const [a, b, c] = await Promise.all([ex.map('test.double', range(300)), ex.map('test.echo', range(300).map(String)), ex.map('test.double', [5])]);
      expect(a).toEqual(range(300).map((i) => 2 * i));
      expect(b).toEqual(range(300).map(String));
      expect(c).toEqual([10]);
    });
  });

  test('a map after close is refused', async () => {
    const ex = await config.make(null);
    await ex.close();
    await ex.close();
    await expect(ex.map('test.double', [1, 2])).rejects.toThrow('was started after the executor was closed');
  });

  test('the trace has one task event per input, on the thread that ran it', async () => {
    await withExecutor(config, async (ex, trace) => {
      await ex.map('test.double', range(200));
      const tasks = trace.filter((e) => e.cat === 'task');
      expect(tasks.map((e) => e.args?.index).sort((x, y) => Number(x) - Number(y))).toEqual(range(200));
      expect(tasks.every((e) => e.name === 'test.double' && e.dur >= 0)).toBe(true);
      const tids = new Set(tasks.map((e) => e.tid));
      if (config.where === 'main') expect([...tids]).toEqual([0]);
      if (config.where === 'workers') expect(tids.has(0)).toBe(false);
    });
  });
});

describe('parallel executor', () => {
  test('a context is serialized once and deserialized at most once per worker', async () => {
    const trace: TraceEvent[] = [];
    const ex = await createParallelExecutor({ threads: 2, adaptive: false, workerFile: built.worker, trace: sink(trace) });
    try {
      ex.setContext('test.table', range(10_000));
      for (let round = 0; round < 3; round++) await ex.map('test.context', range(1000));
      const ctx = trace.filter((e) => e.cat === 'context');
      expect(ctx.filter((e) => e.name === 'serialize test.table')).toHaveLength(1);
      const loads = ctx.filter((e) => e.name === 'deserialize test.table');
      expect(loads.length).toBeGreaterThanOrEqual(1);
      expect(new Set(loads.map((e) => e.tid)).size).toBe(loads.length);
    } finally {
      await ex.close();
    }
  });

  test('an object context ships per property: shared properties once, each read lazily', async () => {
    const trace: TraceEvent[] = [];
    const ex = await createParallelExecutor({ threads: 2, adaptive: false, workerFile: built.worker, trace: sink(trace) });
    try {
      const shared = range(50_000);
      // `test.context` reads `context[i]`: an object with keys 0 and 1 stands in for a record.
      ex.setContext('test.table', { 0: 1, 1: shared } as never);
      await expect(ex.map('test.context', [0, 0, 0, 0])).resolves.toEqual([1, 1, 1, 1]);
      const names = () => trace.filter((e) => e.cat === 'context').map((e) => e.name);
      expect(names().filter((n) => n.startsWith('deserialize'))).not.toContain('deserialize test.table.1');
      ex.setContext('test.table', { 0: 2, 1: shared } as never);
      const out = await ex.map('test.context', [1, 0, 1]);
      expect(out).toEqual([shared, 2, shared]);
      expect(names().filter((n) => n === 'serialize test.table.1')).toHaveLength(1);
      expect(names().filter((n) => n === 'serialize test.table.0')).toHaveLength(2);
      expect(names()).toContain('deserialize test.table.1');
    } finally {
      await ex.close();
    }
  });

  test('properties shipped together (SHIP_TOGETHER) share one part: what they share is serialized once', async () => {
    const trace: TraceEvent[] = [];
    const ex = await createParallelExecutor({ threads: 2, adaptive: false, workerFile: built.worker, trace: sink(trace) });
    const names = (prefix: string) => trace.filter((e) => e.cat === 'context' && e.name.startsWith(prefix)).map((e) => e.name);
    try {
      const n = range(20_000);
      const value = { a: { n }, b: { n }, c: { n: range(10) } };
      ex.setContext('test.shared', value);
      await expect(ex.map('test.shared', [1, 1, 1, 1])).resolves.toEqual(range(4).map(() => [true, 40_000]));
      expect(names('serialize')).toEqual(['serialize test.shared.{a,b}', 'serialize test.shared.c (apart)', 'serialize test.shared.c']);
      // One copy of the shared array, not two.
      const group = trace.find((e) => e.name === 'serialize test.shared.{a,b}')!.args!.bytes as number;
      expect(group).toBeLessThan(1.2 * serialize({ n }).byteLength);
      // Another context holding one of those objects reads it from that part.
      ex.setContext('test.table', { 0: value.b } as never);
      await expect(ex.map('test.context', [0])).resolves.toEqual([{ n }]);
      expect(names('serialize')).toHaveLength(3);
    } finally {
      await ex.close();
    }
  });

  test('a property shipped apart (SHIP_APART) is loaded by a worker only when a task reads it', async () => {
    const trace: TraceEvent[] = [];
    const ex = await createParallelExecutor({ threads: 2, adaptive: false, workerFile: built.worker, trace: sink(trace) });
    const loads = () => trace.filter((e) => e.name === 'deserialize test.shared.c (apart)');
    try {
      ex.setContext('test.shared', { a: { n: [1] }, b: { n: [2] }, c: { n: range(5000) } });
      await expect(ex.map('test.shared', [1, 1, 1, 1, 1, 1])).resolves.toEqual(range(6).map(() => [false, 2]));
      expect(trace.filter((e) => e.name === 'deserialize test.shared.c')).not.toHaveLength(0);
      expect(loads()).toHaveLength(0);
      await expect(ex.map('test.shared', [0, 0, 0, 0, 0, 0])).resolves.toEqual(range(6).map(() => [false, 5002]));
      expect(loads().length).toBeGreaterThanOrEqual(1);
      expect(new Set(loads().map((e) => e.tid)).size).toBe(loads().length);
    } finally {
      await ex.close();
    }
  });

  test.each([
    ['exit', 'a worker thread exited unexpectedly with code 7'],
    ['throw', 'a worker thread panicked: injected worker crash'],
  ])('a worker that dies (%s) fails the map, and later maps, without a hang', async (how, message) => {
    // Workers copy the environment when they start, at the first map.
    process.env[CRASH_ENV] = `${how}:test.echo`;
    const ex = await createParallelExecutor({ threads: 2, adaptive: false, workerFile: built.worker });
    try {
      await expect(ex.map('test.echo', range(50))).rejects.toThrow(message);
      await expect(ex.map('test.double', range(50))).rejects.toThrow(message);
    } finally {
      delete process.env[CRASH_ENV];
      await ex.close();
    }
  });

  test('the adaptive split keeps cheap maps on the main thread and ships costly ones', async () => {
    const trace: TraceEvent[] = [];
    const ex = await createParallelExecutor({ threads: 2, workerFile: built.worker, trace: sink(trace) });
    try {
      await ex.map('test.double', range(100));
      expect(new Set(trace.filter((e) => e.cat === 'task').map((e) => e.tid))).toEqual(new Set([0]));
      // 40 × 20 ms: the sample predicts ~740 ms left, well above starting two cold workers on it.
      trace.length = 0;
      await expect(ex.map('test.spin', range(40).map(() => 20))).resolves.toEqual(range(40).map(() => 20));
      expect(trace.find((e) => e.name === 'schedule test.spin')?.args?.parallel).toBe('true');
      expect(trace.some((e) => e.cat === 'task' && e.tid !== 0)).toBe(true);
      // A large context no worker holds yet costs more to ship than 40 × 5 ms saves.
      ex.setContext('test.table', range(1_000_000).map((i) => ({ i, s: String(i) })) as never);
      trace.length = 0;
      await ex.map('test.spin', range(40).map(() => 5));
      expect(trace.find((e) => e.name === 'schedule test.spin')?.args?.parallel).toBe('false');
      expect(trace.every((e) => e.cat !== 'task' || e.tid === 0)).toBe(true);
    } finally {
      await ex.close();
    }
  });

  test('the adaptive split keeps parsing on the main thread: receiving a tree costs more than parsing it', async () => {
    const trace: TraceEvent[] = [];
    const ex = await createParallelExecutor({ threads: 2, workerFile: built.worker, trace: sink(trace) });
    try {
      // 24 files of ~40 KB: ~1 MB of source, the size at which a costly task map ships (above).
      const src = range(600).map((i) => `fn f${i}(a: u32, b: u32) -> u32 { let c = a * ${i} + b; if c > 9 { c - 1 } else { c + 1 } }\n`).join('');
      const inputs = range(24).map((i) => ({ fileIndex: i, name: `f${i}.rs`, src, startPos: 1 + i * (src.length + 1), edition: '2021' as const }));
      const out = await ex.map('syntax.parse', inputs);
      expect(out.map((o) => o.outcome)).toEqual(inputs.map(() => 'ok'));
      expect(trace.find((e) => e.name === 'schedule syntax.parse')?.args?.parallel).toBe('false');
      expect(trace.every((e) => e.cat !== 'task' || e.tid === 0)).toBe(true);
    } finally {
      await ex.close();
    }
  });

  test('a missing worker bundle is reported when the executor is created', async () => {
    await expect(createParallelExecutor({ threads: 2, workerFile: '/nonexistent/worker.mjs' })).rejects.toThrow('the worker bundle `/nonexistent/worker.mjs` is missing');
  });
});
