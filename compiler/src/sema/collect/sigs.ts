/**
 * Item signatures through queries (rustc's `collect`): `generics_of`, `predicates_of`, `type_of`,
 * `fn_sig`, `adt_def`, the impl table and the trait items, each a `QueryDef` with rustc's
 * `describe` text, evaluated on the main thread before any body is checked. A cycle (a type
 * alias naming itself) is rustc's E0391, reported from the query that closed it.
 *
 * When all signatures are computed, `exportTables` turns the memoized results into the plain
 * tables (`SigTables`) that type checking reads on any thread.
 *
 * Owns: signature computation and the impl table. Must not: check bodies, emit.
 */
import type * as A from '../../syntax/ast.js';
import type { NodeId } from '../../syntax/ast.js';
import type { Span, SourceMap } from '../../syntax/source-map.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { Visitor } from '../visit.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import { QueryEngine, type QueryDef, type Cycle } from '../../query/engine.js';
import type { DefData, DefId, DefTable } from '../defs.js';
import { hasSelfParam } from '../defs.js';
import type { PartialRes } from '../resolve/types.js';
import type { AdtDefData, AssocItemData, FieldDefData, FnSig, GenericParamDef, Generics, ImplData, OnUnimplemented, Predicate, TraitRef, VariantDefData } from './types.js';
import type { GenericArg, Ty } from '../ty/ty.js';
import { ERASED, ERROR, UNIT, mkAdt, mkRef, mkTuple } from '../ty/ty.js';
import { lowerTy, lowerSegmentArgs, type LowerCx } from '../ty/lower.js';
import { items as msg } from '../../diagnostics/messages.js';
import { evalConstExpr } from './const-eval.js';
import { builtinImpls } from '../std/builtin-impls.js';
import { opImplSpans } from '../std/op-macros.js';
import { readOnUnimplemented } from './attrs.js';

/** The plain tables type checking reads. Indexed by DefId where an array. */
export interface SigTables {
  readonly generics: (Generics | undefined)[];
  readonly predicates: (readonly Predicate[] | undefined)[];
  readonly fnSigs: (FnSig | undefined)[];
  readonly types: (Ty | undefined)[];
  readonly adts: (AdtDefData | undefined)[];
  readonly paramIndex: Map<DefId, number>;
  readonly impls: readonly ImplData[];
  readonly implOfDef: ReadonlyMap<DefId, number>;
  readonly traitImpls: ReadonlyMap<DefId, readonly number[]>;
  /** Inherent impls by simplified self type (see `simplifyTy`). */
  readonly inherentImpls: ReadonlyMap<string, readonly number[]>;
  readonly assocItems: ReadonlyMap<DefId, readonly AssocItemData[]>;
  readonly onUnimplemented: ReadonlyMap<DefId, OnUnimplemented>;
  /** `#[rustc_confusables("size", "length")]` on std methods: the names users try instead. */
  readonly confusables: ReadonlyMap<DefId, readonly string[]>;
  readonly lang: ReadonlyMap<string, DefId>;
  readonly mustUse: ReadonlyMap<DefId, string | null>;
}

/** A key for finding impls by self type: `adt:12`, `i32`, `slice`, `ref`... or null for a parameter. */
export function simplifyTy(t: Ty): string | null {
  switch (t.k) {
    case 'adt':
      return `adt:${t.def}`;
    case 'int':
    case 'uint':
    case 'float':
      return t.t;
    case 'bool':
    case 'char':
    case 'str':
    case 'never':
    case 'slice':
    case 'array':
    case 'ptr':
    case 'fnPtr':
      return t.k;
    case 'ref':
      return 'ref';
    case 'tuple':
      return `tuple${t.elems.length}`;
    case 'dyn':
      return `dyn:${t.trait}`;
    case 'fnDef':
      return 'fnDef';
    case 'closure':
      return 'closure';
    default:
      return null;
  }
}

export interface SigInput {
  readonly table: DefTable;
  readonly resolutions: ReadonlyMap<NodeId, PartialRes>;
  readonly defOfNode: ReadonlyMap<NodeId, DefId>;
  readonly sourceMap: SourceMap;
}

