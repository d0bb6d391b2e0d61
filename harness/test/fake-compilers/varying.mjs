#!/usr/bin/env node
// A compiler whose parallel output varies in one way at a known rate, chosen by the fixture
// (`// fake-vary: <behaviour> <rate>`) and drawn from -Zschedule-seed: reordered, missing,
// re-anchored, migrated or duplicated diagnostics, another exit status, an ICE, a deadlock, a
// livelock, output that differs only in parallel mode, a serial mode that varies too, death by
// SIGKILL. The behaviour itself is varying-core.mjs.
import { readFileSync } from 'node:fs';
import { main } from './common.mjs';
import { fakeOutput } from './varying-core.mjs';

main(({ input, args, threads }) => {
  const seedArg = args.filter((a) => a.startsWith('-Zschedule-seed=')).pop();
  const seed = seedArg === undefined ? null : Number(seedArg.slice('-Zschedule-seed='.length));
  const outDirAt = args.indexOf('--out-dir');
  const outDir = outDirAt >= 0 ? args[outDirAt + 1] : null;
  const out = fakeOutput({ source: readFileSync(input, 'utf8'), input, threads, seed, outDir, pid: process.pid });
  if (out.action === 'hang') {
    setInterval(() => {}, 1000);
    return;
  }
  if (out.action === 'spin') {
    for (;;) {
      // Busy forever: a livelock.
    }
  }
  if (out.action === 'sigkill') process.kill(process.pid, 'SIGKILL');
  process.stdout.write(out.stdout);
  process.stderr.write(out.stderr);
  process.exitCode = out.code;
});
