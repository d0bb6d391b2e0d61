#!/usr/bin/env node
/**
 * Measures weftc runs (a developer tool, not a test): wall time, CPU time (user + sys of the
 * process and all its threads) and peak RSS, through python3's wait4() like the perf collector,
 * N runs per configuration, reporting the minimum and the median of each.
 *
 *   node compiler/src/query/parallel/bench/measure.mjs [--runs N] FILE.rs -- "-Zthreads=1" "-Zthreads=2" ...
 *
 * Each quoted argument after `--` is one configuration (space-separated weftc flags; a word
 * `NAME=value` sets an environment variable instead, e.g. "WEFTC_NO_SNAPSHOT=1 -Zthreads=1", and
 * `WEFTC_REPO=DIR` runs that checkout's weftc, for before/after comparisons of two builds); runs
 * are interleaved (A B A B ...) so that changes in machine load hit every configuration alike.
 *
 * Owns: nothing the compiler uses. Must not: be imported by compiler code.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../../../..');
const args = process.argv.slice(2);
const sep = args.indexOf('--');
let runs = 5;
const head = args.slice(0, sep);
const r = head.indexOf('--runs');
if (r >= 0) runs = Number(head.splice(r, 2)[1]);
const file = head[0];
const configs = args.slice(sep + 1);
const PY = `
import json, os, sys, time
argv = json.loads(sys.argv[1])
t0 = time.perf_counter()
env = dict(os.environ)
env.update(json.loads(sys.argv[2]))
pid = os.posix_spawn(argv[0], argv, env, file_actions=[(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0), (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)])
_, status, ru = os.wait4(pid, 0)
print(json.dumps({"wall": time.perf_counter() - t0, "cpu": ru.ru_utime + ru.ru_stime, "rss": ru.ru_maxrss, "exit": os.waitstatus_to_exitcode(status)}))
`;
const samples = configs.map(() => []);
for (let i = 0; i < runs; i++) {
  configs.forEach((c, j) => {
    const words = c.split(' ').filter(Boolean);
    const isEnv = (w) => /^[A-Z_][A-Z0-9_]*=/.test(w);
    const env = Object.fromEntries(words.filter(isEnv).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]));
    const argv = [join(env.WEFTC_REPO ?? process.env.WEFTC_REPO ?? repo, 'compiler/bin/weftc'), file, '--edition=2021', '--emit=metadata', '--out-dir', '/tmp/weftc-measure', ...words.filter((w) => !isEnv(w))];
    samples[j].push(JSON.parse(execFileSync('python3', ['-c', PY, JSON.stringify(argv), JSON.stringify(env)], { encoding: 'utf8' })));
  });
}
const stat = (xs) => {
  const s = xs.slice().sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)] };
};
console.log(`${file}, ${runs} runs each (min / median)`);
configs.forEach((c, j) => {
  const w = stat(samples[j].map((s) => s.wall));
  const u = stat(samples[j].map((s) => s.cpu));
  const m = stat(samples[j].map((s) => s.rss / 1024));
  console.log(`${(c || '(none)').padEnd(28)} wall ${w.min.toFixed(3)} / ${w.median.toFixed(3)} s   cpu ${u.min.toFixed(3)} / ${u.median.toFixed(3)} s   rss ${m.min.toFixed(0)} / ${m.median.toFixed(0)} MB   exit ${samples[j][0].exit}`);
});
