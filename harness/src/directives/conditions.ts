/**
 * `ignore-*`, `only-*` and `needs-*` conditions, evaluated for the host (compiletest
 * `directives/cfg.rs` and `needs.rs`). The tables of known names are Weft's own; the host's values
 * come from the compiler (`-vV`, `--print cfg`) or, when it cannot say, from Node.
 * Pure: takes a `HostInfo`, never spawns anything.
 */

export interface HostInfo {
  /** Target triple, e.g. `x86_64-unknown-linux-gnu`. */
  readonly triple: string;
  readonly os: string;
  readonly arch: string;
  readonly env: string;
  readonly abi: string;
  readonly families: readonly string[];
  readonly pointerWidth: number;
  readonly endian: 'little' | 'big';
  readonly panicStrategy: 'unwind' | 'abort';
  readonly hasAtomic: readonly string[];
  /** `stable`, `beta` or `nightly` (a `dev` build counts as nightly). */
  readonly channel: 'stable' | 'beta' | 'nightly';
  /** LLVM version (`22.1.2`) when the compiler is LLVM-based; null otherwise (weftc). */
  readonly llvmVersion: string | null;
  /** Codegen backend name: `llvm` for rustc; the compiler's own name otherwise. */
  readonly backend: string;
}

export type ConditionOutcome =
  | { kind: 'match'; reason: string }
  | { kind: 'no-match'; reason: string }
  | { kind: 'invalid'; message: string };

const OSES = [
  'aix', 'amdhsa', 'android', 'cuda', 'cygwin', 'dragonfly', 'emscripten', 'espidf', 'freebsd', 'fuchsia',
  'haiku', 'hermit', 'horizon', 'hurd', 'illumos', 'ios', 'l4re', 'linux', 'lynxos178', 'macos', 'managarm',
  'netbsd', 'none', 'nto', 'nuttx', 'openbsd', 'psp', 'psx', 'qnx', 'qurt', 'redox', 'rtems', 'solaris', 'solid_asp3',
  'teeos', 'trusty', 'tvos', 'uefi', 'unknown', 'visionos', 'vita', 'vxworks', 'wasi', 'watchos', 'windows', 'xous', 'zkvm',
];
const ARCHES = [
  'aarch64', 'amdgpu', 'arm', 'arm64ec', 'avr', 'bpf', 'csky', 'hexagon', 'loongarch32', 'loongarch64', 'm68k',
  'mips', 'mips32r6', 'mips64', 'mips64r6', 'msp430', 'nvptx64', 'powerpc', 'powerpc64', 'riscv32', 'riscv64',
  's390x', 'sparc', 'sparc64', 'spirv', 'wasm32', 'wasm64', 'x86', 'x86_64', 'xtensa',
];
const ENVS = ['gnu', 'msvc', 'musl', 'newlib', 'nto70', 'nto71', 'nto80', 'ohos', 'p1', 'p2', 'p3', 'relibc', 'sgx', 'sim', 'uclibc', 'v5', 'macabi'];
const ABIS = ['abi64', 'eabi', 'eabihf', 'elfv1', 'elfv2', 'fortanix', 'ilp32', 'llvm', 'macabi', 'sim', 'softfloat', 'spe', 'uwp', 'x32'];
const FAMILIES = ['unix', 'wasm', 'windows'];
const WIDTHS = ['16bit', '32bit', '64bit'];
const RUSTC_ABIS = ['x86-sse2', 'x86-softfloat'];
const COMPARE_MODES = ['polonius', 'next-solver', 'next-solver-coherence', 'split-dwarf', 'split-dwarf-single'];
/** Debuggers and test modes a UI run never uses: the condition is known and false. */
const NEVER = ['gdb', 'lldb', 'cdb', 'coverage-map', 'coverage-run', 'enzyme', 'offload', 'remote', 'stage0', 'stage2',
  'rustc-debug-assertions', 'std-debug-assertions', 'std-remap-debuginfo', 'dist', 'pauthtest', 'cross-compile', 'endian-big-only'];
const TRIPLE_ARCH = /^(x86_64h?|i[3-6]86|aarch64(_be)?|arm64(ec|_32|e)?|armeb(v\w+)?|armv\w+|arm|thumbv[\w.]+|riscv\d+\w*|wasm(32|64)|powerpc\w*|mips\w*|s390x|sparc\w*|loongarch\d+|nvptx64|avr|bpfe[lb]|msp430|hexagon|csky|m68k|xtensa|amdgcn|x86_64h)$/;

