/**
 * The collection loop: for each test case (benchmark × profile × scenario × threads), a discarded
 * warm-up per side, then `iterations` rounds of baseline and candidate interleaved (A B A B ...),
 * one compiler process per statistic. Each finished test case is written to the database in one
 * transaction; a rerun of the same plan skips the test cases already written (resume).
 *
 * A compile that fails is data: an error row for that side (the other side goes on), never an
 * exception.
 *
 * Owns: planning test cases, the command line of a measured compile, success judgement, the loop.
 * Must not: print (events go to the caller's reporter), compute comparisons.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testCaseId, type TestCaseKey } from '../analysis/compare.js';
import type { PerfStore, Role, RunHandle, SideResult, StatisticEntry } from '../db/queries.js';
import type { Artifact } from './artifacts.js';
import { benchmarkFingerprint, crateName, type Benchmark, type Profile, type Scenario } from './benchmarks.js';
import { closeMeasureServers, measure, type Command, type Measurement, type MeasureTools } from './measure.js';
import { hasJsonTrace, readSelfProfileDir } from './self-profile.js';
import { PerfError } from '../errors.js';

export interface PlannedTestCase {
  key: TestCaseKey;
  benchmark: Benchmark;
}

/** Test cases in a stable order. A benchmark's own `threads` overrides the run's list. */
export function planTestCases(
  benchmarks: readonly Benchmark[],
  profiles: readonly Profile[],
  scenarios: readonly Scenario[],
  threads: readonly number[],
): PlannedTestCase[] {
  const out: PlannedTestCase[] = [];
  for (const b of benchmarks) {
    for (const profile of profiles) {
      if (!b.config.profiles.includes(profile)) continue;
      for (const scenario of scenarios) {
        for (const t of b.config.threads ?? threads) out.push({ key: { benchmark: b.name, profile, scenario, threads: t }, benchmark: b });
      }
    }
  }
  return out;
}

/** The compiler's command line for one test case, as rustc-perf's leaf `rustc` invocation. */
export function compilerArgs(b: Benchmark, key: TestCaseKey, outDir: string, selfProfileDir: string | null): string[] {
  return [
    '--crate-name', crateName(b.name),
    '--edition', b.config.edition,
    '--crate-type', b.config.crateType,
    key.profile === 'check' ? '--emit=metadata' : '--emit=link',
    '--out-dir', outDir,
    `-Zthreads=${key.threads}`,
    ...(selfProfileDir ? [`-Zself-profile=${selfProfileDir}`] : []),
    b.config.entry,
  ];
}

export type Judgement = { ok: true } | { ok: false; status: number | null; message: string; detail: string };

/** Did this compile do what the benchmark expects? */
export function judge(m: Measurement, expect: 'success' | 'errors'): Judgement {
  const detail = m.stderr.length > 4000 ? `${m.stderr.slice(0, 4000)}\n[...]` : m.stderr;
  const fail = (message: string): Judgement => ({ ok: false, status: m.status, message, detail });
  if (m.spawnError) return fail(`cannot start the compiler: ${m.spawnError}`);
  if (m.timedOut) return fail(`timed out after ${m.wallTime.toFixed(0)} s`);
  if (m.status === null) return fail(`killed by ${m.signal ?? 'a signal'}`);
  const ice = /^error: internal compiler error:.*$/m.exec(m.stderr);
  if (m.status === 101 || ice) return fail(ice ? ice[0] : 'internal compiler error (exit status 101)');
  const firstError = /^error(\[E\d+\])?: .*$/m.exec(m.stderr)?.[0];
  if (expect === 'success') {
    return m.status === 0 ? { ok: true } : fail(`exit status ${m.status}: ${firstError ?? firstLineOf(m.stderr) ?? 'no output'}`);
  }
  if (m.status === 1 && firstError) return { ok: true };
  if (m.status === 0) return fail('expected diagnostics (the benchmark says "expect": "errors") but it compiled cleanly');
  return fail(`expected exit status 1 with errors, got ${m.status}: ${firstLineOf(m.stderr) ?? 'no output'}`);
}

