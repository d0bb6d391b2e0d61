/**
 * The back end end to end: weftc builds an executable (shebang, mode 0755) whose output is the
 * same bytes at -Zthreads 1, 2, 4 and 8 and at every codegen-unit count's own partition; the
 * program runs; -O turns overflow checks off; an unsupported construct is one error at its span
 * and nothing is written; a check-only build writes nothing.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildWeftc, REPO, type BuiltWeftc } from '../query/parallel/test-support.js';

let built: BuiltWeftc;
let scratch: string;
beforeAll(async () => {
  built = await buildWeftc();
  scratch = mkdtempSync(join(tmpdir(), 'weftc-backend-'));
});
afterAll(() => {
  built?.remove();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(program: string, args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(program, args, { env: { ...process.env, ...env }, timeout: 60_000, cwd: scratch }, (error, stdout, stderr) => {
      resolve({ status: error && typeof error.code === 'number' ? error.code : error ? null : 0, stdout, stderr });
    });
  });
}

const weftc = (args: readonly string[]) => run(process.execPath, [built.weftc, ...args]);

describe('weftc --emit=link', () => {
  test('the program is byte-identical at threads 1, 2, 4 and 8', async () => {
    const src = join(REPO, 'ui-tests/run-pass/generics-traits.rs');
    const outs: string[] = [];
    for (const t of [1, 2, 4, 8]) {
      const out = join(scratch, `det-${t}`);
      const r = await weftc([src, `-Zthreads=${t}`, '-Ccodegen-units=4', '-o', out]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      outs.push(readFileSync(out, 'utf8'));
    }
    expect(new Set(outs).size).toBe(1);
    expect(outs[0]!.match(/^\/\/ codegen unit \d+$/gm)!.length).toBeGreaterThan(1);
  });

  test('writes an executable with a shebang that prints what the rustc-built binary prints', async () => {
    const src = join(REPO, 'ui-tests/run-pass/enums-match.rs');
    const out = join(scratch, 'enums');
    expect((await weftc([src, '-o', out])).status).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(out).mode & 0o777).toBe(0o755);
    const r = await run(out, []);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(REPO, 'ui-tests/run-pass/enums-match.run.stdout'), 'utf8'));
  });

  test('--out-dir/<file stem> is the default place (as rustc names it); --emit=metadata writes nothing', async () => {
    const dir = mkdtempSync(join(scratch, 'od-'));
    const src = join(dir, 'my-prog.rs');
    writeFileSync(src, 'fn main() {\n    println!("{}", 1u8 + 2);\n}\n');
    expect((await weftc([src, '--emit=metadata', '--out-dir', dir])).status).toBe(0);
    expect(existsSync(join(dir, 'my-prog'))).toBe(false);
    expect((await weftc([src, '--out-dir', dir])).status).toBe(0);
    expect((await run(join(dir, 'my-prog'), [])).stdout).toBe('3\n');
  });

  test('overflow panics like rustc in debug builds and wraps with -O', async () => {
    const src = join(scratch, 'ovf.rs');
    writeFileSync(src, 'fn add(a: u8, b: u8) -> u8 {\n    a + b\n}\n\nfn main() {\n    println!("{}", add(200, 100));\n}\n');
    const debug = join(scratch, 'ovf-debug');
    const release = join(scratch, 'ovf-release');
    expect((await weftc([src, '-o', debug])).status).toBe(0);
    expect((await weftc([src, '-O', '-o', release])).status).toBe(0);
    const d = await run(debug, [], { RUST_BACKTRACE: '0' });
    expect(d.status).toBe(101);
    expect(d.stderr.replace(/\(\d+\)/, '(TID)')).toBe(
      `\nthread 'main' (TID) panicked at ${src}:2:5:\nattempt to add with overflow\nnote: run with \`RUST_BACKTRACE=1\` environment variable to display a backtrace\n`,
    );
    const r = await run(release, []);
    expect([r.status, r.stdout]).toEqual([0, '44\n']);
  });

  test('threads run at spawn: a panic prints under <unnamed> and join returns Err; args and env as rustc-built programs see them', async () => {
    // Expected texts: what the rustc 1.95 build of this program prints (thread ids replaced).
    const src = join(scratch, 'threads.rs');
    const out = join(scratch, 'threads');
    writeFileSync(src, [
      'use std::{env, thread, time::Duration};',
      'fn main() {',
      '    let h = thread::spawn(|| -> i32 { panic!("boom {}", 1) });',
      '    println!("{}", h.join().is_err());',
      '    thread::sleep(Duration::from_millis(5));',
      '    let v = vec![1, 2, 3];',
      '    println!("{:?}", thread::spawn(move || v.iter().sum::<i32>()).join());',
      '    let a: Vec<String> = env::args().collect();',
      '    println!("{:?}", a);',
      '    println!("{:?} {:?}", env::var("WEFT_T_SET"), env::var("WEFT_T_UNSET"));',
      '    if let Err(e) = env::var("WEFT_T_UNSET") { println!("{}", e); }',
      '    thread::spawn(|| -> i32 { panic!("again") }).join().unwrap();',
      '}',
      '',
    ].join('\n'));
    expect((await weftc([src, '-o', out])).status).toBe(0);
    const r = await run('./threads', ['x', 'two words'], { RUST_BACKTRACE: '0', WEFT_T_SET: 'v=1' });
    expect(r.status).toBe(101);
    expect(r.stdout).toBe(
      'true\nOk(6)\n["./threads", "x", "two words"]\nOk("v=1") Err(NotPresent)\nenvironment variable not found\n',
    );
    expect(r.stderr.replace(/\(\d+\)/g, '(TID)')).toBe(
      `\nthread '<unnamed>' (TID) panicked at ${src}:3:39:\nboom 1\nnote: run with \`RUST_BACKTRACE=1\` environment variable to display a backtrace\n` +
        `\nthread '<unnamed>' (TID) panicked at ${src}:12:31:\nagain\n` +
        `\nthread 'main' (TID) panicked at ${src}:12:57:\ncalled \`Result::unwrap()\` on an \`Err\` value: Any { .. }\n`,
    );
  });

  test('a construct the back end does not handle is one error at its span, and no file', async () => {
    const src = join(scratch, 'unsup.rs');
    const out = join(scratch, 'unsup');
    // Duration's accessors have no run-time model yet.
    writeFileSync(src, 'use std::time::Duration;\n\nfn main() {\n    let d = Duration::from_secs(1);\n    println!("{}", d.as_secs_f64());\n}\n');
    const r = await weftc([src, '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error: weftc does not support std method `Duration::as_secs_f64` yet\n --> ');
    expect(r.stderr).toContain('unsup.rs:5:22');
    expect(existsSync(out)).toBe(false);
  });
});
