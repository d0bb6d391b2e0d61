import { describe, expect, test } from 'vitest';
import { canonicalize, canonicalText, iceSignature, infraReason, normalizeRunNoise, type RawRun } from './canonical.js';
import { CX, jd, raw } from './test-support.js';

describe('normalizeRunNoise', () => {
  test.each([
    ["thread 'rustc' (19880) panicked at compiler/x.rs:1:2:", "thread 'rustc' ($TID) panicked at compiler/x.rs:1:2:"],
    ["thread '<unnamed>' (rtid 7) panicked at a.rs:1:1:", "thread '<unnamed>' ($TID) panicked at a.rs:1:1:"],
    ['worker ThreadId(12) gave up', 'worker ThreadId($TID) gave up'],
    ['see rustc-ice-2026-05-19T10_11_12-4242.txt', 'see rustc-ice-$TIME-$PID.txt'],
    ['note: compiler flags: -Z threads=1 -Z ui-testing -Z threads=8 -C prefer-dynamic', 'note: compiler flags: -Z ui-testing -C prefer-dynamic'],
    ['note: compiler flags: -Zthreads=4 -Z treat-err-as-bug', 'note: compiler flags: -Z treat-err-as-bug'],
    ['note: compiler flags: -Z threads=1 -Z treat-err-as-bug -Z schedule-seed=3', 'note: compiler flags: -Z treat-err-as-bug'],
    ['a line that mentions -Z threads=4 elsewhere', 'a line that mentions -Z threads=4 elsewhere'],
    ['note: please attach the file at `/tmp/x/rustc-ice-2026-05-19T10_11_12-4242.txt` to your bug report\nnext', 'next'],
  ])('%j', (input, expected) => expect(normalizeRunNoise(input)).toBe(expected));

  test('a backtrace goes, with its frames, their locations and omitted-frames lines; the text after it stays', () => {
    const text = [
      'msg',
      'stack backtrace:',
      '   0: 0x55d5c1 - std::backtrace::force',
      '             at /rustc/abc/library/std/src/backtrace.rs:12:5',
      '      [... omitted 2 frames ...]',
      '   1: 0x55d5c2 - main',
      'note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.',
      '',
      'after',
    ].join('\n');
    expect(normalizeRunNoise(text)).toBe('msg\n\nafter');
  });

  test('the frames of a delayed bug go, the `delayed at` line stays; query stacks go', () => {
    const text = [
      'note: delayed at /rustc-dev/e50a/compiler/rustc_query_impl/src/job.rs:480:24',
      '         0: <rustc_errors::DiagCtxtInner>::emit_diagnostic',
      '        11: <rustc_hir_analysis::X>::visit_trait_item',
      'query stack during panic:',
      '#0 [typeck] type-checking `main`',
      '#1 [analysis] running analysis passes on this crate',
      'end of query stack',
    ].join('\n');
    expect(normalizeRunNoise(text)).toBe('note: delayed at /rustc-dev/e50a/compiler/rustc_query_impl/src/job.rs:480:24\nquery stack during panic:\nend of query stack');
  });

  test('numbered lines of an ordinary diagnostic are not frames', () => {
    const text = 'error: x\n  --> $DIR/t.rs:1:1\n   |\nLL |     0: u8,\n   |     ^\n';
    expect(normalizeRunNoise(text)).toBe(text);
  });
});

