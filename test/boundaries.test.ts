/**
 * Architecture invariants from ARCHITECTURE.md, checked on the import graph:
 * - compiler/ imports nothing from harness/ or perf-suite/;
 * - harness/ and perf-suite/ import from compiler/ only `compiler/src/api.ts`, and only types;
 * - only compiler/src/query/parallel/ touches worker_threads or tinypool;
 * - inside compiler/src, only driver/ (and the parallel executor) touch the file system or `process`
 *   (tests, test data and benchmark scripts aside).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name === 'dist' || name === 'fixtures') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

interface Import {
  file: string;
  spec: string;
  typeOnly: boolean;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const out: Import[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const m of text.matchAll(re)) {
    out.push({ file: relative(ROOT, file), spec: (m[3] ?? m[4])!, typeOnly: Boolean(m[2]) });
  }
  return out;
}

function resolved(imp: Import): string {
  return imp.spec.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(imp.file), imp.spec)) : imp.spec;
}

/** Tests, their data and benchmark scripts are not part of the shipped compiler; they may read files. */
function isShippedSource(file: string): boolean {
  return !/\.test\.ts$|\/testdata\/|\/bench\/|test-support\.ts$/.test(file);
}

const compilerImports = sourceFiles(join(ROOT, 'compiler/src')).filter(isShippedSource).flatMap(importsOf);
const toolImports = ['harness', 'perf-suite'].flatMap((part) => sourceFiles(join(ROOT, part, 'src')).flatMap(importsOf));

describe('architecture invariants', () => {
  test('the import scanner sees the compiler', () => {
    // Guards the other tests against passing vacuously.
    expect(compilerImports.length).toBeGreaterThan(10);
  });

  test('compiler/ imports nothing from harness/ or perf-suite/', () => {
    const bad = compilerImports.filter((i) => /^(harness|perf-suite)\//.test(resolved(i)));
    expect(bad).toEqual([]);
  });

  test('harness/ and perf-suite/ use only compiler/src/api.ts, and only its types', () => {
    const bad = toolImports.filter((i) => {
      const r = resolved(i);
      if (!r.startsWith('compiler/')) return false;
      return !(r.replace(/\.(js|ts)$/, '') === 'compiler/src/api' && i.typeOnly);
    });
    expect(bad).toEqual([]);
  });

  test('only compiler/src/query/parallel/ touches worker threads', () => {
    const bad = [...compilerImports, ...toolImports].filter(
      (i) => /^(node:)?worker_threads$|^tinypool$/.test(i.spec) && !i.file.startsWith('compiler/src/query/parallel/'),
    );
    expect(bad).toEqual([]);
  });

  test('inside compiler/src, only driver/ and query/parallel/ use the file system or process', () => {
    const bad = compilerImports.filter(
      (i) =>
        /^(node:)?(fs|fs\/promises|child_process|process)$/.test(i.spec) &&
        !i.file.startsWith('compiler/src/driver/') &&
        !i.file.startsWith('compiler/src/query/parallel/'),
    );
    expect(bad).toEqual([]);
  });
});
