/**
 * JUnit XML (`--junit FILE`) for CI systems that display it: one `<testsuite>` per mode, one
 * `<testcase>` per test; known failures and ignored tests are `<skipped>`. Returns text.
 */
import type { RunReport } from '../report.js';

function xml(s: string): string {
  // XML 1.0 cannot carry most control characters, not even escaped; ANSI colour codes go too.
  return s
    .replace(/\x1b\[[0-9;]*m/g, '')
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '')
    .replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

export function renderJunit(r: RunReport): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const s = r.summary;
  out.push(`<testsuites name="weft-ui" tests="${s.total}" failures="${s.failed}" skipped="${s.ignored + s.knownFailures + (s.knownNondeterministic ?? 0)}" time="${(r.wallMs / 1000).toFixed(3)}">`);
  for (const mode of ['serial', 'parallel'] as const) {
    const tests = r.tests.filter((t) => t.mode === mode);
    if (tests.length === 0) continue;
    const failures = tests.filter((t) => t.status === 'failed' && !t.knownFailure && !t.knownNondeterministic).length;
    const skipped = tests.filter((t) => t.status === 'ignored' || t.knownFailure || (t.status === 'failed' && t.knownNondeterministic)).length;
    const time = tests.reduce((n, t) => n + t.durationMs, 0) / 1000;
    out.push(`  <testsuite name="${mode}" tests="${tests.length}" failures="${failures}" skipped="${skipped}" time="${time.toFixed(3)}">`);
    for (const t of tests) {
      out.push(`    <testcase classname="ui.${mode}" name="${xml(t.name)}" file="${xml(t.path)}" time="${(t.durationMs / 1000).toFixed(3)}">`);
      if (t.status === 'ignored') out.push(`      <skipped message="${xml(t.ignoreReason ?? 'ignored')}"/>`);
      else if (t.knownFailure) out.push(`      <skipped message="${xml(`known failure: ${t.knownFailure.reason}`)}"/>`);
      else if (t.status === 'failed' && t.knownNondeterministic) out.push(`      <skipped message="${xml(`known nondeterministic: ${t.knownNondeterministic.reason}`)}"/>`);
      else if (t.status === 'failed') {
        for (const f of t.failures) {
          const body = [f.message, f.diff ?? '', f.output ?? '', f.command ? `command: ${f.command}` : ''].filter((x) => x !== '').join('\n');
          out.push(`      <failure type="${xml(f.kind)}" message="${xml(f.message.split('\n')[0]!)}">${xml(body)}</failure>`);
        }
      }
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
