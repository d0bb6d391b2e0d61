#!/usr/bin/env node
/**
 * Builds Weft's executables: bundles each entry point with esbuild into `<part>/dist/*.mjs`.
 * Runs on `npm ci` (the `prepare` script) and before `npm run ui` / `npm run perf`, so a fresh clone
 * works right away. Type checking is separate (`npm run typecheck`); esbuild only strips types.
 * Packages from node_modules stay external: native addons (better-sqlite3, @napi-rs/canvas) cannot
 * be bundled, and weftc loads tinypool lazily so that `-Zthreads=1` never pays for it.
 *
 * Then weftc's start-up snapshot, compiler/dist/weftc.blob (scripts/snapshot.mjs: a V8 heap with
 * the compiler loaded and std's model parsed), rebuilt only when its key changes (~2 s).
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSnapshot, SNAPSHOT_ENTRY } from './snapshot.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');

/** Entry points: source → bundle. An entry whose source does not exist yet is skipped. */
const ENTRIES = [
  ['compiler/src/driver/main.ts', 'compiler/dist/weftc.mjs'],
  ['compiler/src/query/parallel/worker.ts', 'compiler/dist/worker.mjs'],
  ['compiler/src/query/parallel/bench/critical-path-cli.ts', 'compiler/dist/critical-path.mjs'],
  ['harness/src/cli.ts', 'harness/dist/cli.mjs'],
  ['perf-suite/src/cli.ts', 'perf-suite/dist/cli.mjs'],
];

const started = performance.now();
const built = [];
for (const [src, out] of ENTRIES) {
  if (!existsSync(join(root, src))) continue;
  await build({
    entryPoints: [join(root, src)],
    outfile: join(root, out),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
    // Bundled ESM has no `require`; a few dependencies are CommonJS and are loaded through it.
    banner: { js: "import { createRequire as __weftCreateRequire } from 'node:module'; const require = __weftCreateRequire(import.meta.url);" },
  });
  built.push(out);
}
// weftc's start-up snapshot (scripts/snapshot.mjs): rebuilt only when what it depends on changed.
if (existsSync(join(root, SNAPSHOT_ENTRY)) && existsSync(join(root, 'compiler/dist/weftc.mjs'))) {
  const r = await buildSnapshot(root, join(root, 'compiler/dist'));
  if (r === 'built') built.push('compiler/dist/weftc.blob');
  else if (r !== 'current') console.error(`[build] warning: weftc's start-up snapshot failed to build (${r}); weftc works without it, slower to start`);
}

if (!quiet) {
  console.error(`[build] ${built.length} bundles in ${Math.round(performance.now() - started)} ms: ${built.join(', ')}`);
}
