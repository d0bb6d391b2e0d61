import { describe, expect, test } from 'vitest';
import { LINUX_HOST } from '../test/host.js';
import { auxLibName, buildCompileCommand, buildRunCommand, cfgName, expectedPath, withoutThreadsFlags, type CompileInput } from './command.js';
import type { CompilerInfo } from './compiler.js';
import { defaultProps, type TestProps } from './directives/props.js';

const compiler: CompilerInfo = {
  key: 'rustc', program: '/bin/rustc', prefixArgs: [], path: '/bin/rustc', env: { RUSTC_BOOTSTRAP: '1' }, version: 'rustc 1.95.0',
  verboseVersion: '', host: LINUX_HOST, sysroot: '/sysroot', rustSrcDir: null, runLibPaths: ['/sysroot/lib/rustlib/x86_64-unknown-linux-gnu/lib'],
};

function input(props: Partial<TestProps>, extra: Partial<CompileInput> = {}): CompileInput {
  return {
    compiler, input: '/suite/a.rs', props: { ...defaultProps(), ...props }, revision: null, threads: null, emitMetadata: true,
    output: { kind: 'dir', path: '/out' }, allowUnused: true, auxDir: null, externs: [], isMain: true, extra: [],
    incrementalDir: null, suiteRoot: '/suite', cargoHome: '/home/u/.cargo', cwd: '/out', ...extra,
  };
}

describe('buildCompileCommand (compiletest make_compile_args order)', () => {
  test('a check-fail test in serial mode', () => {
    expect(buildCompileCommand(input({ compileFlags: ['-O'], edition: '2021' })).args).toEqual([
      '/suite/a.rs', '-Zthreads=1', '-Zsimulate-remapped-rust-src-base=/rustc/FAKE_PREFIX', '-Ztranslate-remapped-path-to-local-path=no',
      '-Z', 'ignore-directory-in-diagnostics-source-blocks=/home/u/.cargo', '--sysroot', '/sysroot', '--target=x86_64-unknown-linux-gnu',
      '--check-cfg', 'cfg(test,FALSE)', '--error-format', 'json', '--json', 'future-incompat', '-Ccodegen-units=1', '-Zui-testing',
      '-Zdeduplicate-diagnostics=no', '-Zwrite-long-types-to-disk=no', '-Cstrip=debuginfo', '--emit', 'metadata', '-C', 'prefer-dynamic',
      '--out-dir', '/out', '-A', 'unused', '-W', 'unused_attributes', '-A', 'internal_features', '-A', 'incomplete_features',
      '-A', 'unused_parens', '-A', 'unused_braces', '--edition=2021', '-O',
    ]);
  });

  test('parallel mode appends -Zthreads=N after the fixed -Zthreads=1; revisions add --cfg', () => {
    const args = buildCompileCommand(input({ revisions: ['Fast-Path', 'b'] }, { threads: 4, revision: 'Fast-Path' })).args;
    expect(args.filter((a) => a.startsWith('-Zthreads'))).toEqual(['-Zthreads=1', '-Zthreads=4']);
    expect(args.indexOf('-Zthreads=4')).toBeGreaterThan(args.indexOf('-Cstrip=debuginfo'));
    expect(args.slice(args.indexOf('--cfg'), args.indexOf('--cfg') + 4)).toEqual(['--cfg', 'fast_path', '--check-cfg', 'cfg(test,FALSE,fast_path,b)']);
  });

  test('flags of the test turn off defaults: --error-format, --target, --sysroot, -o', () => {
    const args = buildCompileCommand(input({ compileFlags: ['--error-format=human', '--target', 'wasm32-unknown-unknown', '--sysroot=/s', '-o', '/x'] }, { output: { kind: 'file', path: '/out/a' } })).args;
    expect(args.filter((a) => ['--error-format', '--json', '--sysroot', '--out-dir'].includes(a) || a.startsWith('--target='))).toEqual([]);
    expect(args.filter((a) => a === '-o')).toEqual(['-o']);
  });

  test('run-pass keeps unused lints; run output goes to a file; aux crates add -L and --extern last', () => {
    const args = buildCompileCommand(input({ noPreferDynamic: true }, { allowUnused: false, emitMetadata: false, output: { kind: 'file', path: '/out/a' }, auxDir: '/out/auxiliary', externs: ['--extern', 'h=/out/auxiliary/libh.so'] })).args;
    expect(args).not.toContain('unused');
    expect(args).not.toContain('prefer-dynamic');
    expect(args.slice(-6)).toEqual(['-A', 'unused_braces', '-L', '/out/auxiliary', '--extern', 'h=/out/auxiliary/libh.so']);
    expect(args.slice(args.indexOf('-o'), args.indexOf('-o') + 2)).toEqual(['-o', '/out/a']);
  });

  test('environment: the compiler\'s, then rustc-env, then unset-rustc-env', () => {
    expect(buildCompileCommand(input({ rustcEnv: [['A', '1']], unsetRustcEnv: ['RUSTC_BOOTSTRAP'] })).env).toEqual({ RUSTC_BOOTSTRAP: null, A: '1' });
  });
});

describe('the rest', () => {
  test('run command: runtime libraries, RUSTC, no inherited backtrace setting, exec-env last', () => {
    const cmd = buildRunCommand(compiler, '/out/a', { ...defaultProps(), runFlags: ['x'], execEnv: [['RUST_BACKTRACE', '1']] }, '/out/auxiliary', '/out', {});
    expect(cmd).toEqual({
      program: '/out/a', args: ['x'], cwd: '/out',
      env: { LD_LIBRARY_PATH: '/sysroot/lib/rustlib/x86_64-unknown-linux-gnu/lib:/out/auxiliary', RUSTC: '/bin/rustc', RUST_BACKTRACE: '1' },
    });
  });

  test('names', () => {
    expect(cfgName('My-Rev')).toBe('my_rev');
    expect(auxLibName('sub/my-lib.rs', true)).toBe('libmy_lib.so');
    expect(auxLibName('my-lib.rs', false)).toBe('libmy_lib.rlib');
    expect(expectedPath('/s/t.rs', null, 'stderr')).toBe('/s/t.stderr');
    expect(expectedPath('/s/t.rs', 'r', 'run.stdout')).toBe('/s/t.r.run.stdout');
  });
});

describe('withoutThreadsFlags', () => {
  test.each([
    [['-Z', 'threads=16', '--edition=2021'], ['--edition=2021'], 16],
    [['-Zthreads=2', '-Zcrate-attr=x', '-Zthreads=8'], ['-Zcrate-attr=x'], 8],
    [['-Z', 'ui-testing', '-C', 'extra-filename=-1'], ['-Z', 'ui-testing', '-C', 'extra-filename=-1'], null],
  ])('%j', (flags, rest, own) => expect(withoutThreadsFlags(flags)).toEqual({ flags: rest, own }));
});
