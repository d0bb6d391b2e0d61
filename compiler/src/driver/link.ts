/**
 * `--emit=link`: asks the back end for the program and writes it as an executable where rustc
 * would put the binary: `-o`, `--emit link=PATH`, else `--out-dir/<crate-name>` (or the current
 * directory). Only a `bin` crate gets an executable. A construct the back end cannot compile yet
 * is one error at its span (`weftc does not support ... yet`), and nothing is written.
 *
 * Owns: where the binary goes and the link-time errors. Must not: touch the file system itself
 * (`session.writeOutput` does, in main.ts).
 */
import type { Session } from './session.js';
import type { Options } from './options.js';
import type { CrateAnalysis } from '../sema/pipeline.js';
import { effectiveCrateTypes, isCheckOnly } from './options.js';
import { error } from '../diagnostics/diagnostic.js';
import { generateProgram } from '../backend/codegen.js';
import type { ConstEvaluator } from '../backend/const-eval.js';
import { crateName, outputFileName } from './outputs.js';

/** True when this run must produce a binary (`link` is the default emit kind). */
export function wantsLink(o: Options): boolean {
  if (isCheckOnly(o)) return false;
  if (o.emit.length > 0 && !o.emit.some((e) => e.kind === 'link')) return false;
  return effectiveCrateTypes(o).includes('bin') && o.input !== null;
}

/** True when this run must write a library artifact (`lib`, `rlib`, `dylib`; see library.ts). */
export function wantsLibrary(o: Options): boolean {
  if (isCheckOnly(o)) return false;
  if (o.emit.length > 0 && !o.emit.some((e) => e.kind === 'link')) return false;
  return effectiveCrateTypes(o).some((t) => t === 'lib' || t === 'rlib' || t === 'dylib') && o.input !== null;
}

export async function emitLink(session: Session, analysis: CrateAnalysis, consts: ConstEvaluator | null = null): Promise<void> {
  const { options, dcx } = session;
  const result = await generateProgram(session, analysis, consts);
  for (const d of result.consts) dcx.emit(d);
  // A failed const (reported during analysis or by the collector): no binary, as rustc.
  if (dcx.hasErrors()) return;
  for (const u of result.unsupported) dcx.emit(error(`weftc does not support ${u.what} yet`, u.span).build());
  if (result.program === null) {
    if (result.unsupported.length === 0) dcx.emit(error(`\`main\` function not found in crate \`${crateName(options)}\``).build());
    return;
  }
  const path = outputPath(options);
  const failed = session.writeOutput ? session.writeOutput(path, result.program, true) : null;
  if (failed !== null) dcx.emit(error(`couldn't create a temp dir: ${failed}`).build());
}

function outputPath(o: Options): string {
  const explicit = o.emit.find((e) => e.kind === 'link' && e.path !== null);
  if (explicit) return explicit.path!;
  if (o.output !== null) return o.output;
  const name = outputFileName(o, 'bin');
  return o.outDir !== null ? `${o.outDir.replace(/\/$/, '')}/${name}` : name;
}

