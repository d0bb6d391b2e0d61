/**
 * Runs one test (fixture × revision × mode) the way compiletest's `run_ui_test` does: aux crates,
 * (check build for build-fail,) compile, exit-status checks, output comparison (or bless), rustfix,
 * run the binary, `.run.*` comparison, annotations, error patterns, compile the `.fixed` file.
 * Collects `TestFailure` values and stops where compiletest would stop. Spawns processes through
 * process.ts only; prints nothing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { matchAnnotations } from '../annotations.js';
import { applyBlessAction, blessActions, type BlessAction } from '../bless.js';
import { compareOutput, renderDiff, type ComparePolicy } from '../compare.js';
import { auxLibName, buildCompileCommand, buildRunCommand, expectedPath, withoutThreadsFlags, type OutputLocation } from '../command.js';
import type { CompilerInfo } from '../compiler.js';
import { diagnosticsOnly, extractRendered, malformedJsonLines, parseActualErrors } from '../diagnostics.js';
import { effectiveMode, type NormalizeRule, type Stage, type TestProps } from '../directives/props.js';
import { failureMessage, type TestFailure } from '../failures.js';
import { loadAuxProps, type LoadOptions, type TestCase } from '../fixture.js';
import { isJsonOutput, normalizeOutput, type NormalizeContext } from '../normalize.js';
import { applySuggestions } from '../rustfix.js';
import type { CoreBudget } from './core-budget.js';
import { OUTPUT_CAP_BYTES, renderCommand, runProcess, type Command, type ProcessResult } from './process.js';

export type ModeKind = 'serial' | 'parallel';

export interface ModeSpec {
  readonly kind: ModeKind;
  /** `-Zthreads=N` of parallel mode (serial mode passes only compiletest's `-Zthreads=1`). */
  readonly threads: number;
}

export interface RunSettings {
  readonly compiler: CompilerInfo;
  readonly suiteRoot: string;
  /** The run's fresh output root (`$BUILD_DIR`). */
  readonly buildRoot: string;
  readonly pass: Stage | null;
  /** Write expected files (only ever true for serial runs). */
  readonly bless: boolean;
  readonly timeoutMs: number;
  readonly parallelCompare: ComparePolicy;
  readonly color: boolean;
  readonly cargoHome: string;
  readonly keepOutDir: boolean;
  readonly loadOptions: LoadOptions;
  readonly capBytes?: number;
  /** The environment every process starts from (the harness's, in production). */
  readonly baseEnv: NodeJS.ProcessEnv;
  /** Cores shared by all compiler processes (nondeterminism hunts); none: no limit. */
  readonly budget?: CoreBudget;
}

export type TestStatus = 'passed' | 'failed' | 'ignored' | 'interrupted';

export interface TestOutcome {
  readonly status: TestStatus;
  readonly failures: TestFailure[];
  readonly ignoreReason: string | null;
  /** The main compile command, as a shell line. */
  readonly command: string | null;
  /** Wall time of the compiler processes of this test. */
  readonly compilerMs: number;
  readonly durationMs: number;
  readonly blessed: BlessAction[];
}

class Interrupted extends Error {}

/** Stops a test early: the failures so far are its verdict. */
class Fatal extends Error {}

interface Ctx {
  readonly test: TestCase;
  readonly props: TestProps;
  readonly mode: ModeSpec;
  readonly s: RunSettings;
  readonly outDir: string;
  /** Moves later by the time spent waiting for the core budget. */
  deadline: number;
  readonly failures: TestFailure[];
  readonly blessed: BlessAction[];
  compilerMs: number;
  mainCommand: string | null;
}

function outDirName(test: TestCase, mode: ModeSpec): string {
  const base = test.fixture.rel.slice(0, -3);
  return `${base}${test.revision ? `.${test.revision}` : ''}.${mode.kind}`;
}

