import { describe, expect, test } from 'vitest';
import { parseOptions, type Options } from './options.js';
import { createSession } from './session.js';
import { compile } from './compile.js';
import { SerialExecutor } from '../query/executor.js';
import { LIBRARY_FORMAT, parseLibrary } from './library.js';

/** Compiles with weftc's pipeline over an in-memory file system (outputs land in `fs` too). */
async function build(argv: string[], fs: Map<string, string>): Promise<{ status: number; stderr: string }> {
  const options = parseOptions(argv) as Options;
  let stderr = '';
  const session = createSession(
    options,
    new SerialExecutor({}),
    (t) => (stderr += t),
    (path) => (fs.has(path) ? { text: fs.get(path)! } : { error: 'No such file or directory (os error 2)' }),
    undefined,
    (path, text) => (fs.set(path, text), null),
  );
  const status = await compile(session);
  return { status, stderr };
}

const HELPER = 'pub fn double(x: i32) -> i32 {\n    x * 2\n}\n';
const SHAPES = 'pub struct Square {\n    pub side: u32,\n}\n\nimpl Square {\n    pub fn area(&self) -> u32 {\n        self.side * self.side\n    }\n}\n';

describe('library artifacts', () => {
  test.each([
    [['--crate-type', 'lib'], 'out/libhelper.rlib'],
    [['--crate-type', 'rlib'], 'out/libhelper.rlib'],
    [['--crate-type', 'dylib'], 'out/libhelper.so'],
    [['--crate-type', 'lib', '--crate-name', 'other'], 'out/libother.rlib'],
  ])('%j writes %s', async (flags, artifact) => {
    const fs = new Map([['src/helper.rs', HELPER]]);
    expect(await build(['src/helper.rs', ...flags, '--out-dir', 'out'], fs)).toEqual({ status: 0, stderr: '' });
    const lib = parseLibrary(fs.get(artifact) ?? '');
    expect(lib).toMatchObject({ format: LIBRARY_FORMAT, edition: '2015', files: [{ path: 'src/helper.rs', text: HELPER }] });
  });

  test('nothing is written for --emit metadata, nor for a library with errors', async () => {
    const fs = new Map([['a.rs', HELPER], ['b.rs', 'pub fn f() -> u8 { "x" }\n']]);
    await build(['a.rs', '--crate-type', 'lib', '--emit', 'metadata', '--out-dir', 'out'], fs);
    expect((await build(['b.rs', '--crate-type', 'lib', '--out-dir', 'out'], fs)).status).toBe(1);
    expect([...fs.keys()].filter((k) => k.startsWith('out/'))).toEqual([]);
  });

  test('parseLibrary refuses what is not an artifact', () => {
    expect(parseLibrary('\x7fELF')).toBeNull();
    expect(parseLibrary('{"format":"weftc-library","version":99,"files":[{"path":"a","text":""}]}')).toBeNull();
  });
});

describe('extern crates', () => {
  async function withLibs(): Promise<Map<string, string>> {
    const fs = new Map([['aux/helper.rs', HELPER], ['aux/shapes.rs', SHAPES]]);
    expect((await build(['aux/helper.rs', '--crate-type', 'dylib', '--out-dir', 'deps'], fs)).status).toBe(0);
    expect((await build(['aux/shapes.rs', '--crate-type', 'rlib', '--edition', '2021', '--out-dir', 'deps'], fs)).status).toBe(0);
    return fs;
  }

  test('`extern crate` found through -L; the library links into the binary', async () => {
    const fs = await withLibs();
    fs.set('main.rs', 'extern crate helper;\nfn main() {\n    println!("{}", helper::double(21));\n}\n');
    expect(await build(['main.rs', '-L', 'dependency=deps', '-o', 'bin/main'], fs)).toEqual({ status: 0, stderr: '' });
    expect(fs.get('bin/main')).toContain('21');
  });

  test('--extern puts the crate in the extern prelude (2018+)', async () => {
    const fs = await withLibs();
    fs.set('main.rs', 'use sq::Square;\nfn main() {\n    let s = Square { side: 2 };\n    let _a: u32 = s.area();\n}\n');
    expect(await build(['main.rs', '--edition', '2021', '--extern', 'sq=deps/libshapes.rlib', '--emit', 'metadata'], fs)).toEqual({ status: 0, stderr: '' });
  });

  test("diagnostics point into the library's file", async () => {
    const fs = await withLibs();
    fs.set('main.rs', 'extern crate helper;\nfn main() {\n    helper::double("a");\n}\n');
    const r = await build(['main.rs', '-L', 'deps', '--emit', 'metadata'], fs);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("error[E0308]: mismatched types\n --> main.rs:3:20\n");
    expect(r.stderr).toContain('note: function defined here\n --> aux/helper.rs:1:8\n');
  });

  test("a crate that cannot be found is rustc's E0463", async () => {
    const fs = new Map([['main.rs', 'extern crate nope;\nfn main() {}\n']]);
    const r = await build(['main.rs', '-L', 'deps'], fs);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "error[E0463]: can't find crate for `nope`\n --> main.rs:1:1\n  |\n1 | extern crate nope;\n  | ^^^^^^^^^^^^^^^^^^ can't find crate\n\nerror: aborting due to 1 previous error\n\nFor more information about this error, try `rustc --explain E0463`.\n",
    );
  });

  test("a file that is not a library is rustc's E0786", async () => {
    const fs = new Map([['main.rs', 'extern crate bad;\nfn main() {}\n'], ['./libbad.rlib', 'garbage\n']]);
    const r = await build(['main.rs', '-L', '.'], fs);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("error[E0786]: found invalid metadata files for crate `bad`\n --> main.rs:1:1\n");
    expect(r.stderr).toContain("  = note: failed to parse rlib './libbad.rlib': not a weftc library\n");
  });
});
