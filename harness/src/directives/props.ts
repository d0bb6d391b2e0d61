/**
 * `TestProps`: everything the directives of one fixture say for one revision, as plain data
 * (compiletest `TestProps`). Filled by the handler table (handlers.ts); read by the runner.
 */

export type Stage = 'check' | 'build' | 'run';
/** What the test expects of its stage: success, failure (exit 1..127), a crash, or either. */
export type Outcome = 'pass' | 'fail' | 'crash' | 'fail-or-crash';

export interface PassFailMode {
  readonly stage: Stage;
  readonly outcome: Outcome;
}

export type AnnotationKind = 'ERROR' | 'WARN' | 'NOTE' | 'HELP' | 'SUGGESTION' | 'RAW';

export interface NormalizeRule {
  readonly regex: RegExp;
  readonly replacement: string;
  readonly line: number;
}

export interface AuxCrate {
  /** Path relative to the fixture's `auxiliary/` directory. */
  readonly file: string;
  /** The `--extern` name (aux-crate), or null (aux-build: `-L` only). */
  readonly externName: string | null;
  readonly kind: 'lib' | 'bin' | 'proc-macro';
  readonly line: number;
}

export interface TestProps {
  /** The mode the directives declare (default `check-fail`); `--pass` may override `*-pass`. */
  declaredMode: PassFailMode;
  /** True once a `*-pass`/`*-fail` directive has set the mode (a second one is an error). */
  modeSet: boolean;
  noPassOverride: boolean;
  compileFlags: string[];
  nonAuxCompileFlags: string[];
  edition: string | null;
  revisions: string[];
  runFlags: string[];
  rustcEnv: Array<[string, string]>;
  unsetRustcEnv: string[];
  execEnv: Array<[string, string]>;
  unsetExecEnv: string[];
  aux: AuxCrate[];
  noPreferDynamic: boolean;
  forceHost: boolean;
  errorPatterns: string[];
  regexErrorPatterns: Array<{ regex: RegExp; source: string }>;
  forbidOutput: string[];
  checkStdout: boolean;
  checkRunResults: boolean;
  dontCheckCompilerStdout: boolean;
  dontCheckCompilerStderr: boolean;
  dontCheckFailureStatus: boolean;
  failureStatus: number | null;
  dontRequireAnnotations: Set<AnnotationKind>;
  knownBug: boolean;
  runRustfix: boolean;
  rustfixOnlyMachineApplicable: boolean;
  stderrPerBitwidth: boolean;
  normalizeStderr: NormalizeRule[];
  normalizeStdout: NormalizeRule[];
  compareOutputByLines: boolean;
  remapSrcBase: boolean;
  noAutoCheckCfg: boolean;
  incremental: boolean;
  shouldIce: boolean;
  shouldFail: boolean;
  /** Why the test is ignored on this host (first `ignore-*`/`only-*`/`needs-*` that applies). */
  ignoreReason: string | null;
  /** `ignore-parallel-frontend [reason]`: skipped in parallel mode. */
  ignoreParallel: string | null;
  /** A feature this harness does not implement; the test is reported ignored with this reason. */
  unsupported: string | null;
}

export function defaultProps(): TestProps {
  return {
    declaredMode: { stage: 'check', outcome: 'fail' },
    modeSet: false,
    noPassOverride: false,
    compileFlags: [],
    nonAuxCompileFlags: [],
    edition: null,
    revisions: [],
    runFlags: [],
    rustcEnv: [],
    unsetRustcEnv: [],
    execEnv: [],
    unsetExecEnv: [],
    aux: [],
    noPreferDynamic: false,
    forceHost: false,
    errorPatterns: [],
    regexErrorPatterns: [],
    forbidOutput: [],
    checkStdout: false,
    checkRunResults: false,
    dontCheckCompilerStdout: false,
    dontCheckCompilerStderr: false,
    dontCheckFailureStatus: false,
    failureStatus: null,
    dontRequireAnnotations: new Set(),
    knownBug: false,
    runRustfix: false,
    rustfixOnlyMachineApplicable: false,
    stderrPerBitwidth: false,
    normalizeStderr: [],
    normalizeStdout: [],
    compareOutputByLines: false,
    remapSrcBase: false,
    noAutoCheckCfg: false,
    incremental: false,
    shouldIce: false,
    shouldFail: false,
    ignoreReason: null,
    ignoreParallel: null,
    unsupported: null,
  };
}

/** The mode after `--pass`: only `*-pass` modes are replaced, and not with `no-pass-override`. */
export function effectiveMode(props: TestProps, passOverride: Stage | null): PassFailMode {
  if (passOverride && props.declaredMode.outcome === 'pass' && !props.noPassOverride) {
    return { stage: passOverride, outcome: 'pass' };
  }
  return props.declaredMode;
}

export function modeName(m: PassFailMode): string {
  return m.outcome === 'pass' || m.outcome === 'fail' ? `${m.stage}-${m.outcome}` : `run-${m.outcome}`;
}
