/**
 * The naming lints' case rules, ported from rustc's `nonstandard_style.rs`: `is_camel_case` /
 * `to_camel_case` (non_camel_case_types), `is_snake_case` / `to_snake_case` (non_snake_case) and
 * the upper-case rule (non_upper_case_globals), and the diagnostics they build ("type `point_2d`
 * should have an upper camel case name", with "convert the identifier to ..." suggestions).
 *
 * Owns: these rules and messages. Must not: decide where a name is checked (early.ts, late.ts
 * and the body lints do).
 */
import type { Span } from '../../syntax/source-map.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { DiagnosticBuilder } from '../../diagnostics/diagnostic.js';
import { isReservedName } from '../../syntax/token.js';

const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();

/** rustc's `char_has_case`. */
function hasCase(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase();
}

export function isCamelCase(name0: string): boolean {
  const name = name0.replace(/^_+|_+$/g, '');
  if (name === '') return true;
  const chars = [...name];
  if (isLower(chars[0]!)) return false;
  if (name.includes('__')) return false;
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    if ((hasCase(a) && b === '_') || (hasCase(b) && a === '_')) return false;
  }
  return true;
}

export function toCamelCase(s: string): string {
  const comps = s
    .replace(/^_+|_+$/g, '')
    .split('_')
    .filter((c) => c !== '')
    .map((component) => {
      let out = '';
      let newWord = true;
      let prevLower = true;
      for (const c of component) {
        if (prevLower && isUpper(c)) newWord = true;
        out += newWord ? c.toUpperCase() : c.toLowerCase();
        prevLower = isLower(c);
        newWord = false;
      }
      return out;
    });
  let acc = '';
  let prev: string | null = null;
  for (const next of comps) {
    if (prev !== null) {
      const l = [...prev].pop()!;
      const f = [...next][0]!;
      if (!hasCase(l) && !hasCase(f)) acc += '_';
    }
    acc += next;
    prev = next;
  }
  return acc;
}

export function isSnakeCase(ident0: string): boolean {
  if (ident0 === '') return true;
  const ident = ident0.replace(/^'+/, '').replace(/^_+|_+$/g, '');
  if (ident.includes('__')) return false;
  return ![...ident].some(isUpper);
}

export function toSnakeCase(name0: string): string {
  const words: string[] = [];
  let name = name0;
  while (name.startsWith('_')) {
    words.push('');
    name = name.slice(1);
  }
  for (const s of name.split('_')) {
    if (s === '') continue;
    let lastUpper = false;
    let buf = '';
    for (const ch of s) {
      if (buf !== '' && buf !== "'" && isUpper(ch) && !lastUpper) {
        words.push(buf);
        buf = '';
      }
      lastUpper = isUpper(ch);
      buf += ch.toLowerCase();
    }
    words.push(buf);
  }
  return words.join('_');
}

/** non_camel_case_types: `sort` is "type", "trait", "variant", "type parameter", "associated type". */
export function camelCaseLint(sort: string, name: string, span: Span): Diagnostic | null {
  if (isCamelCase(name)) return null;
  const cc = toCamelCase(name);
  const d = new DiagnosticBuilder('warning', `${sort} \`${name}\` should have an upper camel case name`, span).withCode('non_camel_case_types');
  if (cc !== name) d.suggest('convert the identifier to upper camel case', [{ span, snippet: cc }], 'MaybeIncorrect', 'ShowCode');
  else d.label(span, 'should have an UpperCamelCase name');
  return d.build();
}

/** non_snake_case: `sort` is "function", "method", "trait method", "variable", "module", "structure field", "lifetime". */
export function snakeCaseLint(sort: string, name: string, span: Span, edition: string): Diagnostic | null {
  if (isSnakeCase(name)) return null;
  const sc = toSnakeCase(name);
  const d = new DiagnosticBuilder('warning', `${sort} \`${name}\` should have a snake case name`, span).withCode('non_snake_case');
  if (sc !== name) {
    if (isReservedName(sc, edition as never)) {
      d.suggest('rename the identifier or convert it to a snake case raw identifier', [{ span, snippet: `r#${sc}` }], 'MaybeIncorrect', 'ShowCode');
    } else {
      d.suggest('convert the identifier to snake case', [{ span, snippet: sc }], 'MaybeIncorrect', 'ShowCode');
    }
  } else d.label(span, 'should have a snake_case name');
  return d.build();
}

/** non_upper_case_globals: `sort` is "constant", "static variable", "associated constant", "constant in pattern", "const parameter". */
export function upperCaseLint(sort: string, name: string, span: Span, verbose: boolean): Diagnostic | null {
  if (![...name].some(isLower)) return null;
  const uc = toSnakeCase(name).toUpperCase();
  const d = new DiagnosticBuilder('warning', `${sort} \`${name}\` should have an upper case name`, span).withCode('non_upper_case_globals');
  if (uc !== name) d.suggest('convert the identifier to upper case', [{ span, snippet: uc }], 'MaybeIncorrect', verbose ? 'ShowAlways' : 'ShowCode');
  else d.label(span, 'should have an UPPER_CASE name');
  return d.build();
}
