/**
 * rustc's `trimmed_def_paths`: the defs that diagnostics may print by their bare name because no
 * other def of that name exists in the same namespace among the crate's items (anywhere) and
 * std's publicly reachable items (type aliases and associated types excluded). Names the crate
 * glob-imports are never trimmed.
 *
 * Owns: the trimming table. Must not: print.
 */
import type { DefId, DefTable } from '../defs.js';
import { nsOfDefKind } from '../defs.js';
import type { ModuleData, ModuleIndex, Namespace } from '../resolve/types.js';

export function trimmedDefPaths(table: DefTable, modules: readonly ModuleData[], moduleOfDef: ReadonlyMap<DefId, ModuleIndex>, stdRoot: ModuleIndex, globNames: Iterable<string>, notInStd: ReadonlySet<ModuleIndex> = new Set()): Map<DefId, string> {
  const unique = new Map<string, DefId | null>();
  for (const n of globNames) {
    unique.set(`type:${n}`, null);
    unique.set(`value:${n}`, null);
  }
  const see = (name: string, ns: Namespace, def: DefId) => {
    const key = `${ns}:${name}`;
    const cur = unique.get(key);
    if (cur === undefined) unique.set(key, def);
    else if (cur !== null && cur !== def) unique.set(key, null);
  };
  // Every local item, wherever it is.
  for (let i = table.stdCount; i < table.defs.length; i++) {
    const d = table.defs[i]!;
    if (d.parent === null || d.name === '' || d.kind === 'variant' || d.kind === 'field' || d.kind === 'ctor') continue;
    const parent = table.defs[d.parent]!;
    if (parent.kind === 'impl' || parent.kind === 'trait' || parent.kind === 'enum') continue;
    if (d.kind === 'tyParam' || d.kind === 'constParam' || d.kind === 'lifetimeParam' || d.kind === 'use') continue;
    const ns = nsOfDefKind(d.kind);
    if (ns) see(d.name, ns, i as DefId);
  }
  // std's public items, through public modules, enums and traits.
  const queue: ModuleIndex[] = [stdRoot];
  const seen = new Set<ModuleIndex>();
  while (queue.length > 0) {
    const mi = queue.pop()!;
    if (seen.has(mi) || notInStd.has(mi)) continue;
    seen.add(mi);
    const m = modules[mi]!;
    for (const [ns, map] of [['type', m.types], ['value', m.values]] as const) {
      for (const [name, b] of map) {
        if (b.vis.kind !== 'public' || b.res.kind !== 'def') continue;
        const k = b.res.defKind;
        if (k === 'tyAlias' || k === 'assocTy') continue;
        see(name, ns, b.res.def);
        if (k === 'mod' || k === 'enum' || k === 'trait') {
          const child = moduleOfDef.get(b.res.def);
          if (child !== undefined) queue.push(child);
        }
      }
    }
  }
  const out = new Map<DefId, string>();
  for (const [key, def] of unique) {
    if (def === null) continue;
    out.set(def, key.slice(key.indexOf(':') + 1));
  }
  // A constructor prints as its struct or variant does.
  return out;
}
