/**
 * The machine-readable report (`--format json`, `--report FILE`, schemaVersion 1): one entry per
 * test × revision × mode, the summary, and merging the reports of shards. This schema is a stable
 * interface; add fields, never change their meaning.
 */
import { HarnessError } from './errors.js';
import { failureCommand, failureLocation, failureMessage, type TestFailure } from './failures.js';
import { summarizeHunts, type HuntSettingsReport, type NondeterminismSummary, type TestHunt } from './nondeterminism/report.js';

export type ReportStatus = 'passed' | 'failed' | 'ignored';

export interface ReportFailure {
  readonly kind: string;
  readonly message: string;
  readonly command?: string;
  readonly file?: string;
  readonly line?: number;
  /** Compiler (or binary) output kept for crashes and other process failures. */
  readonly output?: string;
  /** Unified diff for output mismatches. */
  readonly diff?: string;
}

export interface ReportEntry {
  readonly name: string;
  /** Fixture path relative to the suite root. */
  readonly path: string;
  readonly revision: string | null;
  readonly mode: 'serial' | 'parallel';
  readonly threads: number;
  readonly status: ReportStatus;
  readonly failures: readonly ReportFailure[];
  readonly durationMs: number;
  /** Wall time of the compiler processes this test ran. */
  readonly compilerMs: number;
  readonly command: string | null;
  readonly ignoreReason?: string;
  /** Set when the test failed and is listed in known-failures.json: it does not fail the run. */
  readonly knownFailure?: { readonly reason: string };
  /**
   * Set when a parallel-mode test failed and is listed in known-nondeterministic.json (and a hunt,
   * if one ran, found what the entry says): it does not fail the run.
   */
  readonly knownNondeterministic?: { readonly reason: string };
  /** With `--repeat`, on parallel-mode entries: the hunt's label and why. */
  readonly nondeterminism?: { readonly label: string; readonly reason: string };
}

export interface ReportSummary {
  readonly total: number;
  readonly passed: number;
  /** Failures that fail the run (known failures excluded; unexpected passes included). */
  readonly failed: number;
  readonly ignored: number;
  readonly knownFailures: number;
  readonly unexpectedlyPassed: number;
  /** Failed tests excused by known-nondeterministic.json (present only when there are some). */
  readonly knownNondeterministic?: number;
}

export interface RunReport {
  readonly schemaVersion: 1;
  readonly compiler: { readonly key: string; readonly path: string; readonly version: string; readonly verboseVersion: string };
  readonly root: string;
  readonly modes: readonly ('serial' | 'parallel')[];
  readonly threads: number;
  readonly jobs: number;
  readonly shard: { readonly index: number; readonly count: number } | null;
  readonly startedAt: string;
  readonly wallMs: number;
  /** Sum of the compiler processes' wall time over all tests. */
  readonly compilerMs: number;
  /** Time during which at least one compiler process was running. */
  readonly compilerBusyMs: number;
  /** `wallMs - compilerBusyMs`: the time the harness spent with no compiler running. */
  readonly harnessOverheadMs: number;
  /** Tests left out by name filters (`--shard` exclusions are not counted). */
  readonly filteredOut: number;
  readonly summary: ReportSummary;
  readonly warnings: readonly string[];
  readonly tests: readonly ReportEntry[];
  /** `--threads` with several counts (`--repeat` cycles through them; `threads` is the first). */
  readonly threadCounts?: readonly number[];
  /** With `--repeat`: the nondeterminism hunt (also written to reports/nondeterminism/). */
  readonly nondeterminism?: NondeterminismSection;
}

export interface NondeterminismSection {
  readonly settings: HuntSettingsReport;
  readonly summary: NondeterminismSummary;
  readonly tests: readonly TestHunt[];
  /** The Markdown and JSON files written for this run; null when none were (merged reports). */
  readonly files: { readonly md: string; readonly json: string } | null;
}

const OUTPUT_KEEP = 64 * 1024;

export function toReportFailure(f: TestFailure): ReportFailure {
  const loc = failureLocation(f);
  const out: { -readonly [K in keyof ReportFailure]: ReportFailure[K] } = { kind: f.kind, message: failureMessage(f) };
  const command = failureCommand(f);
  if (command) out.command = command;
  if (loc) {
    out.file = loc.file;
    if (loc.line !== null) out.line = loc.line;
  }
  if ('diff' in f) out.diff = f.diff;
  else if ('stderr' in f || 'stdout' in f) {
    const text = [('stdout' in f && f.stdout) || '', ('stderr' in f && f.stderr) || ''].filter((t) => t !== '').join('\n');
    if (text !== '') out.output = text.length > OUTPUT_KEEP ? `${text.slice(0, OUTPUT_KEEP)}\n… (${text.length - OUTPUT_KEEP} more characters)` : text;
  }
  return out;
}