async function run(cx: Ctx, cmd: Command, isCompiler: boolean): Promise<ProcessResult> {
  const budget = cx.s.budget;
  let release: (() => void) | null = null;
  if (budget) {
    // Waiting for cores is not the test's time.
    const waitStart = Date.now();
    release = await budget.acquire(isCompiler && cx.mode.kind === 'parallel' ? budget.unitsFor(cx.mode.threads) : 1);
    cx.deadline += Date.now() - waitStart;
  }
  let r: ProcessResult;
  try {
    r = await runProcess(cmd, { deadline: cx.deadline, capBytes: cx.s.capBytes ?? OUTPUT_CAP_BYTES, track: isCompiler, baseEnv: cx.s.baseEnv });
  } finally {
    release?.();
  }
  if (isCompiler) cx.compilerMs += r.wallMs;
  if (r.interrupted) throw new Interrupted();
  const command = renderCommand(cmd, { withCwd: !isCompiler });
  if (r.spawnError) {
    cx.failures.push({ kind: 'spawnFailed', message: r.spawnError, command });
    throw new Fatal();
  }
  if (r.timedOut) {
    cx.failures.push({ kind: 'timeout', timeoutMs: cx.s.timeoutMs, command, stderr: r.stderr, stdout: r.stdout, status: { code: r.code, signal: r.signal } });
    throw new Fatal();
  }
  return r;
}

function statusOf(r: ProcessResult) {
  return { code: r.code, signal: r.signal };
}

function normalizeContext(cx: Ctx): NormalizeContext {
  const relDir = dirname(cx.test.fixture.rel);
  let canonical = cx.outDir;
  try {
    canonical = realpathSync(cx.outDir);
  } catch {
    // The directory may be gone after a timeout; the raw path is enough.
  }
  return {
    testDir: cx.test.fixture.dir,
    remappedTestDir: cx.props.remapSrcBase ? (relDir === '.' ? 'fake-test-src-base' : `fake-test-src-base/${relDir}`) : null,
    rustSrcDir: cx.s.compiler.rustSrcDir,
    testBuildDirs: canonical === cx.outDir ? [cx.outDir] : [cx.outDir, canonical],
    buildRoot: cx.s.buildRoot,
    json: isJsonOutput(cx.props.compileFlags, cx.props.runFlags),
  };
}

function comparePolicy(cx: Ctx): ComparePolicy {
  if (cx.props.compareOutputByLines) return 'lines';
  return cx.mode.kind === 'parallel' ? cx.s.parallelCompare : 'exact';
}

/** Compares (or blesses) one stream; returns true when it differed and was not blessed. */
function checkStream(cx: Ctx, stream: string, actual: string, command: string): boolean {
  const file = cx.test.fixture.path;
  const path = expectedPath(file, cx.test.revision, stream);
  const base = cx.test.revision !== null ? expectedPath(file, null, stream) : null;
  let expected = '';
  if (existsSync(path)) expected = readFileSync(path, 'utf8');
  const outcome = compareOutput(expected, actual, comparePolicy(cx));
  if (cx.s.bless) {
    const actions = blessActions(stream, path, base, actual, outcome !== 'same');
    for (const a of actions) applyBlessAction(a);
    cx.blessed.push(...actions);
    return false;
  }
  if (outcome === 'same') return false;
  const shown = cx.s.loadOptions.displayPath(path);
  const diff = renderDiff(expected, actual, { expected: shown, actual: `actual ${stream} (${cx.mode.kind})` }, cx.s.color);
  if (outcome === 'reordered') cx.failures.push({ kind: 'reordered', stream, expectedPath: shown, diff, command });
  else cx.failures.push({ kind: 'outputDiffers', stream, expectedPath: shown, diff, emptyExpected: expected === '', command });
  return true;
}

function renderedStderr(props: TestProps, stderr: string): string {
  return props.compileFlags.some((f) => f.startsWith('--error-format')) ? stderr : extractRendered(stderr);
}

