/**
 * The `dead_code` lint (rustc's `check_mod_deathness`):
 * - roots: `main` (of a binary crate), a library's public items, items with `#[allow(dead_code)]`, and the items of trait impls (reached
 *   through the trait);
 * - liveness spreads through the bodies of live items (paths, method calls, constructions, field
 *   reads, as the body tasks collected them, see typeck/body-uses.ts) and their signatures;
 * - then module by module (the crate root first, then nested modules in order), items in order:
 *   "function `f` is never used", "struct `S` is never constructed", "fields `a` and `b` are never
 *   read" (with the derived-impl note), "variants ... are never constructed", and per inherent
 *   impl "methods `x` and `y` are never used".
 *
 * Owns: liveness and these reports. Must not: run when the crate has errors.
 */
import type * as A from '../../syntax/ast.js';
import type { Span } from '../../syntax/source-map.js';
import type { DefId, DefData } from '../defs.js';
import type { Ty } from '../ty/ty.js';
import type { FieldDefData } from '../collect/types.js';
import type { SemaContext } from '../context.js';
import type { LintEmission } from './emit.js';
import type { CheckBodyOutput } from '../typeck/body.js';
import { DiagnosticBuilder } from '../../diagnostics/diagnostic.js';
import { listOf } from '../../diagnostics/messages.js';
import { bodyLintLevel } from './body-levels.js';
import { lintAttrs } from './levels.js';
import { UseCollector } from '../typeck/body-uses.js';
import { sourceMapView } from '../source-map-data.js';
import { guessHeadSpan } from '../spans.js';

export interface LocalModule {
  readonly def: DefId;
  readonly items: readonly A.Item[];
}

/** The crate's modules, the root first, then nested modules in definition order. */
export function localModules(ctx: SemaContext): LocalModule[] {
  const out: LocalModule[] = [];
  const defs = ctx.r.table.defs;
  for (let i = ctx.r.table.stdCount; i < defs.length; i++) {
    const d = defs[i]!;
    if (d.kind !== 'mod') continue;
    let items: readonly A.Item[] | null = null;
    const node = d.node as A.Item | null;
    if (node && node.kind === 'mod' && node.mod.kind === 'inline') items = node.mod.items;
    else if (d.file !== undefined) items = ctx.files.get(d.file)?.items ?? null;
    if (items) out.push({ def: i as DefId, items });
  }
  return out;
}

