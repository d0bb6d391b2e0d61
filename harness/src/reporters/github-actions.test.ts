import { expect, test } from 'vitest';
import { summarize, type ReportEntry, type RunReport } from '../report.js';
import { renderGithubAnnotations } from './github-actions.js';

test('an ::error line per failed test, pointing at the fixture line when there is one', () => {
  const tests: ReportEntry[] = [
    { name: 'a.rs', path: 'a.rs', revision: null, mode: 'serial', threads: 1, status: 'failed', failures: [{ kind: 'badDirective', message: 'a.rs:2: 50% wrong,\nreally', file: 'a.rs', line: 2 }], durationMs: 1, compilerMs: 1, command: null },
    { name: 'b.rs', path: 'b.rs', revision: null, mode: 'parallel', threads: 4, status: 'failed', failures: [{ kind: 'reordered', message: 'reordered' }], durationMs: 1, compilerMs: 1, command: null },
    { name: 'k.rs', path: 'k.rs', revision: null, mode: 'serial', threads: 1, status: 'failed', failures: [], durationMs: 1, compilerMs: 1, command: null, knownFailure: { reason: 'r' } },
  ];
  const r = { tests, summary: summarize(tests) } as unknown as RunReport;
  expect(renderGithubAnnotations(r, (rel) => `ui-tests/${rel}`)).toBe(
    '::error file=ui-tests/a.rs,line=2,title=a.rs [serial]%3A badDirective::a.rs:2: 50%25 wrong,%0Areally\n' +
    '::error file=ui-tests/b.rs,title=b.rs [parallel -Zthreads=4]%3A reordered::reordered\n',
  );
});
