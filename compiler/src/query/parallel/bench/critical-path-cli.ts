/**
 * `node compiler/dist/critical-path.mjs TRACE.json [--threads 2,8,16]`: the critical-path report
 * (critical-path.ts) of a weftc `-Zself-profile` trace, best taken at `-Zthreads=1`:
 *
 *   compiler/bin/weftc big.rs --emit=metadata -Zthreads=1 -Zself-profile=/tmp/prof
 *   node compiler/dist/critical-path.mjs /tmp/prof/big-*.json
 *
 * Exit 0 with the report on stdout; 2 with one line on stderr for a bad command line or trace.
 *
 * Owns: argument parsing and file reading for the report. Must not: be imported by the compiler.
 */
import { readFileSync } from 'node:fs';
import { analyzeTrace, formatCriticalPath, type TraceRecord } from '../../critical-path.js';

const USAGE = 'usage: critical-path TRACE.json [--threads 2,8,16]';

function main(argv: readonly string[]): number {
  let file: string | null = null;
  let threads = [2, 8, 16];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (a === '--threads' || a.startsWith('--threads=')) {
      const v = a === '--threads' ? argv[++i] : a.slice('--threads='.length);
      const list = (v ?? '').split(',').map(Number);
      if (!v || list.some((n) => !Number.isInteger(n) || n < 1)) {
        process.stderr.write(`critical-path: --threads takes a comma-separated list of positive integers, got \`${v ?? ''}\`\n`);
        return 2;
      }
      threads = list;
    } else if (file === null && !a.startsWith('-')) file = a;
    else {
      process.stderr.write(`critical-path: unexpected argument \`${a}\`; ${USAGE}\n`);
      return 2;
    }
  }
  if (file === null) {
    process.stderr.write(`critical-path: no trace given; ${USAGE}\n`);
    return 2;
  }
  let events: TraceRecord[];
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents?: unknown };
    if (!Array.isArray(json.traceEvents)) throw new Error('no `traceEvents` array');
    events = json.traceEvents as TraceRecord[];
  } catch (e) {
    process.stderr.write(`critical-path: ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  try {
    process.stdout.write(formatCriticalPath(analyzeTrace(events, threads)));
  } catch (e) {
    process.stderr.write(`critical-path: ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
