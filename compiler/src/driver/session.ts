/**
 * A compilation session: the options, the source map, the diagnostic context and the executor,
 * created once per weftc invocation by the driver and passed down to the pipeline.
 */
import type { Options } from './options.js';
import { SourceMap } from '../syntax/source-map.js';
import { DiagCtxt } from '../diagnostics/diag-ctxt.js';
import type { Executor } from '../query/executor.js';
import { NO_PROFILER, type PhaseProfiler } from './profile.js';

export interface Session {
  readonly options: Options;
  readonly sourceMap: SourceMap;
  readonly dcx: DiagCtxt;
  readonly executor: Executor;
  /** Phase timing for `-Zself-profile` / `-Ztime-passes`: `await session.profiler.phase('name', () => ...)`. */
  readonly profiler: PhaseProfiler;
  /** Reads a source file; the only file-system access the pipeline has. Null when unreadable. */
  readonly readFile: (path: string) => { text: string } | { error: string };
  /** The compiler process's environment variable `name` (what `env!` reads), undefined when unset. */
  readonly env: (name: string) => string | undefined;
  /** Writes an output file atomically (temp + rename), executable if asked; an error message or null. */
  readonly writeOutput?: (path: string, text: string, executable: boolean) => string | null;
}

export function createSession(
  options: Options,
  executor: Executor,
  write: (text: string) => void,
  readFile: Session['readFile'],
  profiler: PhaseProfiler = NO_PROFILER,
  writeOutput?: Session['writeOutput'],
): Session {
  const sourceMap = new SourceMap();
  const dcx = new DiagCtxt(
    sourceMap,
    {
      errorFormat: options.errorFormat,
      uiTesting: options.uiTesting,
      deduplicate: options.deduplicateDiagnostics,
      json: options.json,
      color: options.color === 'always',
      macroBacktrace: options.unstable.has('macro-backtrace'),
      diagnosticWidth: options.diagnosticWidth,
      terminalWidth: process.stderr.isTTY ? process.stderr.columns : null,
      treatErrAsBug: options.treatErrAsBug,
    },
    write,
  );
  const env = (name: string) => (Object.prototype.hasOwnProperty.call(process.env, name) ? process.env[name] : undefined);
  return { options, sourceMap, dcx, executor, readFile, env, profiler, ...(writeOutput ? { writeOutput } : {}) };
}
