import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { crateName, loadBenchmark, selectBenchmarks, type Benchmark } from './benchmarks.js';

// The committed suite itself (configs load, generators reproduce src/, rustc accepts each benchmark)
// is checked by perf-suite/benchmarks/benchmarks.test.ts.

const tmp = mkdtempSync(join(tmpdir(), 'weft-bench-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const GOOD = { category: 'primary', description: 'd', profiles: ['check'], edition: '2021', crateType: 'bin', entry: 'src/main.rs' };

function write(name: string, config: unknown, files: Record<string, string> = { 'src/main.rs': 'fn main() {}\n' }): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'src'), { recursive: true });
  for (const [p, text] of Object.entries(files)) writeFileSync(join(dir, p), text);
  if (config !== undefined) writeFileSync(join(dir, 'perf-config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

function problemsOf(name: string, config: unknown): string[] {
  const r = loadBenchmark(name, write(name, config));
  return 'problems' in r ? r.problems.map((p) => p.replace(/^.*perf-config\.json: /, '')) : [];
}

describe('perf-config.json validation', () => {
  test('a valid config loads with defaults', () => {
    const r = loadBenchmark('ok', write('ok', { ...GOOD, threads: [1, 4], expect: 'errors' })) as Benchmark;
    expect(r.config).toEqual({ ...GOOD, threads: [1, 4], expect: 'errors', generator: null });
    const d = loadBenchmark('ok2', write('ok2', GOOD)) as Benchmark;
    expect(d.config.expect).toBe('success');
    expect(d.config.threads).toBeNull();
  });

  test.each([
    { name: 'cat', config: { ...GOOD, category: 'main' }, expected: ['"category" must be "primary" or "secondary", got "main"'] },
    { name: 'prof', config: { ...GOOD, profiles: ['opt'] }, expected: ['"profiles" must be a non-empty list of "check", "build", got ["opt"]'] },
    { name: 'entry', config: { ...GOOD, entry: 'src/lib.rs' }, expected: ['"entry" names src/lib.rs, which does not exist'] },
    { name: 'escape', config: { ...GOOD, entry: '../x.rs' }, expected: ['"entry" must be a relative path inside the benchmark folder, got "../x.rs"'] },
    { name: 'thr', config: { ...GOOD, threads: [0] }, expected: ['"threads" must be a non-empty list of positive integers, got [0]'] },
    { name: 'typo', config: { ...GOOD, thread: [2] }, expected: ['unknown field "thread" (known: category, description, profiles, edition, crateType, entry, threads, expect, generator)'] },
    { name: 'gen', config: { ...GOOD, generator: 'gen.mjs' }, expected: ['"generator" names gen.mjs, which does not exist'] },
    { name: 'json', config: '{ "category": ', expected: [expect.stringMatching(/^not valid JSON: /)] },
    { name: 'missing', config: undefined, expected: ['missing (every benchmark folder needs one)'] },
  ])('$name', ({ name, config, expected }) => {
    expect(problemsOf(name, config)).toEqual(expected);
  });

  test('problems name the file', () => {
    const r = loadBenchmark('where', write('where', { ...GOOD, edition: 2021 }));
    expect('problems' in r && r.problems[0]).toMatch(/where[/\\]perf-config\.json: "edition" must be/);
  });
});

describe('selection', () => {
  const all = ['helloworld', 'huge-match', 'json-printer'].map((name) => ({ name }) as Benchmark);
  test('prefix include and exclude', () => {
    expect(selectBenchmarks(all, ['h'], ['huge']).map((b) => b.name)).toEqual(['helloworld']);
    expect(selectBenchmarks(all, [], []).length).toBe(3);
  });
  test('a filter that matches nothing is a typo', () => {
    expect(() => selectBenchmarks(all, ['helo'], [])).toThrow(/--include helo matches no benchmark/);
  });
  test('crate names', () => expect(crateName('huge-match')).toBe('huge_match'));
});
