/**
 * The `unused_imports` lint (rustc's `check_unused`): imports no path used, grouped per `use`
 * item as rustc groups them ("unused import: `a::b`", "unused imports: `X` and `Y`").
 *
 * Owns: this lint. Must not: decide what is used (resolution records it).
 */
import type { SemaContext } from '../context.js';
import type { Import } from '../resolve/types.js';
import type { LintEmission } from './emit.js';
import { DiagnosticBuilder } from '../../diagnostics/diagnostic.js';
import { bodyLintLevel } from './body-levels.js';
import { listOf } from '../../diagnostics/messages.js';

export function unusedImports(ctx: SemaContext, imports: readonly Import[], used: ReadonlySet<number>, failed: ReadonlySet<number>): LintEmission[] {
  const out: LintEmission[] = [];
  const byItem = new Map<number, Import[]>();
  for (const imp of imports) {
    if (imp.isStd) continue;
    let l = byItem.get(imp.itemId);
    if (!l) byItem.set(imp.itemId, (l = []));
    l.push(imp);
  }
  for (const group of byItem.values()) {
    const unused = group.filter((i) => !used.has(i.index) && !failed.has(i.index) && i.vis.kind !== 'public');
    if (unused.length === 0) continue;
    const owner = ownerDefOfModule(ctx, unused[0]!.module);
    const lvl = bodyLintLevel(ctx, owner, 'unused_imports');
    // rustc: the snippets of the unused trees, sorted as quoted (`` `RefMut` `` before `` `Ref` ``).
    const quoted = (x: string) => `\`${x}\``;
    const names = unused.map((i) => snippetOf(ctx, i)).sort((a, b) => (quoted(a) < quoted(b) ? -1 : quoted(a) > quoted(b) ? 1 : 0));
    const d = new DiagnosticBuilder('warning', `unused import${unused.length === 1 ? '' : 's'}: ${listOf(names)}`).withCode('unused_imports');
    for (const i of unused) d.primarySpan(i.span);
    out.push({ lint: 'unused_imports', level: lvl.level, source: lvl.source, diag: d.build() });
  }
  return out;
}

function snippetOf(ctx: SemaContext, i: Import): string {
  const f = ctx.sources.files.find((x) => i.span.lo >= x.startPos && i.span.hi <= x.endPos);
  if (!f) return i.target;
  return f.src.slice(i.span.lo - f.startPos, i.span.hi - f.startPos);
}

function ownerDefOfModule(ctx: SemaContext, m: number): import('../defs.js').DefId {
  return ctx.r.modules[m]!.def;
}
