/**
 * The semantic phases after parsing, in rustc's order, emitting their diagnostics phase by phase:
 *
 *   std model → expansion → def collection + module tree (E0428) → [expansion errors]
 *   → import resolution (E0252/E0255, E0432, E0603) → late resolution, one task per item
 *   (E0425, E0433, ...; "cannot find function" errors stashed for typeck) → signatures through
 *   queries (E0391) and item checks (E0046, E0072, ...) → early lints (unused_imports)
 *   → bodies, one task each (type errors, then liveness lints) → late lints (only without errors).
 *
 * Body-level work goes through `session.executor.map` with plain-data inputs; everything that
 * comes back is emitted here, unit by unit in definition order, so the output never depends on
 * the executor. Each ordering rule found by experiment against rustc is noted where it applies.
 *
 * Owns: the order of semantic phases and emission. Must not: implement a phase.
 */
import type * as A from '../syntax/ast.js';
import type { NodeId } from '../syntax/ast.js';
import type { Session } from '../driver/session.js';
import type { LoadedCrate } from '../syntax/crate-loader.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DefId } from './defs.js';
import type { ModuleIndex, PartialRes } from './resolve/types.js';
import type { SemaContext } from './context.js';
import { resolveItem, type StashedError } from './resolve/late.js';
import type { TaskDiag } from './task-diag.js';
import type { TypeckResults } from './typeck/body.js';
import { loadStdModel } from './std/load.js';
import { bug } from '../util/bug.js';
import { expandCrate } from './expand/expand.js';
import { makeCfgSet } from './expand/cfg.js';
import { collectCrate } from './resolve/collect.js';
import { resolveImports } from './resolve/imports.js';
import { nsMap, type ResolverData } from './resolve/scope.js';
import { SigCollector } from './collect/sigs.js';
import { checkItems } from './collect/item-checks.js';
import { trimmedDefPaths } from './ty/trimmed.js';
import { LintEmitter } from './lints/emit.js';
import { unusedImports } from './lints/unused-imports.js';
import { unusedMacros } from './lints/unused-macros.js';
import { lateLints } from './lints/late.js';
import { earlyLints } from './lints/early.js';
import type { LintLevels, Level } from './lints/levels.js';
import { lintAttrs } from './lints/levels.js';
import { unknownCmdlineLints } from './lints/unknown-lints.js';

/** What the back end reads after analysis (only with `exportTypeck`). */
export interface CrateAnalysis {
  readonly ctx: SemaContext;
  readonly typeck: ReadonlyMap<DefId, TypeckResults>;
}

export interface AnalyzeOptions {
  /** Export every body's typeck results for the back end (and return the analysis). */
  readonly exportTypeck?: boolean;
  /**
   * Runs after the bodies are checked and before the late lints, when the bodies have no errors
   * (rustc evaluates the crate's consts there): it gets the analysis, with the typeck results of
   * at least every const, static and `const fn`.
   */
  readonly afterBodies?: (analysis: CrateAnalysis) => void;
}

