/**
 * `//~` annotations (compiletest `errors.rs` and `check_expected_errors`): parsing them from a
 * fixture for one revision, and matching them against the compiler's diagnostics with
 * compiletest's rules (greedy first fit, substring match, ERROR/WARN always required, other kinds
 * required once annotated, `dont-require-annotations`). Returns failures as values.
 */
import type { ActualError } from './diagnostics.js';
import type { AnnotationKind } from './directives/props.js';
import type { LineProblem } from './directives/line.js';

export type ExpectedKind = AnnotationKind | 'UNKNOWN';

export interface Annotation {
  /** Target line (1-based), or null for `//~?`. */
  readonly line: number | null;
  /** Column of the `//` (1-based), for reports. */
  readonly column: number;
  /** Line the annotation is written on. */
  readonly writtenOn: number;
  readonly kind: ExpectedKind;
  readonly msg: string;
}

const ANNOTATION_RE = /\/\/(?:\[([\w\-,]+)\])?~(\?|\||[v^]*)/;
const USER_KINDS: Record<string, AnnotationKind> = {
  HELP: 'HELP', help: 'HELP', ERROR: 'ERROR', error: 'ERROR', NOTE: 'NOTE', note: 'NOTE',
  SUGGESTION: 'SUGGESTION', WARN: 'WARN', WARNING: 'WARN', warn: 'WARN', warning: 'WARN', RAW: 'RAW',
};

/**
 * The annotations that apply to `revision` (null: a fixture without revisions). `revisions` is
 * the declared list: `//[x]~` in a fixture without revisions, or naming an undeclared one, is a
 * problem, as is `//~|` with nothing to follow.
 */
export function parseAnnotations(text: string, revision: string | null, revisions: readonly string[]): { annotations: Annotation[]; problems: LineProblem[] } {
  const annotations: Annotation[] = [];
  const problems: LineProblem[] = [];
  let lastNonFollow: number | null | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i]!.replace(/\r$/, '');
    const m = ANNOTATION_RE.exec(line);
    if (!m) continue;
    const revs = m[1];
    if (revs !== undefined) {
      const names = revs.split(',');
      if (revisions.length === 0) {
        problems.push({ line: lineNo, message: `only fixtures with revisions should use \`//[${revs}]~\`` });
        continue;
      }
      const undeclared = names.filter((r) => !revisions.includes(r));
      if (undeclared.length > 0) {
        problems.push({ line: lineNo, message: `\`//[${revs}]~\` names revision \`${undeclared[0]}\`, which is not declared (declared revisions: ${revisions.join(', ')})` });
        continue;
      }
      if (revision === null || !names.includes(revision)) continue;
    }
    const rest = line.slice(m.index + m[0].length).trimStart();
    const kindWord = /^[A-Za-z_]*/.exec(rest)![0];
    const known = USER_KINDS[kindWord];
    const kind: ExpectedKind = known ?? 'UNKNOWN';
    const untrimmed = known ? rest.slice(kindWord.length) : rest;
    const msg = (untrimmed.startsWith(':') ? untrimmed.slice(1) : untrimmed).trim();
    const adjust = m[2]!;
    let target: number | null;
    let follow = false;
    if (adjust === '|') {
      if (lastNonFollow === undefined || lastNonFollow === null) {
        problems.push({ line: lineNo, message: 'encountered `//~|` without a preceding `//~` or `//~^` annotation to follow' });
        continue;
      }
      target = lastNonFollow;
      follow = true;
    } else if (adjust === '?') {
      target = null;
    } else if (adjust.startsWith('v')) {
      target = lineNo + adjust.length;
    } else {
      target = lineNo - adjust.length;
    }
    if (target !== null && (target < 1 || target > lines.length)) {
      problems.push({ line: lineNo, message: `annotation points at line ${target}, outside the file` });
      continue;
    }
    if (!follow) lastNonFollow = target;
    annotations.push({ line: target, column: m.index + 1, writtenOn: lineNo, kind, msg });
  }
  return { annotations, problems };
}

export interface AnnotationMismatch {
  readonly unexpected: ActualError[];
  readonly notFound: Annotation[];
  /** Hints pairing the two lists (compiletest's "expected with different kind" etc.). */
  readonly hints: Map<ActualError | Annotation, string>;
}

/** compiletest `check_expected_errors` steps 4-6: the greedy first-fit match. */
export function matchAnnotations(expected: readonly Annotation[], actual: readonly ActualError[], dontRequire: ReadonlySet<AnnotationKind>): AnnotationMismatch {
  const expectedKinds = new Set<string>(['ERROR', 'WARN', ...expected.map((e) => e.kind)]);
  const found = expected.map(() => false);
  const unexpected: ActualError[] = [];
  for (const a of actual) {
    const index = expected.findIndex((e, i) => !found[i] && e.line === a.line && e.kind === a.kind && a.msg.includes(e.msg));
    if (index >= 0) {
      found[index] = true;
    } else if (a.requireAnnotation && expectedKinds.has(a.kind) && !dontRequire.has(a.kind)) {
      unexpected.push(a);
    }
  }
  const notFound = expected.filter((_, i) => !found[i]);
  const hints = new Map<ActualError | Annotation, string>();
  for (const u of unexpected) {
    const sameMsg = notFound.find((n) => u.msg.includes(n.msg) && n.kind === u.kind && n.line !== u.line);
    const sameLine = notFound.find((n) => n.line === u.line);
    if (sameMsg) {
      hints.set(u, `expected on a different line: line ${sameMsg.line ?? '?'}`);
      hints.set(sameMsg, `reported on a different line: line ${u.line ?? '?'}`);
    } else if (sameLine) {
      const what = sameLine.kind !== u.kind ? `with different kind: ${sameLine.kind}` : `with different message: ${sameLine.msg}`;
      hints.set(u, `expected ${what}`);
      hints.set(sameLine, sameLine.kind !== u.kind ? `reported with different kind: ${u.kind}` : `reported with different message: ${u.msg}`);
    }
  }
  return { unexpected, notFound, hints };
}
