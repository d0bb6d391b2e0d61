/**
 * Late lints (rustc's `analysis` after type checking, only when the crate has no errors): first
 * `dead_code` module by module (dead.ts), then the late lint pass module by module, items in
 * order: `non_upper_case_globals` (constants, statics, associated constants, const parameters),
 * `non_snake_case` (functions, methods, trait methods, modules, fields, lifetimes), and inside
 * each body the lints its task computed (bindings' names, `path_statements`, `unused_must_use`).
 *
 * Owns: the walk order of the late lint pass. Must not: run when there are errors (the pipeline
 * decides).
 */
import type * as A from '../../syntax/ast.js';
import type { DefId } from '../defs.js';
import type { SemaContext } from '../context.js';
import type { LintEmission } from './emit.js';
import type { CheckBodyOutput } from '../typeck/body.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { bodyLintLevel } from './body-levels.js';
import { snakeCaseLint, upperCaseLint } from './naming.js';
import { deadCode, localModules } from './dead.js';

export function lateLints(ctx: SemaContext, bodies: ReadonlyMap<DefId, CheckBodyOutput>): LintEmission[] {
  const out: LintEmission[] = [...deadCode(ctx, bodies)];
  const referenced = new Set<DefId>();
  for (const pr of ctx.resolutions.values()) if (pr.res.kind === 'def' && pr.unresolved === 0) referenced.add(pr.res.def);
  const w = new LateWalker(ctx, bodies, referenced, out);
  for (const m of localModules(ctx)) for (const it of m.items) w.item(it, m.def);
  return out;
}

class LateWalker {
  constructor(
    private readonly ctx: SemaContext,
    private readonly bodies: ReadonlyMap<DefId, CheckBodyOutput>,
    private readonly referenced: ReadonlySet<DefId>,
    private readonly out: LintEmission[],
  ) {}

  private emit(owner: DefId, lint: string, d: Diagnostic | null): void {
    if (!d) return;
    const lvl = bodyLintLevel(this.ctx, owner, lint);
    this.out.push({ lint, level: lvl.level, source: lvl.source, diag: d });
  }

  private defOf(id: A.NodeId, fallback: DefId): DefId {
    return this.ctx.defOfNode.get(id) ?? fallback;
  }

  private snake(owner: DefId, sort: string, ident: A.Ident): void {
    if (ident.span.ctxt !== 0) return;
    this.emit(owner, 'non_snake_case', snakeCaseLint(sort, ident.name, ident.span, this.ctx.edition));
  }

  private upper(owner: DefId, sort: string, ident: A.Ident, def: DefId | null): void {
    if (ident.span.ctxt !== 0) return;
    this.emit(owner, 'non_upper_case_globals', upperCaseLint(sort, ident.name, ident.span, def !== null && this.referenced.has(def)));
  }

  private body(def: DefId): void {
    const b = this.bodies.get(def);
    if (b) this.out.push(...b.late);
  }

  private generics(owner: DefId, g: A.Generics): void {
    for (const p of g.params) {
      if (p.kind.kind === 'lifetime') this.snake(owner, 'lifetime', p.ident);
      else if (p.kind.kind === 'const') this.upper(owner, 'const parameter', p.ident, this.ctx.defOfNode.get(p.id) ?? null);
    }
  }

  private variantData(owner: DefId, d: A.VariantData): void {
    if (d.kind !== 'struct') return;
    for (const f of d.fields) if (f.ident) this.snake(owner, 'structure field', f.ident);
  }

  item(it: A.Item, parent: DefId): void {
    if (it.span.ctxt !== 0) return;
    const def = this.defOf(it.id, parent);
    switch (it.kind) {
      case 'static':
        if (!it.attrs.some((a) => a.kind === 'normal' && a.path.segments[0]?.ident.name === 'no_mangle')) this.upper(def, 'static variable', it.ident, def);
        this.body(def);
        return;
      case 'const':
        this.upper(def, 'constant', it.ident, def);
        this.generics(def, it.generics);
        this.body(def);
        return;
      case 'mod':
        this.snake(def, 'module', it.ident);
        return;
      case 'fn':
        this.snake(def, 'function', it.ident);
        this.generics(def, it.generics);
        this.body(def);
        return;
      case 'struct':
      case 'union':
        this.generics(def, it.generics);
        this.variantData(def, it.data);
        return;
      case 'enum':
        this.generics(def, it.generics);
        for (const v of it.variants) this.variantData(this.defOf(v.id, def), v.data);
        return;
      case 'trait':
        this.generics(def, it.generics);
        for (const a of it.items) this.traitItem(a, def);
        return;
      case 'impl':
        this.generics(def, it.generics);
        for (const a of it.items) this.implItem(a, def, it.ofTrait !== null);
        return;
      case 'tyAlias':
        this.generics(def, it.generics);
        return;
      default:
        return;
    }
  }

  private traitItem(a: A.AssocItem, parent: DefId): void {
    if (a.kind === 'macCall' || a.span.ctxt !== 0) return;
    const def = this.defOf(a.id, parent);
    if (a.kind === 'const') {
      this.upper(def, 'associated constant', a.ident, null);
      this.body(def);
    } else if (a.kind === 'fn') {
      this.snake(def, 'trait method', a.ident);
      if (!a.body) {
        // A required method: its parameter names.
        for (const p of a.sig.decl.inputs) if (p.pat.kind === 'ident' && p.pat.ident.name !== 'self') this.snake(def, 'variable', p.pat.ident);
      }
      this.generics(def, a.generics);
      this.body(def);
    }
  }

  private implItem(a: A.AssocItem, parent: DefId, ofTrait: boolean): void {
    if (a.kind === 'macCall' || a.span.ctxt !== 0) return;
    const def = this.defOf(a.id, parent);
    if (a.kind === 'const') {
      if (!ofTrait) this.upper(def, 'associated constant', a.ident, null);
      this.body(def);
    } else if (a.kind === 'fn') {
      if (!ofTrait) this.snake(def, 'method', a.ident);
      this.generics(def, a.generics);
      this.body(def);
    }
  }
}
