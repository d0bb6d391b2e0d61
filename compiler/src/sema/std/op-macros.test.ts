import { describe, expect, it } from 'vitest';
import { SourceMap } from '../../syntax/source-map.js';
import { macroBacktrace } from '../../diagnostics/spans.js';
import { renderHuman } from '../../diagnostics/emitter-human.js';
import { error } from '../../diagnostics/diagnostic.js';
import { loadStdModel, preloadStdModel } from './load.js';
import { opImplSpans, opMacroLines, opSpanKey, type OpForm } from './op-macros.js';

function loaded(): SourceMap {
  const sm = new SourceMap();
  sm.addFile('/src/main.rs', 'fn main() {}\n');
  loadStdModel(sm);
  return sm;
}

/** `file:line:col` (1-based col) of a position, the std prefix cut. */
function at(sm: SourceMap, pos: number): string {
  const loc = sm.lookupLoc(pos);
  return `${loc.file.name.replace(/^.*\/library\//, '')}:${loc.line}:${loc.col + 1}`;
}

describe('std operator impls: spans and expansions as rustc 1.95 reports them', () => {
  const sm = loaded();
  const spans = opImplSpans(sm);
  // [trait, type, form, header, backtrace innermost first: macro @ call site]
  const cases: [string, string, OpForm, string, string[]][] = [
    ['sub', 'i64', 'val', 'core/src/ops/arith.rs:212:9', ['sub_impl @ core/src/ops/arith.rs:227:1']],
    ['sub', 'i64', 'refSelf', 'core/src/internal_macros.rs:22:9', ['forward_ref_binop @ core/src/ops/arith.rs:221:9', 'sub_impl @ core/src/ops/arith.rs:227:1']],
    ['add', 'u32', 'refRhs', 'core/src/internal_macros.rs:33:9', ['forward_ref_binop @ core/src/ops/arith.rs:108:9', 'add_impl @ core/src/ops/arith.rs:114:1']],
    ['div', 'f64', 'refBoth', 'core/src/internal_macros.rs:44:9', ['forward_ref_binop @ core/src/ops/arith.rs:520:9', 'div_impl_float @ core/src/ops/arith.rs:526:1']],
    ['rem', 'i8', 'val', 'core/src/ops/arith.rs:599:9', ['rem_impl_integer @ core/src/ops/arith.rs:613:1']],
    ['bitand', 'bool', 'val', 'core/src/ops/bit.rs:174:9', ['bitand_impl @ core/src/ops/bit.rs:187:1']],
    ['add_assign', 'i32', 'refRhs', 'core/src/internal_macros.rs:61:9', ['forward_ref_op_assign @ core/src/ops/arith.rs:794:9', 'add_assign_impl @ core/src/ops/arith.rs:800:1']],
    ['bitxor_assign', 'u8', 'val', 'core/src/ops/bit.rs:894:9', ['bitxor_assign_impl @ core/src/ops/bit.rs:905:1']],
    [
      'div_assign',
      'u16',
      'nonZero',
      'core/src/num/nonzero.rs:1499:9',
      ['nonzero_integer_signedness_dependent_impls @ core/src/num/nonzero.rs:1416:9', 'nonzero_integer @ core/src/num/nonzero.rs:1431:9', 'nonzero_integer @ core/src/num/nonzero.rs:2424:1'],
    ],
  ];
  it.each(cases)('%s for %s (%s)', (trait, ty, form, header, trace) => {
    const s = spans.get(opSpanKey(trait, ty, form));
    expect(s).toBeDefined();
    expect(at(sm, s!.lo)).toBe(header);
    expect(macroBacktrace(sm, s!).map((e) => `${e.macroName} @ ${at(sm, e.callSite.lo)}`)).toEqual(trace);
  });

  it('no span for an impl std does not generate with these macros (no bit operators on floats)', () => {
    expect(spans.get(opSpanKey('bitand', 'f32', 'val'))).toBeUndefined();
    expect(spans.get(opSpanKey('add', 'str', 'val'))).toBeUndefined();
    expect(spans.get(opSpanKey('div_assign', 'i32', 'nonZero'))).toBeUndefined();
  });

  it('a source map without the std model has none', () => {
    expect(opImplSpans(new SourceMap()).size).toBe(0);
  });

  it('the preloaded model gets the same expansions as a fresh load', () => {
    preloadStdModel();
    const moved = loaded();
    expect(moved.expansions).toEqual(sm.expansions);
    expect([...opImplSpans(moved)]).toEqual([...spans]);
  });
});

