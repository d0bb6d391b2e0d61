import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { resolveCompiler, which } from './compiler.js';
import { HarnessError } from './errors.js';

const dir = mkdtempSync(join(tmpdir(), 'weft-which-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'bin'));
writeFileSync(join(dir, 'bin/tool'), '#!/bin/sh\n', { mode: 0o755 });
writeFileSync(join(dir, 'bin/plain'), 'not executable\n');
chmodSync(join(dir, 'bin/plain'), 0o644);

describe('which', () => {
  test('finds executables on PATH, skips files that are not executable and directories', () => {
    const env = { PATH: `/nonexistent:${join(dir, 'bin')}` };
    expect(which('tool', env)).toBe(join(dir, 'bin/tool'));
    expect(which('plain', env)).toBeNull();
    expect(which('bin', { PATH: dir })).toBeNull();
    expect(which(join(dir, 'bin/tool'), {})).toBe(join(dir, 'bin/tool'));
  });
});

describe('resolveCompiler', () => {
  const spec = { rustc: null, repoRoot: dir, cwd: dir, env: { PATH: '', HOME: dir } };

  test.each([
    ['./missing', 'compiler not found: ./missing (expected `weft`, `rustc` or a path to an executable)'],
    ['bin/plain', `compiler is not executable: ${join(dir, 'bin/plain')}`],
    ['weft', `weftc not found at ${join(dir, 'compiler/bin/weftc')}; build it with \`npm run build\``],
    ['rustc', 'rustc not found on PATH or in ~/.cargo/bin; install it with rustup or pass --rustc PATH'],
  ])('%s is a configuration error', async (compiler, message) => {
    await expect(resolveCompiler({ ...spec, compiler })).rejects.toThrow(new HarnessError('compiler-not-found', message));
  });

  test('rustc is found in $CARGO_HOME/bin when it is not on PATH; a compiler that fails -vV is broken', async () => {
    const cargo = join(dir, 'cargo');
    mkdirSync(join(cargo, 'bin'), { recursive: true });
    writeFileSync(join(cargo, 'bin/rustc'), '#!/bin/sh\necho "no toolchain installed" >&2\nexit 1\n', { mode: 0o755 });
    await expect(resolveCompiler({ ...spec, compiler: 'rustc', env: { ...spec.env, CARGO_HOME: cargo } })).rejects.toThrow(
      new HarnessError('compiler-broken', `\`${join(cargo, 'bin/rustc')} -vV\` failed: no toolchain installed`),
    );
  });
});