/** True when `name` (after `ignore-`/`only-`) is a condition this table knows. */
function lookup(host: HostInfo, cond: string): { value: boolean; reason: string } | null {
  if (cond === 'test') return { value: true, reason: 'always' };
  if (cond === 'auxiliary') return { value: true, reason: 'used by another main test file' };
  if (cond === host.triple || (cond.split('-').length >= 3 && TRIPLE_ARCH.test(cond.split('-')[0]!))) {
    return { value: cond === host.triple, reason: `when the target is ${cond}` };
  }
  if (OSES.includes(cond)) return { value: host.os === cond, reason: `when the operating system is ${cond}` };
  if (ENVS.includes(cond)) return { value: host.env === cond, reason: `when the target environment is ${cond}` };
  const dash = cond.indexOf('-');
  if (dash > 0 && OSES.includes(cond.slice(0, dash)) && ENVS.includes(cond.slice(dash + 1))) {
    return { value: `${host.os}-${host.env}` === cond, reason: `when the operating system and target environment are ${cond}` };
  }
  if (ABIS.includes(cond)) return { value: host.abi === cond, reason: `when the ABI is ${cond}` };
  if (ARCHES.includes(cond)) return { value: host.arch === cond, reason: `when the architecture is ${cond}` };
  if (WIDTHS.includes(cond)) return { value: cond === `${host.pointerWidth}bit`, reason: `when the pointer width is ${cond}` };
  if (FAMILIES.includes(cond)) return { value: host.families.includes(cond), reason: `when the target family is ${cond}` };
  switch (cond) {
    case 'thumb': return { value: host.triple.startsWith('thumb'), reason: 'when the architecture is part of the Thumb family' };
    case 'i586': return { value: host.triple.startsWith('i586'), reason: 'when the subarchitecture is i586' };
    case 'apple': return { value: host.triple.includes('apple'), reason: 'when the target vendor is Apple' };
    case 'elf': return { value: !['macos', 'ios', 'windows', 'tvos', 'watchos', 'visionos', 'uefi'].includes(host.os) && !host.arch.startsWith('wasm'), reason: 'when the target binary format is ELF' };
    case 'stable': case 'beta': case 'nightly': return { value: host.channel === cond, reason: `when the release channel is ${cond}` };
    case 'endian-big': return { value: host.endian === 'big', reason: 'on big-endian targets' };
    case 'stage1': return { value: true, reason: 'when the bootstrapping stage is stage1' };
  }
  if (cond.startsWith('compare-mode-') && COMPARE_MODES.includes(cond.slice('compare-mode-'.length))) {
    return { value: false, reason: `when comparing with ${cond}` };
  }
  if (cond.startsWith('rustc_abi-') && RUSTC_ABIS.includes(cond.slice('rustc_abi-'.length))) {
    return { value: false, reason: `when the target \`rustc_abi\` is ${cond}` };
  }
  if (NEVER.includes(cond)) return { value: false, reason: `when ${cond} is used` };
  return null;
}

/** Evaluates `ignore-<cond>` / `only-<cond>`; `comment` is the remark after a space or a colon. */
export function evaluateIgnoreOnly(host: HostInfo, prefix: 'ignore-' | 'only-', cond: string, comment: string | null): ConditionOutcome {
  const found = lookup(host, cond);
  if (!found) return { kind: 'invalid', message: `\`${prefix}${cond}\`: \`${cond}\` is not a known condition (an OS, architecture, environment, ABI, family, pointer width, target triple, or channel)` };
  const suffix = comment ? ` (${comment})` : '';
  if (prefix === 'ignore-') {
    return found.value ? { kind: 'match', reason: `ignored ${found.reason}${suffix}` } : { kind: 'no-match', reason: '' };
  }
  return found.value ? { kind: 'no-match', reason: '' } : { kind: 'match', reason: `only executed ${found.reason}${suffix}` };
}