export class SigCollector implements LowerCx {
  readonly table: DefTable;
  readonly resolutions: ReadonlyMap<NodeId, PartialRes>;
  private readonly engine = new QueryEngine();
  /** Errors in the order they were found (cycles, bad generic args...). */
  readonly errors: Diagnostic[] = [];
  private readonly paramIndexMap = new Map<DefId, number>();
  readonly lang = new Map<string, DefId>();
  readonly mustUse = new Map<DefId, string | null>();
  readonly onUnimplemented = new Map<DefId, OnUnimplemented>();
  readonly confusables = new Map<DefId, string[]>();
  private impls: ImplData[] | null = null;
  private readonly implOfDef = new Map<DefId, number>();
  private readonly assocItemsMap = new Map<DefId, AssocItemData[]>();

  private readonly genericsQ: QueryDef<DefId, Generics>;
  private readonly predicatesQ: QueryDef<DefId, readonly Predicate[]>;
  private readonly typeOfQ: QueryDef<DefId, Ty>;
  private readonly fnSigQ: QueryDef<DefId, FnSig>;
  private readonly adtQ: QueryDef<DefId, AdtDefData>;

  constructor(readonly input: SigInput) {
    this.table = input.table;
    this.resolutions = input.resolutions;
    const name = (d: DefId) => this.table.defs[d]!.name;
    this.genericsQ = { name: 'generics_of', describe: (d) => `computing generics of \`${name(d)}\``, compute: (d) => this.computeGenerics(d), onCycle: (d) => this.emptyGenerics(d) };
    this.predicatesQ = { name: 'predicates_of', describe: (d) => `computing predicates of \`${name(d)}\``, compute: (d) => this.computePredicates(d), onCycle: () => [] };
    this.typeOfQ = {
      name: 'type_of',
      describe: (d) => (this.table.defs[d]!.kind === 'tyAlias' ? `expanding type alias \`${name(d)}\`` : `computing type of \`${name(d)}\``),
      compute: (d) => this.computeTypeOf(d),
      onCycle: (d, c) => this.reportCycle(d, c),
    };
    this.fnSigQ = { name: 'fn_sig', describe: (d) => `computing function signature of \`${name(d)}\``, compute: (d) => this.computeFnSig(d), onCycle: () => ({ inputs: [], output: ERROR, cVariadic: false }) };
    this.adtQ = { name: 'adt_def', describe: (d) => `computing ADT definition for \`${name(d)}\``, compute: (d) => this.computeAdt(d), onCycle: (d) => ({ def: d, kind: 'struct', variants: [] }) };
    this.collectAttrs();
  }

  // -- LowerCx ----------------------------------------------------------------------------------

  generics(def: DefId): Generics {
    return this.engine.get(this.genericsQ, def);
  }

  predicatesOf(def: DefId): readonly Predicate[] {
    return this.engine.get(this.predicatesQ, def);
  }

  typeOf(def: DefId): Ty {
    return this.engine.get(this.typeOfQ, def);
  }

  fnSig(def: DefId): FnSig {
    return this.engine.get(this.fnSigQ, def);
  }

  adt(def: DefId): AdtDefData {
    return this.engine.get(this.adtQ, def);
  }

  assocItems(def: DefId): readonly AssocItemData[] {
    let items = this.assocItemsMap.get(def);
    if (items) return items;
    items = [];
    const node = this.table.defs[def]!.node;
    if (node && 'kind' in node && (node.kind === 'trait' || node.kind === 'impl')) {
      const required = node.kind === 'trait' && this.table.defs[def]!.isStd ? stdRequiredFns(node) : null;
      for (const a of node.items) {
        if (a.kind === 'macCall') continue;
        const d = this.input.defOfNode.get(a.id);
        if (d === undefined) continue;
        const data = this.table.defs[d]!;
        items.push({
          def: d,
          name: a.ident.name,
          kind: a.kind === 'fn' ? 'fn' : a.kind === 'const' ? 'const' : 'type',
          hasSelf: hasSelfParam(data),
          hasDefault: a.kind === 'fn' ? a.body !== null || (required !== null && !required.has(a.ident.name)) : a.kind === 'const' ? a.expr !== null : a.ty !== null,
        });
      }
    }
    this.assocItemsMap.set(def, items);
    return items;
  }

  implAssocTy(impl: DefId, name: string): Ty | null {
    const item = this.assocItems(impl).find((a) => a.kind === 'type' && a.name === name);
    return item ? this.typeOf(item.def) : null;
  }

  paramIndex(def: DefId): number {
    let i = this.paramIndexMap.get(def);
    if (i === undefined) {
      const owner = this.table.defs[def]!.parent!;
      this.generics(owner);
      i = this.paramIndexMap.get(def) ?? 0;
    }
    return i;
  }

  evalConst(e: A.Expr, owner: DefId): number | null {
    return evalConstExpr(e, (id) => this.resolutions.get(id), (def) => this.constValue(def), owner);
  }

