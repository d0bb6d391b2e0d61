#!/usr/bin/env node
// Dies by a signal (SIGSEGV), as a compiler with a memory bug would.
import { main } from './common.mjs';

main(() => {
  process.kill(process.pid, 'SIGSEGV');
});
