/**
 * `npm run perf -- accuracy`: measures the collector's own accuracy with a real compiler. For each
 * injected slowdown (‰, through the slowdown wrapper; 0 = A/A) it runs `--runs` independent
 * comparisons of the compiler against itself and counts how many reported a relevant change of the
 * verdict metric. Writes reports/accuracy/<artifact>.md and prints the table.
 *
 * Owns: the accuracy command. Must not: hold the experiment (collector/accuracy.ts does).
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureAccuracy, smallestReliableChange, type AccuracyRow } from '../collector/accuracy.js';
import { defaultCacheDir, resolveArtifact } from '../collector/artifacts.js';
import { discoverBenchmarks, selectBenchmarks } from '../collector/benchmarks.js';
import { probeTools } from '../collector/measure.js';
import { PerfError } from '../errors.js';
import { formatChange } from '../metrics.js';
import { writeFileAtomic } from '../render/write.js';
import { EXIT } from './help.js';
import type { Io } from './io.js';
import { defaultSuiteDir, repoRoot } from './paths.js';

function ints(flag: string, text: string, min: number): number[] {
  const out = text.split(',').map((s) => Number(s.trim()));
  if (out.length === 0 || out.some((n) => !Number.isInteger(n) || n < min)) throw new PerfError('usage', 'cli', `${flag} wants integers ≥ ${min}, got \`${text}\``);
  return out;
}

export function accuracyTable(rows: readonly AccuracyRow[]): string {
  const lines = [
    '| injected slowdown | runs | flagged as a regression | any relevant change | median measured change | failed test cases |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) =>
      `| ${r.change === 0 ? '0 (A/A)' : `${(r.change / 10).toFixed(1)}%`} | ${r.runs} | ${r.flaggedRegression}/${r.runs} | ${r.flaggedAny}/${r.runs} | ${formatChange(r.measuredChange)} | ${r.failedTestCases} |`,
    ),
  ];
  const smallest = smallestReliableChange(rows);
  lines.push('', smallest === null ? 'No injected change was flagged in at least 95% of the runs.' : `Smallest injected change flagged in at least 95% of the runs: ${(smallest / 10).toFixed(1)}%.`);
  return lines.join('\n') + '\n';
}

export async function runAccuracy(argv: readonly string[], io: Io): Promise<number> {
  let v;
  try {
    v = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        compiler: { type: 'string' }, runs: { type: 'string' }, changes: { type: 'string' }, include: { type: 'string' },
        threads: { type: 'string' }, iterations: { type: 'string' }, out: { type: 'string' }, repo: { type: 'string' },
        'artifact-cache': { type: 'string' },
      },
    }).values;
  } catch (e) {
    throw new PerfError('usage', 'cli', `${(e as Error).message.split('\n')[0]} (see --help)`);
  }
  const repo = resolve(v.repo ?? repoRoot());
  const spec = v.compiler ?? 'rustc';
  const runs = ints('--runs', v.runs ?? '20', 1)[0]!;
  const changes = ints('--changes', v.changes ?? '0,10,20,30,50', 0);
  const threads = ints('--threads', v.threads ?? '1', 1);
  const iterations = ints('--iterations', v.iterations ?? '5', 1)[0]!;
  const { benchmarks: all } = discoverBenchmarks(defaultSuiteDir());
  const benchmarks = selectBenchmarks(all, (v.include ?? 'helloworld').split(','), []);
  const log = (l: string) => io.err(`${l}\n`);
  const artifact = await resolveArtifact(spec, { repoRoot: repo, cacheDir: v['artifact-cache'] ? resolve(v['artifact-cache']) : defaultCacheDir(), log });
  const { tools, notes } = await probeTools();
  for (const n of notes) log(`note: ${n}`);
  log(`[accuracy] ${artifact.label} on ${benchmarks.map((b) => b.name).join(', ')}: ${changes.length} injected changes × ${runs} runs × ${iterations} iterations`);
  const rows = await measureAccuracy({
    artifact, benchmarks, threads, iterations, runs, changes, tools, timeoutMs: 600_000,
    onRun: (change, run) => {
      if (io.tty) io.err(`\r\x1b[K[accuracy] +${change}‰ run ${run + 1}/${runs}`);
    },
  });
  if (io.tty) io.err('\r\x1b[K');
  const table = accuracyTable(rows);
  const text = [
    `# Accuracy of the collector: ${artifact.label}`,
    '',
    `Benchmarks ${benchmarks.map((b) => b.name).join(', ')}; threads ${threads.join(', ')}; ${iterations} iterations; ${runs} independent runs per row; verdict metric wall-time.`,
    'Each run compares the compiler with itself through the slowdown wrapper (perf-suite/src/collector/slowdown-wrapper.sh), which adds the given share of the compile time.',
    '',
    table,
  ].join('\n');
  writeFileAtomic(join(v.out ? resolve(v.out) : join(repo, 'reports', 'accuracy'), `${artifact.label}.md`), text);
  io.out(table);
  return EXIT.ok;
}
