/**
 * What a body uses, for dead-code analysis (rustc's `MarkSymbolVisitor` over one body): the items
 * its paths, method calls and types name, the structs and variants it constructs, and the fields
 * it reads (field expressions, struct patterns, `..base`). Computed by the body's task from the
 * resolutions and the types it found; the analysis itself runs on the main thread (lints/dead.ts).
 *
 * Owns: this collection. Must not: decide liveness.
 */
import type * as A from '../../syntax/ast.js';
import type { DefId } from '../defs.js';
import type { SemaContext } from '../context.js';
import { Visitor } from '../visit.js';
import { sx } from '../ast-ext.js';
import type { FnCtxt } from './fcx.js';

export interface BodyUses {
  readonly uses: DefId[];
  readonly constructs: DefId[];
  readonly reads: DefId[];
}

export function collectBodyUses(fcx: FnCtxt, params: readonly A.Param[], body: A.Block | A.Expr | null): BodyUses {
  const c = new UseCollector(fcx.ctx, fcx);
  for (const p of params) {
    c.visitPat(p.pat);
    c.visitTy(p.ty);
  }
  if (body) {
    if ('stmts' in body) c.visitBlock(body);
    else c.visitExpr(body);
  }
  return c.result();
}

/** Uses in types and signatures (no typeck information): for items' signatures on the main thread. */
export class UseCollector extends Visitor {
  private readonly uses = new Set<DefId>();
  private readonly constructs = new Set<DefId>();
  private readonly reads = new Set<DefId>();

  constructor(
    private readonly ctx: SemaContext,
    private readonly fcx: FnCtxt | null,
  ) {
    super();
  }

  result(): BodyUses {
    return { uses: [...this.uses], constructs: [...this.constructs], reads: [...this.reads] };
  }

  private use(def: DefId): void {
    const defs = this.ctx.r.table.defs;
    const d = defs[def]!;
    if (d.isStd) return;
    if (d.kind === 'ctor') {
      const owner = d.parent!;
      this.constructs.add(owner);
      this.uses.add(owner);
      const od = defs[owner]!;
      if (od.kind === 'variant') this.uses.add(od.parent!);
      return;
    }
    this.uses.add(def);
    if (d.kind === 'variant') this.uses.add(d.parent!);
  }

  private resolved(id: A.NodeId): DefId | null {
    const r = this.ctx.resolutions.get(id);
    return r && r.res.kind === 'def' ? r.res.def : null;
  }

  private allFieldsRead(adtOrVariant: DefId): void {
    const defs = this.ctx.r.table.defs;
    const d = defs[adtOrVariant]!;
    const adt = this.ctx.sigs.adts[d.kind === 'variant' ? d.parent! : adtOrVariant];
    if (!adt) return;
    const v = d.kind === 'variant' ? adt.variants.find((vv) => vv.def === adtOrVariant) : adt.variants[0];
    for (const f of v?.fields ?? []) this.reads.add(f.def);
  }

  override visitTy(t: A.Ty): void {
    if (t.kind === 'path') {
      const def = this.resolved(t.id);
      if (def !== null) this.use(def);
    }
    this.walkTy(t);
  }

  /** `dyn Trait` / `impl Trait` in a type uses the trait. */
  override walkBound(b: A.GenericBound): void {
    if (b.kind === 'trait') {
      const def = this.resolved(b.traitRef.id);
      if (def !== null) this.use(def);
    }
    super.walkBound(b);
  }

  override visitItem(_it: A.Item): void {
    // Nested items are owners of their own.
  }

  override visitStmt(s: A.Stmt): void {
    if (s.kind === 'item') return;
    this.walkStmt(s);
  }

  override visitExpr(e: A.Expr): void {
    const x = sx(e);
    switch (x.kind) {
      case 'path': {
        const def = this.fcx?.pathDefs.get(x.id) ?? this.resolved(x.id);
        if (def !== null && def !== undefined) this.use(def);
        // A type-relative path (`Tally::default`) also uses its type, whatever the item is.
        const r = this.ctx.resolutions.get(x.id);
        if (r && r.unresolved > 0 && r.res.kind === 'def') this.use(r.res.def);
        break;
      }
      case 'struct': {
        const def = this.resolved(x.id);
        if (def !== null) {
          const d = this.ctx.r.table.defs[def]!;
          let target: DefId | null = def;
          if (d.kind === 'tyAlias' || d.kind === 'struct' || d.kind === 'variant' || d.kind === 'union') {
            if (d.kind === 'tyAlias') {
              this.uses.add(def);
              const t = this.ctx.sigs.types[def];
              target = t && t.k === 'adt' ? t.def : null;
            }
            if (target !== null) {
              this.constructs.add(target);
              this.use(target);
              if (x.rest.kind === 'base') this.allFieldsRead(target);
            }
          }
        }
        break;
      }
      case 'field': {
        const f = this.fcx?.fieldDefs.get(x.id);
        if (f !== undefined) this.reads.add(f);
        break;
      }
      case 'methodCall': {
        const m = this.fcx?.methodDefs.get(x.id);
        if (m !== undefined) this.use(m);
        break;
      }
      default:
        break;
    }
    this.walkExpr(e);
  }

  override visitPat(p: A.Pat): void {
    switch (p.kind) {
      case 'ident':
      case 'path': {
        const def = this.resolved(p.id);
        if (def !== null) {
          // A unit struct or variant in a pattern is matched, not constructed.
          const d = this.ctx.r.table.defs[def]!;
          if (d.kind === 'ctor') this.uses.add(d.parent!);
          else this.use(def);
        }
        break;
      }
      case 'struct':
      case 'tupleStruct': {
        const def = this.resolved(p.id);
        if (def !== null) {
          const d = this.ctx.r.table.defs[def]!;
          const target = d.kind === 'ctor' ? d.parent! : def;
          this.uses.add(target);
          const td = this.ctx.r.table.defs[target]!;
          if (td.kind === 'variant') this.uses.add(td.parent!);
          this.patternFieldsRead(target, p);
        }
        break;
      }
      default:
        break;
    }
    this.walkPat(p);
  }

  private patternFieldsRead(target: DefId, p: A.Pat): void {
    const defs = this.ctx.r.table.defs;
    const d = defs[target]!;
    const adt = this.ctx.sigs.adts[d.kind === 'variant' ? d.parent! : target];
    const v = adt ? (d.kind === 'variant' ? adt.variants.find((vv) => vv.def === target) : adt.variants[0]) : undefined;
    if (!v) return;
    if (p.kind === 'struct') {
      for (const f of p.fields) {
        const fd = v.fields.find((ff) => ff.name === f.ident.name);
        if (fd && f.pat.kind !== 'wild') this.reads.add(fd.def);
      }
    } else if (p.kind === 'tupleStruct') {
      // After `..`, the patterns stand for the last fields.
      const rest = p.elems.findIndex((e) => e.kind === 'rest');
      p.elems.forEach((e, i) => {
        if (e.kind === 'rest' || e.kind === 'wild') return;
        const fd = v.fields[rest >= 0 && i > rest ? v.fields.length - (p.elems.length - i) : i];
        if (fd) this.reads.add(fd.def);
      });
    }
  }
}
