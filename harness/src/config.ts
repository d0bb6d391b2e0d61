/**
 * The command line of `npm run ui` → a `Config` (plain data), and the `--help` text. Parsing is
 * pure: a bad flag is a `HarnessError('usage')` with one line that says what is wrong; checking
 * that paths exist happens later, in main.ts.
 */
import { availableParallelism } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { HarnessError } from './errors.js';
import type { ComparePolicy } from './compare.js';
import type { Stage } from './directives/props.js';
import { EDITIONS } from './directives/handlers.js';

export type ModeSelection = 'serial' | 'parallel' | 'both';

export interface Config {
  readonly command: 'run' | 'merge-reports' | 'help';
  readonly root: string;
  readonly compiler: string;
  readonly rustc: string | null;
  readonly mode: ModeSelection;
  readonly threads: number;
  readonly parallelCompare: ComparePolicy;
  readonly jobs: number;
  readonly timeoutMs: number;
  readonly bless: boolean;
  readonly pass: Stage | null;
  readonly edition: string | null;
  readonly filters: readonly string[];
  readonly skip: readonly string[];
  readonly exact: boolean;
  readonly shard: { readonly index: number; readonly count: number } | null;
  readonly format: 'text' | 'json';
  readonly report: string | null;
  readonly junit: string | null;
  readonly knownFailures: string;
  readonly knownFailuresExplicit: boolean;
  readonly updateKnownFailures: boolean;
  readonly knownFailureReason: string;
  readonly keepOutDir: boolean;
  readonly color: 'auto' | 'always' | 'never';
  readonly verbose: boolean;
  readonly list: boolean;
  /** merge-reports: the input files. */
  readonly inputs: readonly string[];
}

export const HELP = `Usage: npm run ui -- [OPTIONS] [FILTER...]
       npm run ui -- merge-reports [--report FILE] [--junit FILE] [--format text|json] REPORT.json...

Runs compiletest-style UI tests: every .rs under the suite root (except in auxiliary/) is compiled
with the chosen compiler, in serial (-Zthreads=1) and parallel (-Zthreads=N) mode, and its output is
compared with the expected .stderr/.stdout/.run.*/.fixed files. A FILTER selects tests whose name
(path[#revision], relative to the root) contains it.

Suite and compiler:
  --root DIR                 suite root (default: ui-tests/ of this checkout)
  --compiler weft|rustc|PATH compiler to test (default: weft = compiler/bin/weftc, run with node)
  --rustc PATH               rustc for --compiler rustc (default: rustc on PATH); may carry leading
                             arguments, e.g. --rustc 'rustc +nightly'
  --edition E                edition for fixtures without //@ edition (default: the compiler's)
  --pass check|build|run     run every *-pass fixture in this mode instead (not no-pass-override)

Modes:
  --mode serial|parallel|both        (default: both)
  --threads N                        -Zthreads=N of parallel mode (default: 4)
  --parallel-compare exact|sorted|lines
                             how parallel output is compared with the expected file (default:
                             exact). exact: byte for byte; an order-only difference is reported
                             as \`reordered\`. sorted: the same diagnostics in any order passes.
                             lines: compiletest's compare-output-by-lines (sorted lines).

Selection:
  --exact                    FILTERs must equal the path (or path#revision)
  --skip FILTER              leave out tests matching FILTER (repeatable)
  --shard I/N                run shard I of N (1-based); fixtures are split by a hash of their path
  --list                     print the selected test names and exit

Execution:
  --jobs N                   tests run at once (default: the number of cores)
  --timeout SECS             per-test timeout; the process tree is killed (default: 120)
  --keep-out-dir             keep the per-test output directories (printed at the end)

Expected files:
  --bless                    write expected files from the serial runs (delete them when the
                             output is empty); not with --mode parallel

Known failures:
  --known-failures FILE      default: <root>/known-failures.json
  --update-known-failures    rewrite that file to exactly the tests that failed with this compiler
  --known-failure-reason TEXT  reason for new entries (default: "not triaged")

Output:
  --format text|json         json: the report on stdout (human text goes to stderr)
  --report FILE              also write the JSON report to FILE
  --junit FILE               also write a JUnit XML report to FILE
  --color auto|always|never  colour in diffs (default: auto = when the output is a terminal)
  -v, --verbose              one line per test
  -h, --help                 this text

Exit status: 0 all tests passed (known failures allowed); 1 a test failed; 2 a usage or
configuration error (bad flag, missing root, compiler not found); 130 interrupted.
See harness/README.md for directives, annotations and what is surprising.
`;

function positiveInt(flag: string, v: string): number {
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new HarnessError('usage', `${flag} needs a positive integer, got \`${v}\``);
  return Number(v);
}

function oneOf<T extends string>(flag: string, v: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(v)) throw new HarnessError('usage', `${flag} must be one of ${allowed.join(', ')}; got \`${v}\``);
  return v as T;
}

