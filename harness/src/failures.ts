/**
 * Every way a UI test can fail, as one variant of the `TestFailure` union, each with the data it
 * needs, its message (`failureMessage`) and, where a process was involved, the command that
 * reproduces it. Tests collect failures as values; reporters render them. Nothing here prints.
 */

export interface ExitStatus {
  readonly code: number | null;
  readonly signal: string | null;
}

export function describeStatus(s: ExitStatus): string {
  return s.signal ? `signal: ${s.signal}` : `exit status: ${s.code}`;
}

/** Fields shared by failures that come from a process run. */
interface ProcessContext {
  /** Shell command that reproduces the run (environment included). */
  readonly command: string;
  readonly status?: ExitStatus;
  /** The process's output as the harness saw it (rendered stderr, stdout), for the report. */
  readonly stderr?: string;
  readonly stdout?: string;
}

export type TestFailure =
  | { kind: 'badDirective'; file: string; line: number; message: string }
  | { kind: 'badAnnotation'; file: string; line: number; message: string }
  | { kind: 'badFixture'; file: string; message: string }
  | ({ kind: 'spawnFailed'; message: string } & ProcessContext)
  | ({ kind: 'auxBuildFailed'; aux: string } & ProcessContext)
  | ({ kind: 'checkBuildFailed' } & ProcessContext)
  | ({ kind: 'compileFailed' } & ProcessContext)
  | ({ kind: 'unexpectedSuccess' } & ProcessContext)
  | ({ kind: 'exitStatus'; expected: number } & ProcessContext)
  | ({ kind: 'crash' } & ProcessContext)
  | ({ kind: 'expectedIce' } & ProcessContext)
  | ({ kind: 'timeout'; timeoutMs: number } & ProcessContext)
  | ({ kind: 'outputTruncated'; limitBytes: number } & ProcessContext)
  | ({ kind: 'invalidJson'; lines: Array<{ line: number; text: string }> } & ProcessContext)
  | ({ kind: 'unknownDiagnosticLevel'; levels: string[] } & ProcessContext)
  | ({ kind: 'outputDiffers'; stream: string; expectedPath: string; diff: string; emptyExpected: boolean } & ProcessContext)
  | ({ kind: 'reordered'; stream: string; expectedPath: string; diff: string } & ProcessContext)
  | ({ kind: 'unexpectedDiagnostic'; file: string; line: number | null; column: number | null; diagnosticKind: string; msg: string; hint: string | null } & ProcessContext)
  | ({ kind: 'annotationMissing'; file: string; line: number | null; column: number; annotationKind: string; msg: string; hint: string | null; writtenOn: number } & ProcessContext)
  | ({ kind: 'noErrorStatus' } & ProcessContext)
  | ({ kind: 'knownBugAnnotated'; file: string; line: number } & ProcessContext)
  | ({ kind: 'errorPatternMissing'; pattern: string } & ProcessContext)
  | ({ kind: 'errorPatternInDiagnostics'; pattern: string; diagnosticKind: string; noLine: boolean } & ProcessContext)
  | ({ kind: 'forbiddenOutput'; pattern: string } & ProcessContext)
  | ({ kind: 'runFailed'; expected: string } & ProcessContext)
  | ({ kind: 'rustfixFailed'; message: string } & Partial<ProcessContext>)
  | ({ kind: 'nondeterministic'; label: string; reason: string; listing: string | null; diff: string } & ProcessContext)
  | { kind: 'shouldFailPassed' }
  | { kind: 'unexpectedlyPassed'; reason: string; knownFailuresFile: string };

export type FailureKind = TestFailure['kind'];

function where(file: string, line: number | null, column?: number | null): string {
  return line === null ? `${file}:?` : column ? `${file}:${line}:${column}` : `${file}:${line}`;
}

