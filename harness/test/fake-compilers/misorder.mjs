#!/usr/bin/env node
// Reports the same two errors, in source order with one thread and in reverse order with more:
// the classic nondeterminism of a parallel front end.
import { diagnostic, main } from './common.mjs';

main(({ input, threads }) => {
  const first = diagnostic('first problem', 1, 1, input);
  const second = diagnostic('second problem', 2, 1, input);
  const lines = threads > 1 ? [second, first] : [first, second];
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exitCode = 1;
});