/** Compares compiler (or binary) stdout/stderr with their expected files; returns the count that differed. */
function compareOutputs(cx: Ctx, r: ProcessResult, prefix: '' | 'run.', command: string, checkStdout: boolean, checkStderr: boolean, stderrKind: string): number {
  const ncx = normalizeContext(cx);
  const norm = (text: string, rules: readonly NormalizeRule[]) => normalizeOutput(text, ncx, rules);
  let errors = 0;
  if (checkStdout && checkStream(cx, `${prefix}stdout`, norm(r.stdout, cx.props.normalizeStdout), command)) errors++;
  if (checkStderr && checkStream(cx, `${prefix}${stderrKind}`, norm(renderedStderr(cx.props, r.stderr), cx.props.normalizeStderr), command)) errors++;
  return errors;
}

interface AuxResult {
  readonly externs: string[];
}

/** Builds the aux crates of `props` (recursively, each with its own directives) into `auxDir`. */
async function buildAux(cx: Ctx, props: TestProps, ofDir: string, auxDir: string, depth: number): Promise<AuxResult> {
  const externs: string[] = [];
  if (depth > 8) {
    cx.failures.push({ kind: 'badFixture', file: cx.test.displayPath, message: 'auxiliary crates nest more than 8 deep (a cycle?)' });
    throw new Fatal();
  }
  for (const aux of props.aux) {
    const file = join(ofDir, 'auxiliary', aux.file);
    const { props: auxProps, failures } = loadAuxProps(file, join(ofDir, 'auxiliary', dirname(aux.file)), cx.test.revision, cx.props.revisions, cx.s.loadOptions);
    if (failures.length > 0) {
      cx.failures.push(...failures);
      throw new Fatal();
    }
    const isBin = aux.kind === 'bin';
    const targetDir = isBin ? join(auxDir, 'bin') : auxDir;
    mkdirSync(targetDir, { recursive: true });
    const nested = await buildAux(cx, auxProps, dirname(file), auxDir, depth + 1);
    const crateType = isBin ? ['--crate-type', 'bin'] : aux.kind === 'proc-macro' ? ['--crate-type', 'proc-macro', '--extern', 'proc_macro'] : auxProps.noPreferDynamic ? [] : ['--crate-type', 'dylib'];
    const cmd = buildCompileCommand({
      compiler: cx.s.compiler, input: file, props: aux.kind === 'proc-macro' ? { ...auxProps, forceHost: true } : auxProps,
      revision: cx.test.revision, threads: cx.mode.kind === 'parallel' ? cx.mode.threads : null, emitMetadata: false,
      output: { kind: 'dir', path: targetDir }, allowUnused: false, auxDir: null, externs: nested.externs,
      isMain: false, extra: [...crateType, '-L', auxDir], incrementalDir: null, suiteRoot: cx.s.suiteRoot,
      cargoHome: cx.s.cargoHome, cwd: cx.outDir,
    });
    const r = await run(cx, cmd, true);
    if (r.code !== 0) {
      cx.failures.push({ kind: 'auxBuildFailed', aux: cx.s.loadOptions.displayPath(file), command: renderCommand(cmd), status: statusOf(r), stderr: extractRendered(r.stderr), stdout: r.stdout });
      throw new Fatal();
    }
    if (aux.externName !== null) {
      const dylib = join(auxDir, auxLibName(aux.file, true));
      const rlib = join(auxDir, auxLibName(aux.file, false));
      externs.push('--extern', `${aux.externName}=${existsSync(rlib) && !existsSync(dylib) ? rlib : dylib}`);
    }
  }
  return { externs };
}