  error(d: Diagnostic): void {
    this.errors.push(d);
  }

  private readonly constValues = new Map<DefId, number | null>();

  private constValue(def: DefId): number | null {
    if (this.constValues.has(def)) return this.constValues.get(def)!;
    this.constValues.set(def, null);
    const node = this.table.defs[def]!.node;
    let v: number | null = null;
    if (node && 'kind' in node && (node.kind === 'const' || node.kind === 'static') && node.expr) v = this.evalConst(node.expr, def);
    this.constValues.set(def, v);
    return v;
  }

  // -- attributes: lang items, must_use, on_unimplemented ---------------------------------------------

  private collectAttrs(): void {
    const defs = this.table.defs;
    for (let i = 0; i < defs.length; i++) {
      const d = defs[i]!;
      const node = d.node;
      if (!node || !('attrs' in node)) continue;
      for (const a of node.attrs) {
        if (a.kind !== 'normal' || a.path.segments.length !== 1) continue;
        const n = a.path.segments[0]!.ident.name;
        if (n === 'lang' && d.isStd && a.meta?.kind.kind === 'nameValue') this.lang.set(a.meta.kind.lit.symbol, i as DefId);
        else if (n === 'must_use') this.mustUse.set(i as DefId, a.meta?.kind.kind === 'nameValue' ? decodeStr(a.meta.kind.lit.symbol) : null);
        else if (n === 'rustc_on_unimplemented' && d.isStd && a.meta) this.onUnimplemented.set(i as DefId, readOnUnimplemented(a.meta));
        else if (n === 'rustc_confusables' && d.isStd && a.meta?.kind.kind === 'list') {
          this.confusables.set(i as DefId, a.meta.kind.items.flatMap((it) => (it.kind === 'lit' ? [decodeStr(it.lit.symbol)] : [])));
        }
      }
    }
  }

  // -- generics ------------------------------------------------------------------------------------

  private astGenerics(d: DefData): A.Generics | null {
    const n = d.node;
    if (!n || !('kind' in n)) return null;
    switch (n.kind) {
      case 'fn':
      case 'struct':
      case 'union':
      case 'enum':
      case 'trait':
      case 'impl':
      case 'tyAlias':
      case 'const':
        return n.generics;
      default:
        return null;
    }
  }

  private emptyGenerics(def: DefId): Generics {
    return { parent: null, parentCount: 0, params: [], hasSelf: false, count: 0, span: this.table.defs[def]!.span };
  }

  private computeGenerics(def: DefId): Generics {
    const d = this.table.defs[def]!;
    // Variants, constructors and fields use their ADT's generics.
    if (d.kind === 'variant' || d.kind === 'field' || d.kind === 'ctor') {
      let cur = d.parent!;
      while (this.table.defs[cur]!.kind === 'variant' || this.table.defs[cur]!.kind === 'ctor') cur = this.table.defs[cur]!.parent!;
      return this.generics(cur);
    }
    if (d.derive) {
      const g = this.generics(d.derive.adt);
      return g;
    }
    const parent = d.kind === 'assocFn' || d.kind === 'assocConst' || d.kind === 'assocTy' ? d.parent : null;
    const parentG = parent !== null ? this.generics(parent) : null;
    const parentCount = parentG ? parentG.count : 0;
    const params: GenericParamDef[] = [];
    const ast = this.astGenerics(d);
    let index = parentCount;
    if (d.kind === 'trait') {
      params.push({ name: 'Self', def, index: index++, kind: 'type', default: null, constTy: null, span: d.span });
    }
    if (ast) {
      for (const p of ast.params) {
        const pdef = this.input.defOfNode.get(p.id);
        if (pdef === undefined) continue;
        this.paramIndexMap.set(pdef, index);
        params.push({ name: p.ident.name, def: pdef, index: index++, kind: p.kind.kind, default: null, constTy: null, span: p.ident.span });
      }
    }
    const g: Generics = { parent, parentCount, params, hasSelf: d.kind === 'trait' || (parentG?.hasSelf ?? false), count: index, span: ast ? ast.span : d.span };
    // Defaults and const param types are lowered once the params are known.
    if (ast) {
      const withDefaults = params.map((p) => {
        const node = ast.params.find((x) => this.input.defOfNode.get(x.id) === p.def);
        if (!node) return p;
        if (node.kind.kind === 'type' && node.kind.default) return { ...p, default: this.lowerIn(def, node.kind.default, g) };
        if (node.kind.kind === 'const') return { ...p, constTy: this.lowerIn(def, node.kind.ty, g) };
        return p;
      });
      return { ...g, params: withDefaults };
    }
    return g;
  }

