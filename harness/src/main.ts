/**
 * `npm run ui`: wires config → compiler → discovery → dispatcher → reports, and decides the exit
 * status (0 passed, 1 a test failed, 2 usage/configuration error, 130 interrupted). Takes its I/O
 * as parameters so tests can run it in-process; cli.ts connects it to the real process.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removePendingTemps, writeFileAtomic } from './bless.js';
import { resolveCompiler, type CompilerInfo } from './compiler.js';
import { HELP, parseArgs, relativeFilter, type Config } from './config.js';
import { renderCoverage, scanSuite } from './coverage.js';
import { discoverFixtures, matchesFilters, overlappingFixtures, shardOf, strayExpectedFiles } from './discover.js';
import { HarnessError, isHarnessError } from './errors.js';
import { loadFixture, type LoadOptions, type TestCase } from './fixture.js';
import { readKnownFailures, serializeKnownFailures, staleEntries, updatedKnownFailures, type RanTest } from './known-failures.js';
import { mergeReports, summarize, type RunReport } from './report.js';
import { renderGithubAnnotations } from './reporters/github-actions.js';
import { renderJunit } from './reporters/junit.js';
import { progressReporter } from './reporters/progress.js';
import { renderTextReport } from './reporters/text.js';
import { huntOne } from './nondeterminism/hunt.js';
import { readKnownNondeterministic, staleKnownNondeterministic } from './nondeterminism/quarantine.js';
import { renderHuntMarkdown, reportStamp, summarizeHunts, type HuntSettingsReport, type NondeterminismReport } from './nondeterminism/report.js';
import { CONTROL_RUNS } from './nondeterminism/runs.js';
import { screenSize } from './nondeterminism/label.js';
import { CoreBudget } from './runner/core-budget.js';
import { dispatch, type Job } from './runner/dispatcher.js';
import { OUTPUT_CAP_BYTES, trackedBusyMs } from './runner/process.js';
import type { ModeSpec, RunSettings } from './runner/test-run.js';

export interface Io {
  readonly stdout: { write(s: string): void };
  readonly stderr: { write(s: string): void };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly columns?: number;
  /** True once the user pressed Ctrl-C (cli.ts sets it and kills the children). */
  readonly isInterrupted: () => boolean;
  /** Where the run's output directory is made (default: the system's temporary directory). */
  readonly tmpDir?: string;
}

/** The checkout this harness belongs to (harness/src or harness/dist are two levels down). */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

function displayPathFor(cwd: string): (p: string) => string {
  return (p) => {
    const rel = relative(cwd, p);
    return rel.startsWith('..') || rel === '' ? p : rel.split(sep).join('/');
  };
}

function useColor(config: Config, tty: boolean, env: NodeJS.ProcessEnv): boolean {
  if (config.color === 'always') return true;
  if (config.color === 'never') return false;
  return tty && !env.NO_COLOR;
}

export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  try {
    const config = parseArgs(argv, REPO_ROOT, io.cwd);
    if (config.command === 'help') {
      io.stdout.write(HELP);
      return 0;
    }
    if (config.command === 'merge-reports') return mergeCommand(config, io);
    if (config.command === 'coverage') return coverageCommand(config, io);
    return await runCommand(config, io);
  } catch (e) {
    if (isHarnessError(e)) {
      io.stderr.write(`error: ${e.message.replace(/^\[harness\] /, '')}\n`);
      return 2;
    }
    throw e;
  }
}

function coverageCommand(config: Config, io: Io): number {
  if (!existsSync(config.root)) throw new HarnessError('usage', `suite root ${config.root} does not exist`);
  const coverage = scanSuite(config.root);
  io.stdout.write(config.format === 'json' ? `${JSON.stringify(coverage, null, 2)}\n` : renderCoverage(coverage, displayPathFor(io.cwd)(config.root)));
  return 0;
}