function checkAnnotations(cx: Ctx, r: ProcessResult, command: string): void {
  const { test, props } = cx;
  const output = props.checkStdout ? r.stdout + r.stderr : r.stderr;
  const expected = test.annotations;
  if (r.code === 0 && expected.some((e) => e.kind === 'ERROR')) {
    cx.failures.push({ kind: 'noErrorStatus', command, status: statusOf(r), stderr: extractRendered(r.stderr) });
    throw new Fatal();
  }
  if (props.knownBug) {
    for (const e of expected) cx.failures.push({ kind: 'knownBugAnnotated', file: test.displayPath, line: e.writtenOn, command });
    if (expected.length > 0) throw new Fatal();
    return;
  }
  const fileName = props.remapSrcBase ? `fake-test-src-base/${test.fixture.rel}` : test.fixture.path;
  const { errors, unknownLevels } = parseActualErrors(fileName, output);
  if (unknownLevels.length > 0) {
    cx.failures.push({ kind: 'unknownDiagnosticLevel', levels: unknownLevels, command });
    throw new Fatal();
  }
  const ncx = normalizeContext(cx);
  const actual = errors.map((e) => ({ ...e, msg: normalizeOutput(e.msg, ncx) }));
  for (const a of actual) {
    const pattern = props.errorPatterns.map((p) => p.trim()).find((p) => a.msg.includes(p));
    if (pattern !== undefined) {
      cx.failures.push({ kind: 'errorPatternInDiagnostics', pattern, diagnosticKind: a.kind, noLine: a.line === null, command });
      throw new Fatal();
    }
  }
  const { unexpected, notFound, hints } = matchAnnotations(expected, actual, props.dontRequireAnnotations);
  for (const u of unexpected) {
    cx.failures.push({ kind: 'unexpectedDiagnostic', file: test.displayPath, line: u.line, column: u.column, diagnosticKind: u.kind, msg: u.msg, hint: hints.get(u) ?? null, command });
  }
  for (const n of notFound) {
    cx.failures.push({ kind: 'annotationMissing', file: test.displayPath, line: n.line, column: n.column, annotationKind: n.kind, msg: n.msg, hint: hints.get(n) ?? null, writtenOn: n.writtenOn, command });
  }
  if (unexpected.length > 0 || notFound.length > 0) throw new Fatal();
}

function checkPatterns(cx: Ctx, r: ProcessResult, command: string): void {
  const output = cx.props.checkStdout ? r.stdout + r.stderr : r.stderr;
  const missing = [
    ...cx.props.errorPatterns.filter((p) => !output.includes(p.trim())),
    ...cx.props.regexErrorPatterns.filter((p) => !p.regex.test(output)).map((p) => p.source),
  ];
  for (const pattern of missing) cx.failures.push({ kind: 'errorPatternMissing', pattern, command, stderr: output });
  for (const pattern of cx.props.forbidOutput) {
    if (output.includes(pattern)) cx.failures.push({ kind: 'forbiddenOutput', pattern, command });
  }
  if (cx.failures.length > 0) throw new Fatal();
}

function isCrash(r: ProcessResult): boolean {
  return r.signal !== null || r.code === 101;
}

