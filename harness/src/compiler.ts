/**
 * Finds the compiler a run uses and asks it about itself: `weft` (compiler/bin/weftc, a
 * shell launcher), `rustc` (from PATH or `--rustc`), or any rustc-compatible executable. Queries `-vV`,
 * `--print sysroot` and `--print cfg` once per run. The environment every compiler process gets
 * is fixed here (RUSTC_BOOTSTRAP=1 so `-Z` flags work on stable, RUSTC_ICE=0, RUST_BACKTRACE=short).
 */
import { accessSync, constants, existsSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { HarnessError } from './errors.js';
import { hostFromCfg, hostFromNode, type HostInfo } from './directives/conditions.js';
import { runProcess, type Command } from './runner/process.js';

export interface CompilerInfo {
  /** The name known failures are filed under: `weft`, `rustc`, or the path as given. */
  readonly key: string;
  readonly program: string;
  /** Arguments before the compiler's own (the weftc script for node; `+toolchain` for rustup). */
  readonly prefixArgs: readonly string[];
  /** Absolute path of the compiler, as shown in summaries. */
  readonly path: string;
  readonly env: Readonly<Record<string, string | null>>;
  /** First line of `-vV`, e.g. `rustc 1.95.0 (59807616e 2026-04-14)`. */
  readonly version: string;
  readonly verboseVersion: string;
  readonly host: HostInfo;
  readonly sysroot: string | null;
  /** `<sysroot>/lib/rustlib/src/rust` (symlinks resolved) when rust-src is installed. */
  readonly rustSrcDir: string | null;
  /** Directories with the compiler's runtime libraries, for running `-C prefer-dynamic` binaries. */
  readonly runLibPaths: readonly string[];
}

export const COMPILER_ENV: Readonly<Record<string, string | null>> = {
  RUSTC_BOOTSTRAP: '1',
  RUSTC_ICE: '0',
  RUST_BACKTRACE: 'short',
  RUSTC_LOG_COLOR: null,
};

function isExecutable(p: string): boolean {
  try {
    if (!statSync(p).isFile()) return false;
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Looks `name` up on PATH (a name with a slash is a path). */
export function which(name: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (name.includes('/')) return isExecutable(resolve(name)) ? resolve(name) : null;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const p = join(dir, name);
    if (isExecutable(p)) return p;
  }
  return null;
}

export interface CompilerSpec {
  /** `weft`, `rustc`, or a path. */
  readonly compiler: string;
  /** `--rustc`: a path or a command with leading arguments, e.g. `rustc +nightly`. */
  readonly rustc: string | null;
  readonly repoRoot: string;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

function locate(spec: CompilerSpec): { key: string; program: string; prefixArgs: string[]; path: string } {
  if (spec.compiler === 'weft') {
    const script = join(spec.repoRoot, 'compiler/bin/weftc');
    if (!existsSync(script)) throw new HarnessError('compiler-not-found', `weftc not found at ${script}; build it with \`npm run build\``);
    if (!existsSync(join(spec.repoRoot, 'compiler/dist/weftc.mjs'))) throw new HarnessError('compiler-not-found', 'weftc is not built (compiler/dist/weftc.mjs is missing); run `npm run build`');
    return { key: 'weft', program: script, prefixArgs: [], path: script };
  }
  if (spec.compiler === 'rustc') {
    const given = spec.rustc ?? 'rustc';
    const whole = resolve(spec.cwd, given);
    const [first, ...rest] = existsSync(whole) ? [given] : given.split(/\s+/).filter((s) => s !== '');
    let found = which(first!.includes('/') ? resolve(spec.cwd, first!) : first!, spec.env);
    // rustup installs into ~/.cargo/bin, which a non-login shell (or npm) may not have on PATH.
    if (!found && !first!.includes('/')) found = which(join(spec.env.CARGO_HOME ?? join(spec.env.HOME ?? homedir(), '.cargo'), 'bin', first!), spec.env);
    if (!found) {
      throw new HarnessError('compiler-not-found', spec.rustc ? `rustc not found: \`${first}\` (from --rustc) is not an executable file` : 'rustc not found on PATH or in ~/.cargo/bin; install it with rustup or pass --rustc PATH');
    }
    return { key: 'rustc', program: found, prefixArgs: rest, path: found };
  }
  const p = isAbsolute(spec.compiler) ? spec.compiler : resolve(spec.cwd, spec.compiler);
  if (!existsSync(p)) throw new HarnessError('compiler-not-found', `compiler not found: ${spec.compiler} (expected \`weft\`, \`rustc\` or a path to an executable)`);
  if (!isExecutable(p)) throw new HarnessError('compiler-not-found', `compiler is not executable: ${p}`);
  return { key: spec.compiler, program: p, prefixArgs: [], path: p };
}

function channelOf(release: string): HostInfo['channel'] {
  if (/nightly|dev/.test(release)) return 'nightly';
  if (/beta/.test(release)) return 'beta';
  return 'stable';
}

/** Resolves the compiler and queries it; a compiler that cannot answer `-vV` is a configuration error. */
export async function resolveCompiler(spec: CompilerSpec): Promise<CompilerInfo> {
  const loc = locate(spec);
  const ask = async (args: string[]) => {
    const cmd: Command = { program: loc.program, args: [...loc.prefixArgs, ...args], env: COMPILER_ENV, cwd: spec.cwd };
    return runProcess(cmd, { deadline: Date.now() + 60_000, baseEnv: spec.env });
  };
  const vv = await ask(['-vV']);
  if (vv.spawnError || vv.code !== 0) {
    const why = vv.spawnError ?? (vv.stderr.trim().split('\n')[0] || describeExit(vv.code, vv.signal));
    throw new HarnessError('compiler-broken', `\`${loc.path} -vV\` failed: ${why}`);
  }
  const verbose = vv.stdout.trim();
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(verbose)?.[1]?.trim() ?? null;
  const version = verbose.split('\n')[0] ?? loc.path;
  const release = field('release') ?? '';
  const llvm = field('LLVM version');
  const triple = field('host');
  const backend = llvm !== null ? 'llvm' : (version.split(' ')[0] ?? 'unknown');
  let host = hostFromNode(triple, channelOf(release), backend, llvm);
  const [sysrootRes, cfgRes] = await Promise.all([ask(['--print', 'sysroot']), ask(['--print', 'cfg'])]);
  if (cfgRes.code === 0 && cfgRes.stdout.includes('target_arch')) host = hostFromCfg(cfgRes.stdout, host);
  const sysroot = sysrootRes.code === 0 && sysrootRes.stdout.trim() !== '' ? sysrootRes.stdout.trim() : null;
  let rustSrcDir: string | null = null;
  if (sysroot) {
    const src = join(sysroot, 'lib/rustlib/src/rust');
    try {
      rustSrcDir = realpathSync(src);
    } catch {
      rustSrcDir = null;
    }
  }
  const runLibPaths = sysroot ? [join(sysroot, 'lib/rustlib', host.triple, 'lib'), join(sysroot, 'lib')] : [];
  return { ...loc, env: COMPILER_ENV, version, verboseVersion: verbose, host, sysroot, rustSrcDir, runLibPaths };
}

function describeExit(code: number | null, signal: string | null): string {
  return signal ? `killed by ${signal}` : `exit status ${code}`;
}
