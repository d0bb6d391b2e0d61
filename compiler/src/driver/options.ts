/**
 * rustc's command line, as far as weftc understands it. Flags that weftc accepts but that change
 * nothing for it (`-C codegen-units`, `--sysroot`, `-L`...) are parsed and kept; unknown flags are
 * refused with rustc's wording. The result is plain data.
 *
 * Owns: argv → Options. Must not: read files or print (errors come back as values).
 */
import { parsePrintRequest, type PrintRequest } from './print.js';

export type Edition = '2015' | '2018' | '2021' | '2024';
export type CrateType = 'bin' | 'lib' | 'rlib' | 'dylib' | 'cdylib' | 'staticlib' | 'proc-macro';
export type ErrorFormat = 'human' | 'json' | 'short';
export type LintLevel = 'allow' | 'warn' | 'deny' | 'forbid' | 'force-warn';
export type EmitKind = 'metadata' | 'link' | 'dep-info' | 'mir' | 'llvm-ir' | 'llvm-bc' | 'asm' | 'obj' | 'thin-link-bitcode';

export interface Options {
  input: string | null;
  edition: Edition;
  crateTypes: CrateType[];
  crateName: string | null;
  /** `--emit`: kinds with an optional explicit output path. Empty = the default (`link`). */
  emit: { kind: EmitKind; path: string | null }[];
  output: string | null;
  outDir: string | null;
  errorFormat: ErrorFormat;
  /** `--json` values (`future-incompat`, `diagnostic-rendered-ansi`, ...). */
  json: string[];
  color: 'auto' | 'always' | 'never';
  cfg: string[];
  checkCfg: string[];
  /** Command-line lint levels in order; later ones win, as in rustc. */
  lintOpts: { lint: string; level: LintLevel }[];
  capLints: LintLevel | null;
  /** `-C` options, raw. */
  codegen: Map<string, string | null>;
  /** `-Z` options, raw. */
  unstable: Map<string, string | null>;
  sysroot: string | null;
  target: string | null;
  /** `--diagnostic-width N`. */
  diagnosticWidth: number | null;
  /** `--extern NAME[=PATH]`, in command-line order. */
  externs: { name: string; path: string | null }[];
  /** `-L [KIND=]DIR` search directories (the kind is not kept: weftc only looks for crates). */
  librarySearch: string[];
  /** `--print` requests, in command-line order. */
  print: PrintRequest[];
  test: boolean;
  version: boolean;
  verbose: boolean;
  help: boolean;
  explain: string | null;
  // Interpreted unstable options.
  /** `-Zthreads=N`; 0 means "available cores". */
  threads: number;
  uiTesting: boolean;
  deduplicateDiagnostics: boolean;
  scheduleSeed: number | null;
  selfProfile: string | null;
  timePasses: boolean;
  /** `-Z treat-err-as-bug[=N]`: N (1 without a value), else null. */
  treatErrAsBug: number | null;
}

/** An error in the command line, worded as rustc words it. */
export interface OptionsError {
  readonly message: string;
  /** `= help: ...` lines under the message. */
  readonly help?: readonly string[];
}

export function defaultOptions(): Options {
  return {
    input: null,
    edition: '2015',
    crateTypes: [],
    crateName: null,
    emit: [],
    output: null,
    outDir: null,
    errorFormat: 'human',
    json: [],
    color: 'auto',
    cfg: [],
    checkCfg: [],
    lintOpts: [],
    capLints: null,
    codegen: new Map(),
    unstable: new Map(),
    sysroot: null,
    target: null,
    diagnosticWidth: null,
    externs: [],
    librarySearch: [],
    print: [],
    test: false,
    version: false,
    verbose: false,
    help: false,
    explain: null,
    threads: 1,
    uiTesting: false,
    deduplicateDiagnostics: true,
    scheduleSeed: null,
    selfProfile: null,
    timePasses: false,
    treatErrAsBug: null,
  };
}

/** Options that take a value: long name → short alias (if any). */
const VALUE_OPTS: Record<string, string | null> = {
  cfg: null,
  'check-cfg': null,
  'crate-type': null,
  'crate-name': null,
  edition: null,
  emit: null,
  print: null,
  out: 'o',
  'out-dir': null,
  explain: null,
  target: null,
  allow: 'A',
  warn: 'W',
  'force-warn': null,
  deny: 'D',
  forbid: 'F',
  'cap-lints': null,
  codegen: 'C',
  'error-format': null,
  json: null,
  color: null,
  sysroot: null,
  extern: null,
  'remap-path-prefix': null,
  'diagnostic-width': null,
  library: 'L',
  link: 'l',
  'env-set': null,
};
const FLAG_OPTS: Record<string, string | null> = { help: 'h', version: 'V', verbose: 'v', test: null, 'no-default-features': null };
const SHORT_VALUE: Record<string, string> = { o: 'out', A: 'allow', W: 'warn', D: 'deny', F: 'forbid', C: 'codegen', L: 'library', l: 'link', Z: 'Z' };
const SHORT_FLAG: Record<string, string> = { h: 'help', V: 'version', v: 'verbose', g: 'g', O: 'O' };

