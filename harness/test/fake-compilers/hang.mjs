#!/usr/bin/env node
// Never finishes, and starts a grandchild that never finishes either; writes the grandchild's
// pid to $FAKE_PID_FILE so a test can check that the whole tree was killed.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { main } from './common.mjs';

main(() => {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  if (process.env.FAKE_PID_FILE) writeFileSync(process.env.FAKE_PID_FILE, String(child.pid));
  setInterval(() => {}, 1000);
});
