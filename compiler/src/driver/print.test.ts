import { describe, expect, test } from 'vitest';
import { parseOptions, type Options, type OptionsError } from './options.js';
import { createSession } from './session.js';
import { SerialExecutor } from '../query/executor.js';
import { runPrintRequests } from './print.js';

/** Runs weftc's print requests on an in-memory file; stdout, stderr and the exit status. */
function run(argv: string[], files: Record<string, string> = {}): { stdout: string; stderr: string; status: number; written: Record<string, string> } {
  const options = parseOptions(argv) as Options;
  let stdout = '';
  let stderr = '';
  const written: Record<string, string> = {};
  const session = createSession(
    options,
    new SerialExecutor({}),
    (t) => (stderr += t),
    (path) => (path in files ? { text: files[path]! } : { error: 'No such file or directory (os error 2)' }),
    undefined,
    (path, text) => {
      if (path.startsWith('/nonexistent/')) return 'No such file or directory (os error 2)';
      written[path] = text;
      return null;
    },
  );
  const status = runPrintRequests(session, options.print, (t) => (stdout += t));
  return { stdout, stderr, status, written };
}

const MAIN = 'fn main() {}\n';

describe('--print (outputs as rustc 1.95 prints them)', () => {
  test.each([
    ['crate name from the file stem', ['--print', 'crate-name', 'dir/a-b.rs'], { 'dir/a-b.rs': MAIN }, 'a_b\n'],
    ['--crate-name wins', ['--print', 'crate-name', '--crate-name', 'foo', 'a-b.rs'], { 'a-b.rs': MAIN }, 'foo\n'],
    ['#![crate_name]', ['--print', 'crate-name', 'x.rs'], { 'x.rs': '#![crate_name = "zed"]\nfn main() {}\n' }, 'zed\n'],
    ['a binary keeps the stem as written', ['--print', 'file-names', 'a-b.rs'], { 'a-b.rs': MAIN }, 'a-b\n'],
    ['lib and rlib are one file', ['--print=file-names', '--crate-type', 'lib,bin,rlib,dylib', 'a-b.rs'], { 'a-b.rs': MAIN }, 'liba_b.rlib\na-b\nliba_b.so\n'],
    ['#![crate_type] without --crate-type', ['--print', 'file-names', 'x.rs'], { 'x.rs': '#![crate_type = "lib"]\n#![crate_name = "zed"]\n' }, 'libzed.rlib\n'],
    ['-C extra-filename', ['--print', 'file-names', '-C', 'extra-filename=-x', '--crate-type', 'bin,staticlib', 'a.rs'], { 'a.rs': MAIN }, 'a-x\nliba-x.a\n'],
    ['-o names the output', ['--print', 'file-names', '-o', 'out/y', 'a.rs'], { 'a.rs': MAIN }, 'y\n'],
    ['stdin', ['--print', 'crate-name', '-'], { '-': MAIN }, 'rust_out\n'],
    ['requests in command-line order', ['--print', 'crate-name', '--print', 'host-tuple', 'a.rs'], { 'a.rs': MAIN }, 'a\nx86_64-unknown-linux-gnu\n'],
    ['a recoverable parse error is not reported', ['--print', 'crate-name', 'b.rs'], { 'b.rs': 'fn main() { let x: u8 = ; }\n' }, 'b\n'],
  ])('%s', (_what, argv, files, expected) => {
    const r = run(argv, files);
    expect(r).toMatchObject({ stdout: expected, stderr: '', status: 0 });
  });

  test('cfg: the target, --cfg flags and debug_assertions, sorted', () => {
    const r = run(['--print', 'cfg', '--cfg', 'feature="x"', '-O']);
    expect(r.stdout.split('\n')).toEqual(expect.arrayContaining(['feature="x"', 'target_abi=""', 'target_os="linux"', 'unix']));
    expect(r.stdout).not.toContain('debug_assertions');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toEqual([...lines].sort());
  });

  test('REQUEST=PATH writes the answer to the file; an unwritable one is an error', () => {
    expect(run(['--print', 'crate-name=o.txt', 'a.rs'], { 'a.rs': MAIN })).toMatchObject({ stdout: '', status: 0, written: { 'o.txt': 'a\n' } });
    expect(run(['--print', 'crate-name=/nonexistent/o', 'a.rs'], { 'a.rs': MAIN })).toMatchObject({
      status: 1,
      stderr: 'error: failed to write `/nonexistent/o` due to error `No such file or directory (os error 2)`\n\nerror: aborting due to 1 previous error\n\n',
    });
  });

  test('no input, an unlexable root', () => {
    expect(run(['--print', 'crate-name'])).toMatchObject({ stdout: '', status: 1, stderr: 'error: no input filename given\n\nerror: aborting due to 1 previous error\n\n' });
    const r = run(['--print', 'crate-name', 'bad.rs'], { 'bad.rs': 'fn main() {\n' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error: this file contains an unclosed delimiter');
  });

  test('a request rustc knows and weftc does not answer is refused', () => {
    expect(run(['--print', 'target-list'])).toMatchObject({ status: 1, stderr: expect.stringContaining('weftc does not support the print request `target-list` yet') });
  });

  test('an unknown request is refused while parsing the command line, in rustc words', () => {
    const e = parseOptions(['--print', 'crate-name,file-names', 'a.rs']);
    expect(e).toMatchObject({ message: 'unknown print request: `crate-name,file-names`' });
    expect((e as OptionsError).help?.[0]).toMatch(/^valid print requests are: `calling-conventions`, `cfg`, .*`tls-models`$/);
  });
});