const EDITIONS: readonly string[] = ['2015', '2018', '2021', '2024'];
const CRATE_TYPES: readonly string[] = ['bin', 'lib', 'rlib', 'dylib', 'cdylib', 'staticlib', 'proc-macro'];
const EMIT_KINDS: readonly string[] = ['metadata', 'link', 'dep-info', 'mir', 'llvm-ir', 'llvm-bc', 'asm', 'obj', 'thin-link-bitcode'];

/** `-Z` options weftc knows. Those marked `true` take a value; anything else is refused. */
const UNSTABLE_OPTS: Record<string, boolean> = {
  threads: true,
  'ui-testing': false,
  'deduplicate-diagnostics': true,
  'write-long-types-to-disk': true,
  'schedule-seed': true,
  'self-profile': false,
  'time-passes': false,
  'simulate-remapped-rust-src-base': true,
  'translate-remapped-path-to-local-path': true,
  'ignore-directory-in-diagnostics-source-blocks': true,
  'unstable-options': false,
  'macro-backtrace': false,
  'treat-err-as-bug': false,
  'incremental-verify-ich': false,
  'next-solver': false,
  'polonius': false,
  'codegen-backend': true,
  'crate-attr': true,
  'track-diagnostics': false,
};

export function parseOptions(argv: readonly string[]): Options | OptionsError {
  const o = defaultOptions();
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    let name: string;
    let value: string | null = null;
    if (arg === '-' || !arg.startsWith('-')) {
      inputs.push(arg);
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      if (eq >= 0) value = arg.slice(eq + 1);
      if (name in FLAG_OPTS) {
        if (value !== null) return { message: `Option '${name}' does not take an argument` };
      } else if (name in VALUE_OPTS) {
        if (value === null) {
          const next = argv[++i];
          if (next === undefined) return { message: `Argument to option '${name}' missing` };
          value = next;
        }
      } else {
        return { message: `Unrecognized option: '${name}'` };
      }
    } else {
      const short = arg[1]!;
      if ([...arg.slice(1)].every((c) => c in SHORT_FLAG)) {
        // Grouped short flags, as getopts allows: `-vV`.
        for (const c of arg.slice(1, -1)) {
          const err = applyOption(o, SHORT_FLAG[c]!, null);
          if (err) return err;
        }
        name = SHORT_FLAG[arg[arg.length - 1]!]!;
      } else if (short in SHORT_VALUE) {
        name = SHORT_VALUE[short]!;
        value = arg.length > 2 ? arg.slice(2) : (argv[++i] ?? null);
        if (value === null) return { message: `Argument to option '${short}' missing` };
      } else {
        return { message: `Unrecognized option: '${arg.slice(1)}'` };
      }
    }
    const err = applyOption(o, name, value);
    if (err) return err;
  }
  if (inputs.length > 1) return { message: `multiple input filenames provided (first two filenames are \`${inputs[0]}\` and \`${inputs[1]}\`)` };
  o.input = inputs[0] ?? null;
  return o;
}

