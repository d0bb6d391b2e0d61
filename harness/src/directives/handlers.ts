/**
 * The directive handler table: name → handler that validates one `//@` line and fills `TestProps`
 * (compiletest `DIRECTIVE_HANDLERS_MAP`), plus `loadProps`, which runs the table over a fixture's
 * lines for one revision. Every problem is returned as a `file:line` value; nothing throws.
 * Names that matter only to other compiletest modes (debuginfo, codegen, rustdoc...) are known and
 * accepted without effect, so rustc's own UI suite parses cleanly.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DirectiveLine, LineProblem } from './line.js';
import { remarkAfterSpace, splitFlags, valueAfterColon } from './line.js';
import { CRATE_TYPES, compareVersions, evaluateIgnoreOnly, hostHas, hostHasAtomics, type HostInfo } from './conditions.js';
import { compileRustRegex } from './rust-regex.js';
import { defaultProps, type AnnotationKind, type Outcome, type Stage, type TestProps } from './props.js';

export interface HandlerContext {
  readonly host: HostInfo;
  /** Absolute directory of the file being read (aux files are looked up in `<dir>/auxiliary`). */
  readonly dir: string;
  /** `--edition` of the run: the default edition, and the pick inside an `edition: A..B` range. */
  readonly configEdition: string | null;
}

type Handler = (d: DirectiveLine, props: TestProps, cx: HandlerContext) => string | null;

export const EDITIONS = ['2015', '2018', '2021', '2024', 'future'];
const USER_KINDS: Record<string, AnnotationKind> = {
  ERROR: 'ERROR', error: 'ERROR', WARN: 'WARN', WARNING: 'WARN', warn: 'WARN', warning: 'WARN',
  NOTE: 'NOTE', note: 'NOTE', HELP: 'HELP', help: 'HELP', SUGGESTION: 'SUGGESTION', RAW: 'RAW',
};

const COLON_ON_FLAG = (d: DirectiveLine) => `directive \`${d.name}\` must not be followed by a colon (it is a flag, not \`name: value\`)`;

/** A flag directive: no value; a colon is an error (compiletest `parse_name_directive`). */
function flag(set: (p: TestProps, d: DirectiveLine) => void): Handler {
  return (d, props) => {
    if (valueAfterColon(d) !== null) return COLON_ON_FLAG(d);
    set(props, d);
    return null;
  };
}

/** A value directive: `name: value`, non-empty (compiletest `parse_name_value_directive`). */
function value(use: (value: string, p: TestProps, d: DirectiveLine, cx: HandlerContext) => string | null): Handler {
  return (d, props, cx) => {
    const v = valueAfterColon(d);
    if (v === null) return `directive \`${d.name}\` needs a value: write \`//@ ${d.name}: VALUE\``;
    if (v === '') return `empty value for directive \`${d.name}\``;
    return use(v, props, d, cx);
  };
}

function setMode(stage: Stage, outcome: Outcome): Handler {
  return (d, p) => {
    if (valueAfterColon(d) !== null) return COLON_ON_FLAG(d);
    if (p.modeSet) return `multiple \`*-pass\`/\`*-fail\` directives: \`${d.name}\` after the mode was already set`;
    p.declaredMode = { stage, outcome };
    p.modeSet = true;
    return null;
  };
}

