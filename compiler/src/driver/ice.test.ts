import { describe, expect, test } from 'vitest';
import { compilerFlags, iceText } from './ice.js';
import { DiagCtxt, TreatErrAsBug } from '../diagnostics/diag-ctxt.js';
import { error, warning } from '../diagnostics/diagnostic.js';
import { SourceMap } from '../syntax/source-map.js';
import { InternalCompilerError } from '../util/bug.js';

describe('compilerFlags (rustc 1.95 `note: compiler flags:`)', () => {
  test.each([
    [['x.rs', '--edition', '2021', '-o', 'x'], []],
    [['-Z', 'treat-err-as-bug', '-Zui-testing', 'x.rs'], ['note: compiler flags: -Z treat-err-as-bug -Z ui-testing', '']],
    [['-Copt-level=2', '-C', 'debuginfo=1', '--crate-type', 'lib'], ['note: compiler flags: -C opt-level=2 -C debuginfo=1', '']],
    [['-Cextra-filename=abc', '-C', 'metadata=x', '-Cincremental=/tmp/i'], ['note: compiler flags: -C incremental', '', 'note: some of the compiler flags provided by cargo are hidden', '']],
  ])('%j', (argv, expected) => {
    expect(compilerFlags(argv)).toEqual(expected);
  });
});

describe('-Z treat-err-as-bug', () => {
  function run(n: number, errors: number): { out: string; thrown: unknown } {
    const out: string[] = [];
    const dcx = new DiagCtxt(new SourceMap(), { errorFormat: 'human', uiTesting: true, deduplicate: true, json: [], treatErrAsBug: n }, (t) => out.push(t));
    let thrown: unknown = null;
    try {
      dcx.emit(warning('w').build());
      for (let i = 1; i <= errors; i++) dcx.emit(error(`e${i}`).build());
      dcx.finish();
    } catch (e) {
      thrown = e;
    }
    return { out: out.join(''), thrown };
  }

  test('the first error becomes an internal compiler error, then the panic', () => {
    const r = run(1, 2);
    expect(r.out).toBe('warning: w\n\nerror: internal compiler error: e1\n\n');
    expect(r.thrown).toBeInstanceOf(TreatErrAsBug);
    expect((r.thrown as Error).message).toBe('aborting due to `-Z treat-err-as-bug=1`');
  });

  test('=N waits for the Nth error; the closing `aborting` line counts as one', () => {
    expect(run(2, 3).out).toBe('warning: w\n\nerror: e1\n\nerror: internal compiler error: e2\n\n');
    const r = run(2, 1);
    expect(r.out).toBe('warning: w\n\nerror: e1\n\nerror: internal compiler error: aborting due to 1 previous error; 1 warning emitted\n\n');
    expect((r.thrown as Error).message).toBe('aborting after 2 errors due to `-Z treat-err-as-bug=2`');
  });

  test('fewer errors than N: a normal run', () => {
    const r = run(3, 1);
    expect(r.thrown).toBeNull();
    expect(r.out).toBe('warning: w\n\nerror: e1\n\nerror: aborting due to 1 previous error; 1 warning emitted\n\n');
  });

  test('its report has no `internal compiler error` line of its own; a bug has one', () => {
    const argv = ['-Z', 'treat-err-as-bug', 'x.rs'];
    const text = iceText(new TreatErrAsBug(1), argv);
    expect(text).toMatch(/^\nthread 'weftc' panicked at [^\n]+:\d+:\d+:\naborting due to `-Z treat-err-as-bug=1`\n\nerror: the compiler unexpectedly panicked\. This is a bug\n\n/);
    expect(text.endsWith('note: compiler flags: -Z treat-err-as-bug\n\n')).toBe(true);
    expect(iceText(new InternalCompilerError('broken'), [])).toMatch(/^error: internal compiler error: broken\n\n\nthread 'weftc' panicked at [^\n]+:\nbroken\n/);
  });
});
