/**
 * `unused_macros`: "unused macro definition: `name`" at the name of each `macro_rules!` that no
 * invocation resolved to (rustc's `check_unused_macros`, a lint buffered on the macro's node and
 * emitted by the early lint pass, so it joins the other early lints in source order). Exported
 * macros and names starting with `_` are never reported. The level is the one at the definition:
 * its own attributes inside those of the innermost item or module around it.
 *
 * Owns: this lint. Must not: expand or resolve anything (the expander says what was used).
 */
import type { Span } from '../../syntax/source-map.js';
import type { DefId } from '../defs.js';
import type { SemaContext } from '../context.js';
import type { DefinedMacro } from '../expand/expand.js';
import type { LintEmission } from './emit.js';
import { DiagnosticBuilder } from '../../diagnostics/diagnostic.js';
import { bodyLintLevel } from './body-levels.js';
import { lintAttrs } from './levels.js';

export function unusedMacros(ctx: SemaContext, macros: readonly DefinedMacro[]): LintEmission[] {
  const out: LintEmission[] = [];
  for (const m of macros) {
    if (m.used || m.exported || m.name.startsWith('_')) continue;
    const lvl = bodyLintLevel(ctx, ownerAt(ctx, m.nameSpan), 'unused_macros', [lintAttrs(m.attrs)]);
    const d = new DiagnosticBuilder('warning', `unused macro definition: \`${m.name}\``).withCode('unused_macros').primarySpan(m.nameSpan);
    out.push({ lint: 'unused_macros', level: lvl.level, source: lvl.source, diag: d.build() });
  }
  return out;
}

const OWNER_KINDS: ReadonlySet<string> = new Set(['mod', 'fn', 'assocFn', 'const', 'static', 'assocConst', 'impl', 'trait']);

/** The innermost local item around `sp`, else the module whose file holds it (a `mod x;` file). */
function ownerAt(ctx: SemaContext, sp: Span): DefId {
  const defs = ctx.r.table.defs;
  let best: DefId | null = null;
  let bestLen = Infinity;
  for (let i = ctx.r.table.stdCount; i < defs.length; i++) {
    const d = defs[i]!;
    if (!OWNER_KINDS.has(d.kind) || d.itemSpan.lo > sp.lo || d.itemSpan.hi < sp.hi) continue;
    const len = d.itemSpan.hi - d.itemSpan.lo;
    if (len < bestLen) {
      best = i as DefId;
      bestLen = len;
    }
  }
  if (best !== null) return best;
  const file = ctx.sources.files.findIndex((f) => sp.lo >= f.startPos && sp.hi <= f.endPos);
  for (let i = ctx.r.table.stdCount; i < defs.length; i++) if (defs[i]!.kind === 'mod' && defs[i]!.file === file) return i as DefId;
  return ctx.r.table.localRoot;
}
