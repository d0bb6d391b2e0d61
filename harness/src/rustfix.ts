/**
 * `run-rustfix`: applies the compiler's suggestions to the fixture's source, the way the rustfix
 * crate does for compiletest: every top-level diagnostic whose children carry replacements is one
 * suggestion; suggestions apply in reverse order, duplicates once; overlapping different edits are
 * an error. Offsets are bytes. Only spans in the fixture itself are applied. Pure.
 */
import type { JsonDiagnostic, JsonSpan } from './diagnostics.js';

interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface Solution {
  readonly key: string;
  readonly replacements: readonly Replacement[];
}

function replacementOf(span: JsonSpan & { text?: unknown }): Replacement | null {
  if (typeof span.suggested_replacement !== 'string') return null;
  // rustfix's `parse_snippet` needs the span's source text; spans without it are skipped.
  if (!Array.isArray(span.text) || span.text.length === 0) return null;
  if (typeof span.byte_start !== 'number' || typeof span.byte_end !== 'number') return null;
  return { start: span.byte_start, end: span.byte_end, text: span.suggested_replacement };
}

/** The suggestions of the output, in output order (rustfix `get_suggestions_from_json`). */
export function collectSuggestions(diagnostics: readonly JsonDiagnostic[], file: string, onlyMachineApplicable: boolean): Solution[][] {
  const suggestions: Solution[][] = [];
  for (const d of diagnostics) {
    const solutions: Solution[] = [];
    for (const child of d.children) {
      const replacements = child.spans
        .filter((s) => s.file_name === file)
        .filter((s) => !onlyMachineApplicable || s.suggestion_applicability === 'MachineApplicable')
        .map(replacementOf)
        .filter((r): r is Replacement => r !== null);
      if (replacements.length > 0) solutions.push({ key: JSON.stringify([child.message, replacements]), replacements });
    }
    if (solutions.length > 0) suggestions.push(solutions);
  }
  return suggestions;
}

export type RustfixResult = { ok: true; fixed: string; applied: number } | { ok: false; error: string };

function overlaps(a: Replacement, b: Replacement): boolean {
  if (a.start === b.start && a.end === b.end) return true;
  return a.start < b.end && b.start < a.end;
}

export function applySuggestions(source: string, diagnostics: readonly JsonDiagnostic[], file: string, onlyMachineApplicable: boolean): RustfixResult {
  const original = Buffer.from(source, 'utf8');
  const committed: Replacement[] = [];
  const seen = new Set<string>();
  let applied = 0;
  const suggestions = collectSuggestions(diagnostics, file, onlyMachineApplicable);
  for (const solutions of [...suggestions].reverse()) {
    if (solutions.some((s) => seen.has(s.key))) continue;
    for (const s of solutions) seen.add(s.key);
    const pending: Replacement[] = [];
    let skipped = false;
    for (const r of solutions.flatMap((s) => s.replacements)) {
      if (r.start > r.end || r.end > original.length) return { ok: false, error: `rustfix: replacement at bytes ${r.start}..${r.end} is outside the file (${original.length} bytes)` };
      const clash = [...committed, ...pending].find((c) => overlaps(c, r));
      if (clash) {
        if (clash.start === r.start && clash.end === r.end && clash.text === r.text) {
          skipped = true;
          continue;
        }
        return { ok: false, error: `rustfix: cannot apply suggestions: the replacement of bytes ${r.start}..${r.end} overlaps another one at ${clash.start}..${clash.end}` };
      }
      pending.push(r);
    }
    committed.push(...pending);
    if (pending.length > 0 || !skipped) applied++;
  }
  committed.sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: Buffer[] = [];
  let at = 0;
  for (const r of committed) {
    parts.push(original.subarray(at, r.start), Buffer.from(r.text, 'utf8'));
    at = r.end;
  }
  parts.push(original.subarray(at));
  return { ok: true, fixed: Buffer.concat(parts).toString('utf8'), applied };
}