async function runUiTest(cx: Ctx): Promise<void> {
  const { test, props, s, mode } = cx;
  const pm = effectiveMode(props, s.pass);
  const willExecute = pm.stage === 'run';
  const emitMetadata = pm.stage === 'check';
  const declaredRunPass = props.declaredMode.stage === 'run' && props.declaredMode.outcome === 'pass';
  const hasAux = props.aux.length > 0;
  const auxDir = join(cx.outDir, 'auxiliary');
  let externs: string[] = [];
  if (hasAux) {
    mkdirSync(auxDir, { recursive: true });
    externs = (await buildAux(cx, props, test.fixture.dir, auxDir, 0)).externs;
  }
  const threads = mode.kind === 'parallel' ? mode.threads : null;
  const incrementalDir = props.incremental ? join(cx.outDir, 'incremental') : null;
  const compileCommand = (input: string, output: OutputLocation, emit: boolean, allowUnused: boolean, extra: string[]) =>
    buildCompileCommand({
      compiler: s.compiler, input, props, revision: test.revision, threads, emitMetadata: emit, output, allowUnused,
      auxDir: hasAux ? auxDir : null, externs, isMain: true, extra, incrementalDir, suiteRoot: s.suiteRoot,
      cargoHome: s.cargoHome, cwd: cx.outDir,
    });
  const exe = join(cx.outDir, 'a');

  if (pm.stage === 'build' && pm.outcome === 'fail') {
    const check = compileCommand(test.fixture.path, { kind: 'dir', path: cx.outDir }, true, !declaredRunPass, []);
    const r = await run(cx, check, true);
    if (r.code !== 0) {
      cx.failures.push({ kind: 'checkBuildFailed', command: renderCommand(check), status: statusOf(r), stderr: extractRendered(r.stderr), stdout: r.stdout });
      throw new Fatal();
    }
  }

  const cmd = compileCommand(test.fixture.path, willExecute ? { kind: 'file', path: exe } : { kind: 'dir', path: cx.outDir }, emitMetadata, !declaredRunPass, []);
  const command = renderCommand(cmd);
  cx.mainCommand = command;
  const r = await run(cx, cmd, true);
  const proc = { command, status: statusOf(r), stderr: renderedStderr(props, r.stderr), stdout: r.stdout };

  const shouldCompile = pm.outcome === 'pass' || pm.stage === 'run';
  if (props.shouldIce && r.code !== 101) {
    cx.failures.push({ kind: 'expectedIce', ...proc });
    throw new Fatal();
  }
  if (shouldCompile && r.code !== 0) {
    cx.failures.push({ kind: isCrash(r) ? 'crash' : 'compileFailed', ...proc });
    throw new Fatal();
  }
  if (!shouldCompile) {
    if (r.code === 0) {
      cx.failures.push({ kind: 'unexpectedSuccess', ...proc });
      throw new Fatal();
    }
    const want = props.failureStatus ?? 1;
    if (!props.dontCheckFailureStatus && r.code !== want) {
      cx.failures.push(isCrash(r) && want !== 101 ? { kind: 'crash', ...proc } : { kind: 'exitStatus', expected: want, ...proc });
      throw new Fatal();
    }
  }
  if (r.truncated && !props.dontCheckCompilerStdout && !props.dontCheckCompilerStderr) {
    cx.failures.push({ kind: 'outputTruncated', limitBytes: s.capBytes ?? OUTPUT_CAP_BYTES, ...proc });
    throw new Fatal();
  }
  const explicitFormat = props.compileFlags.some((f) => f.startsWith('--error-format'));
  const badJson = explicitFormat ? [] : malformedJsonLines(r.stderr);
  if (badJson.length > 0) cx.failures.push({ kind: 'invalidJson', lines: badJson, ...proc });

  const stderrKind = props.stderrPerBitwidth ? `${s.compiler.host.pointerWidth}bit.stderr` : 'stderr';
  let errors = compareOutputs(cx, r, '', command, !props.dontCheckCompilerStdout, !props.dontCheckCompilerStderr, stderrKind);
  if (props.runRustfix) {
    const fix = applySuggestions(test.source ?? '', diagnosticsOnly(r.stderr), test.fixture.path, props.rustfixOnlyMachineApplicable);
    if (!fix.ok) {
      cx.failures.push({ kind: 'rustfixFailed', message: fix.error, command });
      throw new Fatal();
    }
    if (checkStream(cx, 'fixed', fix.fixed, command)) errors++;
  }
  if (errors > 0 || cx.failures.length > 0) throw new Fatal();

  let ran: ProcessResult | null = null;
  if (willExecute) {
    const runCmd = buildRunCommand(s.compiler, exe, props, hasAux ? auxDir : null, cx.outDir, s.baseEnv);
    const runLine = renderCommand(runCmd, { withCwd: true });
    ran = await run(cx, runCmd, false);
    if (props.checkRunResults && compareOutputs(cx, ran, 'run.', runLine, true, true, 'stderr') > 0) throw new Fatal();
    const code = ran.code;
    const runProc = { command: runLine, status: statusOf(ran), stderr: ran.stderr, stdout: ran.stdout };
    const crashed = ran.signal !== null || (code !== null && (code < 0 || code > 127));
    const ok = pm.outcome === 'pass' ? code === 0
      : pm.outcome === 'fail' ? code !== null && code >= 1 && code <= 127
      : pm.outcome === 'crash' ? crashed
      : code !== 0;
    if (!ok) {
      const expected = pm.outcome === 'pass' ? 'exit status 0' : pm.outcome === 'fail' ? 'a failure (exit status 1..=127)' : pm.outcome === 'crash' ? 'a crash (a signal or an exit status above 127)' : 'a failure or a crash';
      cx.failures.push({ kind: 'runFailed', expected, ...runProc });
      throw new Fatal();
    }
  }

  checkAnnotations(cx, r, command);
  checkPatterns(cx, ran ?? r, ran ? renderCommand(buildRunCommand(s.compiler, exe, props, hasAux ? auxDir : null, cx.outDir, s.baseEnv), { withCwd: true }) : command);

  if (props.runRustfix) {
    const fixedPath = expectedPath(test.fixture.path, test.revision, 'fixed');
    const extra = test.revision !== null ? ['--crate-name', test.fixture.stem.replaceAll('.', '__').replaceAll('-', '_')] : [];
    const fixedCmd = compileCommand(fixedPath, willExecute ? { kind: 'file', path: exe } : { kind: 'dir', path: cx.outDir }, emitMetadata, false, extra);
    const fr = await run(cx, fixedCmd, true);
    const fixedLine = renderCommand(fixedCmd);
    if (fr.code !== 0) {
      cx.failures.push({ kind: 'rustfixFailed', message: 'failed to compile fixed code', command: fixedLine, status: statusOf(fr), stderr: extractRendered(fr.stderr) });
    } else if (fr.stderr !== '' && !props.rustfixOnlyMachineApplicable && diagnosticsOnly(fr.stderr).length > 0) {
      cx.failures.push({ kind: 'rustfixFailed', message: 'fixed code is still producing diagnostics', command: fixedLine, status: statusOf(fr), stderr: extractRendered(fr.stderr) });
    }
  }
}

