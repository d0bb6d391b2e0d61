/**
 * `--print REQUEST[=PATH]`: the information requests rustc answers instead of compiling. weftc
 * answers the ones it can answer truthfully (`crate-name`, `file-names`, `host-tuple`, `cfg`),
 * refuses the others that rustc knows, and refuses unknown requests with rustc's wording
 * (checked while the command line is parsed, see options.ts). As in rustc, a run with print
 * requests prints them in command-line order and compiles nothing; `crate-name` and `file-names`
 * read the crate root for `#![crate_name]` (a file that does not lex is reported as usual).
 *
 * Owns: the print requests. Must not: touch the file system or process (the session does).
 */
import type { Session } from './session.js';
import { error } from '../diagnostics/diagnostic.js';
import { parseSourceFile } from '../syntax/parse.js';
import { makeCfgSet, type CfgSet } from '../sema/expand/cfg.js';
import { HOST } from './version.js';
import type { CrateType, Options } from './options.js';
import { crateName, crateNameAttr, crateTypeAttrs, outputFileNames } from './outputs.js';

/** Every request rustc 1.95 accepts on stable, in its order (its help line lists them so). */
export const RUSTC_PRINT_REQUESTS: readonly string[] = [
  'calling-conventions', 'cfg', 'code-models', 'crate-name', 'deployment-target', 'file-names', 'host-tuple', 'link-args',
  'native-static-libs', 'relocation-models', 'split-debuginfo', 'stack-protector-strategies', 'sysroot', 'target-cpus',
  'target-features', 'target-libdir', 'target-list', 'tls-models',
];

/** The requests weftc answers. */
export const WEFTC_PRINT_REQUESTS: readonly string[] = ['cfg', 'crate-name', 'file-names', 'host-tuple'];

export interface PrintRequest {
  readonly request: string;
  /** `--print crate-name=PATH`: written to PATH instead of stdout. */
  readonly path: string | null;
}

/** Parses one `--print` value; an error in rustc's words (message and help lines) when unknown. */
export function parsePrintRequest(value: string): PrintRequest | { message: string; help: string[] } {
  const eq = value.indexOf('=');
  const request = eq >= 0 ? value.slice(0, eq) : value;
  if (!RUSTC_PRINT_REQUESTS.includes(request)) {
    return {
      message: `unknown print request: \`${value}\``,
      help: [
        `valid print requests are: ${RUSTC_PRINT_REQUESTS.map((r) => `\`${r}\``).join(', ')}`,
        'for more information, see the rustc book: https://doc.rust-lang.org/rustc/command-line-arguments.html#--print-print-compiler-information',
      ],
    };
  }
  return { request, path: eq >= 0 ? value.slice(eq + 1) : null };
}

/** The active cfg options: the target's, `--cfg`, `test`, and `debug_assertions` unless optimizing. */
export function cfgOf(options: Options): CfgSet {
  return makeCfgSet(options.cfg, { test: options.test, debugAssertions: !options.codegen.has('opt-level') || options.codegen.get('opt-level') === '0' });
}

/** The lines of `--print cfg`: every active option as `name` or `name="value"`, sorted. */
export function cfgLines(session: Session): string[] {
  const cfg = cfgOf(session.options);
  const lines: string[] = [];
  for (const [name, values] of cfg) for (const v of values) lines.push(v === null ? name : `${name}="${v}"`);
  return lines.sort();
}

/**
 * Answers the print requests; returns the exit status. Output goes to `stdout` (or the request's
 * file); errors are emitted through the session's diagnostics.
 */
export function runPrintRequests(session: Session, requests: readonly PrintRequest[], stdout: (text: string) => void): number {
  const { options, dcx } = session;
  let attrs: { name: string | null; types: CrateType[] } | undefined;
  // `#![crate_name]` and `#![crate_type]`, read once, when a request needs the crate; undefined
  // when the root could not be read or lexed (the error is emitted).
  const crateAttr = (): typeof attrs => {
    if (attrs !== undefined) return attrs;
    const input = options.input!;
    const read = session.readFile(input);
    if ('error' in read) {
      dcx.emit(error(`couldn't read \`${input}\`: ${read.error}`).build());
      return undefined;
    }
    const file = session.sourceMap.addFile(input, read.text);
    const parsed = parseSourceFile({ fileIndex: session.sourceMap.files.indexOf(file), name: input, src: file.src, startPos: file.startPos, edition: options.edition });
    if (parsed.outcome === 'fatal') {
      for (const d of parsed.diagnostics) dcx.emit(d);
      return undefined;
    }
    const inner = parsed.ast?.attrs ?? [];
    return (attrs = { name: crateNameAttr(inner), types: crateTypeAttrs(inner) });
  };
  for (const { request, path } of requests) {
    let lines: string[];
    switch (request) {
      case 'host-tuple': lines = [HOST]; break;
      case 'cfg': lines = cfgLines(session); break;
      case 'crate-name': case 'file-names': {
        if (options.input === null) {
          dcx.emit(error('no input filename given').build());
          dcx.finish();
          return 1;
        }
        const attr = crateAttr();
        if (attr === undefined) {
          dcx.finish();
          return 1;
        }
        lines = request === 'crate-name' ? [crateName(options, attr.name)] : outputFileNames(options, attr.name, attr.types);
        break;
      }
      default:
        dcx.emit(error(`weftc does not support the print request \`${request}\` yet`).build());
        continue;
    }
    const text = lines.map((l) => `${l}\n`).join('');
    if (path === null) stdout(text);
    else {
      const failed = session.writeOutput ? session.writeOutput(path, text, false) : null;
      if (failed !== null) dcx.emit(error(`failed to write \`${path}\` due to error \`${failed}\``).build());
    }
  }
  dcx.finish();
  return dcx.hasErrors() ? 1 : 0;
}
