/**
 * Test support: a temporary benchmark suite and artifacts backed by the fake compiler
 * (fixtures/fake-compiler.sh, through the collector's slowdown wrapper), for collector tests that
 * must be fast and statistically predictable.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Artifact } from '../src/collector/artifacts.js';

export const FIXTURES = join(dirname(new URL(import.meta.url).pathname), 'fixtures');

export interface FakeBenchmark {
  name: string;
  category?: 'primary' | 'secondary';
  expect?: 'success' | 'errors';
  threads?: number[];
}

/** Writes a suite folder with one trivial crate per benchmark; returns its path. */
export function makeSuite(benchmarks: readonly FakeBenchmark[], root = mkdtempSync(join(tmpdir(), 'weft-suite-'))): string {
  for (const b of benchmarks) {
    const dir = join(root, b.name);
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeFileSync(join(dir, 'src', 'main.rs'), 'fn main() {}\n');
    writeFileSync(
      join(dir, 'perf-config.json'),
      JSON.stringify({
        category: b.category ?? 'primary',
        description: `fake ${b.name}`,
        profiles: ['check'],
        edition: '2021',
        crateType: 'bin',
        entry: 'src/main.rs',
        ...(b.expect ? { expect: b.expect } : {}),
        ...(b.threads ? { threads: b.threads } : {}),
      }),
    );
  }
  return root;
}

export const FAKE_COMPILER = join(FIXTURES, 'fake-compiler.sh');

/** An artifact that runs the fake compiler with the given environment (FAKE_* knobs). */
export function fakeArtifact(name: string, env: Record<string, string> = {}): Artifact {
  return {
    spec: name,
    family: 'weft',
    label: name,
    compiler: FAKE_COMPILER,
    env,
    record: { name, kind: 'toolchain', commitSha: null, dirty: false, fingerprint: null, commitDate: null, toolchain: name, version: name },
  };
}
