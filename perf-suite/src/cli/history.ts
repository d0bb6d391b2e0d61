/**
 * `npm run perf -- history`: charts the clean commits stored in the database, one chart per
 * benchmark, plus a markdown table of medians, in reports/history/.
 *
 * Owns: the history command. Must not: measure.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from '../analysis/stats.js';
import { openDatabase } from '../db/connection.js';
import { PerfStore } from '../db/queries.js';
import { PerfError } from '../errors.js';
import { formatValue, metricInfo, type MetricName } from '../metrics.js';
import { historyCharts, writeFileAtomic } from '../render/write.js';
import { EXIT } from './help.js';
import type { Io } from './io.js';
import { repoRoot } from './paths.js';

export async function runHistory(argv: readonly string[], io: Io): Promise<number> {
  let v;
  try {
    v = parseArgs({ args: [...argv], strict: true, options: { db: { type: 'string' }, out: { type: 'string' }, metric: { type: 'string' }, repo: { type: 'string' } } }).values;
  } catch (e) {
    throw new PerfError('usage', 'cli', `${(e as Error).message.split('\n')[0]} (see --help)`);
  }
  const repo = resolve(v.repo ?? repoRoot());
  const dbPath = resolve(v.db ?? join(repo, 'reports', 'perf.db'));
  const metric = (v.metric ?? 'wall-time') as MetricName;
  try {
    metricInfo(metric);
  } catch {
    throw new PerfError('usage', 'cli', `--metric: unknown metric \`${metric}\` (known: wall-time, cpu-time, max-rss, instructions:u)`);
  }
  if (!existsSync(dbPath)) throw new PerfError('db', 'db', `${dbPath} does not exist: run a comparison first (npm run perf -- --compare REF)`);
  const out = resolve(v.out ?? join(repo, 'reports', 'history'));
  const db = openDatabase(dbPath);
  try {
    const points = new PerfStore(db).commitHistory(metric);
    const commits = [...new Set(points.map((p) => p.artifact))];
    const charts = historyCharts(metric, points);
    for (const [file, c] of charts) writeFileAtomic(join(out, file), c.png);
    const cases = [...new Set(points.map((p) => `${p.benchmark} ${p.profile} t${p.threads}`))].sort();
    const lines = [
      `# History: ${metricInfo(metric).title}`,
      '',
      `${commits.length} stored commit(s), oldest first; median of the newest complete collection of each.`,
      '',
      `| test case | ${commits.join(' | ')} |`,
      `| :--- | ${commits.map(() => '---:').join(' | ')} |`,
      ...cases.map((c) => {
        const cells = commits.map((a) => {
          const p = points.find((x) => x.artifact === a && `${x.benchmark} ${x.profile} t${x.threads}` === c);
          return p ? formatValue(metric, median(p.values)) : '-';
        });
        return `| ${c} | ${cells.join(' | ')} |`;
      }),
      '',
      ...[...charts.entries()].map(([file, c]) => `![${c.title}](${file})`),
      '',
    ];
    writeFileAtomic(join(out, 'history.md'), lines.join('\n'));
    io.out(`${commits.length} commits, ${charts.size} history charts (benchmarks with at least two commits): ${join(out, 'history.md')}\n`);
    return EXIT.ok;
  } finally {
    db.close();
  }
}
