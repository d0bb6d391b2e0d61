/**
 * The default subcommand: resolve the two artifacts, measure the suite interleaved, store the
 * statistics, compare, and write the report folder. `--compare REF` is `--baseline REF --candidate
 * worktree`; without a baseline the candidate is measured against itself (A/A).
 *
 * Owns: the compare command's options and flow. Must not: hold statistics or rendering logic.
 */
import { hostname } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { testCaseId } from '../analysis/compare.js';
import { buildReport, type ArtifactInfo } from '../analysis/report.js';
import { defaultCacheDir, resolveArtifact, type Artifact } from '../collector/artifacts.js';
import { discoverBenchmarks, PROFILES, SCENARIOS, selectBenchmarks, type Profile } from '../collector/benchmarks.js';
import { collect, planTestCases, probeSelfProfile, type Side } from '../collector/execute.js';
import { probeTools, type MeasureTools } from '../collector/measure.js';
import { openDatabase } from '../db/connection.js';
import { PerfStore, type Role } from '../db/queries.js';
import { PerfError } from '../errors.js';
import { VERDICT_METRIC } from '../metrics.js';
import { writeReport } from '../render/write.js';
import { EXIT, HELP } from './help.js';
import type { Io } from './io.js';
import { defaultSuiteDir, repoRoot } from './paths.js';
import { Progress } from './progress.js';

export interface RunOptions {
  baseline: string | null;
  candidate: string;
  threads: number[];
  iterations: number;
  profiles: Profile[];
  include: string[];
  exclude: string[];
  db: string;
  out: string | null;
  artifactCache: string;
  timeoutSeconds: number;
  resume: boolean;
  failOnRegression: boolean;
  suite: string;
  repo: string;
}

function list(text: string | undefined): string[] {
  return text === undefined ? [] : text.split(',').map((s) => s.trim()).filter(Boolean);
}

function positiveInt(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new PerfError('usage', 'cli', `${flag} wants a positive integer, got \`${text}\``);
  return n;
}

export function parseRunOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): RunOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        compare: { type: 'string' },
        baseline: { type: 'string' },
        candidate: { type: 'string' },
        threads: { type: 'string' },
        iterations: { type: 'string' },
        profiles: { type: 'string' },
        include: { type: 'string' },
        exclude: { type: 'string' },
        db: { type: 'string' },
        out: { type: 'string' },
        'artifact-cache': { type: 'string' },
        timeout: { type: 'string' },
        'no-resume': { type: 'boolean' },
        'fail-on-regression': { type: 'boolean' },
        suite: { type: 'string' },
        repo: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new PerfError('usage', 'cli', `${(e as Error).message.split('\n')[0]} (see --help)`);
  }
  const v = parsed.values;
  if (v.help) return 'help';
  if (v.compare !== undefined && v.baseline !== undefined) throw new PerfError('usage', 'cli', '--compare REF already sets the baseline; give --compare or --baseline, not both');
  if (v.compare !== undefined && v.candidate !== undefined && v.candidate !== 'worktree') {
    throw new PerfError('usage', 'cli', '--compare REF compares REF with the working tree; for another candidate use --baseline REF --candidate SPEC');
  }
  if (v.compare === undefined && v.baseline === undefined && v.candidate === undefined) {
    throw new PerfError('usage', 'cli', 'nothing to compare: give --compare REF, or --baseline SPEC and/or --candidate SPEC (see --help)');
  }
  const threads = v.threads === undefined ? [1] : list(v.threads).map((t) => positiveInt('--threads', t));
  if (threads.length === 0) throw new PerfError('usage', 'cli', '--threads wants a list such as 1,2,4');
  const profiles = v.profiles === undefined ? ['check'] : list(v.profiles);
  for (const p of profiles) if (!PROFILES.includes(p as Profile)) throw new PerfError('usage', 'cli', `--profiles: unknown profile \`${p}\` (known: ${PROFILES.join(', ')})`);
  const repo = resolve(v.repo ?? repoRoot());
  return {
    baseline: v.compare ?? v.baseline ?? null,
    candidate: v.candidate ?? 'worktree',
    threads: [...new Set(threads)].sort((a, b) => a - b),
    iterations: v.iterations === undefined ? 5 : positiveInt('--iterations', v.iterations),
    profiles: profiles as Profile[],
    include: list(v.include),
    exclude: list(v.exclude),
    db: resolve(v.db ?? join(repo, 'reports', 'perf.db')),
    out: v.out === undefined ? null : resolve(v.out),
    artifactCache: v['artifact-cache'] === undefined ? defaultCacheDir(env) : resolve(v['artifact-cache']),
    timeoutSeconds: v.timeout === undefined ? 600 : positiveInt('--timeout', v.timeout),
    resume: !v['no-resume'],
    failOnRegression: Boolean(v['fail-on-regression']),
    suite: resolve(v.suite ?? defaultSuiteDir()),
    repo,
  };
}

