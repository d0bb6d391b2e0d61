/**
 * The collector's accuracy, end to end (real processes, the real collection loop, storage and
 * statistics), on the fake compiler so that it is fast and its noise is known (σ = 1% of a 25 ms
 * compile for A/A, 0.5% of 100 ms for the slowdown, long enough that a few milliseconds of scheduling
 * delay on a busy machine stay below the 5% to detect; the machine adds its own noise). An A/A comparison must report no relevant change in at least 19 of 20 runs, and a 5%
 * slowdown injected by the wrapper compiler must be flagged in at least 19 of 20.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { discoverBenchmarks } from '../src/collector/benchmarks.js';
import { measureAccuracy, smallestReliableChange } from '../src/collector/accuracy.js';
import { probeTools } from '../src/collector/measure.js';
import { fakeArtifact, makeSuite } from './fake-suite.js';

const suite = makeSuite([{ name: 'one' }, { name: 'two', category: 'secondary' }]);
afterAll(() => rmSync(suite, { recursive: true, force: true }));
const { benchmarks } = discoverBenchmarks(suite);

describe('accuracy of the collector (fake compiler)', async () => {
  const { tools } = await probeTools();
  const common = { threads: [1], iterations: 5, runs: 20, tools, timeoutMs: 30_000 };

  test('A/A: no relevant change in at least 19 of 20 runs', async () => {
    const artifact = fakeArtifact('fake', { FAKE_BASE_MS: '25', FAKE_NOISE_PERMILLE: '10' });
    const [aa] = await measureAccuracy({ ...common, artifact, benchmarks, changes: [0] });
    expect(aa!.failedTestCases).toBe(0);
    expect(aa!.runs).toBe(20);
    expect(aa!.flaggedAny).toBeLessThanOrEqual(1);
    expect(Math.abs(aa!.measuredChange)).toBeLessThan(0.01);
  });

  test('a 5% slowdown injected by a wrapper compiler is flagged in at least 19 of 20 runs', async () => {
    const artifact = fakeArtifact('fake', { FAKE_BASE_MS: '100', FAKE_NOISE_PERMILLE: '5' });
    const rows = await measureAccuracy({ ...common, artifact, benchmarks: benchmarks.slice(0, 1), changes: [50] });
    expect(rows[0]!.flaggedRegression).toBeGreaterThanOrEqual(19);
    expect(rows[0]!.measuredChange).toBeGreaterThan(0.04);
    expect(rows[0]!.measuredChange).toBeLessThan(0.07);
    expect(smallestReliableChange(rows)).toBe(50);
  });
});
