import { describe, expect, test } from 'vitest';
import { QueryEngine, type QueryDef, type Cycle } from './engine.js';
import { SerialExecutor } from './executor.js';

/** A tiny "program": each name depends on the names listed for it. */
function makeQueries(deps: Record<string, string[]>, log: string[]) {
  const engine = new QueryEngine();
  const cycles: string[][] = [];
  const depth: QueryDef<string, number> = {
    name: 'depth',
    describe: (k) => `computing depth of \`${k}\``,
    compute: (k) => {
      log.push(k);
      return 1 + Math.max(0, ...(deps[k] ?? []).map((d) => engine.get(depth, d)));
    },
    onCycle: (_k, cycle: Cycle) => {
      cycles.push(cycle.frames.map((f) => depth.describe(f.key as string)));
      return -100;
    },
  };
  return { engine, depth, cycles };
}

describe('QueryEngine', () => {
  test('memoizes: each key is computed once', () => {
    const log: string[] = [];
    const { engine, depth } = makeQueries({ a: ['b', 'c'], b: ['c'], c: [] }, log);
    expect(engine.get(depth, 'a')).toBe(3);
    expect(engine.get(depth, 'b')).toBe(2);
    expect(log).toEqual(['a', 'b', 'c']);
    expect(engine.isDone(depth, 'c')).toBe(true);
  });

  test('detects a cycle and reports it from the first query on the stack', () => {
    const log: string[] = [];
    const { engine, depth, cycles } = makeQueries({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }, log);
    engine.get(depth, 'd');
    expect(cycles).toEqual([['computing depth of `a`', 'computing depth of `b`', 'computing depth of `c`']]);
    // The cycle is reported once; later requests see memoized values.
    engine.get(depth, 'b');
    expect(cycles).toHaveLength(1);
  });

  test('a provider that throws leaves no half-computed entry', () => {
    const engine = new QueryEngine();
    let fail = true;
    const q: QueryDef<number, number> = {
      name: 'flaky',
      describe: (k) => `flaky ${k}`,
      compute: (k) => {
        if (fail) throw new Error('boom');
        return k;
      },
    };
    expect(() => engine.get(q, 1)).toThrow('boom');
    fail = false;
    expect(engine.get(q, 1)).toBe(1);
  });

  test('a cycle without recovery is an internal compiler error', () => {
    const engine = new QueryEngine();
    const q: QueryDef<number, number> = { name: 'loop', describe: (k) => `loop ${k}`, compute: (k) => engine.get(q, k) };
    expect(() => engine.get(q, 0)).toThrow(/query cycle without recovery: loop 0/);
  });
});

describe('SerialExecutor', () => {
  test('returns results in input order', async () => {
    const ex = new SerialExecutor();
    await expect(ex.map('test.double', [3, 1, 2])).resolves.toEqual([6, 2, 4]);
    expect(ex.threads).toBe(1);
  });
});
