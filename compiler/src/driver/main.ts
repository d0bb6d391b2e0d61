/**
 * weftc's entry point: the only module that touches `process` and the file system. It parses the
 * command line, runs the pipeline, and turns any exception into rustc's internal-compiler-error
 * text and exit status 101.
 */
import { readFileSync } from 'node:fs';
import { parseOptions } from './options.js';
import { createSession } from './session.js';
import { compile } from './compile.js';
import { versionLine, verboseVersion, HOST, WEFTC_VERSION } from './version.js';
import { SerialExecutor, type Executor } from '../query/executor.js';
import { usage } from './usage.js';

export async function main(argv: readonly string[]): Promise<number> {
  const options = parseOptions(argv);
  if ('message' in options) {
    process.stderr.write(`error: ${options.message}\n\n`);
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
  if (options.input === null) {
    process.stderr.write('error: no input filename given\n\n');
    return 1;
  }
  const executor: Executor = new SerialExecutor();
  const out: string[] = [];
  const session = createSession(
    options,
    executor,
    (text) => out.push(text),
    (path) => {
      try {
        return { text: readFileSync(path, 'utf8') };
      } catch (e) {
        return { error: describeFsError(e) };
      }
    },
  );
  try {
    return await compile(session);
  } catch (e) {
    process.stderr.write(out.join(''));
    out.length = 0;
    process.stderr.write(iceText(e, argv));
    return 101;
  } finally {
    process.stderr.write(out.join(''));
    await executor.close();
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

/** rustc's ICE report, with weftc's names. */
function iceText(e: unknown, argv: readonly string[]): string {
  const message = e instanceof Error ? e.message : String(e);
  const where = e instanceof Error && e.stack ? (e.stack.split('\n')[1]?.trim() ?? 'unknown') : 'unknown';
  const flags = argv.filter((a) => a.startsWith('-')).join(' ');
  return [
    `error: internal compiler error: ${message}`,
    '',
    `thread 'weftc' panicked at ${where}:`,
    message,
    'note: weftc unexpectedly panicked. this is a bug.',
    '',
    'note: we would appreciate a bug report in the Weft repository',
    '',
    `note: weftc ${WEFTC_VERSION} running on ${HOST}`,
    '',
    ...(flags ? [`note: compiler flags: ${flags}`, ''] : []),
    '',
  ].join('\n');
}

const exitCode = await main(process.argv.slice(2));
process.exitCode = exitCode;
