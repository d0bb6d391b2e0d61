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

/** K of `--repeat` without a count: 20 runs bound a clean test's divergence rate below 14% (95%). */
export const DEFAULT_REPEAT = 20;

export interface Config {
  readonly command: 'run' | 'merge-reports' | 'coverage' | 'help';
  readonly root: string;
  readonly compiler: string;
  readonly rustc: string | null;
  readonly mode: ModeSelection;
  /** -Zthreads of parallel mode: the first of `threadCounts`. */
  readonly threads: number;
  /** `--threads 2,4,8`: the counts a hunt cycles through (one count without `--repeat`). */
  readonly threadCounts: readonly number[];
  /** `--repeat K`: hunt nondeterminism with up to K parallel runs per test; null: no hunt. */
  readonly repeat: number | null;
  /** Pass `-Zschedule-seed=S` to hunt runs: auto = only to weftc (rustc has no such flag). */
  readonly scheduleSeeds: 'auto' | 'on' | 'off';
  readonly firstSeed: number;
  /** Stop a test's hunt once its label is decided (`--no-early-stop`: always K runs). */
  readonly earlyStop: boolean;
  readonly knownNondeterministic: string;
  readonly knownNondeterministicExplicit: boolean;
  /** Where hunt reports go; null: reports/nondeterminism/ of this checkout. */
  readonly nondeterminismDir: string | null;
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
       npm run ui -- coverage [--root DIR] [--format text|json]   fixtures per error code and lint

Runs compiletest-style UI tests: every .rs under the suite root (except in auxiliary/) is compiled
with the chosen compiler, in serial (-Zthreads=1) and parallel (-Zthreads=N) mode, and its output is
compared with the expected .stderr/.stdout/.run.*/.fixed files. A FILTER selects tests whose name
(path[#revision], relative to the root) contains it.

Suite and compiler:
  --root DIR                 suite root (default: ui-tests/ of this checkout)
  --compiler weft|rustc|PATH compiler to test (default: weft = compiler/bin/weftc)
  --rustc PATH               rustc for --compiler rustc (default: rustc on PATH); may carry leading
                             arguments, e.g. --rustc 'rustc +nightly'
  --edition E                edition for fixtures without //@ edition (default: the compiler's)
  --pass check|build|run     run every *-pass fixture in this mode instead (not no-pass-override)

Modes:
  --mode serial|parallel|both        (default: both)
  --threads N[,N...]                 -Zthreads=N of parallel mode (default: 4; with --repeat: 4,8).
                             Several counts need --repeat; parallel mode uses the first.
  --parallel-compare exact|sorted|lines
                             how parallel output is compared with the expected file (default:
                             exact). exact: byte for byte; an order-only difference is reported
                             as \`reordered\`. sorted: the same diagnostics in any order passes.
                             lines: compiletest's compare-output-by-lines (sorted lines).

Nondeterminism (see harness/README.md):
  --repeat [K]               after each parallel-mode test, run its compile 3 times serially and up
                             to K times (default 20) in parallel, cycling through --threads, and
                             label it: stable, nondeterministic-order/-content, parallel-ice,
                             parallel-hang, parallel-only-failure, infrastructure-flaky. A label
                             other than stable fails the test. Writes
                             reports/nondeterminism/<time>.{md,json}. --jobs becomes a core budget:
                             a compile at -Zthreads=T takes min(T, jobs) of it
  --schedule-seeds auto|on|off  pass -Zschedule-seed=S to each hunt run (auto: weftc only)
  --first-seed N             seed of the first hunt run; run i gets N + i (default: 1)
  --no-early-stop            always make K parallel runs (default: stop once the label is decided)
  --known-nondeterministic FILE  default: <root>/known-nondeterministic.json
  --nondeterminism-dir DIR   where hunt reports go (default: reports/nondeterminism/)

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
    threadCounts: null as number[] | null,
    repeat: null as number | null,
    scheduleSeeds: 'auto' as Config['scheduleSeeds'],
    firstSeed: 1,
    earlyStop: true,
    knownNondeterministic: null as string | null,
    nondeterminismDir: null as string | null,
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
  if (args[0] === 'merge-reports' || args[0] === 'coverage') {
    c.command = args[0];
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
      case '--threads': {
        const v = value();
        const parts = v.split(',');
        if (parts.length === 1) c.threadCounts = [positiveInt(arg, v)];
        else {
          if (parts.some((p) => !/^\d+$/.test(p) || Number(p) < 1)) throw new HarnessError('usage', `--threads needs positive integers separated by commas, got \`${v}\``);
          c.threadCounts = [...new Set(parts.map(Number))];
        }
        break;
      }
      case '--repeat': {
        // The count is optional: `--repeat`, `--repeat 30`, `--repeat=30`.
        const next = inline ?? args[i + 1];
        if (inline === null && (next === undefined || !/^\d+$/.test(next))) c.repeat = DEFAULT_REPEAT;
        else {
          if (inline === null) i++;
          c.repeat = positiveInt(arg, next!);
        }
        break;
      }
      case '--schedule-seeds': c.scheduleSeeds = oneOf(arg, value(), ['auto', 'on', 'off']); break;
      case '--first-seed': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new HarnessError('usage', `--first-seed needs a non-negative integer, got \`${v}\``);
        c.firstSeed = Number(v);
        break;
      }
      case '--no-early-stop': noValue(); c.earlyStop = false; break;
      case '--known-nondeterministic': c.knownNondeterministic = path(value()); break;
      case '--nondeterminism-dir': c.nondeterminismDir = path(value()); break;
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
        else if (c.command === 'coverage') throw new HarnessError('usage', `coverage takes no FILTER, got \`${arg}\` (options: --root DIR, --format text|json)`);
        else c.filters.push(arg);
    }
  }
  if (c.bless && c.mode === 'parallel') throw new HarnessError('usage', '--bless writes expected files from serial runs only; use --mode serial or --mode both');
  if (c.rustc !== null && c.compiler === 'weft') c.compiler = 'rustc';
  if (c.threadCounts !== null && c.threadCounts.length > 1 && c.repeat === null) throw new HarnessError('usage', `--threads ${c.threadCounts.join(',')}: several thread counts need --repeat (parallel mode runs at one)`);
  if (c.repeat !== null && c.mode === 'serial') throw new HarnessError('usage', '--repeat hunts nondeterminism in parallel mode; not with --mode serial');
  const threadCounts = c.threadCounts ?? (c.repeat !== null ? [4, 8] : [4]);
  if (c.command === 'merge-reports' && c.inputs.length === 0) throw new HarnessError('usage', 'merge-reports needs report files: npm run ui -- merge-reports a.json b.json');
  const knownFailures = c.knownFailures ?? join(c.root, 'known-failures.json');
  const knownNondeterministic = c.knownNondeterministic ?? join(c.root, 'known-nondeterministic.json');
  const { rootGiven: _unused, ...rest } = c;
  return {
    ...rest, threads: threadCounts[0]!, threadCounts, knownFailures, knownFailuresExplicit: c.knownFailures !== null,
    knownNondeterministic, knownNondeterministicExplicit: c.knownNondeterministic !== null,
  };
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