export async function analyzeCrate(session: Session, crate: LoadedCrate, opts: AnalyzeOptions = {}): Promise<CrateAnalysis | null> {
  const { options, dcx, sourceMap } = session;
  const emitter = new LintEmitter();
  // Errors from lints at deny level do not stop rustc's late lint pass (it checks
  // `has_errors_excluding_lint_errors`).
  let lintErrors = 0;
  const emitTask = (d: TaskDiag) => {
    if (d.kind === 'diag') dcx.emit(d.diag);
    else {
      const out = emitter.decorate(d.lint);
      if (!out) return;
      const before = dcx.errorCount();
      dcx.emit(out, { lint: d.lint.lint, level: out.level, diag: d.lint.diag });
      lintErrors += dcx.errorCount() - before;
    }
  };
  const crateName = options.crateName ?? crateNameOf(options.input ?? 'main.rs');

  const ph = session.profiler;
  const std = await ph.phase('load_std_model', () => loadStdModel(sourceMap));
  const cfg = makeCfgSet(options.cfg, { test: options.test, debugAssertions: !options.codegen.has('opt-level') || options.codegen.get('opt-level') === '0' });
  const expanded = await ph.phase('expand_crate', () => expandCrate({ crate, sourceMap, edition: options.edition, cfg, env: session.env, crateName }));
  const collected = await ph.phase('collect_defs', () => collectCrate({ expanded, std, sourceMap, edition: options.edition, crateName }));

  const lints: LintLevels = {
    cmdline: options.lintOpts.map((l) => ({ name: l.lint, level: l.level as Level })),
    capLints: (options.capLints as Level | null) ?? null,
  };
  const rootAttrs = lintAttrs(crate.root.ast?.attrs ?? []);
  // Unknown command-line lints: reported when rustc builds the crate root's lint levels, before
  // expansion, for the early lint pass and for the late passes.
  const reportUnknownLints = () => {
    for (const e of unknownCmdlineLints(lints, rootAttrs)) emitTask({ kind: 'lint', lint: e });
  };
  reportUnknownLints();

  // rustc builds the module tree of the whole crate (E0428) before it expands macro calls.
  for (const d of collected.diagnostics) dcx.emit(d);
  for (const d of expanded.diagnostics) dcx.emit(d);
  for (const d of crate.afterExpansion) dcx.emit(d);
  // A macro_rules! invocation that no rule matches stops rustc after expansion.
  if (expanded.fatal) return null;

  const preludeModule = preludeOf(collected.modules, collected.moduleOfDef, collected.stdRootModule, options.edition);
  const r: ResolverData = {
    table: collected.table,
    modules: collected.modules,
    moduleOfDef: collected.moduleOfDef,
    stdRootModule: collected.stdRootModule,
    localRootModule: collected.localRootModule,
    preludeModule,
    edition: options.edition,
    nameAlreadySeen: collected.nameAlreadySeen,
  };

  // Imports: conflicts (found while defining), then unresolved imports, then privacy.
  const imports = await ph.phase('resolve_imports', () => resolveImports(r, collected.imports, sourceMap));
  for (const d of imports.conflicts) dcx.emit(d);
  for (const d of imports.errors) dcx.emit(d);

  // Late resolution: one task per top-level item of every module, in definition order. std's
  // items are the same work in every run and report nothing: the main thread resolves them, so
  // the context shipped to workers holds only this crate's items (std's ASTs are most of its bytes).
  const late = { r, sources: sourceMap, blockModules: collected.blockModules, defOfNode: collected.defOfNode, files: expanded.files };
  const stdItems = stdUnits(collected);
  const localUnits = lateUnits(collected, expanded.files);
  const stdUnitCount = stdItems.length;
  const lateOutputs = await ph.phase('late_resolve', async () => {
    const stdShared = { ...late, units: stdItems };
    const stdOutputs = stdItems.map((_, i) => resolveItem(stdShared, i));
    // std's model resolves without errors at every edition; one that does not is weftc's bug
    // (and would cost every run its "cannot find" candidate search).
    for (const out of stdOutputs) {
      const d = out.diagnostics[0] ?? out.immediate[0] ?? out.privacyErrors[0] ?? out.stashed[0]?.diag;
      if (d) bug(`std model does not resolve: ${d.message}`);
    }
    session.executor.setContext('sema.late', { ...late, units: localUnits });
    return [...stdOutputs, ...(await session.executor.map('sema.resolveItem', localUnits.map((_, i) => i)))];
  });
  const resolutions = new Map<NodeId, PartialRes>();
  const methodScopes = new Map<NodeId, ModuleIndex>();
  const stashedByOwner = new Map<DefId, StashedError[]>();
  const usedImports = new Set<number>(imports.usedByImports);
  const tainted = new Set<DefId>();
  // Errors rustc's resolver emits at once come before those it holds back (see LateOutput).
  for (let i = stdUnitCount; i < lateOutputs.length; i++) for (const d of lateOutputs[i]!.immediate) dcx.emit(d);
  for (let i = 0; i < lateOutputs.length; i++) {
    const out = lateOutputs[i]!;
    if (i >= stdUnitCount) for (const d of out.diagnostics) dcx.emit(d);
    for (const [id, pr] of out.resolutions) resolutions.set(id, pr);
    for (const [id, m] of out.scopes) methodScopes.set(id, m);
    for (const s of out.stashed) {
      let l = stashedByOwner.get(s.owner);
      if (!l) stashedByOwner.set(s.owner, (l = []));
      l.push(s);
    }
    for (const i of out.usedImports) usedImports.add(i);
    for (const t of out.tainted) tainted.add(t);
  }
  // rustc reports the privacy errors of paths once late resolution is over.
  for (let i = stdUnitCount; i < lateOutputs.length; i++) for (const d of lateOutputs[i]!.privacyErrors) dcx.emit(d);

  // Signatures, then the checks of items, in definition order.
  const sigs = new SigCollector({ table: collected.table, resolutions, defOfNode: collected.defOfNode, sourceMap });
  const tables = await ph.phase('collect_signatures', () => sigs.exportTables());
  for (const d of sigs.errors) dcx.emit(d);

  const globNames = new Set<string>();
  for (const imp of collected.imports) {
    if (imp.isStd || imp.kind !== 'glob') continue;
    const m = imports.importModules[imp.index];
    if (m === null || m === undefined) continue;
    for (const n of collected.modules[m]!.types.keys()) globNames.add(n);
    for (const n of collected.modules[m]!.values.keys()) globNames.add(n);
  }
  const ctx: SemaContext = {
    edition: options.edition,
    crateName,
    isLibrary: options.crateTypes.length > 0 && !options.crateTypes.includes('bin'),
    sources: sourceMap,
    r,
    defOfNode: collected.defOfNode,
    blockModules: collected.blockModules,
    files: expanded.files,
    resolutions,
    methodScopes,
    sigs: tables,
    trimmed: trimmedDefPaths(collected.table, collected.modules, collected.moduleOfDef, collected.stdRootModule, globNames, collected.notInStd),
    lints,
  };

  // Early lints run on the AST right after resolution, before items are checked.
  // rustc emits buffered lints (unused imports, unused macros) as its early lint pass reaches their node: one
  // walk, so both come out in source order.
  reportUnknownLints();
  const early = [...unusedImports(ctx, collected.imports, usedImports, imports.failed), ...unusedMacros(ctx, expanded.macroRules), ...earlyLints(ctx)];
  const lo = (e: (typeof early)[number]) => e.diag.span.primary[0]?.lo ?? 0;
  early.sort((a, b) => lo(a) - lo(b));
  for (const e of early) emitTask({ kind: 'lint', lint: e });

  for (const d of checkItems(ctx, sigs)) dcx.emit(d);

  // Bodies: type errors of every body first, then, body by body, what rustc finds while building
  // and checking MIR: match checking (E0004/E0005, unreachable_patterns), moves and borrows,
  // liveness lints.
  const owners = bodyOwners(ctx);
  session.executor.setContext('sema.crate', ctx);
  const exported = (def: DefId) => opts.exportTypeck || (opts.afterBodies !== undefined && isConstBody(ctx, def));
  const bodyOutputs = await ph.phase('type_check_crate', () => session.executor.map('sema.checkBody', owners.map((def) => ({ def, stashed: stashedByOwner.get(def) ?? [], tainted: tainted.has(def), ...(exported(def) ? { exportTypeck: true } : {}) }))));
  for (const out of bodyOutputs) for (const d of out.diags.slice(0, out.laterFrom)) emitTask(d);
  reportUnknownLints();
  for (const out of bodyOutputs) for (const d of out.diags.slice(out.laterFrom)) emitTask(d);

  const typeck = new Map<DefId, TypeckResults>();
  owners.forEach((d, i) => {
    const t = bodyOutputs[i]!.typeck;
    if (t) typeck.set(d, t);
  });
  const afterBodies = opts.afterBodies;
  if (afterBodies && dcx.errorCount() === lintErrors) await ph.phase('eval_consts', () => afterBodies({ ctx, typeck }));
  // Late lints only when the crate has no errors.
  if (dcx.errorCount() === lintErrors) {
    const byDef = new Map<DefId, (typeof bodyOutputs)[number]>();
    owners.forEach((d, i) => byDef.set(d, bodyOutputs[i]!));
    for (const e of lateLints(ctx, byDef)) emitTask({ kind: 'lint', lint: e });
  }
  if (!opts.exportTypeck) return null;
  return { ctx, typeck };
}

