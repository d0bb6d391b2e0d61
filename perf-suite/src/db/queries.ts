/**
 * Every read and write of the perf database. A test case's statistics and errors for both
 * collections of a run are written in one transaction together with its `run_test_case` row, so a
 * killed collection leaves whole test cases or nothing, and a rerun of the same plan resumes after
 * the last whole one.
 *
 * Owns: SQL statements. Must not: compute statistics or measure.
 */
import type { Category, TestCaseKey } from '../analysis/compare.js';
import type { MetricName } from '../metrics.js';
import type { Db } from './connection.js';

export interface ArtifactRecord {
  name: string;
  kind: 'commit' | 'toolchain';
  commitSha: string | null;
  dirty: boolean;
  fingerprint: string | null;
  commitDate: string | null;
  toolchain: string | null;
  version: string | null;
}

export type Role = 'baseline' | 'candidate';

export interface RunHandle {
  runId: number;
  collections: Record<Role, number>;
  /** True when an incomplete run with the same plan was found and is being continued. */
  resumed: boolean;
}

export interface StatisticEntry {
  metric: MetricName;
  iteration: number;
  value: number;
}

export interface SideResult {
  collectionId: number;
  statistics: StatisticEntry[];
  error: { status: number | null; message: string; detail: string } | null;
}

export interface StatisticRow extends TestCaseKey {
  metric: MetricName;
  iteration: number;
  value: number;
}

export interface ErrorRow extends TestCaseKey {
  status: number | null;
  message: string;
  detail: string;
}

export interface HistoryPoint {
  artifact: string;
  commitSha: string | null;
  commitDate: string | null;
  collectionId: number;
  finishedAt: string;
  values: number[];
}

const now = (): string => new Date().toISOString();

export class PerfStore {
  constructor(readonly db: Db) {}

