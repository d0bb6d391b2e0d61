/**
 * Where things are: the repository root and the perf-suite folder, found from this module's own
 * location so that the bundle (perf-suite/dist/cli.mjs) and the sources (under vitest) agree.
 *
 * Owns: path discovery. Must not: create anything.
 */
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function perfSuiteRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (basename(dir) !== 'perf-suite') {
    const up = dirname(dir);
    if (up === dir) throw new Error('perf-suite/ not found above the collector');
    dir = up;
  }
  return dir;
}

export function repoRoot(): string {
  return dirname(perfSuiteRoot());
}

export function defaultSuiteDir(): string {
  return join(perfSuiteRoot(), 'benchmarks');
}