function crateNameOf(input: string): string {
  const base = input.slice(input.lastIndexOf('/') + 1).replace(/\.rs$/, '');
  return base.replace(/-/g, '_');
}

function preludeOf(modules: readonly import('./resolve/types.js').ModuleData[], moduleOfDef: ReadonlyMap<DefId, ModuleIndex>, stdRoot: ModuleIndex, edition: string): ModuleIndex {
  const pre = modules[stdRoot]!.types.get('prelude');
  const preMod = pre && pre.res.kind === 'def' ? moduleOfDef.get(pre.res.def) : undefined;
  if (preMod === undefined) return stdRoot;
  const name = `rust_${edition}`;
  const b = nsMap(modules[preMod]!, 'type').get(name);
  const m = b && b.res.kind === 'def' ? moduleOfDef.get(b.res.def) : undefined;
  return m ?? preMod;
}

/** Top-level items of the std model's modules. */
function stdUnits(c: import('./resolve/collect.js').Collected): { item: A.Item; module: ModuleIndex }[] {
  const out: { item: A.Item; module: ModuleIndex }[] = [];
  const defs = c.table.defs;
  for (let i = 0; i < c.table.stdCount; i++) {
    const d = defs[i]!;
    if (d.parent === null || !d.node || !('kind' in d.node) || d.kind === 'variant' || d.kind === 'field') continue;
    const p = defs[d.parent]!;
    if (p.kind !== 'mod') continue;
    const m = c.moduleOfDef.get(d.parent);
    if (m === undefined) continue;
    const node = d.node as A.Item;
    if (node.kind === 'mod') continue;
    out.push({ item: node, module: m });
  }
  return out;
}

