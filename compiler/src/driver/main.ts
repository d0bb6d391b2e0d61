/**
 * weftc's entry point: the only module that touches `process` and the file system. It parses the
 * command line, picks the executor (`-Zthreads`), runs the pipeline, writes the `-Zself-profile`
 * trace, and turns any exception into rustc's internal-compiler-error text and exit status 101.
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString, startupSnapshot } from 'node:v8';
import { parseOptions, type Options } from './options.js';
import { createSession } from './session.js';
import { compile } from './compile.js';
import { versionLine, verboseVersion } from './version.js';
import { SerialExecutor, type Executor } from '../query/executor.js';
import type { TinypoolModule } from '../query/parallel/pool.js';
import { Profiler, selfProfileFileName } from './profile.js';
import { iceText } from './ice.js';
import { usage } from './usage.js';
import { runPrintRequests } from './print.js';
import { crateName } from './outputs.js';

// No V8 heap flags here: `--max-semi-space-size` / `--min-semi-space-size` set at run time
// (v8.setFlagsFromString) do not resize a heap that already exists, and workers accept no V8
// flags; docs/parallel.md ("Start-up and throughput") has the measurements and what does help.

/**
 * How much a function must run before V8 optimizes it with TurboFan: twice node 20's default
 * (132 KiB of bytecode budget). A weftc run is short and its code is large: at the default, V8
 * spends about half as much CPU optimizing functions on a background thread as weftc spends
 * running (many-small-fns: 2.6 s beside 2.7 s on the main thread), much of it on code that runs
 * only a little longer. Measured with the perf collector (docs/parallel.md, "JIT tiering"): CPU
 * -9 to -34 % across the suite, wall the same or lower; at 4x, many-small-fns got slower. Unlike heap
 * flags, the budget is read at run time, so it applies when weftc starts from the snapshot too
 * (whose V8 flags must match its builder's); worker threads share the process's flags.
 */
const INTERRUPT_BUDGET = 2 * 132 * 1024;

export async function main(argv: readonly string[]): Promise<number> {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  const options = parseOptions(argv);
  if ('message' in options) {
    const help = (options.help ?? []).map((h) => `  = help: ${h}\n`).join('');
    process.stderr.write(`error: ${options.message}\n${help ? `  |\n${help}` : ''}\n`);
    return 1;
  }
  if (options.version) {
    process.stdout.write(options.verbose ? verboseVersion() : versionLine() + '\n');
    return 0;
  }
  if (options.help || (options.input === null && argv.length === 0)) {
    process.stdout.write(usage());
    return 0;
  }
  if (options.input === null && options.print.length === 0) {
    process.stderr.write('error: no input filename given\n\n');
    return 1;
  }
  const out: string[] = [];
  if (options.print.length > 0) {
    // Print requests compile nothing: no executor, no profile.
    const session = createSession(options, new SerialExecutor({}), (text) => out.push(text), readSource, undefined, writeOutputAtomically);
    const status = runPrintRequests(session, options.print, (text) => process.stdout.write(text));
    process.stderr.write(out.join(''));
    return status;
  }
  const profiler = new Profiler({
    selfProfile: options.selfProfile !== null,
    timePasses: options.timePasses,
    write: (text) => out.push(text),
    rss: () => process.memoryUsage.rss(),
  });
  const threads = options.threads === 0 ? availableParallelism() : options.threads;
  let executor: Executor | null = null;
  try {
    // Created first, so that the workers boot while the main thread reads and parses the root.
    executor = await createExecutor(threads, options, profiler);
    const session = createSession(
      options,
      executor,
      (text) => out.push(text),
      readSource,
      profiler,
      writeOutputAtomically,
    );
    const status = await compile(session);
    profiler.finish();
    return status;
  } catch (e) {
    process.stderr.write(out.join(''));
    out.length = 0;
    process.stderr.write(iceText(e, argv));
    return 101;
  } finally {
    process.stderr.write(out.join(''));
    await executor?.close();
    if (options.selfProfile !== null) writeSelfProfile(options, profiler, threads, argv);
  }
}

function readSource(path: string): { text: string } | { error: string } {
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch (e) {
    return { error: describeFsError(e) };
  }
}

/** `-Zthreads=1`: the serial executor, and tinypool is never loaded. */
async function createExecutor(threads: number, options: Options, profiler: Profiler): Promise<Executor> {
  if (threads <= 1) return new SerialExecutor({ scheduleSeed: options.scheduleSeed, trace: profiler.trace });
  const { createParallelExecutor } = await import('../query/parallel/pool.js');
  return createParallelExecutor({ threads, scheduleSeed: options.scheduleSeed, trace: profiler.trace, ...parallelLoading });
}

function writeSelfProfile(options: Options, profiler: Profiler, threads: number, argv: readonly string[]): void {
  const dir = options.selfProfile!;
  const file = join(dir, selfProfileFileName(crateName(options), process.pid));
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${file}.tmp`, profiler.traceJson({ pid: process.pid, threads, command: ['weftc', ...argv].join(' '), startup: parallelLoading.workerFile !== undefined ? 'snapshot' : 'bundle' }));
    renameSync(`${file}.tmp`, file);
  } catch (e) {
    process.stderr.write(`warning: could not write the self-profile to \`${file}\`: ${describeFsError(e)}\n\n`);
  }
}

/** Writes `text` to `path` through a temp file and a rename; mode 0755 when executable. */
function writeOutputAtomically(path: string, text: string, executable: boolean): string | null {
  const tmp = `${path}.weftc-tmp-${process.pid}`;
  try {
    writeFileSync(tmp, text, { mode: executable ? 0o755 : 0o644 });
    chmodSync(tmp, executable ? 0o755 : 0o644);
    renameSync(tmp, path);
    return null;
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The temp file may not exist; the first error is the one to report.
    }
    return describeFsError(e);
  }
}

function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT': return 'No such file or directory (os error 2)';
    case 'EACCES': return 'Permission denied (os error 13)';
    case 'EISDIR': return 'Is a directory (os error 21)';
    default: return err.message;
  }
}

/**
 * How the parallel executor is loaded. The start-up snapshot (driver/snapshot.ts) replaces it:
 * code deserialized from a snapshot has no dynamic `import()` and no `import.meta.url`.
 */
export const parallelLoading: { workerFile?: string; importTinypool?: () => Promise<TinypoolModule> } = {};

// Run as the program, unless the start-up snapshot's builder is importing this module.
if (!startupSnapshot.isBuildingSnapshot()) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
