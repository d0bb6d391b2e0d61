/**
 * Schedules the jobs of a run (test × mode) on a bounded pool of `--jobs` workers, turns each
 * outcome into a report entry (known failures applied), and emits events. With `--bless`, every
 * serial job runs before any parallel one, so parallel runs compare against the freshly blessed
 * files. Returns the entries in a stable order whatever the completion order.
 */
import { applyKnownFailure, findKnownFailure, type KnownFailure } from '../known-failures.js';
import { sortEntries, toReportFailure, type ReportEntry, type ReportFailure } from '../report.js';
import type { BlessAction } from '../bless.js';
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
}

export interface DispatchResult {
  readonly entries: ReportEntry[];
  readonly blessed: BlessAction[];
  readonly interrupted: boolean;
}

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
    const entry = toEntry(job, outcome, o);
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
  return { entries: sortEntries(entries), blessed, interrupted };
}
