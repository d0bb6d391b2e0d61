/**
 * Test support: a report built by the real pipeline (store → buildReport) from fixed statistics: a
 * regression, noise, an improvement, a failure and phases, at two thread counts. The machine and
 * the clock are pinned so renderings are byte-stable.
 */
import { buildReport, type ArtifactInfo, type Report } from '../src/analysis/report.js';
import { openDatabase } from '../src/db/connection.js';
import { PerfStore, type StatisticEntry } from '../src/db/queries.js';
import type { MetricName } from '../src/metrics.js';

const artifact = (role: 'baseline' | 'candidate', name: string): ArtifactInfo => ({
  role, spec: role === 'baseline' ? 'main' : 'worktree', label: role === 'baseline' ? name : 'worktree', name, kind: 'commit',
  commitSha: name.padEnd(40, '0'), dirty: false, version: null, family: 'weft',
});

/** A fixed run: a regression, noise, an improvement, a failure, phases; wall, cpu and rss. */
export function fixedReport(): { report: Report; store: PerfStore } {
  const store = new PerfStore(openDatabase(':memory:'));
  store.upsertBenchmark('alpha', 'primary');
  store.upsertBenchmark('beta', 'secondary');
  store.upsertBenchmark('gamma', 'primary');
  const a = store.upsertArtifact({ name: 'aaaaaaaaaaaa', kind: 'commit', commitSha: 'a'.repeat(40), dirty: false, fingerprint: null, commitDate: '2026-01-01T00:00:00Z', toolchain: null, version: null });
  const b = store.upsertArtifact({ name: 'bbbbbbbbbbbb', kind: 'commit', commitSha: 'b'.repeat(40), dirty: false, fingerprint: null, commitDate: '2026-01-02T00:00:00Z', toolchain: null, version: null });
  const run = store.startRun('k', {}, 'h', { baseline: a, candidate: b }, false);
  const base = [1.0, 1.01, 0.99, 1.0, 1.02];
  const series = (values: number[], factor: number, rss: number): StatisticEntry[] =>
    values.flatMap((v, i) => [
      { metric: 'wall-time' as MetricName, iteration: i + 1, value: v * factor },
      { metric: 'cpu-time' as MetricName, iteration: i + 1, value: v * factor * 0.9 },
      { metric: 'max-rss' as MetricName, iteration: i + 1, value: rss },
    ]);
  const record = (benchmark: string, threads: number, bs: StatisticEntry[], cs: StatisticEntry[] | null) => {
    const tc = store.testCaseId({ benchmark, profile: 'check', scenario: 'full', threads });
    store.recordTestCase(run.runId, tc, [
      { collectionId: run.collections.baseline, statistics: bs, error: null },
      {
        collectionId: run.collections.candidate,
        statistics: cs ?? [],
        error: cs ? null : { status: 1, message: 'exit status 1: error[E0425]: cannot find value `x` in this scope', detail: 'error[E0425]: cannot find value `x` in this scope\n<details>' },
      },
    ]);
  };
  record('alpha', 1, [...series(base, 1, 100e6), { metric: 'phase:parse', iteration: 0, value: 0.2 }, { metric: 'phase:typeck', iteration: 0, value: 0.6 }], series(base, 1.1, 101e6));
  record('alpha', 2, series(base, 0.6, 120e6), series([1.0, 1.02, 0.98, 1.0, 1.01], 0.6, 120e6));
  record('beta', 1, series(base, 2, 50e6), series(base, 2 * 0.92, 50e6));
  record('gamma', 1, series(base, 0.5, 80e6), null);
  store.finishRun(run.runId);
  const report = buildReport({
    store, run,
    artifacts: { baseline: artifact('baseline', 'aaaaaaaaaaaa'), candidate: artifact('candidate', 'bbbbbbbbbbbb') },
    artifactIds: { baseline: a, candidate: b },
    settings: { iterations: 5, threads: [1, 2], profiles: ['check'], scenarios: ['full'] },
    notes: ['perf stat -e instructions:u counts nothing on this machine (<not supported>): instructions:u is not recorded'],
  });
  // The machine and the clock are not part of what is tested.
  report.generatedAt = '2026-01-02T03:04:05.000Z';
  report.machine = { host: 'host', cpus: 2, cpuModel: 'Test CPU', os: 'Linux 6.0', node: 'v20.0.0' };
  return { report, store };
}