export function summarize(tests: readonly ReportEntry[]): ReportSummary {
  let passed = 0;
  let failed = 0;
  let ignored = 0;
  let known = 0;
  let knownNondeterministic = 0;
  let unexpected = 0;
  for (const t of tests) {
    if (t.status === 'passed') passed++;
    else if (t.status === 'ignored') ignored++;
    else if (t.knownFailure) known++;
    else if (t.knownNondeterministic) knownNondeterministic++;
    else {
      failed++;
      if (t.failures.some((f) => f.kind === 'unexpectedlyPassed')) unexpected++;
    }
  }
  return { total: tests.length, passed, failed, ignored, knownFailures: known, unexpectedlyPassed: unexpected, ...(knownNondeterministic > 0 ? { knownNondeterministic } : {}) };
}

export function sortEntries(tests: ReportEntry[]): ReportEntry[] {
  return tests.sort((a, b) => (a.name === b.name ? (a.mode < b.mode ? 1 : a.mode > b.mode ? -1 : 0) : a.name < b.name ? -1 : 1));
}

function isReport(v: unknown): v is RunReport {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return r.schemaVersion === 1 && Array.isArray(r.tests) && typeof r.compiler === 'object' && r.compiler !== null;
}

/**
 * Merges the reports of the shards of one suite: tests are concatenated (a test × mode reported
 * twice is an error), times add up, the summary is recomputed. All reports must come from the same
 * compiler version.
 */
export function mergeReports(inputs: ReadonlyArray<{ file: string; data: unknown }>): RunReport {
  if (inputs.length === 0) throw new HarnessError('usage', 'merge-reports needs at least one report file');
  const reports = inputs.map(({ file, data }) => {
    if (!isReport(data)) throw new HarnessError('report', `${file}: not a schemaVersion 1 report of this harness`);
    return { file, report: data };
  });
  const first = reports[0]!.report;
  const seen = new Map<string, string>();
  const tests: ReportEntry[] = [];
  const warnings: string[] = [];
  for (const { file, report } of reports) {
    if (report.compiler.version !== first.compiler.version) {
      throw new HarnessError('report', `${file}: compiler \`${report.compiler.version}\` differs from \`${first.compiler.version}\` in ${reports[0]!.file}`);
    }
    for (const t of report.tests) {
      const key = `${t.name}\0${t.mode}`;
      if (seen.has(key)) throw new HarnessError('report', `${file}: \`${t.name}\` (${t.mode}) is also in ${seen.get(key)}; were the shards overlapping?`);
      seen.set(key, file);
      tests.push(t);
    }
    for (const w of report.warnings) if (!warnings.includes(w)) warnings.push(w);
  }
  const sum = (f: (r: RunReport) => number) => reports.reduce((n, { report }) => n + f(report), 0);
  const sorted = sortEntries(tests);
  const hunted = reports.map(({ report }) => report.nondeterminism).filter((n): n is NondeterminismSection => n !== undefined);
  const huntTests = hunted.flatMap((n) => n.tests).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    schemaVersion: 1,
    compiler: first.compiler,
    root: first.root,
    modes: [...new Set(reports.flatMap(({ report }) => report.modes))],
    threads: first.threads,
    jobs: first.jobs,
    shard: null,
    startedAt: reports.map(({ report }) => report.startedAt).sort()[0]!,
    wallMs: sum((r) => r.wallMs),
    compilerMs: sum((r) => r.compilerMs),
    compilerBusyMs: sum((r) => r.compilerBusyMs),
    harnessOverheadMs: sum((r) => r.harnessOverheadMs),
    // Shards of one suite share their filters, so they filter out the same tests.
    filteredOut: first.filteredOut,
    summary: summarize(sorted),
    warnings,
    tests: sorted,
    ...(first.threadCounts ? { threadCounts: first.threadCounts } : {}),
    ...(hunted.length > 0 ? { nondeterminism: { settings: hunted[0]!.settings, summary: summarizeHunts(huntTests), tests: huntTests, files: null } } : {}),
  };
}