function info(role: Role, a: Artifact): ArtifactInfo {
  return {
    role, spec: a.spec, label: a.label, name: a.record.name, kind: a.record.kind, commitSha: a.record.commitSha,
    dirty: a.record.dirty, version: a.record.version, family: a.family,
  };
}

function shown(path: string): string {
  const r = relative(process.cwd(), path);
  return r === '' || r.startsWith('..') || isAbsolute(r) ? path : r;
}

/** Overridable pieces, for tests: ready artifacts instead of specs, and the measuring tools. */
export interface RunHooks {
  artifacts?: { baseline: Artifact; candidate: Artifact };
  tools?: { tools: MeasureTools; notes: string[] };
}

export async function runCompare(argv: readonly string[], io: Io, hooks: RunHooks = {}): Promise<number> {
  const o = parseRunOptions(argv);
  if (o === 'help') {
    io.out(HELP);
    return EXIT.ok;
  }
  const log = (line: string) => io.err(`${line}\n`);

  // 1. The suite (bad configs are reported and skipped; every filter must match).
  const { benchmarks: all, problems } = discoverBenchmarks(o.suite);
  for (const p of problems) log(`error: [benchmarks] ${p.message}`);
  const benchmarks = selectBenchmarks(all, o.include, o.exclude);
  const plan = planTestCases(benchmarks, o.profiles, SCENARIOS, o.threads);
  if (plan.length === 0) throw new PerfError('no-benchmarks', 'benchmarks', `no test case to run in ${shown(o.suite)} for profiles ${o.profiles.join(', ')}`);

  // 2. The database first: a newer schema must stop us before any artifact is built.
  const db = openDatabase(o.db);
  try {
    const store = new PerfStore(db);

    // 3. Artifacts and what this machine can measure.
    const ctx = { repoRoot: o.repo, cacheDir: o.artifactCache, log };
    const candidate = hooks.artifacts?.candidate ?? (await resolveArtifact(o.candidate, ctx));
    const baseline = hooks.artifacts?.baseline ?? (o.baseline === null ? candidate : await resolveArtifact(o.baseline, ctx));
    const probe = hooks.tools ?? (await probeTools());
    const notes = [...probe.notes];
    for (const n of probe.notes) log(`note: ${n}`);
    if (o.baseline === null && !hooks.artifacts) notes.push('no baseline was given: the candidate is measured against itself (an A/A run), so every change shown is noise');
    const sides: [Side, Side] = [
      { role: 'baseline', artifact: baseline, selfProfile: await probeSelfProfile(baseline, probe.tools) },
      { role: 'candidate', artifact: candidate, selfProfile: await probeSelfProfile(candidate, probe.tools) },
    ];
    for (const s of sides) {
      if (!s.selfProfile && (s.role === 'candidate' || baseline !== candidate)) {
        notes.push(
          s.artifact.family === 'rustc'
            ? `${s.artifact.label} writes measureme self-profiles, which the collector does not read: no phase times for it`
            : `${s.artifact.label} does not write Chrome-trace self-profiles (-Zself-profile) yet: no phase times for it`,
        );
      }
    }
    log(`[perf] baseline ${baseline.label} (${baseline.compiler}), candidate ${candidate.label} (${candidate.compiler}); database ${shown(o.db)}`);

    // 4. Measure.
    const progress = new Progress(io.err, io.tty, o.iterations);
    let run;
    try {
      run = await collect(
        store,
        sides,
        plan,
        { iterations: o.iterations, timeoutMs: o.timeoutSeconds * 1000, resume: o.resume, tools: probe.tools, host: hostname(), ...(io.signal ? { signal: io.signal } : {}) },
        (e) => progress.on(e),
      );
    } finally {
      progress.finish();
    }

    // 5. Compare and report.
    const artifactIds = { baseline: store.upsertArtifact(baseline.record), candidate: store.upsertArtifact(candidate.record) };
    const report = buildReport({
      store,
      run,
      artifacts: { baseline: info('baseline', baseline), candidate: info('candidate', candidate) },
      artifactIds,
      settings: { iterations: o.iterations, threads: o.threads, profiles: o.profiles, scenarios: [...SCENARIOS] },
      notes,
      testCaseIds: plan.map((t) => testCaseId(t.key)),
    });
    const dir = o.out ?? join(o.repo, 'reports', `${baseline.label}..${candidate.label}`);
    const files = writeReport(dir, report, store.commitHistory(VERDICT_METRIC));
    const failed = report.testCases.filter((tc) => Object.keys(tc.errors).length > 0).length;
    io.out(`Overall result: ${report.verdict.headline}\n`);
    io.out(`${report.testCases.length} test cases${failed ? `, ${failed} with failed builds (error rows in the report)` : ''}; report: ${shown(join(dir, 'report.md'))} (+ report.html, report.json, ${files.filter((f) => f.endsWith('.png')).length} charts)\n`);
    return o.failOnRegression && report.verdict.hasRelevantRegression ? EXIT.regression : EXIT.ok;
  } finally {
    db.close();
  }
}
