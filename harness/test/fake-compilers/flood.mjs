#!/usr/bin/env node
// Floods stderr with 2 MiB of text (four times compiletest's 512 KiB cap), then fails.
import { main } from './common.mjs';

main(() => {
  const line = `${'x'.repeat(1023)}\n`;
  for (let i = 0; i < 2048; i++) process.stderr.write(line);
  process.exitCode = 1;
});
