/**
 * GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`) for failed tests,
 * so failures show up on the pull request's diff. Used when GITHUB_ACTIONS=true. Returns text.
 */
import type { RunReport } from '../report.js';
import { testLabel } from './text.js';

function escapeData(s: string): string {
  return s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** `suitePath(rel)` gives the fixture's path as the repository sees it (relative to the workspace). */
export function renderGithubAnnotations(r: RunReport, suitePath: (rel: string) => string): string {
  const out: string[] = [];
  for (const t of r.tests) {
    if (t.status !== 'failed' || t.knownFailure || t.knownNondeterministic) continue;
    const title = escapeProperty(`${testLabel(t)}: ${t.failures[0]?.kind ?? 'failed'}`);
    const pointed = t.failures.find((f) => f.line !== undefined);
    const line = pointed?.line !== undefined ? `,line=${pointed.line}` : '';
    const message = t.failures.map((f) => f.message).join('\n');
    out.push(`::error file=${escapeProperty(suitePath(t.path))}${line},title=${title}::${escapeData(message)}`);
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
