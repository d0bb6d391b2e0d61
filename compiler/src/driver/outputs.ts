/**
 * The crate's name and the names of its output files, as rustc derives them: the name from
 * `--crate-name`, else `#![crate_name = "..."]`, else the input's file stem; a binary is named
 * after the stem as written (`a-b`), a library after the crate name (`liba_b.rlib`); `-C
 * extra-filename` is appended to both; `-o` names every output.
 *
 * Owns: names only. Must not: touch the file system.
 */
import type { Attribute } from '../syntax/ast.js';
import type { CrateType, Options } from './options.js';
import { effectiveCrateTypes } from './options.js';

/** The input's file stem (`a-b` for `dir/a-b.rs`); `rust_out` for stdin. */
export function inputStem(o: Options): string {
  const input = o.input ?? 'main.rs';
  if (input === '-') return 'rust_out';
  return input.slice(input.lastIndexOf('/') + 1).replace(/\.rs$/, '');
}

/** The crate's name: `--crate-name`, else the `#![crate_name]` value, else the stem with `-` as `_`. */
export function crateName(o: Options, attrName: string | null = null): string {
  return o.crateName ?? attrName ?? inputStem(o).replace(/-/g, '_');
}

/** The values of `#![NAME = "..."]` among a crate root's inner attributes. */
function innerStrAttrs(attrs: readonly Attribute[], name: string): string[] {
  const out: string[] = [];
  for (const a of attrs) {
    if (a.kind !== 'normal' || a.style !== 'inner' || a.path.segments.length !== 1 || a.path.segments[0]!.ident.name !== name) continue;
    if (a.meta?.kind.kind === 'nameValue' && (a.meta.kind.lit.kind === 'str' || a.meta.kind.lit.kind === 'strRaw')) out.push(a.meta.kind.lit.symbol);
  }
  return out;
}

/** The value of `#![crate_name = "..."]`, if any. */
export function crateNameAttr(attrs: readonly Attribute[]): string | null {
  return innerStrAttrs(attrs, 'crate_name')[0] ?? null;
}

/** The known crate types named by `#![crate_type = "..."]` (used when `--crate-type` is absent). */
export function crateTypeAttrs(attrs: readonly Attribute[]): CrateType[] {
  const known: readonly string[] = ['bin', 'lib', 'rlib', 'dylib', 'cdylib', 'staticlib', 'proc-macro'];
  return [...new Set(innerStrAttrs(attrs, 'crate_type').filter((t) => known.includes(t)) as CrateType[])];
}

/** The file name rustc gives the output of one crate type (without a directory). */
export function outputFileName(o: Options, type: CrateType, attrName: string | null = null): string {
  if (o.output !== null) return o.output.slice(o.output.lastIndexOf('/') + 1);
  const extra = o.codegen.get('extra-filename') ?? '';
  const name = crateName(o, attrName);
  switch (type) {
    case 'bin': return `${o.crateName ?? attrName ?? inputStem(o)}${extra}`;
    case 'lib': case 'rlib': return `lib${name}${extra}.rlib`;
    case 'dylib': case 'cdylib': case 'proc-macro': return `lib${name}${extra}.so`;
    case 'staticlib': return `lib${name}${extra}.a`;
  }
}

/** `--print file-names`: one name per crate type, duplicates (`lib` and `rlib`) once. */
export function outputFileNames(o: Options, attrName: string | null = null, attrTypes: readonly CrateType[] = []): string[] {
  const types = o.crateTypes.length === 0 && attrTypes.length > 0 ? attrTypes : effectiveCrateTypes(o);
  return [...new Set(types.map((t) => outputFileName(o, t, attrName)))];
}
