import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { crateName, discoverBenchmarks, loadBenchmark, selectBenchmarks, type Benchmark } from './benchmarks.js';

const SUITE = resolve(dirname(new URL(import.meta.url).pathname), '../../benchmarks');
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

describe('the committed suite', () => {
  const { benchmarks, problems } = discoverBenchmarks(SUITE);

  test('every benchmark has a valid perf-config.json', () => {
    expect(problems).toEqual([]);
    expect(benchmarks.map((b) => b.name)).toContain('helloworld');
  });

  const generated = benchmarks.filter((b) => b.config.generator !== null);
  test.each(generated.map((b) => ({ name: b.name, b })))('$name: the generator reproduces the committed sources byte for byte', ({ b }) => {
    const out = mkdtempSync(join(tmp, `gen-${b.name}-`));
    execFileSync(process.execPath, [join(b.dir, b.config.generator!), out], { stdio: 'pipe' });
    const files = listFiles(out);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const committed = readFileSync(join(b.dir, f));
      expect(readFileSync(join(out, f)).equals(committed), `${b.name}/${f} differs from the generator's output`).toBe(true);
    }
  });
});

function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? listFiles(root, p) : [relative(root, p)];
  });
}