  /** Lowers a type with `def`'s generics in scope (`g` when they are being computed). */
  private lowerIn(def: DefId, t: A.Ty, g?: Generics): Ty {
    if (g) {
      // While computing generics, params are known through paramIndexMap already.
      return lowerTy(this, { owner: def }, t);
    }
    return lowerTy(this, { owner: def }, t);
  }

  // -- predicates ----------------------------------------------------------------------------------

  private computePredicates(def: DefId): readonly Predicate[] {
    const d = this.table.defs[def]!;
    if (d.kind === 'variant' || d.kind === 'field' || d.kind === 'ctor') return this.predicatesOf(this.adtOf(def));
    const out: Predicate[] = [];
    if (d.derive) {
      // `#[derive(Trait)]` bounds every type parameter by the trait.
      const g = this.generics(d.derive.adt);
      const trait = this.deriveTrait(d.derive.trait);
      if (trait !== null) {
        for (const p of g.params) {
          if (p.kind !== 'type') continue;
          const self: Ty = { k: 'param', index: p.index, name: p.name };
          out.push({ kind: 'trait', trait, args: this.deriveTraitArgs(d.derive.trait, self), span: d.span });
        }
      }
      return out;
    }
    const parent = d.kind === 'assocFn' || d.kind === 'assocConst' || d.kind === 'assocTy' ? d.parent : null;
    if (parent !== null) out.push(...this.predicatesOf(parent));
    if (d.kind === 'trait') {
      // `Self: Trait<params>` holds inside the trait.
      const g = this.generics(def);
      const args: GenericArg[] = g.params.map((p) => this.paramArg(p));
      out.push({ kind: 'trait', trait: def, args, span: d.span });
      const node = d.node as A.TraitItem;
      for (const b of node.bounds) this.boundPredicates(def, { k: 'param', index: 0, name: 'Self' }, b, out);
    }
    const ast = this.astGenerics(d);
    if (ast) {
      for (const p of ast.params) {
        if (p.kind.kind !== 'type') continue;
        const pdef = this.input.defOfNode.get(p.id);
        if (pdef === undefined) continue;
        const self: Ty = { k: 'param', index: this.paramIndex(pdef), name: p.ident.name };
        for (const b of p.bounds) this.boundPredicates(def, self, b, out);
      }
      for (const w of ast.whereClause.predicates) {
        if (w.kind !== 'bound') continue;
        const self = lowerTy(this, { owner: def }, w.boundedTy);
        for (const b of w.bounds) this.boundPredicates(def, self, b, out);
      }
    }
    if (d.kind === 'assocTy' && d.node && 'kind' in d.node && d.node.kind === 'tyAlias' && this.table.defs[d.parent!]!.kind === 'trait') {
      // `type Item: Bound;` in a trait bounds the projection.
      const trait = d.parent!;
      const g = this.generics(trait);
      const proj: Ty = { k: 'alias', trait, item: def, args: g.params.map((p) => this.paramArg(p)) };
      for (const b of d.node.bounds) this.boundPredicates(def, proj, b, out);
    }
    return out;
  }

  private paramArg(p: GenericParamDef): GenericArg {
    if (p.kind === 'lifetime') return { k: 'region', name: p.name };
    if (p.kind === 'const') return { k: 'const', value: null, param: { index: p.index, name: p.name }, infer: null };
    return { k: 'param', index: p.index, name: p.name };
  }