/** The one-paragraph message of a failure (compiletest's wording where it has one). */
export function failureMessage(f: TestFailure): string {
  switch (f.kind) {
    case 'badDirective': return `${f.file}:${f.line}: ${f.message}`;
    case 'badAnnotation': return `${f.file}:${f.line}: ${f.message}`;
    case 'badFixture': return `${f.file}: ${f.message}`;
    case 'spawnFailed': return `could not start the compiler: ${f.message}`;
    case 'auxBuildFailed': return `auxiliary build of ${f.aux} failed to compile (${describeStatus(f.status!)})`;
    case 'checkBuildFailed': return '`build-fail` test is required to pass check build, but check build failed';
    case 'compileFailed': return `test compilation failed although it shouldn't! (${describeStatus(f.status!)})`;
    case 'unexpectedSuccess': return 'ui test did not emit an error\nnote: by default, ui tests are expected not to compile.\nhint: use check-pass, build-pass, or run-pass directive to change this behavior.';
    case 'exitStatus': return `expected failure status (${f.expected}) but received ${describeStatus(f.status!)}`;
    case 'crash': return f.status?.signal ? `the compiler was terminated by ${f.status.signal}` : `the compiler crashed: internal compiler error (${describeStatus(f.status!)})`;
    case 'expectedIce': return `expected an internal compiler error (exit status 101), got ${describeStatus(f.status!)}`;
    case 'timeout': return `timed out after ${Math.round(f.timeoutMs / 1000)} s; the process tree was killed`;
    case 'outputTruncated': return `compiler output got truncated (over ${f.limitBytes / 1024} KiB), cannot compare with reference file`;
    case 'invalidJson': return `the compiler printed ${f.lines.length} line(s) that start with \`{\` but are not valid JSON, first on output line ${f.lines[0]!.line}: ${f.lines[0]!.text.slice(0, 200)}`;
    case 'unknownDiagnosticLevel': return `the compiler printed diagnostics with unknown level(s): ${f.levels.map((l) => `\`${l}\``).join(', ')}`;
    case 'outputDiffers': return f.emptyExpected ? `the actual ${f.stream} differed from the expected ${f.stream} (no output was expected: ${f.expectedPath} does not exist or is empty)` : `the actual ${f.stream} differed from the expected ${f.stream}`;
    case 'reordered': return `the actual ${f.stream} has the expected diagnostics in a different order`;
    case 'unexpectedDiagnostic': return `${where(f.file, f.line, f.column)}: ${f.diagnosticKind}: ${f.msg}${f.hint ? `\n  ${f.hint}` : ''} (reported in JSON output but not expected in test file)`;
    case 'annotationMissing': return `${where(f.file, f.line, f.column)}: ${f.annotationKind}: ${f.msg}${f.hint ? `\n  ${f.hint}` : ''} (expected in test file (line ${f.writtenOn}) but not reported in JSON output)`;
    case 'noErrorStatus': return 'process did not return an error status, but the test expects an ERROR';
    case 'knownBugAnnotated': return `${f.file}:${f.line}: \`known-bug\` tests should not have an expected error`;
    case 'errorPatternMissing': return `error pattern '${f.pattern}' not found!`;
    case 'errorPatternInDiagnostics': return `error pattern '${f.pattern}' is found in structured diagnostics, use \`//~${f.noLine ? '?' : ''} ${f.diagnosticKind} ${f.pattern}\` instead`;
    case 'forbiddenOutput': return `forbidden pattern '${f.pattern}' found in compiler output`;
    case 'runFailed': return `test run failed! expected ${f.expected}, got ${describeStatus(f.status!)}`;
    case 'rustfixFailed': return f.message;
    case 'nondeterministic': return `the parallel output is not stable over repeated runs: ${f.label}: ${f.reason}${f.listing ? `\n${f.listing}` : ''}`;
    case 'shouldFailPassed': return 'the test passed, but `should-fail` says it must fail';
    case 'unexpectedlyPassed': return `unexpectedly passed: remove it from ${f.knownFailuresFile} (listed as a known failure: ${f.reason})`;
  }
}

export function failureCommand(f: TestFailure): string | undefined {
  return 'command' in f ? f.command : undefined;
}

/** The fixture location a failure points at, for GitHub annotations and JUnit. */
export function failureLocation(f: TestFailure): { file: string; line: number | null } | null {
  switch (f.kind) {
    case 'badDirective': case 'badAnnotation': case 'knownBugAnnotated': return { file: f.file, line: f.line };
    case 'badFixture': return { file: f.file, line: null };
    case 'unexpectedDiagnostic': return { file: f.file, line: f.line };
    case 'annotationMissing': return { file: f.file, line: f.writtenOn };
    default: return null;
  }
}