function mergeCommand(config: Config, io: Io): number {
  const inputs = config.inputs.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new HarnessError('report', `cannot read report ${file}: ${(e as Error).message}`, { cause: e });
    }
    try {
      return { file, data: JSON.parse(text) as unknown };
    } catch (e) {
      throw new HarnessError('report', `${file}: not valid JSON: ${(e as Error).message}`, { cause: e });
    }
  });
  const merged = mergeReports(inputs);
  const json = `${JSON.stringify(merged, null, 2)}\n`;
  if (config.report) writeFileAtomic(config.report, json);
  if (config.junit) writeFileAtomic(config.junit, renderJunit(merged));
  const text = renderTextReport(merged, { color: useColor(config, io.stdoutIsTTY, io.env), verbose: config.verbose, blessed: [], displayPath: displayPathFor(io.cwd), interrupted: false, keptOutDir: null });
  if (config.format === 'json') {
    io.stdout.write(json);
    io.stderr.write(text);
  } else {
    if (!config.report) io.stderr.write('note: merge-reports prints a summary; pass --report FILE (or --format json) for the merged JSON\n');
    io.stdout.write(text);
  }
  return merged.summary.failed > 0 ? 1 : 0;
}

interface Loaded {
  readonly tests: TestCase[];
  readonly warnings: string[];
}

function loadSuite(root: string, opts: LoadOptions): Loaded {
  const fixtures = discoverFixtures(root);
  const clashes = overlappingFixtures(fixtures);
  const tests: TestCase[] = [];
  const warnings: string[] = [];
  const dirListings = new Map<string, string[]>();
  for (const f of fixtures) {
    const loaded = loadFixture(f, opts);
    const clash = clashes.get(f.rel);
    for (const t of loaded) {
      tests.push(clash ? { ...t, loadFailures: [...t.loadFailures, { kind: 'badFixture', file: t.displayPath, message: `test ${f.rel} clashes with ${clash}: tests cannot have overlapping names` }] } : t);
    }
    if (!dirListings.has(f.dir)) dirListings.set(f.dir, readdirSync(f.dir));
    const revisions = loaded[0]?.props.revisions ?? [];
    for (const s of strayExpectedFiles(f.stem, revisions, dirListings.get(f.dir)!)) warnings.push(`${opts.displayPath(join(f.dir, s.file))}: ${s.why}`);
  }
  return { tests, warnings };
}