  private boundPredicates(owner: DefId, self: Ty, b: A.GenericBound, out: Predicate[]): void {
    if (b.kind !== 'trait' || b.modifiers.polarity === 'maybe') return;
    const r = this.resolutions.get(b.traitRef.id);
    if (!r || r.res.kind !== 'def' || r.res.defKind !== 'trait') return;
    const trait = r.res.def;
    const seg = b.traitRef.path.segments[b.traitRef.path.segments.length - 1]!;
    let args: GenericArg[];
    if (seg.args && seg.args.kind === 'paren') {
      // `Fn(A, B) -> C`: the arguments as one tuple, the output as a projection on `FnOnce::Output`.
      const inputs = seg.args.inputs.map((t) => lowerTy(this, { owner }, t));
      args = [self, mkTuple(inputs)];
      out.push({ kind: 'trait', trait, args, span: b.span });
      const fnOnce = this.lang.get('fn_once');
      const outputItem = this.lang.get('fn_once_output');
      const output = seg.args.output.kind === 'ty' ? lowerTy(this, { owner }, seg.args.output.ty) : UNIT;
      if (fnOnce !== undefined && outputItem !== undefined) out.push({ kind: 'projection', trait: fnOnce, item: outputItem, args: [self, mkTuple(inputs)], ty: output, span: b.span });
      return;
    }
    args = [self, ...lowerSegmentArgs(this, { owner }, trait, seg, b.span, self)];
    out.push({ kind: 'trait', trait, args, span: b.traitRef.path.span });
    if (seg.args && seg.args.kind === 'angle') {
      for (const a of seg.args.args) {
        if (a.kind !== 'constraint' || a.constraint.kind.kind !== 'equality' || a.constraint.kind.term.kind !== 'type') continue;
        const name = a.constraint.ident.name;
        const item = this.findAssocTy(trait, name);
        if (!item) continue;
        out.push({ kind: 'projection', trait: item.trait, item: item.def, args: item.trait === trait ? args : args, ty: lowerTy(this, { owner }, a.constraint.kind.term.ty), span: a.constraint.span });
      }
    }
  }

  private findAssocTy(trait: DefId, name: string): { trait: DefId; def: DefId } | null {
    const seen = new Set<DefId>();
    const go = (t: DefId): { trait: DefId; def: DefId } | null => {
      if (seen.has(t)) return null;
      seen.add(t);
      const it = this.assocItems(t).find((a) => a.kind === 'type' && a.name === name);
      if (it) return { trait: t, def: it.def };
      const node = this.table.defs[t]!.node as A.TraitItem | null;
      if (!node) return null;
      for (const b of node.bounds) {
        if (b.kind !== 'trait') continue;
        const r = this.resolutions.get(b.traitRef.id);
        if (r && r.res.kind === 'def' && r.res.defKind === 'trait') {
          const f = go(r.res.def);
          if (f) return f;
        }
      }
      return null;
    };
    return go(trait);
  }

  private adtOf(def: DefId): DefId {
    let cur = def;
    while (true) {
      const d = this.table.defs[cur]!;
      if (d.kind === 'struct' || d.kind === 'enum' || d.kind === 'union') return cur;
      cur = d.parent!;
    }
  }

  // -- type_of -------------------------------------------------------------------------------------

  private computeTypeOf(def: DefId): Ty {
    const d = this.table.defs[def]!;
    const n = d.node;
    switch (d.kind) {
      case 'struct':
      case 'enum':
      case 'union':
        return mkAdt(def, this.identityArgs(def));
      case 'tyAlias':
      case 'assocTy': {
        const node = n as A.TyAliasItem;
        return node.ty ? lowerTy(this, { owner: def }, node.ty) : ERROR;
      }
      case 'const':
      case 'static':
      case 'assocConst':
        return lowerTy(this, { owner: def }, (n as A.ConstItem).ty);
      case 'field':
        return lowerTy(this, { owner: this.adtOf(def) }, (n as A.FieldDef).ty);
      case 'impl': {
        if (d.derive) return mkAdt(d.derive.adt, this.identityArgs(d.derive.adt));
        return lowerTy(this, { owner: def }, (n as A.ImplItem).selfTy);
      }
      case 'fn':
      case 'assocFn':
      case 'ctor':
        return { k: 'fnDef', def, args: this.identityArgs(def) };
      default:
        return ERROR;
    }
  }

  identityArgs(def: DefId): GenericArg[] {
    const g = this.generics(def);
    const out: GenericArg[] = [];
    const collect = (gg: Generics) => {
      if (gg.parent !== null) collect(this.generics(gg.parent));
      for (const p of gg.params) out.push(this.paramArg(p));
    };
    collect(g);
    return out;
  }