/** Runs one test in one mode and returns its verdict. */
export async function runTest(test: TestCase, mode: ModeSpec, s: RunSettings): Promise<TestOutcome> {
  const started = performance.now();
  const done = (status: TestStatus, extra: Partial<TestOutcome> = {}): TestOutcome => ({
    status, failures: [], ignoreReason: null, command: null, compilerMs: 0, durationMs: performance.now() - started, blessed: [], ...extra,
  });
  if (test.loadFailures.length > 0) return done('failed', { failures: [...test.loadFailures] });
  const props = test.props;
  if (props.unsupported) return done('ignored', { ignoreReason: `unsupported: ${props.unsupported}` });
  if (props.ignoreReason) return done('ignored', { ignoreReason: props.ignoreReason });
  if (mode.kind === 'parallel' && props.ignoreParallel !== null) {
    return done('ignored', { ignoreReason: `ignored when the parallel frontend is enabled${props.ignoreParallel ? ` (${props.ignoreParallel})` : ''}` });
  }
  const outDir = join(s.buildRoot, outDirName(test, mode));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const cx: Ctx = { test, props, mode, s, outDir, deadline: Date.now() + s.timeoutMs, failures: [], blessed: [], compilerMs: 0, mainCommand: null };
  let interrupted = false;
  try {
    await runUiTest(cx);
  } catch (e) {
    if (e instanceof Interrupted) interrupted = true;
    else if (!(e instanceof Fatal)) throw e;
  } finally {
    if (!s.keepOutDir) rmSync(outDir, { recursive: true, force: true });
  }
  const extra = { command: cx.mainCommand, compilerMs: cx.compilerMs, blessed: cx.blessed };
  if (interrupted) return done('interrupted', extra);
  if (props.shouldFail) {
    return cx.failures.length > 0 ? done('passed', extra) : done('failed', { ...extra, failures: [{ kind: 'shouldFailPassed' }] });
  }
  return done(cx.failures.length > 0 ? 'failed' : 'passed', { ...extra, failures: cx.failures });
}


/**
 * The main compile of a test, ready to be run again and again by a nondeterminism hunt: aux crates
 * are built once (serially, so every run links the same ones) into a fresh output directory, and
 * `command` gives the compile compiletest would run, at any thread count, with extra arguments
 * (a schedule seed) at the end. The hunt runs the commands itself; nothing here compares output.
 */