function firstLineOf(text: string): string | null {
  return text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? null;
}

export interface Side {
  role: Role;
  artifact: Artifact;
  /** The artifact writes Chrome-trace self-profiles (probed); its warm-up run records phases. */
  selfProfile: boolean;
}

export interface CollectOptions {
  /** Aborted by Ctrl-C: the test case being measured is dropped, nothing partial is written. */
  signal?: AbortSignal;
  iterations: number;
  timeoutMs: number;
  resume: boolean;
  tools: MeasureTools;
  host: string;
  /**
   * Runs and measures one compile; measure.ts's `measure` unless a test replaces the clock (the
   * accuracy tests read a fake compiler's declared time, so that the machine's noise cannot decide
   * a statistical test).
   */
  measure?: typeof measure;
}

export type CollectEvent =
  | { kind: 'start'; testCases: number; alreadyDone: number; processes: number; resumed: boolean }
  | { kind: 'test-case'; key: TestCaseKey; index: number; total: number }
  | { kind: 'skipped'; key: TestCaseKey }
  | { kind: 'process'; key: TestCaseKey; role: Role; iteration: number; seconds: number }
  | { kind: 'failed'; key: TestCaseKey; role: Role; message: string }
  | { kind: 'test-case-done'; key: TestCaseKey };

/** The plan key: same artifacts, same test cases on the same sources, same iterations ⇒ same key. */
export function planKey(sides: readonly Side[], testCases: readonly PlannedTestCase[], iterations: number): { key: string; plan: object } {
  const fingerprints = new Map<string, string>();
  for (const tc of testCases) if (!fingerprints.has(tc.benchmark.name)) fingerprints.set(tc.benchmark.name, benchmarkFingerprint(tc.benchmark));
  const plan = {
    baseline: sides[0]!.artifact.record.name,
    candidate: sides[1]!.artifact.record.name,
    testCases: testCases.map((t) => testCaseId(t.key)),
    benchmarks: Object.fromEntries(fingerprints),
    iterations,
  };
  return { key: createHash('sha256').update(JSON.stringify(plan)).digest('hex').slice(0, 24), plan };
}

/** Measures every planned test case for both sides and stores the statistics. */
export async function collect(
  store: PerfStore,
  sides: readonly [Side, Side],
  testCases: readonly PlannedTestCase[],
  options: CollectOptions,
  emit: (e: CollectEvent) => void,
): Promise<RunHandle> {
  for (const tc of testCases) store.upsertBenchmark(tc.benchmark.name, tc.benchmark.config.category);
  const artifactIds = {
    baseline: store.upsertArtifact(sides[0].artifact.record),
    candidate: store.upsertArtifact(sides[1].artifact.record),
  };
  const { key, plan } = planKey(sides, testCases, options.iterations);
  const run = store.startRun(key, { ...plan, host: options.host }, options.host, artifactIds, options.resume);
  const ids = testCases.map((tc) => store.testCaseId(tc.key));
  const done = ids.filter((id) => store.isTestCaseDone(run.runId, id)).length;
  emit({ kind: 'start', testCases: testCases.length, alreadyDone: done, processes: (testCases.length - done) * 2 * (options.iterations + 1), resumed: run.resumed });

  const scratch = mkdtempSync(join(tmpdir(), 'weft-perf-'));
  try {
    for (const [index, tc] of testCases.entries()) {
      const id = ids[index]!;
      if (store.isTestCaseDone(run.runId, id)) {
        emit({ kind: 'skipped', key: tc.key });
        continue;
      }
      emit({ kind: 'test-case', key: tc.key, index, total: testCases.length });
      const results = await measureTestCase(tc, sides, run, options, scratch, emit);
      store.recordTestCase(run.runId, id, results);
      emit({ kind: 'test-case-done', key: tc.key });
    }
    store.finishRun(run.runId);
  } finally {
    closeMeasureServers();
    rmSync(scratch, { recursive: true, force: true });
  }
  return run;
}