  private reportCycle(def: DefId, cycle: Cycle): Ty {
    const frames = cycle.frames;
    const first = frames[0]!;
    const firstDef = first.key as DefId;
    // Where an alias's type names the next alias of the cycle (the whole type when it is that name).
    const spanOf = (d: DefId, next: DefId) => {
      const data = this.table.defs[d]!;
      const node = data.node as A.TyAliasItem | null;
      if (!(node && node.kind === 'tyAlias' && node.ty)) return data.span;
      let found: import('../../syntax/source-map.js').Span | null = null;
      const v = new (class extends Visitor {
        constructor(private readonly res: ReadonlyMap<import('../../syntax/ast.js').NodeId, import('../resolve/types.js').PartialRes>) {
          super();
        }
        override visitTy(t: A.Ty): void {
          if (found) return;
          if (t.kind === 'path') {
            const r = this.res.get(t.id);
            if (r && r.res.kind === 'def' && r.res.def === next) {
              found = t.span;
              return;
            }
          }
          this.walkTy(t);
        }
      })(this.resolutions);
      v.visitTy(node.ty);
      return found ?? node.ty.span;
    };
    const keyAt = (i: number) => frames[i % frames.length]!.key as DefId;
    const d = msg.cycleDetected(first.query.describe(first.key), spanOf(firstDef, keyAt(1)));
    for (let i = 1; i < frames.length; i++) d.child({ level: 'note', message: msg.cycleRequires(frames[i]!.query.describe(frames[i]!.key)), span: { primary: [spanOf(frames[i]!.key as DefId, keyAt(i + 1))], labels: [] } });
    d.note(frames.length === 1 ? `...which immediately requires ${first.query.describe(first.key)} again` : msg.cycleCompletes(first.query.describe(first.key)));
    if (this.table.defs[firstDef]!.kind === 'tyAlias') {
      d.note('type aliases cannot be recursive');
      d.help('consider using a struct, enum, or union instead to break the cycle');
      d.help('see <https://doc.rust-lang.org/reference/types.html#recursive-types> for more information');
      const data = this.table.defs[firstDef]!;
      d.child({ level: 'note', message: msg.cycleUsedWhen(`checking that \`${data.name}\` is well-formed`), span: { primary: [mkSpan(data.itemSpan.lo, data.span.hi)], labels: [] } });
    }
    d.note('see https://rustc-dev-guide.rust-lang.org/overview.html#queries and https://rustc-dev-guide.rust-lang.org/query.html for more information');
    this.errors.push(d.build());
    void def;
    return ERROR;
  }

  // -- fn_sig --------------------------------------------------------------------------------------

  private computeFnSig(def: DefId): FnSig {
    const d = this.table.defs[def]!;
    if (d.kind === 'ctor') {
      const owner = d.parent!;
      const adt = this.adtOf(def);
      const node = this.table.defs[owner]!.node as A.StructItem | A.Variant;
      const fields = node.data.kind === 'unit' ? [] : node.data.fields;
      return { inputs: fields.map((f) => lowerTy(this, { owner: adt }, f.ty)), output: mkAdt(adt, this.identityArgs(adt)), cVariadic: false };
    }
    const n = d.node as A.FnItem;
    const env = { owner: def };
    const inputs = n.sig.decl.inputs.map((p) => this.lowerParam(def, p));
    // With an argument-position `impl Trait` (not modelled: its generics could not be inferred at
    // the call), the return type stays unmodelled too.
    const argImpl = n.sig.decl.inputs.some((p) => p.ty.kind === 'implTrait');
    const opaque = n.sig.decl.output.kind === 'ty' && !argImpl ? this.opaqueFnTy(def, n.sig.decl.output.ty) : null;
    const output = n.sig.decl.output.kind === 'ty' ? (opaque ?? lowerTy(this, env, n.sig.decl.output.ty)) : UNIT;
    return { inputs, output, cVariadic: n.sig.decl.variadic };
  }

  /** A return type `impl Fn*(A..) -> B (+ lifetimes/auto traits)` as an opaque type; null for anything else. */
  private opaqueFnTy(def: DefId, t: A.Ty): Ty | null {
    if (t.kind !== 'implTrait') return null;
    let found: Ty | null = null;
    for (const b of t.bounds) {
      if (b.kind !== 'trait') continue;
      const r = this.resolutions.get(b.traitRef.id);
      if (!r || r.res.kind !== 'def' || r.res.defKind !== 'trait') return null;
      const trait = r.res.def;
      const seg = b.traitRef.path.segments[b.traitRef.path.segments.length - 1]!;
      const kind = ([['fn', 'Fn'], ['fn_mut', 'FnMut'], ['fn_once', 'FnOnce']] as const).find(([lang]) => this.lang.get(lang) === trait)?.[1];
      if (kind && seg.args && seg.args.kind === 'paren' && found === null) {
        const inputs = seg.args.inputs.map((x) => lowerTy(this, { owner: def }, x));
        const output = seg.args.output.kind === 'ty' ? lowerTy(this, { owner: def }, seg.args.output.ty) : UNIT;
        found = { k: 'opaque', def, inputs, output, kind };
      } else if (!['Send', 'Sync', 'Unpin'].includes(this.table.defs[trait]!.name)) {
        // Another trait: its methods would need the opaque type's bounds (not modelled).
        return null;
      }
    }
    return found;
  }