describe('canonicalize', () => {
  test('one item per top-level diagnostic, summaries marked, raw text grouped, artifacts dropped, paths normalized', () => {
    const stderr = [
      'thread \'rustc\' (77) panicked at compiler/a.rs:1:2:',
      'boom',
      jd('error', 'mismatched types', [3, 5], { code: 'E0308' }),
      '{"artifact":"/build/dir/t.hunt/libt.rmeta","emit":"metadata"}',
      jd('error', 'aborting due to 1 previous error', null),
      jd('failure-note', 'For more information about this error, try `rustc --explain E0308`.', null),
    ].join('\n');
    const run = canonicalize(raw(stderr), CX);
    expect(run.items.map((i) => i.kind)).toEqual(['raw', 'diagnostic', 'summary', 'summary']);
    expect(run.items[0]!.text).toBe("thread 'rustc' ($TID) panicked at compiler/a.rs:1:2:\nboom\n");
    expect(run.items[1]!.text).toContain('--> $DIR/t.rs:3:5');
    expect(run.items[1]!.headline).toBe('error[E0308]: mismatched types (at $DIR/t.rs:3:5)');
    expect(canonicalText(run)).not.toContain('artifact');
  });

  test('alloc ids are numbered within each diagnostic, so a reordering keeps them', () => {
    const a = jd('error', 'refers to alloc17 and alloc3', [1, 1]);
    const b = jd('error', 'refers to alloc3', [2, 1]);
    const one = canonicalize(raw(`${a}\n${b}\n`), CX);
    const two = canonicalize(raw(`${b}\n${a}\n`), CX);
    expect(one.items[1]!.text).toContain('refers to ALLOC0');
    expect(one.fingerprint).not.toBe(two.fingerprint);
    expect(one.contentFingerprint).toBe(two.contentFingerprint);
  });

  test('runs that differ only in thread ids, ICE dump names, backtraces and alloc numbering are identical', () => {
    const ice = (tid: number, alloc: number, frame: string) => [
      `thread 'rustc' (${tid}) panicked at compiler/rustc_x/src/y.rs:12:5:`,
      `value alloc${alloc} stolen`,
      'stack backtrace:',
      `   0: ${frame}`,
      `note: please attach the file at \`/build/dir/t.hunt/rustc-ice-2026-05-19T10_11_${tid}-${tid}.txt\` to your bug report`,
      jd('error', 'the compiler unexpectedly panicked. This is a bug', null),
    ].join('\n');
    const a = canonicalize(raw(ice(100, 5, 'a'), { code: 101 }), CX);
    const b = canonicalize(raw(ice(200, 9, 'b'), { code: 101 }), CX);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.ice).toBe('panicked at compiler/rustc_x/src/y.rs:N:N: value ALLOC0 stolen');
  });

  test('human output (a test with its own --error-format) splits at diagnostic headers', () => {
    const text = 'error[E0425]: cannot find value `x`\n --> /suite/dir/t.rs:2:5\n  |\n\nerror: aborting due to 1 previous error\n\n';
    const run = canonicalize(raw(text), { ...CX, humanStderr: true });
    expect(run.items.map((i) => [i.kind, i.headline])).toEqual([
      ['diagnostic', 'error[E0425]: cannot find value `x` (at $DIR/t.rs:2:5)'],
      ['summary', 'error: aborting due to 1 previous error'],
    ]);
  });

  test('exit status and stdout are part of the fingerprint; a timeout has no ICE signature', () => {
    const d = jd('error', 'x', [1, 1]);
    expect(canonicalize(raw(d, { code: 1 }), CX).fingerprint).not.toBe(canonicalize(raw(d, { code: 0 }), CX).fingerprint);
    expect(canonicalize(raw(d, { stdout: 'a' }), CX).fingerprint).not.toBe(canonicalize(raw(d), CX).fingerprint);
    expect(canonicalize(raw('deadlock detected', { timedOut: true, code: null, signal: 'SIGKILL' }), CX).ice).toBeNull();
  });
});

describe('iceSignature', () => {
  const st = (code: number | null, signal: string | null = null) => ({ code, signal });
  test.each([
    ["thread 'rustc' ($TID) panicked at compiler/rustc_type_ir/src/relate.rs:142:41:\nexpected 3 args, got 4\n", st(101), 'panicked at compiler/rustc_type_ir/src/relate.rs:N:N: expected N args, got N'],
    ["thread 'rustc' panicked at 'index out of bounds: 7', compiler/a.rs:1:2", st(101), 'panicked at compiler/a.rs:N:N: index out of bounds: N'],
    ['note: no errors encountered even though delayed bugs were created\nerror: internal compiler error[E0391]: cycle detected when resolving lifetimes for `IntFactory::stream`\n', st(101), 'internal compiler error[E0391]: cycle detected when resolving lifetimes for `IntFactory::stream`'],
    ['error: internal compiler error: compiler/x.rs:3:4: DefId(0:12 ~ t[5b2c]::f) has no type\n', st(101), 'internal compiler error: compiler/x.rs:N:N: DefId(N:N ~ t[HASH]::f) has no type'],
    ['deadlock detected as we are unable to find a query cycle to break\n', st(101), 'deadlock detected'],
    ['', st(null, 'SIGSEGV'), 'killed by SIGSEGV'],
    ['', st(101), 'exit status 101'],
  ])('%j', (text, status, sig) => expect(iceSignature(text, status)).toBe(sig));

  test.each([
    // rustc reports a non-fatal "internal compiler error: query cycle when printing cycle detected" with exit status 1.
    ['error: internal compiler error: query cycle when printing cycle detected\n', st(1)],
    // A const-eval error is a diagnostic, not a crash of the compiler.
    ["error[E0080]: the evaluated program panicked at 'explicit panic', $DIR/t.rs:3:5\n", st(1)],
    ['', st(null, 'SIGKILL')],
  ])('not an ICE: %j', (text, status) => expect(iceSignature(text, status)).toBeNull());
});

describe('infraReason', () => {
  test.each([
    [{ spawnError: 'spawn rustc ENOENT' }, 'could not start the compiler: spawn rustc ENOENT'],
    [{ signal: 'SIGKILL', code: null }, 'killed by SIGKILL (out of memory?)'],
    [{ code: 137 }, 'exit status 137 (out of memory?)'],
    [{ stderr: 'error: could not write output to /x: No space left on device' }, 'the compiler reported `No space left on device`'],
    [{ stderr: 'error: linker `cc` not found' }, 'the compiler reported `linker `cc` not found`'],
    [{ truncated: true }, 'the output went over the 512 KiB cap and was cut'],
  ])('%j', (over, reason) => expect(infraReason(raw('', over as Partial<RawRun>))).toBe(reason));

  test('a timeout is not infrastructure (the harness killed it), nor is an ordinary failure', () => {
    expect(infraReason(raw('', { signal: 'SIGKILL', code: null, timedOut: true }))).toBeNull();
    expect(infraReason(raw(jd('error', 'x', [1, 1])))).toBeNull();
  });
});