/** Host capabilities for `needs-*` flags; `null` marks a name this table does not know. */
export function hostHas(host: HostInfo, need: string): boolean | null {
  const llvm = host.llvmVersion !== null;
  switch (need) {
    case 'needs-unwind': return host.panicStrategy === 'unwind';
    case 'needs-threads': return !host.arch.startsWith('wasm');
    case 'needs-subprocess': return !host.arch.startsWith('wasm');
    case 'needs-asm-support': return ['x86', 'x86_64', 'arm', 'aarch64', 'riscv32', 'riscv64', 'loongarch64', 's390x', 'powerpc', 'powerpc64'].includes(host.arch);
    case 'needs-target-std': return host.os !== 'none' && host.os !== 'uefi';
    case 'needs-dynamic-linking': return !host.arch.startsWith('wasm') && host.env !== 'musl';
    case 'needs-run-enabled': return true;
    case 'needs-relocation-model-pic': return host.families.includes('unix') || host.os === 'windows';
    case 'needs-symlink': return host.families.includes('unix');
    case 'needs-deterministic-layouts': return true;
    case 'needs-asm-ret': return false;
    // Parts of a Rust toolchain build that a dist rustc (or weftc) does not provide.
    case 'needs-profiler-runtime': case 'needs-rust-lld': case 'needs-xray': case 'needs-git-hash':
    case 'needs-llvm-zstd': case 'needs-dlltool': case 'needs-wasmtime': case 'needs-enzyme': case 'needs-offload':
    case 'needs-force-clang-based-tests': case 'needs-rustc-debug-assertions': case 'needs-std-debug-assertions':
    case 'needs-std-remap-debuginfo': case 'needs-sanitizer-support':
      return false;
    case 'needs-llvm-components': return llvm;
  }
  if (need.startsWith('needs-sanitizer-')) return false;
  return null;
}

/** `needs-target-has-atomic: 8,16,ptr`: every width must be supported. */
export function hostHasAtomics(host: HostInfo, widths: string): boolean {
  return widths.split(',').map((w) => w.trim()).filter((w) => w !== '').every((w) => host.hasAtomic.includes(w));
}

export const CRATE_TYPES = ['bin', 'lib', 'rlib', 'dylib', 'cdylib', 'staticlib', 'proc-macro'];

/** Compares dotted versions: negative, zero or positive like a sort comparator. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split('.').map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** A host description from Node alone, for compilers that cannot `--print cfg`. */
export function hostFromNode(triple: string | null, channel: HostInfo['channel'], backend: string, llvmVersion: string | null): HostInfo {
  const arch = ({ x64: 'x86_64', arm64: 'aarch64', ia32: 'x86', arm: 'arm', s390x: 's390x', ppc64: 'powerpc64', riscv64: 'riscv64', loong64: 'loongarch64' } as Record<string, string>)[process.arch] ?? process.arch;
  const os = ({ linux: 'linux', darwin: 'macos', win32: 'windows', freebsd: 'freebsd', openbsd: 'openbsd', netbsd: 'netbsd', sunos: 'solaris', aix: 'aix', android: 'android' } as Record<string, string>)[process.platform] ?? process.platform;
  const env = os === 'linux' ? 'gnu' : os === 'windows' ? 'msvc' : '';
  const guessed = triple ?? (os === 'linux' ? `${arch}-unknown-linux-gnu` : os === 'macos' ? `${arch}-apple-darwin` : os === 'windows' ? `${arch}-pc-windows-msvc` : `${arch}-unknown-${os}`);
  const width = ['x86', 'arm'].includes(arch) ? 32 : 64;
  return {
    triple: guessed,
    os,
    arch,
    env,
    abi: '',
    families: os === 'windows' ? ['windows'] : ['unix'],
    pointerWidth: width,
    endian: 'little',
    panicStrategy: 'unwind',
    hasAtomic: width === 64 ? ['8', '16', '32', '64', 'ptr'] : ['8', '16', '32', 'ptr'],
    channel,
    llvmVersion,
    backend,
  };
}

/** Reads `rustc --print cfg` output into the parts of `HostInfo` it knows. */
export function hostFromCfg(cfgText: string, base: HostInfo): HostInfo {
  const get = (key: string): string[] => {
    const out: string[] = [];
    for (const line of cfgText.split('\n')) {
      const m = /^(\w+)(?:="(.*)")?$/.exec(line.trim());
      if (m && m[1] === key) out.push(m[2] ?? '');
    }
    return out;
  };
  const first = (key: string, dflt: string): string => get(key)[0] ?? dflt;
  const families = get('target_family');
  return {
    ...base,
    os: first('target_os', base.os),
    arch: first('target_arch', base.arch),
    env: first('target_env', base.env),
    abi: first('target_abi', base.abi),
    families: families.length > 0 ? families : base.families,
    pointerWidth: Number.parseInt(first('target_pointer_width', String(base.pointerWidth)), 10),
    endian: first('target_endian', base.endian) === 'big' ? 'big' : 'little',
    panicStrategy: first('panic', base.panicStrategy) === 'abort' ? 'abort' : 'unwind',
    hasAtomic: get('target_has_atomic').length > 0 ? get('target_has_atomic') : base.hasAtomic,
  };
}