function parseNormalizeRule(v: string, line: number): { regex: RegExp; replacement: string; line: number } | string {
  const m = /^\s*"([^"]*)"\s+->\s+"([^"]*)"$/.exec(v);
  if (!m) return `bad normalize rule \`${v}\`: expected \`"REGEX" -> "REPLACEMENT"\` (escaped quotes are not supported)`;
  const compiled = compileRustRegex(m[1]!);
  if (!compiled.ok) return `bad regex \`${m[1]}\` in normalize rule: ${compiled.error}`;
  return { regex: compiled.regex, replacement: m[2]!.replace(/\\n/g, '\n'), line };
}

/** `normalize-*: "RE" -> "REPL"`; a bit-width variant adds its rule only on hosts of that width. */
function normalizeHandler(rules: (p: TestProps) => TestProps['normalizeStderr'], width: number | null): Handler {
  return value((v, p, d, cx) => {
    const r = parseNormalizeRule(v, d.line);
    if (typeof r === 'string') return r;
    if (width === null || cx.host.pointerWidth === width) rules(p).push(r);
    return null;
  });
}

/** `rustc-env`/`exec-env: KEY=VALUE` (the value may contain `=`). */
function envHandler(pairs: (p: TestProps) => Array<[string, string]>): Handler {
  return value((v, p, d) => {
    const eq = v.indexOf('=');
    if (eq <= 0) return `\`${d.name}\` needs \`KEY=VALUE\`, got \`${v}\``;
    pairs(p).push([v.slice(0, eq).trim(), v.slice(eq + 1)]);
    return null;
  });
}

function auxHandler(kind: 'lib' | 'bin' | 'proc-macro', withName: boolean): Handler {
  return value((v, p, d, cx) => {
    let file = v;
    let externName: string | null = null;
    if (withName) {
      // `aux-crate: [modifiers:]name=file.rs`
      const eq = v.indexOf('=');
      if (eq <= 0) return `\`${d.name}\` needs \`name=file.rs\`, got \`${v}\``;
      const left = v.slice(0, eq);
      externName = left.includes(':') ? left.slice(left.lastIndexOf(':') + 1) : left;
      file = v.slice(eq + 1).trim();
    } else if (kind === 'proc-macro') {
      externName = file.replace(/^.*\//, '').replace(/\.rs$/, '').replace(/-/g, '_');
    }
    if (!existsSync(join(cx.dir, 'auxiliary', file))) return `${d.name}: \`auxiliary/${file}\` not found next to the fixture`;
    p.aux.push({ file, externName, kind, line: d.line });
    return null;
  });
}

function needsFlag(name: string): Handler {
  return (d, p, cx) => {
    if (valueAfterColon(d) !== null) return COLON_ON_FLAG(d);
    const has = hostHas(cx.host, name);
    if (has === false) p.ignoreReason ??= `ignored: ${name} (not available on this host or compiler)`;
    return null;
  };
}

const NOOP: Handler = () => null;

/** Flag names of other compiletest modes (debuginfo, codegen, assembly, pretty, rustdoc, mir-opt). */
const OTHER_MODE_NAMES = [
  'assembly-output', 'build-aux-docs', 'cdb-check', 'cdb-command', 'check-test-line-numbers-match',
  'disable-gdb-pretty-printers', 'doc-flags', 'filecheck-flags', 'gdb-check', 'gdb-command', 'lldb-check',
  'lldb-command', 'llvm-cov-flags', 'pp-exact', 'pretty-compare-only', 'pretty-mode', 'reference',
  'skip-filecheck', 'test-mir-pass', 'unique-doc-out-dir', 'min-cdb-version', 'min-gdb-version',
  'min-lldb-version', 'ignore-gdb-version', 'minicore-compile-flags', 'unused-revision-names',
];

const NEEDS_FLAGS = [
  'needs-unwind', 'needs-threads', 'needs-subprocess', 'needs-asm-support', 'needs-target-std',
  'needs-dynamic-linking', 'needs-run-enabled', 'needs-relocation-model-pic', 'needs-symlink',
  'needs-deterministic-layouts', 'needs-asm-ret', 'needs-profiler-runtime', 'needs-rust-lld', 'needs-xray',
  'needs-git-hash', 'needs-llvm-zstd', 'needs-dlltool', 'needs-wasmtime', 'needs-enzyme', 'needs-offload',
  'needs-force-clang-based-tests', 'needs-rustc-debug-assertions', 'needs-std-debug-assertions',
  'needs-std-remap-debuginfo', 'needs-sanitizer-support', 'needs-sanitizer-address', 'needs-sanitizer-cfi',
  'needs-sanitizer-dataflow', 'needs-sanitizer-hwaddress', 'needs-sanitizer-kasan', 'needs-sanitizer-kcfi',
  'needs-sanitizer-khwasan', 'needs-sanitizer-leak', 'needs-sanitizer-memory', 'needs-sanitizer-memtag',
  'needs-sanitizer-realtime', 'needs-sanitizer-safestack', 'needs-sanitizer-shadow-call-stack', 'needs-sanitizer-thread',
];

function llvmNeeds(check: (llvm: string, v: string) => boolean | string, what: string): Handler {
  return value((v, p, _d, cx) => {
    if (!/^\d+(\.\d+)*(\s*-\s*\d+(\.\d+)*)?$/.test(v)) return `bad LLVM version \`${v}\``;
    if (cx.host.llvmVersion === null) {
      p.ignoreReason ??= `ignored: ${what} (the compiler has no LLVM backend)`;
      return null;
    }
    const r = check(cx.host.llvmVersion, v);
    if (typeof r === 'string') p.ignoreReason ??= r;
    return null;
  });
}

export const HANDLERS: ReadonlyMap<string, Handler> = new Map<string, Handler>([
  ['check-pass', setMode('check', 'pass')],
  ['build-pass', setMode('build', 'pass')],
  ['run-pass', setMode('run', 'pass')],
  ['check-fail', setMode('check', 'fail')],
  ['build-fail', setMode('build', 'fail')],
  ['run-fail', setMode('run', 'fail')],
  ['run-crash', setMode('run', 'crash')],
  ['run-fail-or-crash', setMode('run', 'fail-or-crash')],
  ['no-pass-override', flag((p) => (p.noPassOverride = true))],
  ['compile-flags', value((v, p) => {
    const flags = splitFlags(v);
    if (flags.some((f) => f.startsWith('--edition'))) return 'you must use `//@ edition` to configure the edition, not `--edition` in compile-flags';
    if (flags.some((f, i) => f.startsWith('-Cincremental') || (f === '-C' && flags[i + 1]?.startsWith('incremental')))) {
      return 'you must use `//@ incremental` to enable incremental compilation, not `-C incremental` in compile-flags';
    }
    p.compileFlags.push(...flags);
    return null;
  })],
  ['non-aux-compile-flags', value((v, p) => (p.nonAuxCompileFlags.push(...splitFlags(v)), null))],
  ['edition', value((v, p, _d, cx) => {
    const range = /^(\w+)\.\.(\w*)$/.exec(v);
    if (range) {
      const [lo, hi] = [range[1]!, range[2]!];
      if (!EDITIONS.includes(lo) || (hi !== '' && !EDITIONS.includes(hi))) return `bad edition range \`${v}\`: editions are ${EDITIONS.join(', ')}`;
      const order = (e: string) => EDITIONS.indexOf(e);
      if (hi !== '' && order(hi) <= order(lo)) return `empty edition range \`${v}\``;
      const want = cx.configEdition;
      p.edition = want !== null && order(want) >= order(lo) && (hi === '' || order(want) < order(hi)) ? want : lo;
      return null;
    }
    if (!EDITIONS.includes(v)) return `bad edition \`${v}\`: expected one of ${EDITIONS.join(', ')} (or a range such as \`2018..\`)`;
    p.edition = v;
    return null;
  })],
  // Read before the table runs (the set of revisions decides which lines apply); validated here.
  ['revisions', value((v, _p, d) => (d.revision !== null ? '`revisions` cannot be limited to a revision' : null))],
  ['run-flags', value((v, p) => (p.runFlags.push(...splitFlags(v)), null))],
  ['rustc-env', envHandler((p) => p.rustcEnv)],
  ['exec-env', envHandler((p) => p.execEnv)],
  ['unset-rustc-env', value((v, p) => (p.unsetRustcEnv.push(v), null))],
  ['unset-exec-env', value((v, p) => (p.unsetExecEnv.push(v), null))],
  ['aux-build', auxHandler('lib', false)],
  ['aux-crate', auxHandler('lib', true)],
  ['proc-macro', auxHandler('proc-macro', false)],
  ['aux-bin', auxHandler('bin', false)],
  ['aux-codegen-backend', value((v, p) => ((p.unsupported ??= `aux-codegen-backend (${v}) is not supported by this harness`), null))],
  ['no-prefer-dynamic', flag((p) => (p.noPreferDynamic = true))],
  ['force-host', flag((p) => (p.forceHost = true))],
  ['error-pattern', value((v, p) => (p.errorPatterns.push(v), null))],
  ['regex-error-pattern', value((v, p) => {
    const r = compileRustRegex(v);
    if (!r.ok) return `bad regex \`${v}\` in regex-error-pattern: ${r.error}`;
    p.regexErrorPatterns.push({ regex: new RegExp(r.regex.source, r.regex.flags.replace('g', '')), source: v });
    return null;
  })],
  ['forbid-output', value((v, p) => (p.forbidOutput.push(v), null))],
  ['check-stdout', flag((p) => (p.checkStdout = true))],
  ['check-run-results', flag((p) => (p.checkRunResults = true))],
  ['dont-check-compiler-stdout', flag((p) => (p.dontCheckCompilerStdout = true))],
  ['dont-check-compiler-stderr', flag((p) => (p.dontCheckCompilerStderr = true))],
  ['dont-check-failure-status', flag((p) => (p.dontCheckFailureStatus = true))],
  ['failure-status', value((v, p) => {
    if (!/^-?\d+$/.test(v)) return `bad failure-status \`${v}\`: expected an integer exit code`;
    p.failureStatus ??= Number.parseInt(v, 10);
    return null;
  })],
  ['dont-require-annotations', value((v, p) => {
    const kind = USER_KINDS[v];
    if (!kind) return `unexpected diagnostic kind \`${v}\`, expected \`ERROR\`, \`WARN\`, \`NOTE\`, \`HELP\`, \`SUGGESTION\` or \`RAW\``;
    p.dontRequireAnnotations.add(kind);
    return null;
  })],
  ['known-bug', value((v, p) => {
    const ok = v === 'unknown' || v.split(',').map((s) => s.trim()).every((s) => /^([\w.-]+\/)?[\w.-]*#\d+$/.test(s) || /^https?:\/\/\S+$/.test(s));
    if (!ok) return `bad known-bug \`${v}\`: expected \`unknown\`, or issues such as \`#123\`, \`chalk#45\`, \`rust-lang/rust#1\` or a URL, separated by commas`;
    p.knownBug = true;
    return null;
  })],
  ['run-rustfix', flag((p) => (p.runRustfix = true))],
  ['rustfix-only-machine-applicable', flag((p) => (p.rustfixOnlyMachineApplicable = true))],
  ['stderr-per-bitwidth', flag((p) => (p.stderrPerBitwidth = true))],
  ['normalize-stderr', normalizeHandler((p) => p.normalizeStderr, null)],
  ['normalize-stdout', normalizeHandler((p) => p.normalizeStdout, null)],
  ['normalize-stderr-32bit', normalizeHandler((p) => p.normalizeStderr, 32)],
  ['normalize-stderr-64bit', normalizeHandler((p) => p.normalizeStderr, 64)],
  ['compare-output-by-lines', flag((p) => (p.compareOutputByLines = true))],
  ['remap-src-base', flag((p) => (p.remapSrcBase = true))],
  ['no-auto-check-cfg', flag((p) => (p.noAutoCheckCfg = true))],
  ['incremental', flag((p) => (p.incremental = true))],
  ['add-minicore', flag((p) => (p.unsupported ??= 'add-minicore needs rustc\'s tests/auxiliary/minicore.rs; not supported by this harness'))],
  ['should-ice', flag((p) => (p.shouldIce = true))],
  ['should-fail', flag((p) => (p.shouldFail = true))],
  ['ignore-parallel-frontend', (d, p) => {
    if (valueAfterColon(d) !== null) return '`ignore-parallel-frontend` takes a reason after a space, not a colon';
    p.ignoreParallel ??= remarkAfterSpace(d) ?? '';
    return null;
  }],
  ['needs-crate-type', value((v, p) => {
    const types = v.split(',').map((s) => s.trim());
    const bad = types.find((t) => !CRATE_TYPES.includes(t));
    if (bad) return `unknown crate type \`${bad}\` in needs-crate-type`;
    return null;
  })],
  ['needs-llvm-components', value((_v, p, _d, cx) => {
    if (hostHas(cx.host, 'needs-llvm-components') === false) p.ignoreReason ??= 'ignored: needs-llvm-components (the compiler has no LLVM backend)';
    return null;
  })],
  ['needs-target-has-atomic', value((v, p, _d, cx) => {
    if (!hostHasAtomics(cx.host, v)) p.ignoreReason ??= `ignored: needs-target-has-atomic: ${v}`;
    return null;
  })],
  ['needs-backends', value((v, p, _d, cx) => {
    if (!v.split(/\s+/).includes(cx.host.backend)) p.ignoreReason ??= `ignored: needs-backends: ${v} (the backend is ${cx.host.backend})`;
    return null;
  })],
  ['ignore-backends', value((v, p, _d, cx) => {
    if (v.split(/\s+/).includes(cx.host.backend)) p.ignoreReason ??= `ignored when the codegen backend is ${cx.host.backend}`;
    return null;
  })],
  ['min-llvm-version', llvmNeeds((have, v) => compareVersions(have, v) >= 0 || `ignored when the LLVM version ${have} is older than ${v}`, 'min-llvm-version')],
  ['min-system-llvm-version', llvmNeeds((have, v) => compareVersions(have, v) >= 0 || `ignored when the LLVM version ${have} is older than ${v}`, 'min-system-llvm-version')],
  ['exact-llvm-major-version', llvmNeeds((have, v) => have.split('.')[0] === v.split('.')[0] || `ignored when the LLVM major version is not ${v}`, 'exact-llvm-major-version')],
  ['max-llvm-major-version', llvmNeeds((have, v) => Number.parseInt(have, 10) <= Number.parseInt(v, 10) || `ignored when the LLVM major version is newer than ${v}`, 'max-llvm-major-version')],
  ['ignore-llvm-version', llvmNeeds((have, v) => {
    const [lo, hi] = v.split('-').map((s) => s.trim());
    const inRange = hi === undefined ? compareVersions(have, lo!) === 0 || have.startsWith(`${lo}.`) : compareVersions(have, lo!) >= 0 && compareVersions(have, hi) <= 0;
    return !inRange || `ignored when the LLVM version ${have} is in ${v}`;
  }, 'ignore-llvm-version')],
  ...NEEDS_FLAGS.map((n): [string, Handler] => [n, needsFlag(n)]),
  ...OTHER_MODE_NAMES.map((n): [string, Handler] => [n, NOOP]),
]);

/** True when `name` is a directive this harness knows (including the `ignore-`/`only-` families). */
export function isKnownDirective(name: string, host: HostInfo): boolean {
  if (HANDLERS.has(name)) return true;
  for (const prefix of ['ignore-', 'only-'] as const) {
    if (name.startsWith(prefix)) return evaluateIgnoreOnly(host, prefix, name.slice(prefix.length), null).kind !== 'invalid';
  }
  return false;
}

/** The declared revisions (from unconditional `revisions:` lines) and problems with them. */
export function declaredRevisions(lines: readonly DirectiveLine[]): { revisions: string[]; problems: LineProblem[] } {
  const revisions: string[] = [];
  const problems: LineProblem[] = [];
  for (const d of lines) {
    if (d.name !== 'revisions' || d.revision !== null) continue;
    const v = valueAfterColon(d);
    if (v === null || v === '') continue; // reported by the handler
    for (const r of v.split(/\s+/)) {
      if (r === 'true' || r === 'false') problems.push({ line: d.line, message: `revision name \`${r}\` is not permitted (it collides with a built-in cfg)` });
      else if (revisions.includes(r)) problems.push({ line: d.line, message: `duplicate revision \`${r}\`` });
      else if (!/^[\w-]+$/.test(r)) problems.push({ line: d.line, message: `bad revision name \`${r}\`: use letters, digits, \`_\` and \`-\`` });
      else revisions.push(r);
    }
  }
  return { revisions, problems };
}

/**
 * Runs the handler table over `lines` for one revision (null: a fixture without revisions).
 * Problems on lines limited to other revisions are reported by those revisions' own runs, except
 * the checks every line gets (unknown name, trailing directive, undeclared revision).
 */
export function loadProps(lines: readonly DirectiveLine[], revision: string | null, cx: HandlerContext, inheritedRevisions: readonly string[] = []): { props: TestProps; problems: LineProblem[] } {
  const props = defaultProps();
  const declared = declaredRevisions(lines);
  const problems: LineProblem[] = [...declared.problems];
  props.revisions = declared.revisions;
  // An auxiliary file may use the `[rev]` names of the test that builds it.
  const known = [...declared.revisions, ...inheritedRevisions];
  for (const d of lines) {
    if (!isKnownDirective(d.name, cx.host)) {
      const hint = d.name === '' ? ' (nothing after `//@`)' : d.name.startsWith('ignore-') || d.name.startsWith('only-') ? `: \`${d.name.replace(/^(ignore|only)-/, '')}\` is not a known condition` : '';
      problems.push({ line: d.line, message: `unknown compiletest directive \`${d.raw}\`${hint}` });
      continue;
    }
    const remark = remarkAfterSpace(d);
    if (remark !== null) {
      const next = remark.split(/\s+/)[0]!.replace(/:.*$/, '');
      if (isKnownDirective(next, cx.host)) {
        problems.push({ line: d.line, message: `detected trailing compiletest directive \`${next}\` after \`${d.name}\`: put the directive on its own line` });
        continue;
      }
    }
    if (d.revision !== null && !known.includes(d.revision)) {
      const have = known.length > 0 ? `declared revisions: ${known.join(', ')}` : 'the fixture declares no revisions';
      problems.push({ line: d.line, message: `\`//@[${d.revision}]\` names a revision that is not declared (${have})` });
      continue;
    }
    if (d.revision !== null && d.revision !== revision) continue;
    let problem: string | null;
    if (HANDLERS.has(d.name)) {
      problem = HANDLERS.get(d.name)!(d, props, cx);
    } else {
      const prefix = d.name.startsWith('ignore-') ? 'ignore-' : 'only-';
      const comment = (remarkAfterSpace(d) ?? valueAfterColon(d))?.replace(/^[\s-]+/, '').trim() || null;
      const outcome = evaluateIgnoreOnly(cx.host, prefix, d.name.slice(prefix.length), comment);
      problem = outcome.kind === 'invalid' ? outcome.message : null;
      if (outcome.kind === 'match') props.ignoreReason ??= outcome.reason;
    }
    if (problem) problems.push({ line: d.line, message: problem });
  }
  if (props.edition === null && cx.configEdition !== null) props.edition = cx.configEdition;
  if (props.shouldIce) props.failureStatus ??= 101;
  return { props, problems };
}