export function deadCode(ctx: SemaContext, bodies: ReadonlyMap<DefId, CheckBodyOutput>): LintEmission[] {
  const defs = ctx.r.table.defs;
  const live = new Set<DefId>();
  const constructed = new Set<DefId>();
  const read = new Set<DefId>();
  const work: DefId[] = [];
  const mark = (d: DefId) => {
    if (live.has(d) || defs[d]!.isStd) return;
    live.add(d);
    work.push(d);
  };
  const derivedOf = new Map<DefId, string[]>();
  for (const d of defs) {
    if (!d.derive || defs[d.derive.adt]!.isStd) continue;
    let l = derivedOf.get(d.derive.adt);
    if (!l) derivedOf.set(d.derive.adt, (l = []));
    l.push(d.derive.trait);
  }
  // Roots.
  const root = ctx.r.modules[ctx.r.localRootModule]!;
  const main = root.values.get('main');
  if (main && main.res.kind === 'def' && !ctx.isLibrary) mark(main.res.def);
  // A library's public items, reachable through public modules (impls are transparent), are
  // used by its dependents: roots too (an approximation of rustc's effective visibilities).
  const exported = (d: DefData): boolean => {
    for (let cur: DefData | null = d; cur !== null; cur = cur.parent === null ? null : defs[cur.parent]!) {
      if (cur.parent === null) return true;
      if (cur.kind !== 'impl' && cur.vis.kind !== 'public') return false;
    }
    return true;
  };
  for (let i = ctx.r.table.stdCount; i < defs.length; i++) {
    const d = defs[i]!;
    if (ctx.isLibrary && exported(d)) {
      // Dependents may call, construct and read it.
      mark(i as DefId);
      constructed.add(i as DefId);
      read.add(i as DefId);
    }
    if (d.kind === 'mod') live.add(i as DefId);
    if (allowsDeadCode(d)) mark(i as DefId);
    if ((d.kind === 'assocFn' || d.kind === 'assocConst' || d.kind === 'assocTy') && d.parent !== null) {
      const p = defs[d.parent]!;
      const impl = p.node as A.Item | null;
      if (p.kind === 'impl' && impl && impl.kind === 'impl' && impl.ofTrait) mark(i as DefId);
    }
  }
  // Spread.
  while (work.length > 0) {
    const d = work.pop()!;
    const data = defs[d]!;
    const body = bodies.get(d);
    if (body) {
      for (const u of body.uses.uses) mark(u);
      for (const c of body.uses.constructs) {
        constructed.add(c);
        mark(c);
      }
      for (const r of body.uses.reads) read.add(r);
    }
    // Signatures: the types a live item mentions are used (not constructed).
    const c = new UseCollector(ctx, null);
    const node = data.node as A.Item | A.AssocItem | null;
    if (node && 'kind' in node) {
      if (node.kind === 'fn') {
        for (const p of node.sig.decl.inputs) c.visitTy(p.ty);
        if (node.sig.decl.output.kind === 'ty') c.visitTy(node.sig.decl.output.ty);
      } else if ((node.kind === 'const' || node.kind === 'static') && 'ty' in node) {
        c.visitTy(node.ty);
      } else if (node.kind === 'tyAlias' && node.ty) {
        c.visitTy(node.ty);
      } else if ((node.kind === 'struct' || node.kind === 'union') && 'data' in node) {
        if (node.data.kind !== 'unit') for (const f of node.data.fields) c.visitTy(f.ty);
      } else if (node.kind === 'enum' && 'variants' in node) {
        for (const v of node.variants) if (v.data.kind !== 'unit') for (const f of v.data.fields) c.visitTy(f.ty);
      }
    }
    // A live assoc item keeps its impl's self type and trait used, or its trait (a provided
    // method or default const reached through an impl: `A::describe()`).
    if ((data.kind === 'assocFn' || data.kind === 'assocConst') && data.parent !== null) {
      const p = defs[data.parent]!;
      if (p.kind === 'trait') mark(data.parent);
      const impl = p.node as A.Item | null;
      if (impl && impl.kind === 'impl') {
        c.visitTy(impl.selfTy);
        if (impl.ofTrait) {
          const t = ctx.resolutions.get(impl.ofTrait.id);
          if (t && t.res.kind === 'def') mark(t.res.def);
        }
      }
    }
    for (const u of c.result().uses) mark(u);
    // The derived impls of a live type are live (rustc: trait impl items of a live type), and
    // their bodies read every field (all but Debug and Clone, which rustc ignores) or, for
    // Default, construct the type (a struct, or an enum's `#[default]` variant).
    for (const trait of derivedOf.get(d) ?? []) {
      const adt = ctx.sigs.adts[d];
      if (!adt) continue;
      if (FIELD_READING_DERIVES.has(trait)) for (const v of adt.variants) for (const f of v.fields) read.add(f.def);
      if (trait !== 'Default') continue;
      if (adt.kind !== 'enum') constructed.add(d);
      else {
        const v = adt.variants.find((vv) => isDefaultVariant(defs[vv.def]!.node));
        if (v) {
          constructed.add(v.def);
          mark(v.def);
        }
      }
    }
    // A variant or struct constructed keeps its enum.
    if (data.kind === 'variant' && data.parent !== null) mark(data.parent);
  }

  const out: LintEmission[] = [];
  const sm = sourceMapView(ctx.sources);
  const emit = (owner: DefId, d: DiagnosticBuilder) => {
    const lvl = bodyLintLevel(ctx, owner, 'dead_code');
    out.push({ lint: 'dead_code', level: lvl.level, source: lvl.source, diag: d.build() });
  };
  /**
   * "field `x` is never read" for a struct's or an enum variant's fields (rustc's `warn_multiple`
   * with "read"): the label on the struct or variant, the derived-impl note, and for tuple fields
   * the removal help or the unit-type suggestion. Null when every field is read.
   */
  const deadFields = (adt: DefId, fields: readonly FieldDefData[], data: A.VariantData, owner: A.Ident, what: 'struct' | 'variant'): DiagnosticBuilder | null => {
    // rustc's should_warn_about_field: never a `PhantomData` field.
    const isPhantom = (t: Ty) => t.k === 'adt' && defs[t.def]!.isStd && defs[t.def]!.name === 'PhantomData';
    const dead = fields.filter((f) => !read.has(f.def) && !f.name.startsWith('_') && !isPhantom(f.ty));
    if (dead.length === 0 || data.kind === 'unit') return null;
    const tuple = data.kind === 'tuple';
    const astFields = data.fields;
    const spanOf = (name: string, fallback: Span) => {
      const i = tuple ? Number(name) : astFields.findIndex((f) => f.ident?.name === name);
      const af = astFields[i];
      return af ? (af.ident ? af.ident.span : af.ty.span) : fallback;
    };
    const dg = new DiagnosticBuilder('warning', `${dead.length === 1 ? 'field' : 'fields'} ${listOf(dead.map((f) => f.name))} ${dead.length === 1 ? 'is' : 'are'} never read`, spanOf(dead[0]!.name, dead[0]!.span)).withCode('dead_code');
    for (const f of dead.slice(1)) dg.primarySpan(spanOf(f.name, f.span));
    dg.label(owner.span, `${dead.length === 1 ? 'field' : 'fields'} in this ${what}`);
    const adtName = defs[adt]!.name;
    const derived = derivedTraits(ctx, adt);
    if (derived.length === 1) dg.note(`\`${adtName}\` has a derived impl for the trait \`${derived[0]}\`, but this is intentionally ignored during dead code analysis`);
    else if (derived.length > 1) dg.note(`\`${adtName}\` has derived impls for the traits ${listOf(derived)}, but these are intentionally ignored during dead code analysis`);
    // rustc: a struct's dead fields all at the end of the tuple can simply go; others (and a
    // variant's) keep the numbering.
    const trailing = tuple && what === 'struct' && dead.every((f) => fields.indexOf(f) >= fields.length - dead.length);
    if (trailing) dg.help(dead.length === 1 ? 'consider removing this field' : 'consider removing these fields');
    else if (tuple) {
      const n = dead.length;
      dg.suggest(
        `consider changing the field${n === 1 ? '' : 's'} to be of unit type to suppress this warning while preserving the field numbering, or remove the field${n === 1 ? '' : 's'}`,
        dead.map((f) => ({ span: astFields[Number(f.name)]?.ty.span ?? f.span, snippet: '()' })),
        'HasPlaceholders',
        'ShowAlways',
      );
    }
    return dg;
  };
  const report = (it: A.Item, parentDef: DefId) => {
    if (it.span.ctxt !== 0) return;
    const def = ctx.defOfNode.get(it.id);
    if (def === undefined) return;
    const d = defs[def]!;
    const named = (what: string, verb: string) => emit(def, new DiagnosticBuilder('warning', `${what} \`${it.kind !== 'impl' && 'ident' in it ? it.ident.name : ''}\` is never ${verb}`, d.span).withCode('dead_code'));
    void parentDef;
    switch (it.kind) {
      case 'fn':
        if (!live.has(def)) named('function', 'used');
        return;
      case 'const':
        if (!live.has(def) && it.ident.name !== '_') named('constant', 'used');
        return;
      case 'static':
        if (!live.has(def)) named('static', 'used');
        return;
      case 'tyAlias':
        if (!live.has(def)) named('type alias', 'used');
        return;
      case 'trait':
        if (!live.has(def)) named('trait', 'used');
        return;
      case 'union':
      case 'struct': {
        // rustc 1.95: a struct or union mentioned by live code (a path, a live signature) is live.
        if (!live.has(def)) {
          named(it.kind === 'struct' ? 'struct' : 'union', 'constructed');
          return;
        }
        if (it.data.kind === 'unit') return;
        const adt = ctx.sigs.adts[def];
        const dg = deadFields(def, adt?.variants[0]?.fields ?? [], it.data, it.ident, 'struct');
        if (!dg) return;
        emit(def, dg);
        return;
      }
      case 'enum': {
        if (!live.has(def)) {
          named('enum', 'used');
          return;
        }
        const dead = it.variants.filter((v) => {
          const vd = ctx.defOfNode.get(v.id);
          return vd !== undefined && !constructed.has(vd) && !allowsDeadCode(defs[vd]!);
        });
        // rustc: the fields never read of each constructed variant, then the variants never constructed.
        const adt = ctx.sigs.adts[def];
        for (const v of it.variants) {
          if (dead.includes(v) || v.data.kind === 'unit') continue;
          const vd = ctx.defOfNode.get(v.id);
          const fields = adt?.variants.find((x) => x.def === vd)?.fields ?? [];
          const fdg = deadFields(def, fields, v.data, v.ident, 'variant');
          if (fdg) emit(def, fdg);
        }
        if (dead.length === 0) return;
        const dg = new DiagnosticBuilder('warning', `${dead.length === 1 ? 'variant' : 'variants'} ${listOf(dead.map((v) => v.ident.name))} ${dead.length === 1 ? 'is' : 'are'} never constructed`, dead[0]!.ident.span).withCode('dead_code');
        for (const v of dead.slice(1)) dg.primarySpan(v.ident.span);
        dg.label(it.ident.span, `${dead.length === 1 ? 'variant' : 'variants'} in this enum`);
        const derived = derivedTraits(ctx, def);
        if (derived.length === 1) dg.note(`\`${it.ident.name}\` has a derived impl for the trait \`${derived[0]}\`, but this is intentionally ignored during dead code analysis`);
        else if (derived.length > 1) dg.note(`\`${it.ident.name}\` has derived impls for the traits ${listOf(derived)}, but these are intentionally ignored during dead code analysis`);
        emit(def, dg);
        return;
      }
      case 'impl': {
        if (it.ofTrait) return;
        const dead = it.items.filter((a) => {
          if (a.kind === 'macCall' || a.kind === 'tyAlias') return false;
          const ad = ctx.defOfNode.get(a.id);
          return ad !== undefined && !live.has(ad) && !allowsDeadCode(defs[ad]!);
        }) as (A.AssocItem & { ident: A.Ident })[];
        if (dead.length === 0) return;
        const kinds = new Set(dead.map((a) => assocDescr(ctx, a)));
        const kind = kinds.size === 1 ? [...kinds][0]! : 'associated item';
        const plural = (k: string) => (dead.length === 1 ? k : `${k}s`);
        const dg = new DiagnosticBuilder('warning', `${plural(kind)} ${listOf(dead.map((a) => a.ident.name))} ${dead.length === 1 ? 'is' : 'are'} never used`, dead[0]!.ident.span).withCode('dead_code');
        for (const a of dead.slice(1)) dg.primarySpan(a.ident.span);
        dg.label(implHeadSpan(sm, it), `${plural(kind)} in this implementation`);
        emit(def, dg);
        return;
      }
      default:
        return;
    }
  };
  for (const m of localModules(ctx)) for (const it of m.items) report(it, m.def);
  return out;
}

