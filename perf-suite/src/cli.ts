/**
 * `npm run perf`: the perf collector's command line. Dispatches to one subcommand per file under
 * cli/ (compare is the default, `history`, `accuracy`, `comment`), turns environment errors into one line and
 * exit status 2, and Ctrl-C into a resumable stop (130).
 *
 * Owns: dispatch, exit codes, signal handling. Must not: hold a subcommand's logic.
 */
import { runAccuracy } from './cli/accuracy.js';
import { runComment } from './cli/comment.js';
import { EXIT, HELP } from './cli/help.js';
import { runHistory } from './cli/history.js';
import { processIo, type Io } from './cli/io.js';
import { runCompare } from './cli/compare.js';
import { killActiveProcesses } from './collector/measure.js';
import { isPerfError } from './errors.js';

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  try {
    switch (first) {
      case 'history':
        return await runHistory(rest, io);
      case 'comment':
        return await runComment(rest, io);
      case 'accuracy':
        return await runAccuracy(rest, io);
      case 'help':
        io.out(HELP);
        return EXIT.ok;
      default:
        return await runCompare(argv, io);
    }
  } catch (e) {
    if (isPerfError(e)) {
      if (e.code === 'interrupted') {
        io.err('interrupted: the test cases measured so far are stored; run the same command again to resume\n');
        return EXIT.interrupted;
      }
      io.err(`${e.line()}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}

// Run only as the bundled executable, not when a test imports this module.
if (process.argv[1] && /perf-suite[\\/]dist[\\/]cli\.mjs$/.test(process.argv[1])) {
  const controller = new AbortController();
  process.on('SIGINT', () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    controller.abort();
    killActiveProcesses();
  });
  process.exitCode = await main(process.argv.slice(2), processIo(controller.signal));
}
