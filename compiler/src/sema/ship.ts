/**
 * How sema's contexts travel to worker threads, beyond the executor's defaults (see
 * `SHIP_TOGETHER` and `SHIP_APART` in query/tasks.ts).
 *
 * std's def table entries point at std's AST (`DefData.node`): about 4 MB of a small program's
 * 4.8 MB resolver data, deserialized by every worker, although a task reads a std def's node only
 * for some diagnostics (a std struct's fields, a method's `self`). So std's nodes ship as their own
 * piece, loaded by a worker the first time a task reads one.
 *
 * Owns: the split of the resolver data. Must not: change what a task sees (a std def's `node`
 * reads the same tree, only later).
 */
import type { ShipApart } from '../query/tasks.js';
import type { DefData } from './defs.js';
import type { ResolverData } from './resolve/scope.js';
import { lazyProperty } from '../util/lazy.js';

export const STD_NODES_APART: ShipApart<ResolverData> = {
  split(r) {
    const { defs, stdCount } = r.table;
    const nodes = defs.slice(0, stdCount).map((d) => d.node);
    const stripped = defs.map((d, i) => (i < stdCount && d.node !== null ? { ...d, node: null } : d));
    return { value: { ...r, table: { ...r.table, defs: stripped } }, apart: nodes };
  },
  join(r, load) {
    let nodes: readonly DefData['node'][] | null = null;
    const { defs, stdCount } = r.table;
    for (let i = 0; i < stdCount; i++) {
      const d = defs[i]!;
      if (d.node === null) lazyProperty(d, 'node', () => (nodes ??= load() as readonly DefData['node'][])[i] ?? null);
    }
  },
};
