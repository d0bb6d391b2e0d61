/**
 * The human report (compiletest/libtest style): one section per failed test with its failures,
 * diffs and the command that reproduces it, the list of failures, known failures with reasons,
 * warnings, blessed files, the compiler that ran, `test result: …`, and as the very last line
 * `N passed, M failed, K skipped`. Returns text; the caller decides where it goes.
 */
import type { BlessAction } from '../bless.js';
import { renderHuntSection } from '../nondeterminism/report.js';
import type { ReportEntry, ReportFailure, RunReport } from '../report.js';

const OUTPUT_LINES = 60;

export function testLabel(e: Pick<ReportEntry, 'name' | 'mode' | 'threads'>): string {
  return e.mode === 'serial' ? `${e.name} [serial]` : `${e.name} [parallel -Zthreads=${e.threads}]`;
}

function paint(color: boolean, code: string, s: string): string {
  return color ? `\x1b[${code}m${s}\x1b[0m` : s;
}

function clip(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  if (lines.length <= OUTPUT_LINES) return lines.join('\n');
  return [...lines.slice(0, OUTPUT_LINES), `… (${lines.length - OUTPUT_LINES} more lines; the JSON report keeps more)`].join('\n');
}

function renderFailure(f: ReportFailure, color: boolean): string[] {
  const out = [`${paint(color, '1;31', 'error')}${paint(color, '1', `: ${f.message}`)} ${paint(color, '2', `[${f.kind}]`)}`];
  if (f.diff) out.push(f.diff.replace(/\n$/, ''));
  if (f.output) out.push('--- output ---------------------------------', clip(f.output), '------------------------------------------');
  return out;
}

export function renderFailureSection(e: ReportEntry, color: boolean): string {
  const lines = [`---- ${testLabel(e)} ----`];
  const commands = new Set<string>();
  // Annotation mismatches come in groups; give each group one header, as compiletest does.
  const unexpected = e.failures.filter((f) => f.kind === 'unexpectedDiagnostic');
  const missing = e.failures.filter((f) => f.kind === 'annotationMissing');
  for (const f of e.failures) {
    if (f.kind === 'unexpectedDiagnostic' || f.kind === 'annotationMissing') continue;
    lines.push(...renderFailure(f, color));
    if (f.command) commands.add(f.command);
  }
  if (unexpected.length > 0) {
    lines.push(paint(color, '1;31', `error: ${unexpected.length} diagnostic(s) reported in JSON output but not expected in test file`));
    for (const f of unexpected) lines.push(`  ${f.message.replace(/ \(reported in JSON output but not expected in test file\)$/, '')}`);
  }
  if (missing.length > 0) {
    lines.push(paint(color, '1;31', `error: ${missing.length} diagnostic(s) expected in test file but not reported in JSON output`));
    for (const f of missing) lines.push(`  ${f.message.replace(/ \(expected in test file \(line \d+\) but not reported in JSON output\)$/, '')}`);
  }
  for (const f of [...unexpected, ...missing]) if (f.command) commands.add(f.command);
  if (e.failures.some((f) => f.kind === 'outputDiffers' || f.kind === 'reordered')) {
    lines.push(`To update references, rerun the tests with \`--bless\` (only this test: \`npm run ui -- --bless --exact ${e.path}\`)`);
  }
  for (const c of commands) lines.push(`${paint(color, '1', 'command:')} ${c}`);
  return lines.join('\n');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)}s`;
}

export interface TextOptions {
  readonly color: boolean;
  readonly verbose: boolean;
  readonly blessed: readonly BlessAction[];
  readonly displayPath: (p: string) => string;
  readonly interrupted: boolean;
  readonly keptOutDir: string | null;
}

export function renderTextReport(r: RunReport, o: TextOptions): string {
  const out: string[] = [];
  const failed = r.tests.filter((t) => t.status === 'failed' && !t.knownFailure && !t.knownNondeterministic);
  const known = r.tests.filter((t) => t.status === 'failed' && t.knownFailure);
  const knownNondet = r.tests.filter((t) => t.status === 'failed' && !t.knownFailure && t.knownNondeterministic);
  if (r.warnings.length > 0) {
    out.push('', 'warnings:');
    for (const w of r.warnings) out.push(`    ${paint(o.color, '33', 'warning')}: ${w}`);
  }
  if (o.blessed.length > 0) {
    out.push('', 'blessed:');
    for (const b of o.blessed) out.push(`    ${b.kind === 'write' ? 'wrote  ' : 'deleted'} ${o.displayPath(b.path)}`);
  }
  if (failed.length > 0) {
    out.push('', 'failures:', '');
    for (const t of failed) out.push(renderFailureSection(t, o.color), '');
    out.push('failures:');
    for (const t of failed) out.push(`    ${testLabel(t)}`);
  }
  if (known.length > 0) {
    out.push('', `known failures (${known.length}; listed in known-failures.json, not counted as failed):`);
    if (o.verbose || known.length <= 20) {
      for (const t of known) out.push(`    ${testLabel(t)}: ${t.knownFailure!.reason}`);
    } else {
      const reasons = new Map<string, number>();
      for (const t of known) reasons.set(t.knownFailure!.reason, (reasons.get(t.knownFailure!.reason) ?? 0) + 1);
      for (const [reason, n] of reasons) out.push(`    ${n} × ${reason}`);
      out.push('    (-v lists them one by one)');
    }
  }
  if (knownNondet.length > 0) {
    out.push('', `known nondeterministic (${knownNondet.length}; listed in known-nondeterministic.json, not counted as failed):`);
    for (const t of knownNondet) out.push(`    ${testLabel(t)}: ${t.knownNondeterministic!.reason}${t.nondeterminism ? ` (${t.nondeterminism.label})` : ''}`);
  }
  if (r.nondeterminism) out.push(renderHuntSection(r.nondeterminism, r.nondeterminism.files).replace(/\n$/, ''));
  if (o.keptOutDir) out.push('', `output directories kept in ${o.keptOutDir}`);
  const s = r.summary;
  const ok = s.failed === 0 && !o.interrupted;
  const shard = r.shard ? ` (shard ${r.shard.index}/${r.shard.count})` : '';
  out.push('', `compiler: ${r.compiler.version} (${r.compiler.path})${shard}`);
  out.push(`timing: ${seconds(r.wallMs)} wall, compiler processes ${seconds(r.compilerMs)} (busy ${seconds(r.compilerBusyMs)}), harness overhead ${seconds(r.harnessOverheadMs)}`);
  const verdict = o.interrupted ? paint(o.color, '33', 'cancelled') : ok ? paint(o.color, '32', 'ok') : paint(o.color, '31', 'FAILED');
  const nd = s.knownNondeterministic ?? 0;
  out.push(`test result: ${verdict}. ${s.passed} passed; ${s.failed} failed; ${s.ignored} ignored; ${s.knownFailures} known failures; ${nd > 0 ? `${nd} known nondeterministic; ` : ''}${r.filteredOut} filtered out; finished in ${seconds(r.wallMs)}`);
  out.push(`${s.passed} passed, ${s.failed} failed, ${s.ignored + s.knownFailures + nd} skipped`);
  return `${out.join('\n')}\n`;
}
