/**
 * Schedules the jobs of a run (test × mode) on a bounded pool of `--jobs` workers, turns each
 * outcome into a report entry (known failures applied), and emits events. With `--bless`, every
 * serial job runs before any parallel one, so parallel runs compare against the freshly blessed
 * files. With a hunt (`--repeat`), each parallel job then hunts nondeterminism in the test and the
 * hunt's verdict joins the entry, with known-nondeterministic.json applied. Returns the entries
 * (and hunts) in a stable order whatever the completion order.
 */
import { applyKnownFailure, findKnownFailure, type KnownFailure } from '../known-failures.js';
import { sortEntries, toReportFailure, type ReportEntry, type ReportFailure } from '../report.js';
import type { BlessAction } from '../bless.js';
import { findKnownNondeterministic, quarantineVerdict, type KnownNondeterministic } from '../nondeterminism/quarantine.js';
import { describeVariants, huntFails, type TestHunt } from '../nondeterminism/report.js';
import type { TestCase } from '../fixture.js';
import type { RunListener } from './events.js';
import { runTest, type ModeSpec, type RunSettings, type TestOutcome } from './test-run.js';

export interface Job {
  readonly test: TestCase;
  readonly mode: ModeSpec;
}

export interface DispatchOptions {
  readonly jobs: number;
  readonly knownFailures: readonly KnownFailure[];
  readonly compilerKey: string;
  readonly knownFailuresFile: string;
  readonly isInterrupted: () => boolean;
  /** Parallel-mode tests whose failures do not fail the run (known-nondeterministic.json). */
  readonly knownNondeterministic?: readonly KnownNondeterministic[];
  readonly knownNondeterministicFile?: string;
  /** With `--repeat`: hunts nondeterminism in a test after its parallel-mode run. */
  readonly hunt?: (test: TestCase) => Promise<TestHunt | 'interrupted'>;
}

export interface DispatchResult {
  readonly entries: ReportEntry[];
  readonly blessed: BlessAction[];
  readonly interrupted: boolean;
  /** One per hunted parallel job, sorted by test name (empty without `--repeat`). */
  readonly hunts: TestHunt[];
}

/**
 * Joins a hunt's verdict and known-nondeterministic.json to a parallel-mode entry: a label other
 * than stable fails the entry (even one that was a known failure: a known failure covers wrong
 * output, not unstable output) unless the list covers it; a listed test's failures are excused.
 */
function withNondeterminism(entry: ReportEntry, hunt: TestHunt | null, huntMs: number, o: DispatchOptions): { entry: ReportEntry; hunt: TestHunt | null } {
  if (entry.mode !== 'parallel') return { entry, hunt };
  const file = o.knownNondeterministicFile ?? 'known-nondeterministic.json';
  const listed = findKnownNondeterministic(o.knownNondeterministic ?? [], o.compilerKey, entry.name);
  if (hunt === null || hunt.label === null) {
    const excused = listed && entry.status === 'failed' && !entry.knownFailure && excusesWithoutHunt(listed, entry);
    return { entry: excused ? { ...entry, knownNondeterministic: { reason: listed.reason } } : entry, hunt };
  }
  const verdict = quarantineVerdict(listed, hunt.label, hunt.runs.parallel, file);
  const judged: TestHunt = { ...hunt, quarantine: verdict };
  let out: ReportEntry = {
    ...entry,
    nondeterminism: { label: hunt.label, reason: hunt.reason },
    compilerMs: entry.compilerMs + hunt.compilerMs,
    durationMs: entry.durationMs + Math.round(huntMs),
  };
  if (huntFails(judged)) {
    const first = hunt.variants.find((v) => v.id !== 'serial' && v.class !== 'identical');
    const failure = toReportFailure({
      kind: 'nondeterministic', label: hunt.label, reason: hunt.reason,
      listing: verdict.kind === 'label-changed' ? verdict.message : null,
      diff: [...describeVariants(hunt, 4), ...(first && first.diff !== '' ? [`${first.id} against the serial output:`, first.diff] : [])].join('\n') + '\n',
      command: first?.command ?? hunt.reference?.command ?? entry.command ?? '',
    });
    const { knownFailure: _excused, ...rest } = out;
    out = { ...rest, status: 'failed', failures: [...out.failures, failure] };
  } else if (verdict.kind === 'quarantined' && out.status === 'failed' && !out.knownFailure) {
    out = { ...out, knownNondeterministic: { reason: verdict.reason } };
  }
  return { entry: out, hunt: judged };
}

