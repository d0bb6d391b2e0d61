/**
 * The events the dispatcher emits while a run goes on. Reporters (progress bar, verbose lines)
 * listen to them; they never reach into the runner.
 */
import type { ReportEntry } from '../report.js';

export type RunEvent =
  | { readonly type: 'run-started'; readonly total: number }
  | { readonly type: 'test-started'; readonly name: string; readonly mode: 'serial' | 'parallel' }
  | { readonly type: 'test-finished'; readonly entry: ReportEntry }
  | { readonly type: 'run-finished'; readonly interrupted: boolean };

export type RunListener = (event: RunEvent) => void;
