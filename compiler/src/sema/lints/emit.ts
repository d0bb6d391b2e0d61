/**
 * Emitting lints: tasks return `LintEmission`s (the lint, its level and where the level comes
 * from, and the diagnostic without level notes); the pipeline turns them into diagnostics on the
 * main thread, in canonical order, adding the notes rustc adds "once per session" to the first
 * emission that needs them: "`#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by
 * default", "the lint level is defined here", "`-W x` implied by `-W y`". Because the "first"
 * emission depends on the global order, this cannot happen inside tasks.
 *
 * Owns: level → diagnostic level, the once-per-session notes. Must not: compute levels.
 */
import type { Diagnostic, SubDiagnostic } from '../../diagnostics/diagnostic.js';
import type { Span } from '../../syntax/source-map.js';
import type { Level, LevelSource } from './levels.js';
import { LINT_BY_NAME } from './levels.js';

export interface LintEmission {
  readonly lint: string;
  readonly level: Level;
  readonly source: LevelSource;
  /** The diagnostic, its level to be set from `level`. */
  readonly diag: Diagnostic;
}

export class LintEmitter {
  private readonly notesSeen = new Set<string>();

  /** The diagnostic to emit, or null when the lint is allowed. */
  decorate(e: LintEmission): Diagnostic | null {
    if (e.level === 'allow') return null;
    const level = e.level === 'warn' || e.level === 'force-warn' ? 'warning' : 'error';
    const extra: SubDiagnostic[] = [];
    const once = (key: string, sub: SubDiagnostic) => {
      if (this.notesSeen.has(key)) return;
      this.notesSeen.add(key);
      extra.push(sub);
    };
    const lvl = e.level === 'force-warn' ? 'warn' : e.level;
    const src = e.source;
    if (src.kind === 'default') {
      const def = LINT_BY_NAME.get(e.lint);
      const group = def?.group ?? null;
      const text = `\`#[${lvl}(${e.lint})]\`${group ? ` (part of \`#[${lvl}(${group})]\`)` : ''} on by default`;
      once(text, note(text));
    } else if (src.kind === 'cmdline') {
      const flag = flagOf(src.level);
      const lintFlag = e.lint.replace(/_/g, '-');
      const text = src.name === e.lint ? `requested on the command line with \`${flag} ${lintFlag}\`` : `\`${flag} ${lintFlag}\` implied by \`${flag} ${src.flag}\``;
      once(text, note(text));
      // rustc's `help_once` after a group or `warnings` flag at warn or deny level.
      if (src.name !== e.lint && (src.level === 'warn' || src.level === 'deny')) {
        const what = e.lint === 'dead_code' ? `\`#[expect(${e.lint})]\` or \`#[allow(${e.lint})]\`` : `\`#[allow(${e.lint})]\``;
        const help = `to override \`${flag} ${src.flag}\` add ${what}`;
        once(help, { level: 'help', message: help, span: { primary: [], labels: [] } });
      }
    } else {
      once(`defined:${src.span.lo}:${src.span.hi}`, { level: 'note', message: 'the lint level is defined here', span: { primary: [src.span], labels: [] } });
      if (src.name !== e.lint) {
        const text = `\`#[${src.level}(${e.lint})]\` implied by \`#[${src.level}(${src.name})]\``;
        once(text, note(text));
      }
    }
    return { ...e.diag, level, children: [...insertNotes(e.diag.children, extra)] };
  }
}

function note(message: string, span?: Span): SubDiagnostic {
  return { level: 'note', message, span: span ? { primary: [span], labels: [] } : { primary: [], labels: [] } };
}

function flagOf(level: Level): string {
  return level === 'allow' ? '-A' : level === 'warn' ? '-W' : level === 'deny' ? '-D' : level === 'forbid' ? '-F' : '--force-warn';
}

/** rustc's `lint_level` explains the level after the lint has added its own notes and helps. */
function insertNotes(children: readonly SubDiagnostic[], extra: readonly SubDiagnostic[]): SubDiagnostic[] {
  return [...children, ...extra];
}
