/**
 * The database schema as an append-only list of migrations. `PRAGMA user_version` holds how many
 * have been applied. Never edit or reorder an entry: add a new one (migrations.test.ts pins a hash
 * of each). The schema is described in perf-suite/docs/schema.md.
 *
 * Owns: the SQL of the schema. Must not: hold queries.
 */

export interface Migration {
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    name: '0001_initial',
    sql: `
CREATE TABLE artifact (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('commit', 'toolchain')),
  commit_sha TEXT,
  dirty INTEGER NOT NULL DEFAULT 0,
  fingerprint TEXT,
  commit_date TEXT,
  toolchain TEXT,
  version TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE benchmark (
  name TEXT PRIMARY KEY,
  category TEXT NOT NULL CHECK (category IN ('primary', 'secondary'))
);
CREATE TABLE test_case (
  id INTEGER PRIMARY KEY,
  benchmark TEXT NOT NULL REFERENCES benchmark(name),
  profile TEXT NOT NULL,
  scenario TEXT NOT NULL,
  threads INTEGER NOT NULL,
  UNIQUE (benchmark, profile, scenario, threads)
);
CREATE TABLE run (
  id INTEGER PRIMARY KEY,
  plan_key TEXT NOT NULL,
  plan TEXT NOT NULL,
  host TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL CHECK (status IN ('incomplete', 'complete'))
);
CREATE INDEX run_plan_key ON run (plan_key, status);
CREATE TABLE collection (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES run(id),
  artifact_id INTEGER NOT NULL REFERENCES artifact(id),
  role TEXT NOT NULL CHECK (role IN ('baseline', 'candidate')),
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL CHECK (status IN ('incomplete', 'complete')),
  UNIQUE (run_id, role)
);
CREATE INDEX collection_artifact ON collection (artifact_id, status);
CREATE TABLE run_test_case (
  run_id INTEGER NOT NULL REFERENCES run(id),
  test_case_id INTEGER NOT NULL REFERENCES test_case(id),
  finished_at TEXT NOT NULL,
  PRIMARY KEY (run_id, test_case_id)
);
CREATE TABLE statistic (
  collection_id INTEGER NOT NULL REFERENCES collection(id),
  test_case_id INTEGER NOT NULL REFERENCES test_case(id),
  metric TEXT NOT NULL,
  iteration INTEGER NOT NULL,
  value REAL NOT NULL,
  PRIMARY KEY (collection_id, test_case_id, metric, iteration)
);
CREATE INDEX statistic_series ON statistic (test_case_id, metric);
CREATE TABLE error (
  collection_id INTEGER NOT NULL REFERENCES collection(id),
  test_case_id INTEGER NOT NULL REFERENCES test_case(id),
  status INTEGER,
  message TEXT NOT NULL,
  detail TEXT NOT NULL,
  PRIMARY KEY (collection_id, test_case_id)
);
CREATE TABLE migration (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
);
`,
  },
];