  private lowerParam(def: DefId, p: A.Param): Ty {
    if (p.ty.kind === 'implicitSelf') return this.selfTyFor(def);
    if (p.ty.kind === 'ref' && p.ty.mt.ty.kind === 'implicitSelf') return mkRef(this.selfTyFor(def), p.ty.mt.mutability === 'mut', ERASED);
    return lowerTy(this, { owner: def }, p.ty);
  }

  /** `Self` in a method: the impl's self type, or the trait's `Self` param. */
  selfTyFor(def: DefId): Ty {
    const parent = this.table.defs[def]!.parent;
    if (parent === null) return ERROR;
    const p = this.table.defs[parent]!;
    if (p.kind === 'impl') return this.typeOf(parent);
    if (p.kind === 'trait') return { k: 'param', index: 0, name: 'Self' };
    return ERROR;
  }

  // -- adt_def -------------------------------------------------------------------------------------

  private computeAdt(def: DefId): AdtDefData {
    const d = this.table.defs[def]!;
    const n = d.node as A.StructItem | A.EnumItem | A.UnionItem;
    const fieldsOf = (data: A.VariantData): FieldDefData[] => {
      if (data.kind === 'unit') return [];
      return data.fields.map((f, i) => {
        const fdef = this.input.defOfNode.get(f.id)!;
        return { def: fdef, name: f.ident ? f.ident.name : String(i), ty: lowerTy(this, { owner: def }, f.ty), vis: this.table.defs[fdef]!.vis, span: f.span };
      });
    };
    if (n.kind === 'enum') {
      const variants: VariantDefData[] = n.variants.map((v) => {
        const vdef = this.input.defOfNode.get(v.id)!;
        const vd = this.table.defs[vdef]!;
        return { def: vdef, name: v.ident.name, ctor: vd.ctor ?? null, ctorKind: v.data.kind === 'tuple' ? 'fn' : v.data.kind === 'unit' ? 'const' : null, fields: fieldsOf(v.data) };
      });
      return { def, kind: 'enum', variants };
    }
    return { def, kind: n.kind, variants: [{ def, name: d.name, ctor: d.ctor ?? null, ctorKind: n.data.kind === 'tuple' ? 'fn' : n.data.kind === 'unit' ? 'const' : null, fields: fieldsOf(n.data) }] };
  }

  // -- impls ---------------------------------------------------------------------------------------

  private deriveTrait(name: string): DefId | null {
    const lang: Record<string, string> = { Debug: 'Debug', Clone: 'clone', Copy: 'copy', PartialEq: 'eq', Eq: 'Eq', PartialOrd: 'partial_ord', Ord: 'Ord', Default: 'Default', Hash: 'Hash' };
    return this.lang.get(lang[name] ?? '') ?? null;
  }

  private deriveTraitArgs(name: string, self: Ty): GenericArg[] {
    return name === 'PartialEq' || name === 'PartialOrd' ? [self, self] : [self];
  }

  /** The impl table: every impl of the std model and the crate, derived impls, and the synthesized ones. */
  implTable(): readonly ImplData[] {
    if (this.impls) return this.impls;
    const impls: ImplData[] = [];
    this.impls = impls;
    const defs = this.table.defs;
    for (let i = 0; i < defs.length; i++) {
      const d = defs[i]!;
      if (d.kind !== 'impl') continue;
      const def = i as DefId;
      const index = impls.length;
      this.implOfDef.set(def, index);
      if (d.derive) {
        const trait = this.deriveTrait(d.derive.trait);
        const selfTy = this.typeOf(def);
        impls.push({
          index,
          def,
          generics: this.generics(def),
          traitRef: trait !== null ? { trait, args: this.deriveTraitArgs(d.derive.trait, selfTy) } : null,
          selfTy,
          predicates: this.predicatesOf(def),
          assocTys: new Map(),
          items: new Map(),
          isStd: false,
          deriveSpan: d.derive.span,
        });
        continue;
      }
      const n = d.node as A.ImplItem;
      let traitRef: TraitRef | null = null;
      const selfTy = this.typeOf(def);
      if (n.ofTrait) {
        const r = this.resolutions.get(n.ofTrait.id);
        if (r && r.res.kind === 'def' && r.res.defKind === 'trait') {
          const seg = n.ofTrait.path.segments[n.ofTrait.path.segments.length - 1]!;
          traitRef = { trait: r.res.def, args: [selfTy, ...lowerSegmentArgs(this, { owner: def }, r.res.def, seg, n.ofTrait.path.span, selfTy)] };
        }
      }
      const assocTys = new Map<string, Ty>();
      const items = new Map<string, DefId>();
      for (const a of this.assocItems(def)) {
        if (a.kind === 'type') assocTys.set(a.name, this.typeOf(a.def));
        else items.set(a.name, a.def);
      }
      impls.push({ index, def, generics: this.generics(def), traitRef, selfTy, predicates: this.predicatesOf(def), assocTys, items, isStd: d.isStd, deriveSpan: null });
    }
    for (const b of builtinImpls(this.lang, (name) => this.findStdType(name), opImplSpans(this.input.sourceMap))) impls.push({ ...b, index: impls.length });
    return impls;
  }

