/**
 * rustc's internal-compiler-error report, with weftc's names. The panic location is the first
 * stack frame outside `bug()`, mapped through the bundle's source map to weftc's own source
 * (`compiler/src/syntax/parse.ts:70:11`, as rustc prints `compiler/rustc_x/src/y.rs:L:C`), so the
 * report is the same whether the exception was thrown on the main thread (dist/weftc.mjs) or in a
 * worker (dist/worker.mjs).
 *
 * Owns: the ICE text. Must not: be used for anything but a bug in weftc.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOST, WEFTC_VERSION } from './version.js';
import { TreatErrAsBug } from '../diagnostics/diag-ctxt.js';

/**
 * The report, laid out as rustc 1.95's: a bug gets its `internal compiler error` line first; the
 * panic of `-Z treat-err-as-bug` (whose error was already emitted as one) does not. weftc prints no
 * backtrace, no ICE dump file and no query stack.
 */
export function iceText(e: unknown, argv: readonly string[]): string {
  const message = e instanceof Error ? e.message : String(e);
  const flags = compilerFlags(argv);
  return [
    ...(e instanceof TreatErrAsBug ? [] : [`error: internal compiler error: ${message}`, '']),
    '',
    `thread 'weftc' panicked at ${panicLocation(e)}:`,
    message,
    '',
    'error: the compiler unexpectedly panicked. This is a bug',
    '',
    'note: we would appreciate a bug report in the Weft repository',
    '',
    `note: weftc ${WEFTC_VERSION} running on ${HOST}`,
    '',
    ...flags,
    '',
  ].join('\n');
}

/**
 * rustc's `note: compiler flags:` line(s): the `-Z` and `-C` options as `-Z name[=value]`; the
 * ones cargo passes (`metadata`, `extra-filename`) are hidden, and said so, and `incremental`
 * loses its value.
 */
export function compilerFlags(argv: readonly string[]): string[] {
  const shown: string[] = [];
  let hidden = false;
  for (let i = 0; i < argv.length; i++) {
    const m = /^-([ZC])(.*)$/.exec(argv[i]!);
    if (!m) continue;
    const raw = m[2] !== '' ? m[2]! : (argv[++i] ?? '');
    const name = raw.split('=')[0]!;
    if (name === 'metadata' || name === 'extra-filename') hidden = true;
    else shown.push(`-${m[1]} ${name === 'incremental' ? name : raw}`);
  }
  return [
    ...(shown.length > 0 ? [`note: compiler flags: ${shown.join(' ')}`, ''] : []),
    ...(hidden ? ['note: some of the compiler flags provided by cargo are hidden', ''] : []),
  ];
}

const FRAME = /\(?((?:file:\/\/)?\/[^()\s]*?):(\d+):(\d+)\)?$/;

/** The first useful frame of `e`'s stack, as `source:line:col`. */
export function panicLocation(e: unknown): string {
  const stack = e instanceof Error && typeof e.stack === 'string' ? e.stack : '';
  let fallback: string | null = null;
  for (const line of stack.split('\n').slice(1)) {
    const m = FRAME.exec(line.trim());
    if (!m) continue;
    const file = m[1]!.startsWith('file://') ? fileURLToPath(m[1]!) : m[1]!;
    const where = mapFrame(file, Number(m[2]), Number(m[3])) ?? `${file}:${m[2]}:${m[3]}`;
    fallback ??= where;
    if (!/(^|\/)util\/bug\.ts:/.test(where)) return where;
  }
  return fallback ?? 'unknown';
}

const maps = new Map<string, SourceMap | null>();

function mapFrame(file: string, line: number, col: number): string | null {
  let map = maps.get(file);
  if (map === undefined) {
    map = null;
    const mapFile = `${file}.map`;
    if (existsSync(mapFile)) {
      try {
        map = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
      } catch {
        map = null;
      }
    }
    maps.set(file, map);
  }
  if (!map) return null;
  const entry = map.findEntry(line - 1, col - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number };
  if (entry.originalSource === undefined || entry.originalLine === undefined || entry.originalColumn === undefined) return null;
  const source = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : resolve(dirname(file), entry.originalSource);
  // Print the source relative to the repository (bundles built elsewhere, e.g. by tests, too).
  const inRepo = source.lastIndexOf('/compiler/src/');
  const shown = inRepo >= 0 ? source.slice(inRepo + 1) : relative(join(dirname(file), '..', '..'), source);
  return `${shown}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
}