function applyOption(o: Options, name: string, value: string | null): OptionsError | null {
  const v = value ?? '';
  switch (name) {
    case 'help': o.help = true; break;
    case 'version': o.version = true; break;
    case 'verbose': o.verbose = true; break;
    case 'test': o.test = true; break;
    case 'g': o.codegen.set('debuginfo', '2'); break;
    case 'O': o.codegen.set('opt-level', '3'); break;
    case 'edition':
      if (!EDITIONS.includes(v) && v !== 'future') return { message: `argument for \`--edition\` must be one of: <2015|2018|2021|2024|future>. (instead was \`${v}\`)` };
      if (v === 'future') return { message: 'weftc does not support edition `future` yet' };
      o.edition = v as Edition;
      break;
    case 'crate-type':
      for (const t of v.split(',')) {
        if (!CRATE_TYPES.includes(t)) return { message: `unknown crate type: \`${t}\`, expected one of: \`lib\`, \`rlib\`, \`staticlib\`, \`dylib\`, \`cdylib\`, \`bin\`, \`proc-macro\`` };
        if (!o.crateTypes.includes(t as CrateType)) o.crateTypes.push(t as CrateType);
      }
      break;
    case 'crate-name': o.crateName = v; break;
    case 'emit':
      for (const part of v.split(',')) {
        const eq = part.indexOf('=');
        const kind = eq >= 0 ? part.slice(0, eq) : part;
        if (!EMIT_KINDS.includes(kind)) return { message: `unknown emission type: \`${kind}\` - expected one of: \`llvm-bc\`, \`asm\`, \`llvm-ir\`, \`mir\`, \`obj\`, \`metadata\`, \`link\`, \`dep-info\`, \`thin-link-bitcode\`` };
        o.emit.push({ kind: kind as EmitKind, path: eq >= 0 ? part.slice(eq + 1) : null });
      }
      break;
    case 'out': o.output = v; break;
    case 'out-dir': o.outDir = v; break;
    case 'error-format':
      if (v !== 'human' && v !== 'json' && v !== 'short') return { message: `argument for \`--error-format\` must be \`human\`, \`human-annotate-rs\`, \`human-unicode\`, \`json\`, \`short\` (instead was \`${v}\`)` };
      o.errorFormat = v;
      break;
    case 'json': o.json.push(...v.split(',')); break;
    case 'color':
      if (v !== 'auto' && v !== 'always' && v !== 'never') return { message: `argument for \`--color\` must be auto, always or never (instead was \`${v}\`)` };
      o.color = v;
      break;
    case 'cfg': o.cfg.push(v); break;
    case 'check-cfg': o.checkCfg.push(v); break;
    case 'allow': case 'warn': case 'deny': case 'forbid': case 'force-warn': {
      const level = (name === 'force-warn' ? 'force-warn' : name) as LintLevel;
      for (const lint of v.split(',')) o.lintOpts.push({ lint: lint.replace(/-/g, '_'), level });
      break;
    }
    case 'cap-lints':
      if (!['allow', 'warn', 'deny', 'forbid'].includes(v)) return { message: `unknown lint level: \`${v}\`` };
      o.capLints = v as LintLevel;
      break;
    case 'codegen': {
      const eq = v.indexOf('=');
      o.codegen.set(eq >= 0 ? v.slice(0, eq) : v, eq >= 0 ? v.slice(eq + 1) : null);
      break;
    }
    case 'Z': return applyUnstable(o, v);
    case 'sysroot': o.sysroot = v; break;
    case 'target': o.target = v; break;
    case 'print': {
      const request = parsePrintRequest(v);
      if ('message' in request) return request;
      o.print.push(request);
      break;
    }
    case 'explain': o.explain = v; break;
    // Accepted and meaningless to weftc.
    case 'diagnostic-width':
      if (!/^\d+$/.test(v)) return { message: `incorrect value \`${v}\` for option \`diagnostic-width\` - a number was expected` };
      o.diagnosticWidth = Number(v);
      break;
    case 'extern': {
      const eq = v.indexOf('=');
      o.externs.push(eq >= 0 ? { name: v.slice(0, eq), path: v.slice(eq + 1) } : { name: v, path: null });
      break;
    }
    case 'library': {
      const m = /^(dependency|crate|native|framework|all)=(.*)$/.exec(v);
      if (!m || m[1] !== 'native' && m[1] !== 'framework') o.librarySearch.push(m ? m[2]! : v);
      break;
    }
    case 'remap-path-prefix': case 'link': case 'env-set': case 'no-default-features':
      break;
    default:
      return { message: `Unrecognized option: '${name}'` };
  }
  return null;
}

function applyUnstable(o: Options, raw: string): OptionsError | null {
  const eq = raw.indexOf('=');
  const name = (eq >= 0 ? raw.slice(0, eq) : raw).replace(/_/g, '-');
  const value = eq >= 0 ? raw.slice(eq + 1) : null;
  if (!(name in UNSTABLE_OPTS)) return { message: `unknown unstable option: \`${name}\`` };
  o.unstable.set(name, value);
  switch (name) {
    case 'threads': {
      const n = Number(value);
      if (value === null || !/^\d+$/.test(value)) return { message: `incorrect value \`${value ?? ''}\` for unstable option \`threads\` - a number was expected` };
      o.threads = n;
      break;
    }
    case 'ui-testing': o.uiTesting = value === null || value === 'yes' || value === 'y' || value === 'on'; break;
    case 'deduplicate-diagnostics': o.deduplicateDiagnostics = !(value === 'no' || value === 'n' || value === 'off'); break;
    case 'schedule-seed': {
      if (value === null || !/^\d+$/.test(value)) return { message: `incorrect value \`${value ?? ''}\` for unstable option \`schedule-seed\` - a number was expected` };
      o.scheduleSeed = Number(value);
      break;
    }
    case 'self-profile': o.selfProfile = value ?? '.'; break;
    case 'time-passes': o.timePasses = true; break;
    case 'treat-err-as-bug':
      if (value !== null && !/^\d+$/.test(value)) return { message: `incorrect value \`${value}\` for unstable option \`treat-err-as-bug\` - either no value or a non-negative number was expected` };
      // `=0` turns it off, as in rustc.
      o.treatErrAsBug = value === null ? 1 : Number(value) || null;
      break;
  }
  return null;
}

/** The crate types in effect: `--crate-type`, else `bin` (rustc's default without `#![crate_type]`). */
export function effectiveCrateTypes(o: Options): CrateType[] {
  return o.crateTypes.length > 0 ? o.crateTypes : ['bin'];
}

/** True when only metadata is requested (`--emit metadata`), i.e. a `check` build. */
export function isCheckOnly(o: Options): boolean {
  return o.emit.length > 0 && o.emit.every((e) => e.kind === 'metadata' || e.kind === 'dep-info');
}
