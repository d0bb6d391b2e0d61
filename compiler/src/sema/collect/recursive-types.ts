/**
 * E0072, recursive types without indirection (rustc's `representability` query and its cycle
 * error): an edge goes from a local struct or enum to each ADT its fields contain by value (through
 * tuples, arrays and the generic arguments an ADT stores by value: `Option<T>`, a local `W<T>`
 * with a field of type `T`); pointers (`&`, `Box`, `Vec`, `Rc`...) stop the walk. The first
 * cycle met from each ADT, in definition order, is one error naming all its members, with the
 * field type that recurses in each and a `Box<...>` suggestion for each.
 *
 * Owns: this check. Must not: look at types through the signature tables (written types only).
 */
import type * as A from '../../syntax/ast.js';
import type { Span } from '../../syntax/source-map.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DefId } from '../defs.js';
import type { SemaContext } from '../context.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import { error } from '../../diagnostics/diagnostic.js';
import { defSpan } from '../spans.js';
import { sourceMapView } from '../source-map-data.js';

interface Edge {
  readonly to: DefId;
  readonly span: Span;
}

/** std ADTs that store their type arguments by value. */
const STD_BY_VALUE = new Set(['Option', 'Result', 'Cell', 'RefCell']);

export function checkRecursiveTypes(ctx: SemaContext): Map<DefId, Diagnostic> {
  const defs = ctx.r.table.defs;
  const sm = sourceMapView(ctx.sources);
  const out = new Map<DefId, Diagnostic>();
  const edgesCache = new Map<DefId, Edge[]>();
  const structuralCache = new Map<DefId, boolean[]>();

  const adtNode = (d: DefId): A.StructItem | A.EnumItem | null => {
    const data = defs[d]!;
    if (data.isStd || (data.kind !== 'struct' && data.kind !== 'enum') || !data.node) return null;
    return data.node as A.StructItem | A.EnumItem;
  };
  const fieldTys = (n: A.StructItem | A.EnumItem): A.Ty[] => {
    const datas = n.kind === 'struct' ? [n.data] : n.variants.map((v) => v.data);
    const tys: A.Ty[] = [];
    for (const vd of datas) if (vd.kind !== 'unit') for (const f of vd.fields) tys.push(f.ty);
    return tys;
  };
  const resolveTy = (t: A.Ty & { kind: 'path' }): DefId | null => {
    const r = ctx.resolutions.get(t.id);
    if (!r || r.unresolved > 0 || r.res.kind !== 'def') return null;
    return r.res.def;
  };
  /** Which generic parameters of a local ADT its fields hold by value. */
  const structural = (d: DefId, n: A.StructItem | A.EnumItem): boolean[] => {
    const hit = structuralCache.get(d);
    if (hit) return hit;
    const params = n.generics.params.filter((p) => p.kind.kind === 'type');
    const res = params.map(() => false);
    structuralCache.set(d, res);
    const visit = (t: A.Ty) => {
      walkByValue(t, (p) => {
        if (p.path.segments.length !== 1) return;
        const i = params.findIndex((q) => q.ident.name === p.path.segments[0]!.ident.name);
        if (i >= 0) res[i] = true;
      });
    };
    for (const t of fieldTys(n)) visit(t);
    return res;
  };
  /** Calls `f` on each path type reached by value from `t`, descending into by-value arguments. */
  const walkByValue = (t: A.Ty, f: (p: A.Ty & { kind: 'path' }) => void): void => {
    switch (t.kind) {
      case 'paren':
        walkByValue(t.ty, f);
        return;
      case 'tuple':
        for (const e of t.elems) walkByValue(e, f);
        return;
      case 'array':
        walkByValue(t.ty, f);
        return;
      case 'path': {
        f(t);
        const def = resolveTy(t);
        const last = t.path.segments[t.path.segments.length - 1]!;
        const args = last.args && last.args.kind === 'angle' ? last.args.args.flatMap((a) => (a.kind === 'arg' && a.arg.kind === 'type' ? [a.arg.ty] : [])) : [];
        if (def === null || args.length === 0) return;
        const data = defs[def]!;
        if (data.isStd) {
          if (STD_BY_VALUE.has(data.name)) for (const a of args) walkByValue(a, f);
          return;
        }
        const n = adtNode(def);
        if (!n) return;
        const s = structural(def, n);
        args.forEach((a, i) => {
          if (s[i]) walkByValue(a, f);
        });
        return;
      }
      default:
        return;
    }
  };
  const edgesOf = (d: DefId): Edge[] => {
    const hit = edgesCache.get(d);
    if (hit) return hit;
    const n = adtNode(d);
    const es: Edge[] = [];
    edgesCache.set(d, es);
    if (!n) return es;
    for (const t of fieldTys(n)) {
      walkByValue(t, (p) => {
        const to = resolveTy(p);
        if (to !== null && adtNode(to)) es.push({ to, span: p.span });
      });
    }
    return es;
  };

  const done = new Set<DefId>();
  const reported = new Set<DefId>();
  const visit = (d: DefId, stack: DefId[], via: Edge[]): boolean => {
    stack.push(d);
    for (const e of edgesOf(d)) {
      const at = stack.indexOf(e.to);
      if (at >= 0) {
        const members = stack.slice(at);
        const spans = [...via.slice(at), e];
        if (!members.some((m) => reported.has(m))) report(members, spans);
        stack.pop();
        return true;
      }
      if (done.has(e.to)) continue;
      via.push(e);
      const found = visit(e.to, stack, via);
      via.pop();
      if (found) {
        stack.pop();
        return true;
      }
    }
    stack.pop();
    done.add(d);
    return false;
  };
  const report = (members: DefId[], edges: Edge[]) => {
    // Members and their recursing field in definition order.
    const pairs = members.map((m, i) => ({ m, e: edges[i]! })).sort((a, b) => a.m - b.m);
    const names = pairs.map((p) => `\`${defs[p.m]!.name}\``);
    const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    const first = pairs[0]!;
    const d = error(`recursive type${names.length === 1 ? '' : 's'} ${list} ${names.length === 1 ? 'has' : 'have'} infinite size`, defSpan(sm, defs[first.m]!)).withCode('E0072');
    for (const p of pairs.slice(1)) d.primarySpan(defSpan(sm, defs[p.m]!));
    for (const p of pairs) d.label(p.e.span, 'recursive without indirection');
    const parts = pairs.flatMap((p) => [
      { span: mkSpan(p.e.span.lo, p.e.span.lo), snippet: 'Box<' },
      { span: mkSpan(p.e.span.hi, p.e.span.hi), snippet: '>' },
    ]);
    d.suggest('insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle', parts, 'HasPlaceholders', 'ShowAlways');
    for (const p of pairs) reported.add(p.m);
    out.set(first.m, d.build());
  };

  for (let i = ctx.r.table.stdCount; i < defs.length; i++) {
    const d = i as DefId;
    if (!adtNode(d) || done.has(d)) continue;
    visit(d, [], []);
  }
  return out;
}
