import { expect, test } from 'vitest';
import { CoreBudget } from './core-budget.js';

const tick = () => new Promise((r) => setTimeout(r, 0));

test('a compile at -Zthreads=T takes min(T, size) cores; serial takes 1', () => {
  const b = new CoreBudget(4);
  expect([b.unitsFor(1), b.unitsFor(2), b.unitsFor(16)]).toEqual([1, 2, 4]);
});

test('requests wait until enough cores are free, in arrival order', async () => {
  const b = new CoreBudget(2);
  const order: string[] = [];
  const r1 = await b.acquire(1);
  const wide = b.acquire(2).then((r) => (order.push('wide'), r));
  const narrow = b.acquire(1).then((r) => (order.push('narrow'), r));
  await tick();
  // One core is free, but the wide request came first: the narrow one waits behind it.
  expect(order).toEqual([]);
  r1();
  const rw = await wide;
  await tick();
  expect(order).toEqual(['wide']);
  rw();
  (await narrow)();
  expect(order).toEqual(['wide', 'narrow']);
  expect(b.available).toBe(2);
});

test('exclusive waits for everything else and holds the whole budget', async () => {
  const b = new CoreBudget(3);
  const r = await b.acquire(1);
  let alone = false;
  const ex = b.exclusive().then((rel) => ((alone = true), rel));
  await tick();
  expect(alone).toBe(false);
  r();
  const rel = await ex;
  expect([alone, b.available]).toEqual([true, 0]);
  rel();
  rel();
  expect(b.available).toBe(3);
});

test('a budget needs at least one core', () => expect(() => new CoreBudget(0)).toThrow(RangeError));
