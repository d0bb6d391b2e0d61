#!/usr/bin/env node
// Reports one error, then dies with an internal compiler error (exit status 101).
import { diagnostic, main } from './common.mjs';

main(({ input }) => {
  process.stderr.write(`${diagnostic('something went wrong', 1, 1, input)}\n`);
  process.stderr.write("thread 'rustc' (1234) panicked at compiler/fake/src/lib.rs:1:1:\nfake internal error: the query stack overflowed\nerror: the compiler unexpectedly panicked. This is a bug\n");
  process.exitCode = 101;
});