async function runCommand(config: Config, io: Io): Promise<number> {
  const startedAt = new Date();
  const t0 = performance.now();
  const busy0 = trackedBusyMs();
  const displayPath = displayPathFor(io.cwd);
  if (!existsSync(config.root) || !statSync(config.root).isDirectory()) {
    throw new HarnessError('root-missing', `suite root not found: ${config.root} (pass --root DIR)`);
  }
  const compiler = await resolveCompiler({ compiler: config.compiler, rustc: config.rustc, repoRoot: REPO_ROOT, cwd: io.cwd, env: io.env });
  const loadOptions: LoadOptions = { host: compiler.host, configEdition: config.edition, displayPath };
  const { tests: all, warnings } = loadSuite(config.root, loadOptions);
  const known = readKnownFailures(config.knownFailures, config.knownFailuresExplicit);
  warnings.push(...staleEntries(known, compiler.key, new Set(all.map((t) => t.name)), displayPath(config.knownFailures)));
  const knownNondet = readKnownNondeterministic(config.knownNondeterministic, config.knownNondeterministicExplicit);
  warnings.push(...staleKnownNondeterministic(knownNondet, compiler.key, new Set(all.map((t) => t.name)), displayPath(config.knownNondeterministic)));

  const filters = config.filters.map((f) => relativeFilter(f, config.root, io.cwd));
  const matching = all.filter((t) => matchesFilters(t.name, t.fixture.rel, { filters, skip: config.skip, exact: config.exact }));
  const selected = config.shard ? matching.filter((t) => shardOf(t.fixture.rel, config.shard!.count) === config.shard!.index) : matching;
  const filteredOut = all.length - matching.length;

  const modes: ModeSpec[] = [];
  if (config.mode !== 'parallel') modes.push({ kind: 'serial', threads: 1 });
  if (config.mode !== 'serial') modes.push({ kind: 'parallel', threads: config.threads });
  if (config.list) {
    for (const t of selected) io.stdout.write(`${t.name}\n`);
    return 0;
  }
  const jobs: Job[] = selected.flatMap((test) => modes.map((mode) => ({ test, mode })));

  const color = useColor(config, config.format === 'json' ? io.stderrIsTTY : io.stdoutIsTTY, io.env);
  io.stderr.write(`running ${jobs.length} tests (${selected.length} tests × ${modes.map((m) => (m.kind === 'serial' ? 'serial' : `parallel -Zthreads=${m.threads}`)).join(' + ')}) with ${compiler.version} [${compiler.path}]\n`);
  // Seeds only for compilers known to take them: rustc refuses an unknown -Z flag.
  const firstSeed = config.scheduleSeeds === 'on' || (config.scheduleSeeds === 'auto' && compiler.key === 'weft') ? config.firstSeed : null;
  const huntSettings: HuntSettingsReport | null = config.repeat === null ? null : {
    repeat: config.repeat, threads: config.threadCounts, firstSeed, earlyStop: config.earlyStop, screen: screenSize(config.repeat),
    controlRuns: CONTROL_RUNS, timeoutMs: config.timeoutMs, coreBudget: config.jobs,
  };
  if (huntSettings) {
    io.stderr.write(`hunting nondeterminism: each parallel-mode test also runs ${CONTROL_RUNS}× serially and up to ${huntSettings.repeat}× at -Zthreads=${huntSettings.threads.join(',')}${firstSeed === null ? '' : ` with -Zschedule-seed=${firstSeed}+run`}; core budget ${config.jobs}\n`);
  }
  for (const w of warnings) io.stderr.write(`warning: ${w}\n`);

  const buildRoot = mkdtempSync(join(io.tmpDir ?? tmpdir(), 'weft-ui-'));
  // With a hunt, compiles share a budget of cores so that jobs × threads stays near the core count.
  const budget = huntSettings ? new CoreBudget(config.jobs) : undefined;
  const base: Omit<RunSettings, 'bless'> = {
    compiler, suiteRoot: config.root, buildRoot, pass: config.pass, timeoutMs: config.timeoutMs,
    parallelCompare: config.parallelCompare, color, cargoHome: io.env.CARGO_HOME ?? join(homedir(), '.cargo'),
    keepOutDir: config.keepOutDir, loadOptions, baseEnv: io.env, ...(budget ? { budget } : {}),
  };
  const hunt = huntSettings && budget
    ? (test: Parameters<typeof huntOne>[0]) => huntOne(test, { ...base, bless: false }, {
      repeat: huntSettings.repeat, threads: huntSettings.threads, firstSeed, earlyStop: huntSettings.earlyStop, timeoutMs: config.timeoutMs,
    }, { budget, capBytes: OUTPUT_CAP_BYTES, seedFlag: '-Zschedule-seed=' })
    : undefined;
  let result;
  try {
    result = await dispatch(jobs, { serial: { ...base, bless: config.bless }, parallel: { ...base, bless: false } }, {
      jobs: config.jobs, knownFailures: known, compilerKey: compiler.key, knownFailuresFile: displayPath(config.knownFailures), isInterrupted: io.isInterrupted,
      knownNondeterministic: knownNondet, knownNondeterministicFile: displayPath(config.knownNondeterministic), ...(hunt ? { hunt } : {}),
    }, progressReporter(io.stderr, { tty: io.stderrIsTTY, verbose: config.verbose, columns: io.columns }));
  } finally {
    if (!config.keepOutDir) rmSync(buildRoot, { recursive: true, force: true });
    removePendingTemps();
  }
  const wallMs = performance.now() - t0;
  const busy = trackedBusyMs() - busy0;
  let nondeterminism: RunReport['nondeterminism'];
  // An interrupted hunt still reports the tests it finished (a whole-suite hunt takes hours):
  // marked partial, with how many of the selected tests it covers.
  if (huntSettings && (!result.interrupted || result.hunts.length > 0)) {
    const summary = summarizeHunts(result.hunts);
    const huntReport: NondeterminismReport = {
      schemaVersion: 1, kind: 'weft-nondeterminism',
      compiler: { key: compiler.key, path: compiler.path, version: compiler.version, verboseVersion: compiler.verboseVersion },
      root: config.root, startedAt: startedAt.toISOString(), wallMs: Math.round(wallMs), settings: huntSettings, summary, tests: result.hunts,
      ...(result.interrupted ? { interrupted: { selected: selected.length } } : {}),
    };
    const dir = config.nondeterminismDir ?? join(REPO_ROOT, 'reports/nondeterminism');
    mkdirSync(dir, { recursive: true });
    const stem = join(dir, reportStamp(startedAt));
    writeFileAtomic(`${stem}.json`, `${JSON.stringify(huntReport, null, 2)}\n`);
    writeFileAtomic(`${stem}.md`, renderHuntMarkdown(huntReport));
    nondeterminism = { settings: huntSettings, summary, tests: result.hunts, files: { md: displayPath(`${stem}.md`), json: displayPath(`${stem}.json`) } };
  }
  const report: RunReport = {
    schemaVersion: 1,
    compiler: { key: compiler.key, path: compiler.path, version: compiler.version, verboseVersion: compiler.verboseVersion },
    root: config.root,
    modes: modes.map((m) => m.kind),
    threads: config.threads,
    jobs: config.jobs,
    shard: config.shard,
    startedAt: startedAt.toISOString(),
    wallMs: Math.round(wallMs),
    compilerMs: result.entries.reduce((n, e) => n + e.compilerMs, 0),
    compilerBusyMs: Math.round(busy),
    harnessOverheadMs: Math.round(wallMs - busy),
    filteredOut,
    summary: summarize(result.entries),
    warnings,
    tests: result.entries,
    ...(config.threadCounts.length > 1 ? { threadCounts: config.threadCounts } : {}),
    ...(nondeterminism ? { nondeterminism } : {}),
  };

  if (result.interrupted) {
    io.stderr.write(renderTextReport(report, { color, verbose: config.verbose, blessed: result.blessed, displayPath, interrupted: true, keptOutDir: null }));
    return 130;
  }
  let final = report;
  if (config.updateKnownFailures) final = updateKnownFailuresFile(config, compiler, report, known, new Set(all.map((t) => t.name)), io);
  const json = `${JSON.stringify(final, null, 2)}\n`;
  if (config.report) writeFileAtomic(config.report, json);
  if (config.junit) writeFileAtomic(config.junit, renderJunit(final));
  const text = renderTextReport(final, { color, verbose: config.verbose, blessed: result.blessed, displayPath, interrupted: false, keptOutDir: config.keepOutDir ? buildRoot : null });
  const human = config.format === 'json' ? io.stderr : io.stdout;
  if (io.env.GITHUB_ACTIONS === 'true') {
    const workspace = io.env.GITHUB_WORKSPACE ?? io.cwd;
    human.write(renderGithubAnnotations(final, (rel) => relative(workspace, join(config.root, rel)).split(sep).join('/')));
  }
  if (config.format === 'json') io.stdout.write(json);
  human.write(text);
  return final.summary.failed > 0 ? 1 : 0;
}

