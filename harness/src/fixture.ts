/**
 * Loading one fixture into its tests: read it (a file that cannot be read or is not UTF-8 becomes a
 * failing test, not an exception), tokenise its directives, and for each revision build the props
 * and annotations. Problems with the fixture's text are `TestFailure`s with `file:line`.
 */
import { readFileSync } from 'node:fs';
import type { FixtureFile } from './discover.js';
import { testName } from './discover.js';
import { tokeniseDirectives } from './directives/line.js';
import { declaredRevisions, loadProps, type HandlerContext } from './directives/handlers.js';
import { defaultProps, type TestProps } from './directives/props.js';
import type { HostInfo } from './directives/conditions.js';
import { parseAnnotations, type Annotation } from './annotations.js';
import type { TestFailure } from './failures.js';

export interface TestCase {
  readonly name: string;
  readonly fixture: FixtureFile;
  /** How the fixture is named in messages (relative to the working directory when inside it). */
  readonly displayPath: string;
  readonly revision: string | null;
  readonly source: string | null;
  readonly props: TestProps;
  readonly annotations: readonly Annotation[];
  /** Problems found while loading: the test fails with these and is not compiled. */
  readonly loadFailures: readonly TestFailure[];
}

export interface LoadOptions {
  readonly host: HostInfo;
  readonly configEdition: string | null;
  readonly displayPath: (absPath: string) => string;
}

/** Line (1-based) of the first byte sequence that is not UTF-8, or null when the text is valid. */
export function firstInvalidUtf8Line(bytes: Uint8Array): number | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    decoder.decode(bytes);
    return null;
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          decoder.decode(bytes.subarray(start, i));
        } catch {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return line;
  }
}

export function loadFixture(fixture: FixtureFile, opts: LoadOptions): TestCase[] {
  const displayPath = opts.displayPath(fixture.path);
  const broken = (message: string): TestCase[] => [{
    name: testName(fixture.rel, null), fixture, displayPath, revision: null, source: null,
    props: defaultProps(), annotations: [], loadFailures: [{ kind: 'badFixture', file: displayPath, message }],
  }];
  let bytes: Buffer;
  try {
    bytes = readFileSync(fixture.path);
  } catch (e) {
    return broken(`cannot read the fixture: ${(e as Error).message}`);
  }
  const badLine = firstInvalidUtf8Line(bytes);
  if (badLine !== null) return broken(`line ${badLine}: the fixture is not valid UTF-8`);
  const source = bytes.toString('utf8');
  const { lines, problems: lineProblems } = tokeniseDirectives(source);
  const { revisions } = declaredRevisions(lines);
  const cx: HandlerContext = { host: opts.host, dir: fixture.dir, configEdition: opts.configEdition };
  const revs: Array<string | null> = revisions.length > 0 ? revisions : [null];
  return revs.map((revision) => {
    const { props, problems } = loadProps(lines, revision, cx);
    const { annotations, problems: annotationProblems } = parseAnnotations(source, revision, revisions);
    const loadFailures: TestFailure[] = [
      ...[...lineProblems, ...problems].sort((a, b) => a.line - b.line).map((p): TestFailure => ({ kind: 'badDirective', file: displayPath, line: p.line, message: p.message })),
      ...annotationProblems.map((p): TestFailure => ({ kind: 'badAnnotation', file: displayPath, line: p.line, message: p.message })),
    ];
    return { name: testName(fixture.rel, revision), fixture, displayPath, revision, source, props, annotations, loadFailures };
  });
}

/** Reads an auxiliary crate's own directives (aux files carry `compile-flags`, `edition`...). */
export function loadAuxProps(path: string, dir: string, revision: string | null, mainRevisions: readonly string[], opts: LoadOptions): { props: TestProps; failures: TestFailure[] } {
  const displayPath = opts.displayPath(path);
  let source: string;
  try {
    const bytes = readFileSync(path);
    const bad = firstInvalidUtf8Line(bytes);
    if (bad !== null) return { props: defaultProps(), failures: [{ kind: 'badFixture', file: displayPath, message: `line ${bad}: the auxiliary file is not valid UTF-8` }] };
    source = bytes.toString('utf8');
  } catch (e) {
    return { props: defaultProps(), failures: [{ kind: 'badFixture', file: displayPath, message: `cannot read the auxiliary file: ${(e as Error).message}` }] };
  }
  const { lines, problems: lineProblems } = tokeniseDirectives(source);
  // An aux file is read for the main test's revision: its `//@[rev]` lines use the main test's names.
  const { props, problems } = loadProps(lines, revision, { host: opts.host, dir, configEdition: opts.configEdition }, mainRevisions);
  const failures = [...lineProblems, ...problems].map((p): TestFailure => ({ kind: 'badDirective', file: displayPath, line: p.line, message: p.message }));
  return { props, failures };
}