function allowsDeadCode(d: DefData): boolean {
  const node = d.node as { attrs?: readonly A.Attribute[] } | null;
  if (!node || !node.attrs) return false;
  return lintAttrs(node.attrs).some((a) => a.level === 'allow' && (a.name === 'dead_code' || a.name === 'unused'));
}

const FIELD_READING_DERIVES: ReadonlySet<string> = new Set(['PartialEq', 'PartialOrd', 'Ord', 'Hash']);

function isDefaultVariant(node: DefData['node']): boolean {
  if (!node || !('attrs' in node)) return false;
  return node.attrs.some((a) => a.kind === 'normal' && a.path.segments.length === 1 && a.path.segments[0]!.ident.name === 'default');
}

function derivedTraits(ctx: SemaContext, adt: DefId): string[] {
  const out: string[] = [];
  for (const d of ctx.r.table.defs) if (d.derive && d.derive.adt === adt && ['Debug', 'Clone'].includes(d.derive.trait)) out.push(d.derive.trait);
  return [...new Set(out)].sort();
}

function assocDescr(ctx: SemaContext, a: A.AssocItem): string {
  if (a.kind === 'const') return 'associated constant';
  if (a.kind === 'fn') {
    const first = a.sig.decl.inputs[0];
    return first && first.pat.kind === 'ident' && first.pat.ident.name === 'self' ? 'method' : 'associated function';
  }
  void ctx;
  return 'associated item';
}

/** rustc labels `impl Point` (the impl up to its self type). */
function implHeadSpan(sm: ReturnType<typeof sourceMapView>, it: A.Item & { kind: 'impl' }): Span {
  const head = guessHeadSpan(sm, it.span);
  return { lo: it.span.lo, hi: Math.min(head.hi, it.selfTy.span.hi), ctxt: it.span.ctxt };
}

