#!/usr/bin/env node
// Prints a diagnostic line that starts like JSON but is cut off, then fails normally.
import { main } from './common.mjs';

main(() => {
  process.stderr.write('{"$message_type":"diagnostic","message":"mismatched ty\n');
  process.exitCode = 1;
});