/** Top-level items of every local module, in definition order. */
function lateUnits(c: import('./resolve/collect.js').Collected, files: ReadonlyMap<number, A.SourceFileAst>): { item: A.Item; module: ModuleIndex }[] {
  const out: { item: A.Item; module: ModuleIndex }[] = [];
  const visit = (items: readonly A.Item[], module: ModuleIndex) => {
    for (const it of items) {
      if (it.kind === 'mod') {
        const def = c.defOfNode.get(it.id);
        const m = def !== undefined ? c.moduleOfDef.get(def) : undefined;
        if (m === undefined) continue;
        if (it.mod.kind === 'inline') visit(it.mod.items, m);
        else {
          const d = c.table.defs[def!]!;
          void d;
          const file = modFile(c, it);
          const ast = file !== undefined ? files.get(file) : undefined;
          if (ast) visit(ast.items, m);
        }
        continue;
      }
      out.push({ item: it, module });
    }
  };
  const rootDef = c.table.localRoot;
  const root = c.table.defs[rootDef]!;
  const rootAst = root.file !== undefined ? files.get(root.file) : undefined;
  if (rootAst) visit(rootAst.items, c.localRootModule);
  return out;
}

function modFile(c: import('./resolve/collect.js').Collected, it: A.Item): number | undefined {
  const def = c.defOfNode.get(it.id);
  return def === undefined ? undefined : c.table.defs[def]!.file;
}

/** A body compile-time evaluation may run: a const's, a static's or a `const fn`'s. */
function isConstBody(ctx: SemaContext, def: DefId): boolean {
  const d = ctx.r.table.defs[def]!;
  const n = d.node;
  if (!n || !('kind' in n)) return false;
  return n.kind === 'const' || n.kind === 'static' || (n.kind === 'fn' && n.sig.header.constness.kind === 'yes');
}

/** Local bodies to check, in definition order. */
function bodyOwners(ctx: SemaContext): DefId[] {
  const out: DefId[] = [];
  const defs = ctx.r.table.defs;
  for (let i = ctx.r.table.stdCount; i < defs.length; i++) {
    const d = defs[i]!;
    if (d.derive) {
      out.push(i as DefId);
      continue;
    }
    const n = d.node;
    if (!n || !('kind' in n)) continue;
    if (n.kind === 'fn' && n.body && (d.kind === 'fn' || d.kind === 'assocFn')) out.push(i as DefId);
    else if ((n.kind === 'const' || n.kind === 'static') && n.expr && (d.kind === 'const' || d.kind === 'static' || d.kind === 'assocConst')) out.push(i as DefId);
  }
  return out;
}

export type { Diagnostic };