async function measureTestCase(
  tc: PlannedTestCase,
  sides: readonly Side[],
  run: RunHandle,
  options: CollectOptions,
  scratch: string,
  emit: (e: CollectEvent) => void,
): Promise<SideResult[]> {
  const state = sides.map((side) => ({
    side,
    result: { collectionId: run.collections[side.role], statistics: [] as StatisticEntry[], error: null } as SideResult,
    outDir: join(scratch, `${side.role}-out`),
  }));
  const runOnce = async (s: (typeof state)[number], iteration: number): Promise<void> => {
    if (s.result.error) return;
    mkdirSync(s.outDir, { recursive: true });
    const profileDir = iteration === 0 && s.side.selfProfile ? join(scratch, `${s.side.role}-profile-${Date.now()}`) : null;
    if (profileDir) mkdirSync(profileDir, { recursive: true });
    const cmd: Command = {
      program: s.side.artifact.compiler,
      args: compilerArgs(tc.benchmark, tc.key, s.outDir, profileDir),
      cwd: tc.benchmark.dir,
      env: { ...process.env, ...s.side.artifact.env },
      timeoutMs: options.timeoutMs,
    };
    const m = await (options.measure ?? measure)(cmd, options.tools);
    // A compile killed by Ctrl-C is not a failure of the benchmark: stop before recording anything.
    if (options.signal?.aborted) throw new PerfError('interrupted', 'measure', 'interrupted');
    emit({ kind: 'process', key: tc.key, role: s.side.role, iteration, seconds: m.wallTime });
    const verdict = judge(m, tc.benchmark.config.expect);
    if (!verdict.ok) {
      s.result.error = { status: verdict.status, message: verdict.message, detail: verdict.detail };
      emit({ kind: 'failed', key: tc.key, role: s.side.role, message: verdict.message });
      return;
    }
    if (iteration === 0) {
      // The warm-up is discarded; only its self-profile (which perturbs timing) is kept.
      if (profileDir) for (const [phase, seconds] of readSelfProfileDir(profileDir)) s.result.statistics.push({ metric: `phase:${phase}`, iteration: 0, value: seconds });
      return;
    }
    const stats = s.result.statistics;
    stats.push({ metric: 'wall-time', iteration, value: m.wallTime });
    if (m.cpuTime !== null) stats.push({ metric: 'cpu-time', iteration, value: m.cpuTime });
    if (m.maxRss !== null) stats.push({ metric: 'max-rss', iteration, value: m.maxRss });
    if (m.instructions !== null) stats.push({ metric: 'instructions:u', iteration, value: m.instructions });
  };
  for (let iteration = 0; iteration <= options.iterations; iteration++) {
    for (const s of state) await runOnce(s, iteration);
  }
  return state.map((s) => s.result);
}

/** Does this artifact write Chrome-trace JSON for `-Zself-profile=DIR`? One compile of an empty crate. */
export async function probeSelfProfile(artifact: Artifact, tools: MeasureTools): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'weft-spprobe-'));
  try {
    writeFileSync(join(dir, 'probe.rs'), '// empty\n');
    mkdirSync(join(dir, 'profile'));
    const m = await measure(
      {
        program: artifact.compiler,
        args: ['--crate-name', 'probe', '--crate-type', 'lib', '--emit=metadata', '--out-dir', dir, `-Zself-profile=${join(dir, 'profile')}`, 'probe.rs'],
        cwd: dir,
        env: { ...process.env, ...artifact.env },
        timeoutMs: 60_000,
      },
      tools,
    );
    return m.status === 0 && hasJsonTrace(join(dir, 'profile'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
