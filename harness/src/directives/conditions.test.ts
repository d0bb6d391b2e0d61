import { describe, expect, test } from 'vitest';
import { compareVersions, evaluateIgnoreOnly, hostFromCfg, hostHas } from './conditions.js';
import { LINUX_HOST } from '../../test/host.js';

describe('ignore-/only- conditions on an x86_64 Linux host', () => {
  test.each([
    ['ignore-', 'linux', null, { kind: 'match', reason: 'ignored when the operating system is linux' }],
    ['ignore-', 'windows', null, { kind: 'no-match', reason: '' }],
    ['ignore-', 'x86_64', 'slow', { kind: 'match', reason: 'ignored when the architecture is x86_64 (slow)' }],
    ['ignore-', 'x86_64-unknown-linux-gnu', null, { kind: 'match', reason: 'ignored when the target is x86_64-unknown-linux-gnu' }],
    ['ignore-', 'aarch64-apple-darwin', null, { kind: 'no-match', reason: '' }],
    ['ignore-', 'unix', null, { kind: 'match', reason: 'ignored when the target family is unix' }],
    ['ignore-', 'linux-gnu', null, { kind: 'match', reason: 'ignored when the operating system and target environment are linux-gnu' }],
    ['ignore-', 'test', null, { kind: 'match', reason: 'ignored always' }],
    ['ignore-', 'nightly', null, { kind: 'no-match', reason: '' }],
    ['ignore-', 'cross-compile', null, { kind: 'no-match', reason: '' }],
    ['only-', '64bit', null, { kind: 'no-match', reason: '' }],
    ['only-', '32bit', null, { kind: 'match', reason: 'only executed when the pointer width is 32bit' }],
    ['only-', 'windows', null, { kind: 'match', reason: 'only executed when the operating system is windows' }],
    ['only-', 'msvc', null, { kind: 'match', reason: 'only executed when the target environment is msvc' }],
    ['only-', 'elf', null, { kind: 'no-match', reason: '' }],
  ] as const)('%s%s', (prefix, cond, comment, expected) => {
    expect(evaluateIgnoreOnly(LINUX_HOST, prefix, cond, comment)).toEqual(expected);
  });

  test('an unknown condition is invalid, with the reason', () => {
    expect(evaluateIgnoreOnly(LINUX_HOST, 'ignore-', 'linuxx', null)).toEqual({
      kind: 'invalid',
      message: '`ignore-linuxx`: `linuxx` is not a known condition (an OS, architecture, environment, ABI, family, pointer width, target triple, or channel)',
    });
  });
});

describe('needs-*', () => {
  test.each([
    ['needs-unwind', true], ['needs-threads', true], ['needs-asm-support', true], ['needs-dynamic-linking', true],
    ['needs-profiler-runtime', false], ['needs-sanitizer-address', false], ['needs-llvm-components', true], ['needs-nonsense', null],
  ])('%s', (need, has) => expect(hostHas(LINUX_HOST, need)).toBe(has));

  test('weftc (no LLVM) has no LLVM components', () => {
    expect(hostHas({ ...LINUX_HOST, llvmVersion: null }, 'needs-llvm-components')).toBe(false);
  });
});

describe('host facts', () => {
  test('`rustc --print cfg` fills the host', () => {
    const cfg = 'debug_assertions\npanic="abort"\ntarget_arch="aarch64"\ntarget_endian="little"\ntarget_env="musl"\ntarget_family="unix"\ntarget_has_atomic="64"\ntarget_os="linux"\ntarget_pointer_width="64"\nunix\n';
    expect(hostFromCfg(cfg, LINUX_HOST)).toEqual({ ...LINUX_HOST, arch: 'aarch64', env: 'musl', panicStrategy: 'abort', hasAtomic: ['64'] });
  });

  test.each([['22.1.2', '22.1', 1], ['17.0', '17.0.0', 0], ['9', '10', -1]])('compareVersions(%s, %s)', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});