  private findStdType(name: string): DefId | null {
    return this.lang.get(name) ?? null;
  }

  exportTables(): SigTables {
    const n = this.table.defs.length;
    const generics: (Generics | undefined)[] = new Array(n);
    const predicates: (readonly Predicate[] | undefined)[] = new Array(n);
    const fnSigs: (FnSig | undefined)[] = new Array(n);
    const types: (Ty | undefined)[] = new Array(n);
    const adts: (AdtDefData | undefined)[] = new Array(n);
    const impls = this.implTable();
    for (let i = 0; i < n; i++) {
      const def = i as DefId;
      const d = this.table.defs[i]!;
      switch (d.kind) {
        case 'fn':
        case 'assocFn':
          generics[i] = this.generics(def);
          predicates[i] = this.predicatesOf(def);
          fnSigs[i] = this.fnSig(def);
          break;
        case 'ctor':
          fnSigs[i] = this.fnSig(def);
          generics[i] = this.generics(def);
          break;
        case 'struct':
        case 'enum':
        case 'union':
          generics[i] = this.generics(def);
          predicates[i] = this.predicatesOf(def);
          adts[i] = this.adt(def);
          types[i] = this.typeOf(def);
          break;
        case 'trait':
        case 'impl':
          generics[i] = this.generics(def);
          predicates[i] = this.predicatesOf(def);
          types[i] = d.kind === 'impl' ? this.typeOf(def) : undefined;
          if (d.kind === 'trait') this.assocItems(def);
          break;
        case 'const':
        case 'static':
        case 'assocConst':
        case 'tyAlias':
        case 'assocTy':
          generics[i] = this.generics(def);
          predicates[i] = this.predicatesOf(def);
          types[i] = this.typeOf(def);
          break;
        case 'variant':
          generics[i] = this.generics(def);
          break;
        default:
          break;
      }
    }
    const traitImpls = new Map<DefId, number[]>();
    const inherentImpls = new Map<string, number[]>();
    for (const im of impls) {
      // An impl whose self type did not lower (an error reported elsewhere) matches nothing.
      if (im.selfTy.k === 'error') continue;
      if (im.traitRef) {
        let l = traitImpls.get(im.traitRef.trait);
        if (!l) traitImpls.set(im.traitRef.trait, (l = []));
        l.push(im.index);
      } else {
        const key = simplifyTy(im.selfTy) ?? 'param';
        let l = inherentImpls.get(key);
        if (!l) inherentImpls.set(key, (l = []));
        l.push(im.index);
      }
    }
    return {
      generics,
      predicates,
      fnSigs,
      types,
      adts,
      paramIndex: this.paramIndexMap,
      impls,
      implOfDef: this.implOfDef,
      traitImpls,
      inherentImpls,
      assocItems: this.assocItemsMap,
      onUnimplemented: this.onUnimplemented,
      confusables: this.confusables,
      lang: this.lang,
      mustUse: this.mustUse,
    };
  }
}

/** Decodes a cooked string literal's symbol (the escapes std model attributes use). */
function decodeStr(s: string): string {
  return s.replace(/\\x([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
}

export { decodeStr };

/**
 * std's model declares methods without bodies, so a std trait with provided methods names its
 * required ones: `#[weft_required(next)]` (the rest have default bodies in std). A std trait
 * without the attribute requires all of its methods.
 */
function stdRequiredFns(node: A.TraitItem): ReadonlySet<string> | null {
  for (const a of node.attrs) {
    if (a.kind !== 'normal' || a.path.segments.length !== 1 || a.path.segments[0]!.ident.name !== 'weft_required') continue;
    const items = a.meta?.kind.kind === 'list' ? a.meta.kind.items : [];
    return new Set(items.flatMap((it) => (it.kind === 'meta' ? [it.meta.path.segments[0]!.ident.name] : [])));
  }
  return null;
}
