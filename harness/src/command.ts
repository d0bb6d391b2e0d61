/**
 * The compiler command line compiletest builds for a UI test (`make_compile_args` and
 * `compose_and_run_compiler`, reference §4), as data: a `Command` value that the runner spawns and
 * the reports print. Arguments are added in compiletest's order; nothing here runs anything.
 */
import { dirname, join } from 'node:path';
import type { CompilerInfo } from './compiler.js';
import type { TestProps } from './directives/props.js';
import type { Command } from './runner/process.js';

export type OutputLocation = { kind: 'file'; path: string } | { kind: 'dir'; path: string };

export interface CompileInput {
  readonly compiler: CompilerInfo;
  /** Absolute path of the file to compile. */
  readonly input: string;
  /** Props of the file being compiled (an aux file has its own). */
  readonly props: TestProps;
  readonly revision: string | null;
  /** `-Zthreads=N` for the parallel front end; null in serial mode. */
  readonly threads: number | null;
  readonly emitMetadata: boolean;
  readonly output: OutputLocation;
  /** `-A unused -W unused_attributes`: UI tests whose declared mode is not run-pass. */
  readonly allowUnused: boolean;
  /** `-L <dir>` when the test has auxiliary crates. */
  readonly auxDir: string | null;
  /** `--extern name=path` for aux crates, added after everything else. */
  readonly externs: readonly string[];
  /** Main test file (as opposed to an auxiliary): `non-aux-compile-flags` apply. */
  readonly isMain: boolean;
  /** Arguments compiletest adds after composing (`--crate-type` of aux crates, `--crate-name`...). */
  readonly extra: readonly string[];
  readonly incrementalDir: string | null;
  readonly suiteRoot: string;
  readonly cargoHome: string;
  readonly cwd: string;
}

/** Revision names are lower-cased and `-` becomes `_` before they are used in `--cfg`. */
export function cfgName(revision: string): string {
  return revision.toLowerCase().replaceAll('-', '_');
}

export function buildCompileCommand(c: CompileInput): Command {
  const flags = c.props.compileFlags;
  const args: string[] = [...c.compiler.prefixArgs, c.input, '-Zthreads=1'];
  args.push('-Zsimulate-remapped-rust-src-base=/rustc/FAKE_PREFIX', '-Ztranslate-remapped-path-to-local-path=no');
  args.push('-Z', `ignore-directory-in-diagnostics-source-blocks=${c.cargoHome}`);
  if (c.compiler.sysroot !== null && !flags.some((f) => f.startsWith('--sysroot'))) args.push('--sysroot', c.compiler.sysroot);
  if (!flags.some((f) => f.startsWith('--target'))) args.push(`--target=${c.compiler.host.triple}`);
  if (c.revision !== null) args.push('--cfg', cfgName(c.revision));
  if (!c.props.noAutoCheckCfg) args.push('--check-cfg', `cfg(test,FALSE${c.props.revisions.map((r) => `,${cfgName(r)}`).join('')})`);
  if (c.incrementalDir !== null) args.push('-C', `incremental=${c.incrementalDir}`, '-Z', 'incremental-verify-ich');
  if (!flags.some((f) => f.startsWith('--error-format'))) args.push('--error-format', 'json', '--json', 'future-incompat');
  args.push('-Ccodegen-units=1', '-Zui-testing', '-Zdeduplicate-diagnostics=no', '-Zwrite-long-types-to-disk=no', '-Cstrip=debuginfo');
  if (c.threads !== null) args.push(`-Zthreads=${c.threads}`);
  if (c.props.remapSrcBase) args.push(`--remap-path-prefix=${c.suiteRoot}=fake-test-src-base`);
  if (c.emitMetadata) args.push('--emit', 'metadata');
  if (!c.props.noPreferDynamic) args.push('-C', 'prefer-dynamic');
  if (!flags.includes('-o')) {
    if (c.output.kind === 'file') args.push('-o', c.output.path);
    else args.push('--out-dir', c.output.path);
  }
  if (c.allowUnused) args.push('-A', 'unused', '-W', 'unused_attributes');
  args.push('-A', 'internal_features', '-A', 'incomplete_features', '-A', 'unused_parens', '-A', 'unused_braces');
  if (c.auxDir !== null) args.push('-L', c.auxDir);
  if (c.props.edition !== null) args.push(`--edition=${c.props.edition}`);
  args.push(...flags);
  if (c.isMain) args.push(...c.props.nonAuxCompileFlags);
  args.push(...c.externs, ...c.extra);
  const env: Record<string, string | null> = { ...c.compiler.env };
  for (const [k, v] of c.props.rustcEnv) env[k] = v;
  for (const k of c.props.unsetRustcEnv) env[k] = null;
  return { program: c.compiler.program, args, env, cwd: c.cwd };
}

/** The command that runs a built test binary (compiletest `exec_compiled_test`). */
export function buildRunCommand(compiler: CompilerInfo, exe: string, props: TestProps, auxDir: string | null, cwd: string, baseEnv: NodeJS.ProcessEnv = process.env): Command {
  const env: Record<string, string | null> = {};
  // `-C prefer-dynamic` binaries need the compiler's runtime libraries (and aux dylibs) at run time.
  const libs = [...compiler.runLibPaths, ...(auxDir ? [auxDir] : [])];
  if (libs.length > 0) env.LD_LIBRARY_PATH = [...libs, ...(baseEnv.LD_LIBRARY_PATH ? [baseEnv.LD_LIBRARY_PATH] : [])].join(':');
  env.RUSTC = compiler.path;
  // A backtrace setting inherited from the user's shell would change every panic message.
  env.RUST_BACKTRACE = null;
  for (const [k, v] of props.execEnv) env[k] = v;
  for (const k of props.unsetExecEnv) env[k] = null;
  return { program: exe, args: [...props.runFlags], env, cwd };
}

/** `lib<name>.so` (dylib) or `lib<name>.rlib`, as compiletest `get_lib_name` on Linux. */
export function auxLibName(file: string, dylib: boolean): string {
  const crate = file.replace(/^.*\//, '').replace(/\.rs$/, '').replaceAll('-', '_');
  return dylib ? `lib${crate}.so` : `lib${crate}.rlib`;
}

/** `<dir>/<stem>[.<rev>].<kind>`: where an expected file lives (compiletest `expected_output_path`). */
export function expectedPath(fixturePath: string, revision: string | null, kind: string): string {
  const stem = fixturePath.replace(/^.*\//, '').replace(/\.rs$/, '');
  return join(dirname(fixturePath), `${[stem, ...(revision ? [revision] : []), kind].join('.')}`);
}

/**
 * A test's compile flags without its own front-end thread count (`-Zthreads=N`, `-Z threads=N`),
 * and that count (the last one, as rustc reads them). A nondeterminism hunt sets the count itself:
 * a test's own flag would otherwise override even the serial control's `-Zthreads=1`.
 */
export function withoutThreadsFlags(flags: readonly string[]): { flags: string[]; own: number | null } {
  const out: string[] = [];
  let own: number | null = null;
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i]!;
    const joined = /^-Zthreads=(\d+)$/.exec(f);
    const split = f === '-Z' ? /^threads=(\d+)$/.exec(flags[i + 1] ?? '') : null;
    if (joined) own = Number(joined[1]);
    else if (split) {
      own = Number(split[1]);
      i++;
    } else out.push(f);
  }
  return { flags: out, own };
}
