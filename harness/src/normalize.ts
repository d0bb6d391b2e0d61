/**
 * Output normalisation in compiletest's order (`runtest.rs::normalize_output`, reference §5):
 * paths → `$DIR`/`$SRC_DIR`/`$TEST_BUILD_DIR`/`$BUILD_DIR`, `LL:COL` for std locations, platform
 * differences, long-type file names, thread ids, tabs, `//~` annotations, symbol hashes, alloc ids,
 * and last the fixture's own `normalize-*` rules. Pure string functions.
 */
import type { NormalizeRule } from './directives/props.js';
import { replaceAllRust } from './directives/rust-regex.js';

export interface NormalizeContext {
  /** Absolute directory of the fixture. */
  readonly testDir: string;
  /** With `remap-src-base`: `fake-test-src-base/<relative dir>`, which also becomes `$DIR`. */
  readonly remappedTestDir: string | null;
  /** `<sysroot>/lib/rustlib/src/rust` with symlinks resolved, when it exists. */
  readonly rustSrcDir: string | null;
  /** The per-test output directory, raw and canonical. */
  readonly testBuildDirs: readonly string[];
  /** The run's root output directory. */
  readonly buildRoot: string;
  /** compiletest's JSON heuristic (see `isJsonOutput`). */
  readonly json: boolean;
}

/** compiletest's crude detection of JSON output from the flags. */
export function isJsonOutput(compileFlags: readonly string[], runFlags: readonly string[]): boolean {
  const r = runFlags.join(' ');
  const c = compileFlags.join(' ');
  return r.includes('--format json') || r.includes('--format=json') ||
    ['--error-format json', '--error-format pretty-json', '--error-format=json', '--error-format=pretty-json', '--output-format json', '--output-format=json'].some((f) => c.includes(f));
}

function replaceLiteral(text: string, from: string, to: string): string {
  return from === '' ? text : text.split(from).join(to);
}

const WINDOWS_PATH = /(?:\\[\p{L}\p{N}.\-_']+)+\.\p{L}+|\$(?:DIR|SRC_DIR|TEST_BUILD_DIR|BUILD_DIR|LIB_DIR)(?:\\[\p{L}\p{N}.\-_' ]+)+/gu;

/** compiletest `normalize_platform_differences`: `\\` → `\`, Windows-looking paths → `/`, CRLF → LF. */
export function normalizePlatformDifferences(text: string): string {
  return text.replaceAll('\\\\', '\\').replace(WINDOWS_PATH, (m) => m.replaceAll('\\', '/')).replaceAll('\r\n', '\n');
}

/** The built-in rules (steps 1-14); `custom` rules (step 15) run last. */
export function normalizeOutput(text: string, cx: NormalizeContext, custom: readonly NormalizeRule[] = []): string {
  let out = text;
  const path = (from: string, to: string) => {
    out = replaceLiteral(out, cx.json ? from.replaceAll('\\', '\\\\') : from, to);
  };
  path(cx.testDir, '$DIR');
  if (cx.remappedTestDir) path(cx.remappedTestDir, '$DIR');
  path('/rustc/FAKE_PREFIX/library', '$SRC_DIR');
  path('/rustc/FAKE_PREFIX/compiler', '$COMPILER_DIR');
  // Not in compiletest: a rustup (dist) toolchain without rust-src names std by the commit it was
  // built from, which `-Zsimulate-remapped-rust-src-base` does not touch; an in-tree compiler
  // prints /rustc/FAKE_PREFIX there. Both must give the same expected file.
  out = out.replace(/\/rustc\/[0-9a-f]{40}\/(library|compiler)/g, (_m, part: string) => (part === 'library' ? '$SRC_DIR' : '$COMPILER_DIR'));
  if (cx.rustSrcDir) {
    path(`${cx.rustSrcDir}/library`, '$SRC_DIR_REAL');
    path(`${cx.rustSrcDir.replace(/\/src\/rust$/, '/rustc-src/rust')}/compiler`, '$COMPILER_DIR_REAL');
  }
  // The longer spelling first: a canonical `/private/tmp/x` contains the raw `/tmp/x`.
  for (const d of [...cx.testBuildDirs].sort((a, b) => b.length - a.length)) path(d, '$TEST_BUILD_DIR');
  path(cx.buildRoot, '$BUILD_DIR');
  if (cx.json) out = out.replaceAll('\\n', '\n');
  out = out.replace(/SRC_DIR(.+):\d+:\d+(: \d+:\d+)?/g, 'SRC_DIR$1:LL:COL');
  out = normalizePlatformDifferences(out);
  out = out.replace(/\$TEST_BUILD_DIR\/([^.]+).long-type-(\d+).txt/g, '$$TEST_BUILD_DIR/$1.long-type-$$LONG_TYPE_HASH.txt');
  out = out.replace(/thread '([^']*)' \((?:rtid )?\d+\) panicked/g, "thread '$1' ($$TID) panicked");
  out = out.replaceAll('\t', '\\t');
  out = out.replace(/\s*\/\/(\[.*\])?~.*/g, '');
  if (/_R.*?Cs[0-9a-zA-Z]+_/.test(out)) out = out.replace(/Cs[0-9a-zA-Z]+_/g, 'CsCRATE_HASH_');
  if (/\(_R.*?B[0-9a-zA-Z]_/.test(out)) out = out.replace(/B[0-9a-zA-Z]_/g, 'B<REF>_');
  const seen = new Map<string, number>();
  const allocIndex = (n: string) => {
    if (!seen.has(n)) seen.set(n, seen.size);
    return seen.get(n)!;
  };
  out = out.replace(/╾─*a(lloc)?([0-9]+)(\+0x[0-9]+)?(<imm>)?( \([0-9]+ ptr bytes\))?─*╼/g, (_m, _l, n: string, off?: string, imm?: string) => `╾ALLOC${allocIndex(n)}${off ?? ''}${imm ?? ''}╼`);
  out = out.replace(/\balloc([0-9]+)\b/g, (_m, n: string) => `ALLOC${allocIndex(n)}`);
  for (const rule of custom) {
    rule.regex.lastIndex = 0;
    out = replaceAllRust(out, rule.regex, rule.replacement);
  }
  return out;
}
