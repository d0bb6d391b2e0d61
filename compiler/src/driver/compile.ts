/**
 * The compilation pipeline: the order of phases and where diagnostics are emitted. Every phase is a
 * query or a parallel map over independent keys (see query/executor.ts); diagnostics that a phase
 * returns are emitted here, phase by phase, in canonical order, so the output is the same for every
 * executor and thread count.
 *
 *   read input → parse (per file) → expand + module tree → resolve → collect signatures
 *   → check bodies (per body: typeck, liveness, borrowck) → lints (per item) → write outputs
 */
import type { Session } from './session.js';
import { error } from '../diagnostics/diagnostic.js';

/** Runs the pipeline; returns the process exit status (0 ok, 1 errors). */
export async function compile(session: Session): Promise<number> {
  const { options, dcx } = session;
  const input = options.input!;
  const read = session.readFile(input);
  if ('error' in read) {
    dcx.emit(error(`couldn't read \`${input}\`: ${read.error}`).build());
    dcx.finish();
    return 1;
  }
  session.sourceMap.addFile(input, read.text);
  // The phases are added here as they are written.
  dcx.finish();
  return dcx.hasErrors() ? 1 : 0;
}