/**
 * Without a hunt the harness sees one parallel run. An entry listed for reordering only
 * (`nondeterministic-order`, or `parallel-only-failure` seen as a reordering) excuses a failure
 * whose every part is `reordered`: the same diagnostics with different text still fail. An entry
 * without labels, or with any other label, excuses any failure of the test.
 */
function excusesWithoutHunt(listed: KnownNondeterministic, entry: ReportEntry): boolean {
  if (listed.labels === null || listed.labels.some((l) => !ORDER_LABELS.has(l))) return true;
  return entry.failures.length > 0 && entry.failures.every((f) => f.kind === 'reordered');
}

const ORDER_LABELS: ReadonlySet<string> = new Set(['nondeterministic-order', 'parallel-only-failure']);

function toEntry(job: Job, outcome: TestOutcome, o: DispatchOptions): ReportEntry {
  const { test, mode } = job;
  const known = findKnownFailure(o.knownFailures, o.compilerKey, test.name, mode.kind);
  const verdict = applyKnownFailure(outcome, known);
  const failures: ReportFailure[] = outcome.failures.map(toReportFailure);
  if (verdict.unexpectedlyPassed) {
    failures.push(toReportFailure({ kind: 'unexpectedlyPassed', reason: known!.reason, knownFailuresFile: o.knownFailuresFile }));
  }
  return {
    name: test.name,
    path: test.fixture.rel,
    revision: test.revision,
    mode: mode.kind,
    threads: mode.kind === 'parallel' ? mode.threads : 1,
    status: verdict.status === 'interrupted' ? 'ignored' : verdict.status,
    failures,
    durationMs: Math.round(outcome.durationMs),
    compilerMs: Math.round(outcome.compilerMs),
    command: outcome.command,
    ...(outcome.ignoreReason ? { ignoreReason: outcome.ignoreReason } : {}),
    ...(verdict.knownReason !== null ? { knownFailure: { reason: verdict.knownReason } } : {}),
  };
}

async function pool(jobs: readonly Job[], width: number, work: (job: Job) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      await work(job);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, jobs.length)) }, worker));
}

export async function dispatch(jobs: readonly Job[], settings: { serial: RunSettings; parallel: RunSettings }, o: DispatchOptions, listen: RunListener): Promise<DispatchResult> {
  const entries: ReportEntry[] = [];
  const hunts: TestHunt[] = [];
  const blessed: BlessAction[] = [];
  let interrupted = false;
  listen({ type: 'run-started', total: jobs.length });
  const work = async (job: Job) => {
    if (o.isInterrupted()) {
      interrupted = true;
      return;
    }
    listen({ type: 'test-started', name: job.test.name, mode: job.mode.kind });
    const outcome = await runTest(job.test, job.mode, job.mode.kind === 'serial' ? settings.serial : settings.parallel);
    if (outcome.status === 'interrupted') {
      interrupted = true;
      return;
    }
    blessed.push(...outcome.blessed);
    let hunt: TestHunt | null = null;
    const huntStart = performance.now();
    if (o.hunt && job.mode.kind === 'parallel') {
      const h = await o.hunt(job.test);
      if (h === 'interrupted') {
        interrupted = true;
        return;
      }
      hunt = h;
    }
    const joined = withNondeterminism(toEntry(job, outcome, o), hunt, performance.now() - huntStart, o);
    if (joined.hunt) hunts.push(joined.hunt);
    const entry = joined.entry;
    entries.push(entry);
    listen({ type: 'test-finished', entry });
  };
  const blessing = settings.serial.bless;
  if (blessing) {
    // Parallel runs compare against what the serial runs just blessed.
    await pool(jobs.filter((j) => j.mode.kind === 'serial'), o.jobs, work);
    await pool(jobs.filter((j) => j.mode.kind === 'parallel'), o.jobs, work);
  } else {
    await pool(jobs, o.jobs, work);
  }
  interrupted ||= o.isInterrupted();
  listen({ type: 'run-finished', interrupted });
  hunts.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { entries: sortEntries(entries), blessed, interrupted, hunts };
}
