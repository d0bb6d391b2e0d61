/**
 * Rust `regex` syntax → JavaScript RegExp, for `normalize-*` and `regex-error-pattern` directives,
 * and Rust replacement strings (`$1`, `${name}`, `$name`, `$$`) applied with a callback, so that
 * JavaScript's own `$` rules never leak in. Covers the syntax UI tests use; anything JavaScript
 * cannot express is an error with a reason, never a silent mismatch.
 */

export type CompiledRegex = { ok: true; regex: RegExp } | { ok: false; error: string };

const SYNTAX_CHARS = new Set('^$\\.*+?()[]{}|/'.split(''));

/** Compiles a Rust regex into a global JavaScript RegExp. */
export function compileRustRegex(source: string): CompiledRegex {
  let pattern = source;
  let flags = 'g';
  // A leading group of inline flags, e.g. `(?m)` or `(?ms)`.
  const inline = /^\(\?([imsxUu]+)\)/.exec(pattern);
  if (inline) {
    for (const f of inline[1]!) {
      if (f === 'x') return { ok: false, error: 'verbose mode `(?x)` is not supported' };
      if (f === 'U') return { ok: false, error: 'swap-greed mode `(?U)` is not supported' };
      if (f === 'u') continue;
      if (!flags.includes(f)) flags += f;
    }
    pattern = pattern.slice(inline[0].length);
  }
  if (/\(\?[a-zA-Z-]+[):]/.test(pattern.replace(/\(\?(P?<|:|=|!)/g, ''))) {
    return { ok: false, error: 'inline flags other than a leading `(?flags)` are not supported' };
  }
  pattern = pattern.replace(/\(\?P</g, '(?<').replace(/\\z/g, '$').replace(/\\A/g, '^');
  const unicode = /\\[pP]/.test(pattern);
  if (unicode) {
    flags += 'u';
    pattern = pattern.replace(/\\[pP]([A-Za-z])/g, (m, c: string) => `${m.slice(0, 2)}{${c}}`);
    // In `u` mode, escaping a character that has no meaning is an error; Rust allows it.
    let out = '';
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i]!;
      if (c === '\\' && i + 1 < pattern.length) {
        const n = pattern[i + 1]!;
        const keep = /[A-Za-z0-9]/.test(n) || SYNTAX_CHARS.has(n) || (inClass && n === '-');
        out += keep ? c + n : n;
        i++;
        continue;
      }
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
    }
    pattern = out;
  }
  try {
    return { ok: true, regex: new RegExp(pattern, flags) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** Expands a Rust replacement string for one match. */
export function expandRustReplacement(replacement: string, match: RegExpExecArray | string[], groups: Record<string, string | undefined> | undefined): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i]!;
    if (c !== '$') {
      out += c;
      continue;
    }
    if (replacement[i + 1] === '$') {
      out += '$';
      i++;
      continue;
    }
    let name: string;
    if (replacement[i + 1] === '{') {
      const close = replacement.indexOf('}', i + 2);
      if (close < 0) {
        out += c;
        continue;
      }
      name = replacement.slice(i + 2, close);
      i = close;
    } else {
      const m = /^[_0-9A-Za-z]+/.exec(replacement.slice(i + 1));
      if (!m) {
        out += c;
        continue;
      }
      name = m[0];
      i += name.length;
    }
    if (/^\d+$/.test(name)) out += match[Number(name)] ?? '';
    else out += groups?.[name] ?? '';
  }
  return out;
}

/** `Regex::replace_all(text, replacement)` with Rust replacement syntax. */
export function replaceAllRust(text: string, regex: RegExp, replacement: string): string {
  return text.replace(regex, (...args: unknown[]) => {
    // The callback's arguments: match, p1..pn, offset, string, [groups].
    const last = args[args.length - 1];
    const hasGroups = typeof last === 'object' && last !== null;
    const groups = hasGroups ? (last as Record<string, string | undefined>) : undefined;
    const end = hasGroups ? args.length - 3 : args.length - 2;
    const match = args.slice(0, end) as string[];
    return expandRustReplacement(replacement, match, groups);
  });
}
