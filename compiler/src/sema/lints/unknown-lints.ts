/**
 * rustc's "unknown lint" warning (E0602, lint `unknown_lints`) for a command-line lint level
 * (`-W name`) naming no rustc lint or group. rustc reports it each time it builds lint levels
 * for the crate root (before expansion, for the early lint pass, and for the late passes); the
 * pipeline asks for it at those three points.
 *
 * Owns: this check and its wording. Must not: emit.
 */
import { DiagnosticBuilder } from '../../diagnostics/diagnostic.js';
import { NO_SPAN } from '../../diagnostics/diagnostic.js';
import type { LintEmission } from './emit.js';
import { levelOf, type LintAttr, type LintLevels } from './levels.js';
import { KNOWN_LINT_NAMES } from './known-lints.js';

export function unknownCmdlineLints(levels: LintLevels, crateAttrs: readonly LintAttr[]): LintEmission[] {
  const out: LintEmission[] = [];
  for (const f of levels.cmdline) {
    const name = f.name.replace(/-/g, '_');
    // Tool lints (`clippy::x`) belong to their tool.
    if (name.includes('::') || KNOWN_LINT_NAMES.has(name)) continue;
    const lvl = levelOf('unknown_lints', [crateAttrs], levels);
    const flag = f.level === 'allow' ? '-A' : f.level === 'warn' ? '-W' : f.level === 'deny' ? '-D' : f.level === 'forbid' ? '-F' : '--force-warn';
    const d = new DiagnosticBuilder('warning', `unknown lint: \`${f.name}\``).withCode('E0602');
    d.note(`requested on the command line with \`${flag} ${f.name}\``);
    out.push({ lint: 'unknown_lints', level: lvl.level, source: lvl.source, diag: { ...d.build(), span: NO_SPAN } });
  }
  return out;
}
