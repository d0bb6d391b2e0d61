/**
 * Builders of compiler output for the nondeterminism unit tests (imported by *.test.ts only):
 * a canonical context for a fixture in /suite/dir, raw runs, and JSON diagnostics as rustc prints
 * them with --error-format json.
 */
import { canonicalize, type CanonicalContext, type CanonicalRun, type RawRun } from './canonical.js';

export const CX: CanonicalContext = {
  normalize: { testDir: '/suite/dir', remappedTestDir: null, rustSrcDir: null, testBuildDirs: ['/build/dir/t.hunt'], buildRoot: '/build', json: false },
  stderrRules: [],
  stdoutRules: [],
  humanStderr: false,
};

export function raw(stderr: string, over: Partial<RawRun> = {}): RawRun {
  return { code: 1, signal: null, stdout: '', stderr, timedOut: false, spawnError: null, truncated: false, wallMs: 100, cpuMs: null, ...over };
}

/** A JSON diagnostic line as rustc prints it with --error-format json. */
export function jd(level: string, message: string, at: [number, number] | null, opts: { code?: string; notes?: string[]; file?: string } = {}): string {
  const file = opts.file ?? '/suite/dir/t.rs';
  const header = `${level}${opts.code ? `[${opts.code}]` : ''}: ${message}`;
  const where = at ? `  --> ${file}:${at[0]}:${at[1]}\n   |\nLL | x\n   | ^\n` : '';
  const notes = (opts.notes ?? []).map((n) => `   = note: ${n}\n`).join('');
  return JSON.stringify({
    $message_type: 'diagnostic', message, code: opts.code ? { code: opts.code, explanation: null } : null, level,
    spans: at ? [{ file_name: file, byte_start: 0, byte_end: 1, line_start: at[0], line_end: at[0], column_start: at[1], column_end: at[1] + 1, is_primary: true, text: [], label: null, suggested_replacement: null, suggestion_applicability: null, expansion: null }] : [],
    children: [], rendered: `${header}\n${where}${notes}\n`,
  });
}

/** The canonical form of a run whose stderr is these JSON lines. */
export function canon(lines: readonly string[], over: Partial<RawRun> = {}): CanonicalRun {
  return canonicalize(raw(`${lines.join('\n')}\n`, over), CX);
}
