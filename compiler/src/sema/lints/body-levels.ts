/**
 * Lint levels for code inside items: the attributes of the crate root, the enclosing modules and
 * items (from the def table's parent chain) and the command line. Pure functions of the crate
 * context, so tasks on any thread compute the same levels.
 *
 * Owns: the scope chain of a def. Must not: know about particular lints.
 */
import type * as A from '../../syntax/ast.js';
import type { DefId } from '../defs.js';
import type { SemaContext } from '../context.js';
import { levelOf, lintAttrs, type LintAttr, type LintLevel } from './levels.js';

const cache = new WeakMap<object, Map<DefId, LintAttr[][]>>();

/** Attribute scopes from the crate root down to `def` (inclusive). */
export function scopesOf(ctx: SemaContext, def: DefId): LintAttr[][] {
  let m = cache.get(ctx);
  if (!m) cache.set(ctx, (m = new Map()));
  const hit = m.get(def);
  if (hit) return hit;
  const d = ctx.r.table.defs[def]!;
  let out: LintAttr[][];
  if (d.parent === null) {
    const file = d.file !== undefined ? ctx.files.get(d.file) : undefined;
    out = [lintAttrs(file ? file.attrs : [])];
  } else {
    const parent = scopesOf(ctx, d.parent);
    const node = d.node;
    const attrs: readonly A.Attribute[] = node && 'attrs' in node ? node.attrs : [];
    const inner = node && 'kind' in node && node.kind === 'mod' && node.mod.kind === 'inline' ? node.mod.innerAttrs : [];
    const fileAttrs = d.kind === 'mod' && d.file !== undefined && node && 'kind' in node && node.kind === 'mod' && node.mod.kind === 'unloaded' ? (ctx.files.get(d.file)?.attrs ?? []) : [];
    const own = [...lintAttrs(attrs), ...lintAttrs(inner), ...lintAttrs(fileAttrs)];
    out = own.length > 0 ? [...parent, own] : parent;
  }
  m.set(def, out);
  return out;
}

export function bodyLintLevel(ctx: SemaContext, def: DefId, lint: string, extra: readonly (readonly LintAttr[])[] = []): LintLevel {
  const scopes = scopesOf(ctx, def);
  return levelOf(lint, extra.length > 0 ? [...scopes, ...extra] : scopes, ctx.lints);
}
