/**
 * Lint levels (rustc_lint's `LintLevelsBuilder`, as far as the subset needs): each lint's default
 * level and groups, the command line (`-A/-W/-D/-F`, `--cap-lints`, later flags winning), and
 * attributes (`#![allow(x)]`, `#[warn(x)]`...) on the crate, modules, items and statements. A
 * level comes with its source, which decides the note the first emission of a lint carries
 * ("`#[warn(x)]` on by default", "the lint level is defined here", "`#[deny(x)]` implied by
 * `#[deny(warnings)]`").
 *
 * Owns: level computation. Must not: emit or decorate diagnostics (see lints/emit.ts).
 */
import type * as A from '../../syntax/ast.js';
import type { Span } from '../../syntax/source-map.js';

export type Level = 'allow' | 'warn' | 'deny' | 'forbid' | 'force-warn';

export interface LintDef {
  readonly name: string;
  readonly defaultLevel: Level;
  /** The group it is part of for the "(part of `#[warn(unused)]`)" note, if any. */
  readonly group: string | null;
}

export const LINTS: readonly LintDef[] = [
  { name: 'unused_variables', defaultLevel: 'warn', group: 'unused' },
  { name: 'unused_assignments', defaultLevel: 'warn', group: 'unused' },
  { name: 'unused_mut', defaultLevel: 'warn', group: 'unused' },
  { name: 'unused_imports', defaultLevel: 'warn', group: 'unused' },
  { name: 'unused_macros', defaultLevel: 'warn', group: 'unused' },
  { name: 'unused_must_use', defaultLevel: 'warn', group: 'unused' },
  { name: 'unused_parens', defaultLevel: 'warn', group: 'unused' },
  { name: 'unused_braces', defaultLevel: 'warn', group: 'unused' },
  { name: 'unused_labels', defaultLevel: 'warn', group: 'unused' },
  { name: 'path_statements', defaultLevel: 'warn', group: 'unused' },
  { name: 'dead_code', defaultLevel: 'warn', group: 'unused' },
  { name: 'unreachable_code', defaultLevel: 'warn', group: 'unused' },
  { name: 'unreachable_patterns', defaultLevel: 'warn', group: 'unused' },
  { name: 'unused_attributes', defaultLevel: 'warn', group: 'unused' },
  { name: 'non_snake_case', defaultLevel: 'warn', group: 'nonstandard_style' },
  { name: 'non_camel_case_types', defaultLevel: 'warn', group: 'nonstandard_style' },
  { name: 'non_upper_case_globals', defaultLevel: 'warn', group: 'nonstandard_style' },
  { name: 'while_true', defaultLevel: 'warn', group: null },
  { name: 'overflowing_literals', defaultLevel: 'deny', group: null },
  { name: 'unexpected_cfgs', defaultLevel: 'warn', group: null },
  { name: 'named_arguments_used_positionally', defaultLevel: 'warn', group: null },
  { name: 'unused_comparisons', defaultLevel: 'warn', group: null },
  { name: 'unknown_lints', defaultLevel: 'warn', group: null },
];

export const LINT_BY_NAME: ReadonlyMap<string, LintDef> = new Map(LINTS.map((l) => [l.name, l]));

export const GROUPS: ReadonlyMap<string, readonly string[]> = new Map([
  ['unused', LINTS.filter((l) => l.group === 'unused').map((l) => l.name)],
  ['nonstandard_style', LINTS.filter((l) => l.group === 'nonstandard_style').map((l) => l.name)],
]);

/** Where a level comes from. */
export type LevelSource =
  | { readonly kind: 'default' }
  /** `-W name` (or a group containing it; `flag` is what was written, `-W unused`). */
  | { readonly kind: 'cmdline'; readonly flag: string; readonly level: Level; readonly name: string }
  /** An attribute: the span of the lint name in it, and the name as written (a group or the lint). */
  | { readonly kind: 'attr'; readonly span: Span; readonly name: string; readonly level: Level };

export interface LintLevel {
  readonly level: Level;
  readonly source: LevelSource;
}

/** One lint attribute's effect: lint (or group, or `warnings`) → level, with the span to point at. */
export interface LintAttr {
  readonly name: string;
  readonly level: Level;
  readonly span: Span;
}

/** The plain-data part of the level computation: command line and the crate's settings. */
export interface LintLevels {
  /** Command-line flags in order: `-W unused` → { name: 'unused', level: 'warn' }. */
  readonly cmdline: readonly { readonly name: string; readonly level: Level }[];
  readonly capLints: Level | null;
}

const LEVEL_ATTRS: ReadonlyMap<string, Level> = new Map([
  ['allow', 'allow'],
  ['warn', 'warn'],
  ['deny', 'deny'],
  ['forbid', 'forbid'],
  ['expect', 'allow'],
]);

/** The lint attributes among `attrs`, in order. */
export function lintAttrs(attrs: readonly A.Attribute[]): LintAttr[] {
  const out: LintAttr[] = [];
  for (const a of attrs) {
    if (a.kind !== 'normal' || a.path.segments.length !== 1) continue;
    const level = LEVEL_ATTRS.get(a.path.segments[0]!.ident.name);
    if (!level || !a.meta || a.meta.kind.kind !== 'list') continue;
    for (const item of a.meta.kind.items) {
      if (item.kind !== 'meta') continue;
      const name = item.meta.path.segments.map((s) => s.ident.name).join('::');
      out.push({ name, level, span: item.meta.span });
    }
  }
  return out;
}

function covers(name: string, lint: string): boolean {
  if (name === lint) return true;
  if (name === 'warnings') return false;
  const group = GROUPS.get(name);
  return group !== undefined && group.includes(lint);
}

/**
 * The level of `lint` given the attribute scopes from the outermost (crate) to the innermost, and
 * the command line. `warnings` raises every warning to the level it names.
 */
export function levelOf(lint: string, scopes: readonly (readonly LintAttr[])[], levels: LintLevels): LintLevel {
  const def = LINT_BY_NAME.get(lint);
  let result: LintLevel = { level: def ? def.defaultLevel : 'warn', source: { kind: 'default' } };
  let warningsLevel: LintLevel | null = null;
  for (const f of levels.cmdline) {
    const name = f.name.replace(/-/g, '_');
    if (covers(name, lint)) result = { level: f.level, source: { kind: 'cmdline', flag: f.name, level: f.level, name } };
    else if (name === 'warnings') warningsLevel = { level: f.level, source: { kind: 'cmdline', flag: f.name, level: f.level, name } };
  }
  let forbidden = result.level === 'forbid';
  for (const scope of scopes) {
    for (const a of scope) {
      if (covers(a.name, lint)) {
        if (forbidden && a.level !== 'forbid') continue;
        result = { level: a.level, source: { kind: 'attr', span: a.span, name: a.name, level: a.level } };
        forbidden = a.level === 'forbid';
      } else if (a.name === 'warnings') {
        warningsLevel = { level: a.level, source: { kind: 'attr', span: a.span, name: a.name, level: a.level } };
      }
    }
  }
  if (result.level === 'warn' && warningsLevel && warningsLevel.level !== 'warn') result = { level: warningsLevel.level, source: warningsLevel.source };
  if (levels.capLints && rank(result.level) > rank(levels.capLints)) result = { level: levels.capLints, source: result.source };
  return result;
}

function rank(l: Level): number {
  return l === 'allow' ? 0 : l === 'warn' || l === 'force-warn' ? 1 : l === 'deny' ? 2 : 3;
}
