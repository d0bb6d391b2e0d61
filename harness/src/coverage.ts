/**
 * `npm run ui -- coverage`: which fixtures exercise which error code and lint, read from the
 * expected compiler output (`*.stderr`, one per fixture or revision; not `.run.stderr`, which is a
 * program's own output). A code counts for a fixture when a `error[E….]`/`warning[E….]` header
 * is in its expected output; a lint when rustc names it, in the `#[warn(lint)]` on-by-default /
 * implied-by notes or in the attribute a "the lint level is defined here" note quotes.
 *
 * The required list is what the weftc front end promises fixtures for (at least MIN_FIXTURES
 * each): the codes and lints of DESIGN.md and of the front-end issue. (E0412 is not among them:
 * rustc 1.95 no longer emits it; a missing type is E0425, "cannot find type".)
 *
 * Owns: the scan and its text/JSON rendering. Must not: run a compiler or write files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const MIN_FIXTURES = 5;

export const REQUIRED_CODES: readonly string[] = [
  'E0004', 'E0023', 'E0026', 'E0027', 'E0046', 'E0061', 'E0072', 'E0277', 'E0282', 'E0308', 'E0369', 'E0382', 'E0384',
  'E0391', 'E0407', 'E0425', 'E0428', 'E0432', 'E0433', 'E0499', 'E0502', 'E0596', 'E0599', 'E0603', 'E0609',
];

export const REQUIRED_LINTS: readonly string[] = [
  'dead_code', 'non_camel_case_types', 'non_snake_case', 'non_upper_case_globals', 'overflowing_literals', 'path_statements',
  'unreachable_code', 'unreachable_patterns', 'unused_assignments', 'unused_imports', 'unused_must_use', 'unused_mut',
  'unused_parens', 'unused_variables', 'while_true',
];

export interface Coverage {
  readonly schemaVersion: 1;
  /** Fixtures scanned (one per expected `.stderr`, a revision counting as its own fixture). */
  readonly fixtures: number;
  /** Code → fixtures (`path` or `path#revision`, sorted). */
  readonly codes: Readonly<Record<string, readonly string[]>>;
  readonly lints: Readonly<Record<string, readonly string[]>>;
  /** Required codes and lints with fewer than MIN_FIXTURES fixtures, and how many they have. */
  readonly below: readonly { readonly name: string; readonly fixtures: number }[];
}

/** The codes and lints one expected `.stderr` names. */
export function scanStderr(text: string): { codes: Set<string>; lints: Set<string> } {
  const codes = new Set<string>();
  const lints = new Set<string>();
  for (const m of text.matchAll(/^(?:error|warning)\[(E\d{4})\]/gm)) codes.add(m[1]!);
  for (const m of text.matchAll(/`#\[(?:warn|deny|forbid|expect)\(([\w:]+)\)\]`(?: \(part of `#\[\w+\(\w+\)\]`\))? (?:on by default|implied by)/g)) lints.add(m[1]!);
  // "note: the lint level is defined here", then the quoted source line with the attribute.
  for (const m of text.matchAll(/note: the lint level is defined here\n(?:.*\n){0,3}?(?:LL|\d+) \| .*#!?\[(?:warn|deny|forbid|expect)\(([^)\]]*)\)\]/g)) {
    for (const name of m[1]!.split(',').map((x) => x.trim())) if (/^[\w:]+$/.test(name)) lints.add(name);
  }
  // A lint group in the attribute names its member in the "implied by" note, already taken.
  for (const group of ['unused', 'warnings', 'nonstandard_style']) lints.delete(group);
  return { codes, lints };
}

function* stderrFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.isDirectory()) {
      if (e.name !== 'auxiliary' && !e.name.startsWith('.')) yield* stderrFiles(join(dir, e.name));
    } else if (e.name.endsWith('.stderr') && !e.name.endsWith('.run.stderr')) {
      yield join(dir, e.name);
    }
  }
}

/** `a/b.rev.stderr` → `a/b.rs#rev` when `a/b.rs` exists, else `a/b.rev.rs`; `a/b.stderr` → `a/b.rs`. */
function fixtureName(root: string, file: string, sources: ReadonlySet<string>): string {
  const rel = relative(root, file).split(sep).join('/').replace(/\.stderr$/, '');
  const dot = rel.lastIndexOf('.');
  if (dot > rel.lastIndexOf('/') && sources.has(`${rel.slice(0, dot)}.rs`)) return `${rel.slice(0, dot)}.rs#${rel.slice(dot + 1)}`;
  return `${rel}.rs`;
}

function sourcesUnder(root: string, dir: string, out: Set<string>): Set<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) sourcesUnder(root, join(dir, e.name), out);
    else if (e.name.endsWith('.rs')) out.add(relative(root, join(dir, e.name)).split(sep).join('/'));
  }
  return out;
}

export function scanSuite(root: string): Coverage {
  const sources = sourcesUnder(root, root, new Set());
  const codes = new Map<string, string[]>();
  const lints = new Map<string, string[]>();
  let fixtures = 0;
  for (const file of stderrFiles(root)) {
    fixtures++;
    const name = fixtureName(root, file, sources);
    const found = scanStderr(readFileSync(file, 'utf8'));
    for (const c of found.codes) (codes.get(c) ?? codes.set(c, []).get(c)!).push(name);
    for (const l of found.lints) (lints.get(l) ?? lints.set(l, []).get(l)!).push(name);
  }
  const sorted = (m: Map<string, string[]>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, v.sort()]));
  const below = [...REQUIRED_CODES.map((c) => ({ name: c, fixtures: codes.get(c)?.length ?? 0 })), ...REQUIRED_LINTS.map((l) => ({ name: l, fixtures: lints.get(l)?.length ?? 0 }))]
    .filter((x) => x.fixtures < MIN_FIXTURES);
  return { schemaVersion: 1, fixtures, codes: sorted(codes), lints: sorted(lints), below };
}

/** One line per code and lint: the count, a required mark, and the first fixtures. */
export function renderCoverage(c: Coverage, root: string): string {
  const required = new Set([...REQUIRED_CODES, ...REQUIRED_LINTS]);
  const line = (name: string, list: readonly string[]) => {
    const shown = list.slice(0, 4).join(', ') + (list.length > 4 ? `, … (${list.length - 4} more)` : '');
    return `${required.has(name) ? '*' : ' '} ${name.padEnd(24)} ${String(list.length).padStart(4)}  ${shown}`;
  };
  const out = [`fixtures per error code and lint, from ${c.fixtures} expected .stderr files under ${root} (* = required, at least ${MIN_FIXTURES} each)`, '', 'error codes:'];
  for (const [k, v] of Object.entries(c.codes)) out.push(line(k, v));
  for (const k of REQUIRED_CODES) if (!(k in c.codes)) out.push(line(k, []));
  out.push('', 'lints:');
  for (const [k, v] of Object.entries(c.lints)) out.push(line(k, v));
  for (const k of REQUIRED_LINTS) if (!(k in c.lints)) out.push(line(k, []));
  out.push('', c.below.length === 0 ? `every required code and lint has at least ${MIN_FIXTURES} fixtures` : `below ${MIN_FIXTURES}: ${c.below.map((b) => `${b.name} (${b.fixtures})`).join(', ')}`);
  return `${out.join('\n')}\n`;
}