/** `--update-known-failures`: rewrites the file and re-judges the run against it. */
function updateKnownFailuresFile(config: Config, compiler: CompilerInfo, report: RunReport, old: ReturnType<typeof readKnownFailures>, existing: ReadonlySet<string>, io: Io): RunReport {
  const ran: RanTest[] = report.tests.map((t) => ({
    name: t.name,
    mode: t.mode,
    result: t.status === 'ignored' ? 'not-run' : t.status === 'passed' || t.failures.every((f) => f.kind === 'unexpectedlyPassed') ? 'passed' : 'failed',
  }));
  const next = updatedKnownFailures(old, compiler.key, ran, existing, config.knownFailureReason);
  const before = new Set(old.filter((e) => e.compiler === compiler.key).map((e) => `${e.test} ${e.mode}`));
  const after = new Set(next.filter((e) => e.compiler === compiler.key).map((e) => `${e.test} ${e.mode}`));
  const added = [...after].filter((k) => !before.has(k)).length;
  const removed = [...before].filter((k) => !after.has(k)).length;
  writeFileAtomic(config.knownFailures, serializeKnownFailures(next));
  io.stderr.write(`updated ${relative(io.cwd, config.knownFailures) || config.knownFailures}: ${after.size} known failures for ${compiler.key} (${added} added, ${removed} removed)\n`);
  const tests = report.tests.map((t) => {
    const entry = next.find((e) => e.compiler === compiler.key && e.test === t.name && (e.mode === 'both' || e.mode === t.mode));
    if (t.status !== 'failed') return t;
    const failures = t.failures.filter((f) => f.kind !== 'unexpectedlyPassed');
    if (failures.length === 0) return { ...t, status: 'passed' as const, failures, knownFailure: undefined };
    return entry ? { ...t, failures, knownFailure: { reason: entry.reason } } : t;
  });
  return { ...report, tests, summary: summarize(tests) };
}

