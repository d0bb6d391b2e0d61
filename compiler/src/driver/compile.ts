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
import { loadCrate } from '../syntax/crate-loader.js';
import { analyzeCrate } from '../sema/pipeline.js';
import type { CrateAnalysis } from '../sema/pipeline.js';
import { validateCrate } from '../syntax/validate.js';
import { emitLink, wantsLink } from './link.js';
import { expandCrate } from '../sema/expand/expand.js';
import { cfgOf } from './print.js';
import { emitLibraries, withExternCrates } from './library.js';
import { wantsLibrary } from './link.js';
import { ConstEvaluator } from '../backend/const-eval.js';

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
  const rootFile = session.sourceMap.addFile(input, read.text);

  // Parse: the crate root, then module files wave by wave (see syntax/crate-loader.ts), with the
  // diagnostics in rustc's order.
  const ownCrate = await session.profiler.phase('parse_crate', () =>
    loadCrate(input, rootFile, { sourceMap: session.sourceMap, readFile: session.readFile, executor: session.executor, edition: options.edition }),
  );
  // Extern crates (`--extern`, `extern crate` through `-L`): their sources join the crate (library.ts).
  const crate = await withExternCrates(session, ownCrate);
  for (const d of crate.diagnostics) dcx.emit(d);
  if (!crate.abort) {
    // (Macro expansion's diagnostics will come here.) Then, as rustc: identifiers with emoji,
    // and the AST validation that precedes name resolution (`fn f();` outside a trait, ...).
    for (const d of crate.afterExpansion) dcx.emit(d);
    for (const d of validateCrate(crate, session.sourceMap)) dcx.emit(d);
  }
  // rustc emits stashed errors that no later phase improved (`missing type for const item`:
  // type checking steals it and suggests the inferred type) before it aborts.
  for (const s of crate.stashed) dcx.emit(s.diag);
  if (crate.abort) {
    // What rustc does after parse errors: it stops right away after a fatal error (unterminated
    // literals and block comments, unbalanced delimiters, an unreadable `#[path]` file, a crate
    // root whose items it could not parse: `crate.abort`). After recoverable errors (a missing
    // `;`, a bad statement or field, struct literal in a condition, E0583 ...) it goes on: the
    // broken parts are `err` nodes, and the later phases stay silent about them.
    dcx.finish();
    return 1;
  }
  if (dcx.hasErrors()) {
    // FIXME: the semantic phases do not yet stay silent on every kind of recovered node; until
    // they do, weftc stops after parse errors (rustc goes on and may report more). It goes as far
    // as expansion, whose errors rustc reports too: macro arguments (`println!("{}", dyn)`) are
    // parsed then.
    const expanded = expandCrate({ crate, sourceMap: session.sourceMap, edition: options.edition, cfg: cfgOf(options), env: session.env });
    for (const d of expanded.diagnostics) dcx.emit(d);
    dcx.finish();
    return 1;
  }
  // The back end's typeck export is computed only when a binary is asked for (`check` stays fast).
  const link = wantsLink(options);
  // Consts: the free ones are evaluated during analysis (check builds too, as rustc); the errors
  // do not stop codegen, whose collector notes each read of a failed const (see const-eval.ts).
  let consts: ConstEvaluator | null = null;
  const errorsBefore = dcx.errorCount();
  let constErrors = 0;
  const afterBodies = (a: CrateAnalysis) => {
    consts = new ConstEvaluator({ ctx: a.ctx, typeck: a.typeck });
    for (const d of consts.eagerErrors()) {
      dcx.emit(d);
      constErrors++;
    }
  };
  const analysis = await analyzeCrate(session, crate, { exportTypeck: link, afterBodies });
  if (link && analysis && dcx.errorCount() === errorsBefore + constErrors) await session.profiler.phase('codegen_crate', () => emitLink(session, analysis, consts));
  if (wantsLibrary(options) && !dcx.hasErrors()) emitLibraries(session, ownCrate);
  dcx.finish();
  return dcx.hasErrors() ? 1 : 0;
}
