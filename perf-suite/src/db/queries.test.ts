import { describe, expect, test } from 'vitest';
import { openDatabase } from './connection.js';
import { PerfStore, type ArtifactRecord } from './queries.js';

const commit = (sha: string, date: string): ArtifactRecord => ({
  name: sha.slice(0, 12), kind: 'commit', commitSha: sha, dirty: false, fingerprint: null, commitDate: date, toolchain: null, version: null,
});
const tc = (benchmark: string, threads = 1) => ({ benchmark, profile: 'check', scenario: 'full', threads });

function store(): PerfStore {
  const s = new PerfStore(openDatabase(':memory:'));
  s.upsertBenchmark('hello', 'primary');
  s.upsertBenchmark('stress', 'secondary');
  return s;
}

describe('PerfStore', () => {
  test('artifacts and test cases are keyed and reused', () => {
    const s = store();
    const a = s.upsertArtifact(commit('a'.repeat(40), '2026-01-01'));
    expect(s.upsertArtifact(commit('a'.repeat(40), '2026-01-01'))).toBe(a);
    expect(s.upsertArtifact(commit('b'.repeat(40), '2026-01-02'))).not.toBe(a);
    const t = s.testCaseId(tc('hello'));
    expect(s.testCaseId(tc('hello'))).toBe(t);
    expect(s.testCaseId(tc('hello', 2))).not.toBe(t);
  });

  test('a test case is written whole: statistics, errors and its done mark, or nothing', () => {
    const s = store();
    const a = s.upsertArtifact(commit('a'.repeat(40), '2026-01-01'));
    const run = s.startRun('plan', {}, 'host', { baseline: a, candidate: a }, true);
    const t = s.testCaseId(tc('hello'));
    expect(() =>
      s.recordTestCase(run.runId, t, [
        { collectionId: run.collections.baseline, statistics: [{ metric: 'wall-time', iteration: 1, value: 1 }], error: null },
        // A statistic without a value violates NOT NULL: the whole test case must roll back.
        { collectionId: run.collections.candidate, statistics: [{ metric: 'wall-time', iteration: 1, value: null as unknown as number }], error: null },
      ]),
    ).toThrow();
    expect(s.statistics(run.collections.baseline)).toEqual([]);
    expect(s.isTestCaseDone(run.runId, t)).toBe(false);

    s.recordTestCase(run.runId, t, [
      { collectionId: run.collections.baseline, statistics: [{ metric: 'wall-time', iteration: 1, value: 1.5 }], error: null },
      { collectionId: run.collections.candidate, statistics: [], error: { status: 1, message: 'error[E0425]: cannot find value', detail: 'x' } },
    ]);
    expect(s.isTestCaseDone(run.runId, t)).toBe(true);
    expect(s.statistics(run.collections.baseline)).toEqual([{ ...tc('hello'), metric: 'wall-time', iteration: 1, value: 1.5 }]);
    expect(s.errors(run.collections.candidate)).toEqual([{ ...tc('hello'), status: 1, message: 'error[E0425]: cannot find value', detail: 'x' }]);
  });

  test('an interrupted run is resumed by a rerun of the same plan, and only then', () => {
    const s = store();
    const a = s.upsertArtifact(commit('a'.repeat(40), '2026-01-01'));
    const b = s.upsertArtifact(commit('b'.repeat(40), '2026-01-02'));
    const first = s.startRun('plan-1', { x: 1 }, 'host', { baseline: a, candidate: b }, true);
    const t = s.testCaseId(tc('hello'));
    s.recordTestCase(first.runId, t, [{ collectionId: first.collections.baseline, statistics: [{ metric: 'wall-time', iteration: 1, value: 1 }], error: null }]);
    // ...killed here: the run stays incomplete.
    expect(s.runStatus(first.runId)).toEqual({ status: 'incomplete', testCases: 1 });

    const again = s.startRun('plan-1', { x: 1 }, 'host', { baseline: a, candidate: b }, true);
    expect(again).toEqual({ ...first, resumed: true });
    expect(s.isTestCaseDone(again.runId, t)).toBe(true);

    expect(s.startRun('plan-2', {}, 'host', { baseline: a, candidate: b }, true).resumed).toBe(false);
    expect(s.startRun('plan-1', {}, 'host', { baseline: a, candidate: b }, false).runId).not.toBe(first.runId);

    s.finishRun(first.runId);
    expect(s.runStatus(first.runId).status).toBe('complete');
    expect(s.startRun('plan-1', {}, 'host', { baseline: a, candidate: b }, true).runId).not.toBe(first.runId);
  });

  test('same-artifact history comes from earlier complete collections only', () => {
    const s = store();
    const a = s.upsertArtifact(commit('a'.repeat(40), '2026-01-01'));
    const t = s.testCaseId(tc('hello'));
    const runs = [];
    for (const [i, v] of [1.0, 1.1, 1.2].entries()) {
      const r = s.startRun(`p${i}`, {}, 'h', { baseline: a, candidate: a }, false);
      s.recordTestCase(r.runId, t, [
        { collectionId: r.collections.baseline, statistics: [{ metric: 'wall-time', iteration: 1, value: v }, { metric: 'wall-time', iteration: 0, value: 99 }], error: null },
      ]);
      if (i < 2) s.finishRun(r.runId);
      runs.push(r);
    }
    // Run 3 is incomplete, and the current run is excluded; the warm-up (iteration 0) is not a measurement.
    expect(s.sameArtifactHistory(a, tc('hello'), 'wall-time', runs[1]!.runId)).toEqual([[1.0]]);
    expect(s.sameArtifactHistory(a, tc('hello'), 'wall-time', -1)).toEqual([[1.0], [1.1]]);
  });

  test('commit history lists clean commits by date with their newest complete collection', () => {
    const s = store();
    const older = s.upsertArtifact(commit('a'.repeat(40), '2026-01-01T00:00:00Z'));
    const newer = s.upsertArtifact(commit('b'.repeat(40), '2026-01-02T00:00:00Z'));
    const dirty = s.upsertArtifact({ ...commit('c'.repeat(40), '2026-01-03T00:00:00Z'), name: 'dirty', dirty: true });
    const t = s.testCaseId(tc('hello'));
    const r = s.startRun('p', {}, 'h', { baseline: newer, candidate: dirty }, false);
    const r0 = s.startRun('p0', {}, 'h', { baseline: older, candidate: older }, false);
    s.recordTestCase(r.runId, t, [
      { collectionId: r.collections.baseline, statistics: [{ metric: 'wall-time', iteration: 1, value: 2 }], error: null },
      { collectionId: r.collections.candidate, statistics: [{ metric: 'wall-time', iteration: 1, value: 3 }], error: null },
    ]);
    s.recordTestCase(r0.runId, t, [
      { collectionId: r0.collections.baseline, statistics: [{ metric: 'wall-time', iteration: 1, value: 1 }, { metric: 'wall-time', iteration: 2, value: 1.1 }], error: null },
    ]);
    s.finishRun(r.runId);
    s.finishRun(r0.runId);
    const h = s.commitHistory('wall-time');
    expect(h.map((p) => [p.artifact, p.values])).toEqual([
      ['aaaaaaaaaaaa', [1, 1.1]],
      ['bbbbbbbbbbbb', [2]],
    ]);
  });
});
