/**
 * Conditional compilation: the set of active `cfg` options (the target's, `--cfg` flags, `test`,
 * `debug_assertions`) and the evaluation of `#[cfg(...)]` predicates (`name`, `name = "value"`,
 * `all`, `any`, `not`, `true`, `false`), as rustc's `cfg_matches`.
 *
 * Owns: cfg options and predicate evaluation. Must not: walk the AST (see expand.ts).
 */
import type { Attribute, MetaItem, MetaItemInner } from '../../syntax/ast.js';

/** name → the values it is set to (`null` for a bare name). */
export type CfgSet = ReadonlyMap<string, ReadonlySet<string | null>>;

/** The options rustc sets for x86_64-unknown-linux-gnu, plus `--cfg` flags. */
export function makeCfgSet(flags: readonly string[], opts: { test: boolean; debugAssertions: boolean }): CfgSet {
  const m = new Map<string, Set<string | null>>();
  const add = (name: string, value: string | null) => {
    let s = m.get(name);
    if (!s) m.set(name, (s = new Set()));
    s.add(value);
  };
  add('unix', null);
  add('target_os', 'linux');
  add('target_family', 'unix');
  add('target_arch', 'x86_64');
  add('target_env', 'gnu');
  add('target_abi', '');
  add('target_vendor', 'unknown');
  add('target_endian', 'little');
  add('target_pointer_width', '64');
  add('target_has_atomic', '8');
  add('target_has_atomic', '16');
  add('target_has_atomic', '32');
  add('target_has_atomic', '64');
  add('target_has_atomic', 'ptr');
  add('panic', 'unwind');
  add('target_feature', 'fxsr');
  add('target_feature', 'sse');
  add('target_feature', 'sse2');
  if (opts.debugAssertions) add('debug_assertions', null);
  if (opts.test) add('test', null);
  for (const f of flags) {
    const eq = f.indexOf('=');
    if (eq < 0) add(f.trim(), null);
    else add(f.slice(0, eq).trim(), f.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1'));
  }
  return m;
}

/** Evaluates a cfg predicate; a malformed one counts as false (its error is reported elsewhere). */
export function evalCfg(meta: MetaItemInner, cfg: CfgSet): boolean {
  if (meta.kind === 'lit') return meta.lit.kind === 'bool' && meta.lit.symbol === 'true';
  return evalMeta(meta.meta, cfg);
}

function evalMeta(m: MetaItem, cfg: CfgSet): boolean {
  const name = m.path.segments.length === 1 ? m.path.segments[0]!.ident.name : '';
  switch (m.kind.kind) {
    case 'word':
      if (name === 'true') return true;
      if (name === 'false') return false;
      return cfg.get(name)?.has(null) ?? false;
    case 'nameValue': {
      const lit = m.kind.lit;
      return cfg.get(name)?.has(lit.symbol) ?? false;
    }
    case 'list': {
      const items = m.kind.items;
      if (name === 'all') return items.every((i) => evalCfg(i, cfg));
      if (name === 'any') return items.some((i) => evalCfg(i, cfg));
      if (name === 'not') return items.length === 1 && !evalCfg(items[0]!, cfg);
      return false;
    }
  }
}

/** Whether a node with these attributes survives cfg-stripping. */
export function isCfgActive(attrs: readonly Attribute[], cfg: CfgSet): boolean {
  for (const a of attrs) {
    if (a.kind !== 'normal' || a.path.segments.length !== 1 || a.path.segments[0]!.ident.name !== 'cfg') continue;
    const meta = a.meta;
    if (!meta || meta.kind.kind !== 'list' || meta.kind.items.length !== 1) return false;
    if (!evalCfg(meta.kind.items[0]!, cfg)) return false;
  }
  return true;
}

/** True if any attribute is a `#[cfg]` (the common case has none, and is skipped quickly). */
export function hasCfg(attrs: readonly Attribute[]): boolean {
  for (const a of attrs) if (a.kind === 'normal' && a.path.segments.length === 1 && a.path.segments[0]!.ident.name === 'cfg') return true;
  return false;
}
