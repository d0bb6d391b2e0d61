import { describe, expect, test } from 'vitest';
import type { JsonDiagnostic, JsonSpan } from './diagnostics.js';
import { applySuggestions } from './rustfix.js';

const FILE = '/suite/fix.rs';
const SOURCE = 'fn main() {\n    let mut x = 1;\n    let y = x;\n}\n';

function span(start: number, end: number, replacement: string, applicability = 'MachineApplicable', file = FILE): JsonSpan & { text: unknown[] } {
  return {
    file_name: file, byte_start: start, byte_end: end, line_start: 2, line_end: 2, column_start: 1, column_end: 1, is_primary: true,
    label: null, suggested_replacement: replacement, suggestion_applicability: applicability, expansion: null, text: [{ text: '' }],
  };
}

function diag(...children: JsonSpan[][]): JsonDiagnostic {
  return {
    message: 'm', code: null, level: 'warning', spans: [], rendered: null,
    children: children.map((spans, i) => ({ message: `help ${i}`, code: null, level: 'help', spans, children: [], rendered: null })),
  };
}

const MUT = SOURCE.indexOf('mut ');

describe('applySuggestions', () => {
  test('applies a replacement by byte offsets', () => {
    expect(applySuggestions(SOURCE, [diag([span(MUT, MUT + 4, '')])], FILE, false)).toEqual({ ok: true, fixed: SOURCE.replace('mut ', ''), applied: 1 });
  });

  test('the same suggestion twice (deduplicate-diagnostics=no) applies once', () => {
    const d = diag([span(MUT, MUT + 4, '')]);
    expect(applySuggestions(SOURCE, [d, d], FILE, false)).toMatchObject({ ok: true, fixed: SOURCE.replace('mut ', '') });
  });

  test('only machine-applicable suggestions when asked; spans in other files never', () => {
    const maybe = diag([span(MUT, MUT + 4, '', 'MaybeIncorrect')]);
    expect(applySuggestions(SOURCE, [maybe], FILE, true)).toMatchObject({ ok: true, fixed: SOURCE });
    expect(applySuggestions(SOURCE, [maybe], FILE, false)).toMatchObject({ ok: true, fixed: SOURCE.replace('mut ', '') });
    expect(applySuggestions(SOURCE, [diag([span(MUT, MUT + 4, '', 'MachineApplicable', '/other.rs')])], FILE, false)).toMatchObject({ fixed: SOURCE });
  });

  test('several replacements of one suggestion, and offsets counted in bytes', () => {
    const src = 'let é = 1; let a = 2;';
    const a = Buffer.from(src).indexOf('a');
    expect(applySuggestions(src, [diag([span(a, a + 1, '_a'), span(4, 6, '_e')])], FILE, false)).toMatchObject({ ok: true, fixed: 'let _e = 1; let _a = 2;' });
  });

  test('overlapping different replacements are an error', () => {
    const r = applySuggestions(SOURCE, [diag([span(MUT, MUT + 4, '')]), diag([span(MUT + 2, MUT + 6, 'z')])], FILE, false);
    // Suggestions apply last to first, so the second one is in place when the first arrives.
    expect(r).toEqual({ ok: false, error: `rustfix: cannot apply suggestions: the replacement of bytes ${MUT}..${MUT + 4} overlaps another one at ${MUT + 2}..${MUT + 6}` });
  });
});