export interface HuntTarget {
  readonly outDir: string;
  readonly props: TestProps;
  /** The test's own `-Z threads=N`, left out of the hunt's commands (they set the count). */
  readonly ownThreads: number | null;
  readonly normalize: NormalizeContext;
  /** The main compile at `-Zthreads=threads` (null: serial, compiletest's `-Zthreads=1` only). */
  command(threads: number | null, extra: readonly string[]): Command;
  /** Empties the output directory between runs; the aux crates stay. */
  clean(): void;
  /** Removes the output directory (unless `--keep-out-dir`). */
  dispose(): void;
}

export type HuntPreparation =
  | { readonly kind: 'ready'; readonly target: HuntTarget }
  | { readonly kind: 'skip'; readonly reason: string }
  | { readonly kind: 'interrupted' };

export async function prepareHunt(test: TestCase, s: RunSettings): Promise<HuntPreparation> {
  const props = test.props;
  if (test.loadFailures.length > 0) return { kind: 'skip', reason: 'the test does not load' };
  if (props.unsupported) return { kind: 'skip', reason: `unsupported: ${props.unsupported}` };
  if (props.ignoreReason) return { kind: 'skip', reason: props.ignoreReason };
  if (props.ignoreParallel !== null) return { kind: 'skip', reason: `ignored when the parallel frontend is enabled${props.ignoreParallel ? ` (${props.ignoreParallel})` : ''}` };
  const outDir = join(s.buildRoot, `${test.fixture.rel.slice(0, -3)}${test.revision ? `.${test.revision}` : ''}.hunt`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const dispose = () => {
    if (!s.keepOutDir) rmSync(outDir, { recursive: true, force: true });
  };
  const serial: ModeSpec = { kind: 'serial', threads: 1 };
  const cx: Ctx = { test, props, mode: serial, s, outDir, deadline: Date.now() + s.timeoutMs, failures: [], blessed: [], compilerMs: 0, mainCommand: null };
  const hasAux = props.aux.length > 0;
  const auxDir = join(outDir, 'auxiliary');
  let externs: string[] = [];
  try {
    if (hasAux) {
      mkdirSync(auxDir, { recursive: true });
      externs = (await buildAux(cx, props, test.fixture.dir, auxDir, 0)).externs;
    }
  } catch (e) {
    dispose();
    if (e instanceof Interrupted) return { kind: 'interrupted' };
    if (e instanceof Fatal) return { kind: 'skip', reason: `an auxiliary crate did not build: ${cx.failures[0] ? failureMessage(cx.failures[0]) : 'unknown failure'}` };
    throw e;
  }
  const pm = effectiveMode(props, s.pass);
  const declaredRunPass = props.declaredMode.stage === 'run' && props.declaredMode.outcome === 'pass';
  const output: OutputLocation = pm.stage === 'run' ? { kind: 'file', path: join(outDir, 'a') } : { kind: 'dir', path: outDir };
  const own = withoutThreadsFlags(props.compileFlags);
  const huntProps: TestProps = { ...props, compileFlags: own.flags };
  const target: HuntTarget = {
    outDir,
    props,
    ownThreads: own.own,
    normalize: normalizeContext(cx),
    command: (threads, extra) => buildCompileCommand({
      compiler: s.compiler, input: test.fixture.path, props: huntProps, revision: test.revision, threads, emitMetadata: pm.stage === 'check',
      output, allowUnused: !declaredRunPass, auxDir: hasAux ? auxDir : null, externs, isMain: true, extra: [...extra],
      incrementalDir: props.incremental ? join(outDir, 'incremental') : null, suiteRoot: s.suiteRoot, cargoHome: s.cargoHome, cwd: outDir,
    }),
    clean: () => {
      for (const name of readdirSync(outDir)) if (name !== 'auxiliary') rmSync(join(outDir, name), { recursive: true, force: true });
    },
    dispose,
  };
  return { kind: 'ready', target };
}