  upsertArtifact(a: ArtifactRecord): number {
    const row = this.db.prepare('SELECT id FROM artifact WHERE name = ?').get(a.name) as { id: number } | undefined;
    if (row) return row.id;
    const r = this.db
      .prepare(
        `INSERT INTO artifact (name, kind, commit_sha, dirty, fingerprint, commit_date, toolchain, version, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(a.name, a.kind, a.commitSha, a.dirty ? 1 : 0, a.fingerprint, a.commitDate, a.toolchain, a.version, now());
    return Number(r.lastInsertRowid);
  }

  upsertBenchmark(name: string, category: Category): void {
    this.db
      .prepare('INSERT INTO benchmark (name, category) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET category = excluded.category')
      .run(name, category);
  }

  testCaseId(k: TestCaseKey): number {
    const sel = this.db.prepare('SELECT id FROM test_case WHERE benchmark = ? AND profile = ? AND scenario = ? AND threads = ?');
    const row = sel.get(k.benchmark, k.profile, k.scenario, k.threads) as { id: number } | undefined;
    if (row) return row.id;
    const r = this.db
      .prepare('INSERT INTO test_case (benchmark, profile, scenario, threads) VALUES (?, ?, ?, ?)')
      .run(k.benchmark, k.profile, k.scenario, k.threads);
    return Number(r.lastInsertRowid);
  }

  /**
   * Continues the newest incomplete run with this plan key (same artifacts, suite, threads and
   * iterations), or starts a new one.
   */
  startRun(planKey: string, plan: unknown, host: string, artifacts: Record<Role, number>, resume: boolean): RunHandle {
    return this.db.transaction((): RunHandle => {
      if (resume) {
        const old = this.db
          .prepare("SELECT id FROM run WHERE plan_key = ? AND status = 'incomplete' ORDER BY id DESC LIMIT 1")
          .get(planKey) as { id: number } | undefined;
        if (old) {
          const cols = this.db.prepare('SELECT id, role FROM collection WHERE run_id = ?').all(old.id) as { id: number; role: Role }[];
          const byRole = Object.fromEntries(cols.map((c) => [c.role, c.id])) as Record<Role, number>;
          return { runId: old.id, collections: byRole, resumed: true };
        }
      }
      const t = now();
      const runId = Number(
        this.db
          .prepare("INSERT INTO run (plan_key, plan, host, started_at, status) VALUES (?, ?, ?, ?, 'incomplete')")
          .run(planKey, JSON.stringify(plan), host, t).lastInsertRowid,
      );
      const insert = this.db.prepare(
        "INSERT INTO collection (run_id, artifact_id, role, started_at, status) VALUES (?, ?, ?, ?, 'incomplete')",
      );
      const collections = {
        baseline: Number(insert.run(runId, artifacts.baseline, 'baseline', t).lastInsertRowid),
        candidate: Number(insert.run(runId, artifacts.candidate, 'candidate', t).lastInsertRowid),
      };
      return { runId, collections, resumed: false };
    })();
  }

  isTestCaseDone(runId: number, testCaseId: number): boolean {
    return this.db.prepare('SELECT 1 FROM run_test_case WHERE run_id = ? AND test_case_id = ?').get(runId, testCaseId) !== undefined;
  }

  /** Writes one test case's results for both sides, all or nothing. */
  recordTestCase(runId: number, testCaseId: number, sides: readonly SideResult[]): void {
    const stat = this.db.prepare(
      'INSERT OR REPLACE INTO statistic (collection_id, test_case_id, metric, iteration, value) VALUES (?, ?, ?, ?, ?)',
    );
    const err = this.db.prepare(
      'INSERT OR REPLACE INTO error (collection_id, test_case_id, status, message, detail) VALUES (?, ?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      for (const side of sides) {
        for (const s of side.statistics) stat.run(side.collectionId, testCaseId, s.metric, s.iteration, s.value);
        if (side.error) err.run(side.collectionId, testCaseId, side.error.status, side.error.message, side.error.detail);
      }
      this.db.prepare('INSERT INTO run_test_case (run_id, test_case_id, finished_at) VALUES (?, ?, ?)').run(runId, testCaseId, now());
    })();
  }

  finishRun(runId: number): void {
    const t = now();
    this.db.transaction(() => {
      this.db.prepare("UPDATE run SET status = 'complete', finished_at = ? WHERE id = ?").run(t, runId);
      this.db.prepare("UPDATE collection SET status = 'complete', finished_at = ? WHERE run_id = ?").run(t, runId);
    })();
  }

  runStatus(runId: number): { status: string; testCases: number } {
    const r = this.db.prepare('SELECT status FROM run WHERE id = ?').get(runId) as { status: string };
    const n = this.db.prepare('SELECT COUNT(*) AS n FROM run_test_case WHERE run_id = ?').get(runId) as { n: number };
    return { status: r.status, testCases: n.n };
  }

  statistics(collectionId: number): StatisticRow[] {
    return this.db
      .prepare(
        `SELECT t.benchmark, t.profile, t.scenario, t.threads, s.metric, s.iteration, s.value
         FROM statistic s JOIN test_case t ON t.id = s.test_case_id
         WHERE s.collection_id = ? ORDER BY t.benchmark, t.profile, t.scenario, t.threads, s.metric, s.iteration`,
      )
      .all(collectionId) as StatisticRow[];
  }

  errors(collectionId: number): ErrorRow[] {
    return this.db
      .prepare(
        `SELECT t.benchmark, t.profile, t.scenario, t.threads, e.status, e.message, e.detail
         FROM error e JOIN test_case t ON t.id = e.test_case_id WHERE e.collection_id = ?`,
      )
      .all(collectionId) as ErrorRow[];
  }

  /**
   * The measured values of earlier complete collections of one artifact for one test case and
   * metric, oldest first: the re-run history the noise threshold learns from.
   */
  sameArtifactHistory(artifactId: number, k: TestCaseKey, metric: MetricName, exceptRun: number): number[][] {
    const rows = this.db
      .prepare(
        `SELECT c.id AS cid, s.value FROM collection c
         JOIN statistic s ON s.collection_id = c.id
         JOIN test_case t ON t.id = s.test_case_id
         WHERE c.artifact_id = ? AND c.status = 'complete' AND c.run_id != ? AND s.metric = ? AND s.iteration > 0
           AND t.benchmark = ? AND t.profile = ? AND t.scenario = ? AND t.threads = ?
         ORDER BY c.finished_at, c.id, s.iteration`,
      )
      .all(artifactId, exceptRun, metric, k.benchmark, k.profile, k.scenario, k.threads) as { cid: number; value: number }[];
    const byCollection = new Map<number, number[]>();
    for (const r of rows) {
      let list = byCollection.get(r.cid);
      if (!list) byCollection.set(r.cid, (list = []));
      list.push(r.value);
    }
    return [...byCollection.values()];
  }

  /**
   * For the history chart: per commit artifact (clean commits only, ordered by commit date), the
   * values of its newest complete collection for each test case of one metric.
   */
  commitHistory(metric: MetricName): (HistoryPoint & TestCaseKey)[] {
    const rows = this.db
      .prepare(
        `WITH latest AS (
           SELECT c.artifact_id, s.test_case_id, MAX(c.id) AS cid
           FROM collection c JOIN statistic s ON s.collection_id = c.id
           WHERE c.status = 'complete' AND s.metric = @metric AND s.iteration > 0
           GROUP BY c.artifact_id, s.test_case_id)
         SELECT a.name AS artifact, a.commit_sha AS commitSha, a.commit_date AS commitDate, l.cid AS collectionId,
                c.finished_at AS finishedAt, t.benchmark, t.profile, t.scenario, t.threads, s.value
         FROM latest l
         JOIN artifact a ON a.id = l.artifact_id
         JOIN collection c ON c.id = l.cid
         JOIN statistic s ON s.collection_id = l.cid AND s.test_case_id = l.test_case_id AND s.metric = @metric AND s.iteration > 0
         JOIN test_case t ON t.id = l.test_case_id
         WHERE a.kind = 'commit' AND a.dirty = 0
         ORDER BY a.commit_date, a.id, t.benchmark, t.threads, s.iteration`,
      )
      .all({ metric }) as ({ value: number } & Omit<HistoryPoint, 'values'> & TestCaseKey)[];
    const out = new Map<string, HistoryPoint & TestCaseKey>();
    for (const r of rows) {
      const key = `${r.collectionId}/${r.benchmark}/${r.profile}/${r.scenario}/${r.threads}`;
      let p = out.get(key);
      if (!p) {
        const { value: _value, ...rest } = r;
        out.set(key, (p = { ...rest, values: [] }));
      }
      p.values.push(r.value);
    }
    return [...out.values()];
  }

  benchmarkCategories(): Map<string, Category> {
    const rows = this.db.prepare('SELECT name, category FROM benchmark').all() as { name: string; category: Category }[];
    return new Map(rows.map((r) => [r.name, r.category]));
  }
}
