/**
 * The back end's driver: monomorphization (instances collected from `main`, wave by wave, each
 * wave lowered on the executor: `backend.lowerInstances`), partitioning into codegen units
 * (`-C codegen-units=N`, by a hash of the symbol, so that a unit's content does not depend on the
 * thread count or on wave order), and the program text: the shebang, the runtime, the units in
 * index order, then the call of `main`.
 *
 * Owns: collection order and output layout. Must not: touch the file system (the driver writes).
 */
import type { Session } from '../driver/session.js';
import type { CrateAnalysis } from '../sema/pipeline.js';
import type { DefId } from '../sema/defs.js';
import type { BackendContext, Instance, LoweredInstance, Unsupported } from './lower.js';
import { argsKey, hash, lowerInstance, lowerDebugFormatter } from './lower.js';
import { RUNTIME_SOURCE } from './runtime/source.js';
import type { ConstEvaluator } from './const-eval.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export interface CodegenResult {
  /** The program, or null when some construct is not supported. */
  readonly program: string | null;
  readonly unsupported: readonly Unsupported[];
  readonly instances: number;
  /** Post-monomorphization const-eval errors and notes (an error means: no program). */
  readonly consts: readonly Diagnostic[];
}

/** Task body: lowers a batch of instances (reads the `backend.crate` context). */
export function lowerInstances(cx: BackendContext, insts: readonly Instance[]): LoweredInstance[] {
  return insts.map((i) => (i.def === -1 ? lowerDebugFormatter(cx, i) : lowerInstance(cx, i)));
}

export async function generateProgram(session: Session, analysis: CrateAnalysis, consts: ConstEvaluator | null = null): Promise<CodegenResult> {
  const { ctx } = analysis;
  const opt = session.options.codegen.get('opt-level');
  const debugAssertions = session.options.codegen.get('debug-assertions');
  const overflowChecks = session.options.codegen.get('overflow-checks');
  const checks = overflowChecks !== undefined ? overflowChecks !== 'no' && overflowChecks !== 'off' && overflowChecks !== 'n' : debugAssertions !== undefined ? debugAssertions !== 'no' : opt === undefined || opt === '0';
  const cx: BackendContext = { ctx, typeck: analysis.typeck, overflowChecks: checks };
  const main = findMain(analysis);
  if (main === null) return { program: null, unsupported: [], instances: 0, consts: [] };
  session.executor.setContext('backend.crate', cx);

  // Collection: every instance once, discovered in waves from `main`.
  const seen = new Set<string>();
  const lowered: LoweredInstance[] = [];
  const byKey = new Map<string, { inst: Instance; lowered: LoweredInstance }>();
  let wave: Instance[] = [{ def: main, args: [] }];
  seen.add(`${main}:[]`);
  const unsupported: Unsupported[] = [];
  const cgus = Math.max(1, Number(session.options.codegen.get('codegen-units') ?? '16') || 1);
  while (wave.length > 0) {
    // Batches of instances: one task each, so that small programs pay for few messages.
    const batches: Instance[][] = [];
    for (let i = 0; i < wave.length; i += 8) batches.push(wave.slice(i, i + 8));
    const outs = await session.executor.map('backend.lowerInstances', batches);
    const next: Instance[] = [];
    for (const [b, out] of outs.entries()) {
      for (const [j, l] of out.entries()) {
        lowered.push(l);
        const inst = batches[b]![j]!;
        byKey.set(`${inst.def}:${argsKey(inst.args)}`, { inst, lowered: l });
        if (l.unsupported) unsupported.push(l.unsupported);
        for (const c of l.callees) {
          const key = `${c.def}:${argsKey(c.args)}`;
          if (seen.has(key)) continue;
          seen.add(key);
          next.push(c);
        }
      }
    }
    wave = next;
  }
  // Consts read by the instances, evaluated in the collector's order (on this thread: the
  // walk, not the waves, decides the order of the diagnostics).
  const constDiags = consts ? consts.buildDiagnostics({ def: main, args: [] }, byKey) : [];
  if (constDiags.some((d) => d.level === 'error')) return { program: null, unsupported: [], instances: lowered.length, consts: constDiags };
  if (unsupported.length > 0) {
    unsupported.sort((a, b) => a.span.lo - b.span.lo);
    return { program: null, unsupported: [unsupported[0]!], instances: lowered.length, consts: constDiags };
  }
  // Partition: by symbol hash into units; within a unit, by symbol.
  const units: LoweredInstance[][] = Array.from({ length: cgus }, () => []);
  for (const l of lowered) units[unitOf(l.symbol, cgus)]!.push(l);
  const mainSym = lowered[0]!.symbol;
  const parts = ['#!/usr/bin/env node', `'use strict';`, RUNTIME_SOURCE.trim()];
  units.forEach((u, i) => {
    if (u.length === 0) return;
    u.sort((a, b) => (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0));
    parts.push(`// codegen unit ${i}`, ...u.map((l) => l.js));
  });
  parts.push(`$rt.main(${mainSym});`, '');
  return { program: parts.join('\n'), unsupported: [], instances: lowered.length, consts: constDiags };
}

function unitOf(symbol: string, n: number): number {
  return parseInt(hash(symbol), 36) % n;
}

function findMain(analysis: CrateAnalysis): DefId | null {
  const { ctx } = analysis;
  const defs = ctx.r.table.defs;
  for (let i = ctx.r.table.stdCount; i < defs.length; i++) {
    const d = defs[i]!;
    if (d.kind === 'fn' && d.name === 'main' && d.parent === ctx.r.table.localRoot) return i as DefId;
  }
  return null;
}