describe('opMacroLines', () => {
  it('adds the lines a file lacks, long enough for their columns, and none for other files', () => {
    const text = opMacroLines('core/src/internal_macros.rs', (line) => line === 19);
    const lines = text.trimEnd().split('\n');
    expect(lines.map((l) => Number(/\/\/@(\d+)$/.exec(l)![1]))).toEqual([22, 33, 44, 54, 58, 61, 69]);
    // `&T op &T` ends at column 37 of line 44.
    expect(lines[2]!.indexOf(' //@')).toBeGreaterThanOrEqual(36);
    expect(opMacroLines('core/src/option.rs', () => false)).toBe('');
  });
});

describe('the spans rendered by the human emitter', () => {
  it("show rustc's lines and columns, the invocation's last line for a multi-line one", () => {
    const sm = loaded();
    const spans = opImplSpans(sm);
    const forms: [OpForm, string][] = [['refSelf', '`&i32` implements `Rem<i32>`'], ['refBoth', '`&i32` implements `Rem`'], ['refRhs', '`i32` implements `Rem<&i32>`'], ['val', '`i32` implements `Rem`']];
    const labels = forms.map(([form, label]) => ({ span: spans.get(opSpanKey('rem', 'i32', form))!, label }));
    const primary = labels.map((l) => l.span).sort((a, b) => a.lo - b.lo);
    const d = error('x').child({ level: 'help', message: 'the following other types implement trait `Rem<Rhs>`', span: { primary, labels } }).build();
    const src = '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src';
    // What rustc 1.95.0 printed for `let a: i32 = 7; let _ = a % 2.0;` (with -Zui-testing).
    const expected = [
      'error: x',
      '   |',
      'help: the following other types implement trait `Rem<Rhs>`',
      `  --> ${src}/ops/arith.rs:599:8`,
      '   |',
      '   = note: `i32` implements `Rem`',
      `  ::: ${src}/ops/arith.rs:616:1`,
      '   |',
      '   = note: in this macro invocation',
      `  --> ${src}/internal_macros.rs:22:8`,
      '   |',
      '   = note: `&i32` implements `Rem<i32>`',
      `  ::: ${src}/internal_macros.rs:33:8`,
      '   |',
      '   = note: `i32` implements `Rem<&i32>`',
      `  ::: ${src}/internal_macros.rs:44:8`,
      '   |',
      '   = note: `&i32` implements `Rem`',
      '   = note: this error originates in the macro `rem_impl_integer` (in Nightly builds, run with -Z macro-backtrace for more info)',
      '',
      '',
    ].join('\n');
    expect(renderHuman(d, sm, { uiTesting: true, short: false, ansi: false })).toBe(expected);
  });
});

describe('the order of the files the spans are in', () => {
  // FIXME: rustc imports std's files as it first needs them, so a help's spans are sorted by
  // that order: after an error that imported `internal_macros.rs` (any of these helps), a later
  // first error on a bit operator or a `NonZero` division lists `internal_macros.rs` before
  // `bit.rs`/`nonzero.rs`. weftc's std files have fixed places (the operator traits' files,
  // then `nonzero.rs`, then `internal_macros.rs`: the order of a program's first such error).
  it("is fixed: the traits' files, nonzero.rs, internal_macros.rs", () => {
    const sm = loaded();
    const start = (path: string) => sm.files.find((f) => f.name.endsWith(`/library/${path}`))!.startPos;
    const order = ['core/src/ops/arith.rs', 'core/src/ops/bit.rs', 'core/src/num/nonzero.rs', 'core/src/internal_macros.rs'].map(start);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