/** Parses `argv` (after `npm run ui --`). `repoRoot` locates defaults; `cwd` resolves paths. */
export function parseArgs(argv: readonly string[], repoRoot: string, cwd: string): Config {
  const c = {
    command: 'run' as Config['command'],
    root: join(repoRoot, 'ui-tests'),
    rootGiven: false,
    compiler: 'weft',
    rustc: null as string | null,
    mode: 'both' as ModeSelection,
    threads: 4,
    parallelCompare: 'exact' as ComparePolicy,
    jobs: availableParallelism(),
    timeoutMs: 120_000,
    bless: false,
    pass: null as Stage | null,
    edition: null as string | null,
    filters: [] as string[],
    skip: [] as string[],
    exact: false,
    shard: null as Config['shard'],
    format: 'text' as Config['format'],
    report: null as string | null,
    junit: null as string | null,
    knownFailures: null as string | null,
    updateKnownFailures: false,
    knownFailureReason: 'not triaged',
    keepOutDir: false,
    color: 'auto' as Config['color'],
    verbose: false,
    list: false,
    inputs: [] as string[],
  };
  const args = [...argv];
  if (args[0] === 'merge-reports') {
    c.command = 'merge-reports';
    args.shift();
  }
  const path = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p));
  for (let i = 0; i < args.length; i++) {
    let arg = args[i]!;
    let inline: string | null = null;
    if (arg.startsWith('--') && arg.includes('=')) {
      inline = arg.slice(arg.indexOf('=') + 1);
      arg = arg.slice(0, arg.indexOf('='));
    }
    const value = (): string => {
      if (inline !== null) return inline;
      const v = args[++i];
      if (v === undefined) throw new HarnessError('usage', `${arg} needs a value`);
      return v;
    };
    const noValue = () => {
      if (inline !== null) throw new HarnessError('usage', `${arg} takes no value`);
    };
    switch (arg) {
      case '-h': case '--help': noValue(); c.command = 'help'; break;
      case '--root': c.root = path(value()); c.rootGiven = true; break;
      case '--compiler': c.compiler = value(); break;
      case '--rustc': c.rustc = value(); break;
      case '--mode': c.mode = oneOf(arg, value(), ['serial', 'parallel', 'both']); break;
      case '--threads': c.threads = positiveInt(arg, value()); break;
      case '--parallel-compare': c.parallelCompare = oneOf(arg, value(), ['exact', 'sorted', 'lines']); break;
      case '--jobs': case '-j': c.jobs = positiveInt(arg, value()); break;
      case '--timeout': {
        const v = value();
        if (!/^\d+(\.\d+)?$/.test(v) || Number(v) <= 0) throw new HarnessError('usage', `--timeout needs a positive number of seconds, got \`${v}\``);
        c.timeoutMs = Math.round(Number(v) * 1000);
        break;
      }
      case '--bless': noValue(); c.bless = true; break;
      case '--pass': c.pass = oneOf<Stage>(arg, value(), ['check', 'build', 'run']); break;
      case '--edition': c.edition = oneOf(arg, value(), EDITIONS); break;
      case '--exact': noValue(); c.exact = true; break;
      case '--skip': c.skip.push(value()); break;
      case '--shard': {
        const v = value();
        const m = /^(\d+)\/(\d+)$/.exec(v);
        if (!m || Number(m[2]) < 1 || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new HarnessError('usage', `--shard needs I/N with 1 <= I <= N, got \`${v}\``);
        c.shard = { index: Number(m[1]), count: Number(m[2]) };
        break;
      }
      case '--format': c.format = oneOf(arg, value(), ['text', 'json']); break;
      case '--report': c.report = path(value()); break;
      case '--junit': c.junit = path(value()); break;
      case '--known-failures': c.knownFailures = path(value()); break;
      case '--update-known-failures': noValue(); c.updateKnownFailures = true; break;
      case '--known-failure-reason': c.knownFailureReason = value(); break;
      case '--keep-out-dir': noValue(); c.keepOutDir = true; break;
      case '--color': c.color = oneOf(arg, value(), ['auto', 'always', 'never']); break;
      case '-v': case '--verbose': noValue(); c.verbose = true; break;
      case '--list': noValue(); c.list = true; break;
      case '--': c.filters.push(...args.slice(i + 1)); i = args.length; break;
      default:
        if (arg.startsWith('-')) throw new HarnessError('usage', `unknown option \`${arg}\` (see --help)`);
        if (c.command === 'merge-reports') c.inputs.push(path(arg));
        else c.filters.push(arg);
    }
  }
  if (c.bless && c.mode === 'parallel') throw new HarnessError('usage', '--bless writes expected files from serial runs only; use --mode serial or --mode both');
  if (c.rustc !== null && c.compiler === 'weft') c.compiler = 'rustc';
  if (c.command === 'merge-reports' && c.inputs.length === 0) throw new HarnessError('usage', 'merge-reports needs report files: npm run ui -- merge-reports a.json b.json');
  const knownFailures = c.knownFailures ?? join(c.root, 'known-failures.json');
  const { rootGiven: _unused, ...rest } = c;
  return { ...rest, knownFailures, knownFailuresExplicit: c.knownFailures !== null };
}

/**
 * A filter written as a path to the suite (`ui-tests/typeck/`, tab-completed in a shell) becomes
 * the path relative to the root (`typeck/`), so it matches test names.
 */
export function relativeFilter(filter: string, root: string, cwd: string): string {
  if (!filter.includes('/')) return filter;
  const abs = resolve(cwd, filter);
  const rootWithSep = root.endsWith('/') ? root : `${root}/`;
  if (abs.startsWith(rootWithSep)) return abs.slice(rootWithSep.length) + (filter.endsWith('/') && !abs.endsWith('/') ? '/' : '');
  return filter;
}
