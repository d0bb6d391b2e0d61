/**
 * Test support for the executor and driver tests: builds weftc and its worker bundle from the
 * current sources (as scripts/build.mjs does) into a fresh directory under node_modules/.cache,
 * so the tests never run a stale compiler/dist and packages (tinypool) still resolve.
 *
 * Owns: nothing the compiler uses. Must not: be imported by compiler code.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

export interface BuiltWeftc {
  readonly dir: string;
  /** dist/weftc.mjs: run with `node`. */
  readonly weftc: string;
  /** dist/worker.mjs, beside it. */
  readonly worker: string;
  remove(): void;
}

export async function buildWeftc(into?: string): Promise<BuiltWeftc> {
  const cache = join(REPO, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = into ?? mkdtempSync(join(cache, 'weftc-test-'));
  const entries: [string, string][] = [
    ['compiler/src/driver/main.ts', 'weftc.mjs'],
    ['compiler/src/query/parallel/worker.ts', 'worker.mjs'],
  ];
  for (const [src, out] of entries) {
    await build({
      entryPoints: [join(REPO, src)],
      outfile: join(dir, out),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      sourcemap: 'linked',
      logLevel: 'warning',
      banner: { js: "import { createRequire as __weftCreateRequire } from 'node:module'; const require = __weftCreateRequire(import.meta.url);" },
    });
  }
  return { dir, weftc: join(dir, 'weftc.mjs'), worker: join(dir, 'worker.mjs'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface BuiltLauncher {
  /** `<dir>/bin/weftc`, a copy of compiler/bin/weftc (an executable shell script). */
  readonly bin: string;
  /** `<dir>/dist`: weftc.mjs, worker.mjs, and the start-up snapshot (weftc.blob + key). */
  readonly dist: string;
  remove(): void;
}

/** compiler/bin/weftc with its dist built from the current sources, start-up snapshot included. */
export async function buildLauncher(): Promise<BuiltLauncher> {
  const cache = join(REPO, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'weftc-launcher-'));
  const dist = join(dir, 'dist');
  mkdirSync(dist);
  mkdirSync(join(dir, 'bin'));
  await buildWeftc(dist);
  const { buildSnapshot } = await import('../../../../scripts/snapshot.mjs');
  const r = await buildSnapshot(REPO, dist);
  if (r !== 'built') throw new Error(`the start-up snapshot did not build: ${r}`);
  copyFileSync(join(REPO, 'compiler/bin/weftc'), join(dir, 'bin', 'weftc'));
  return { bin: join(dir, 'bin', 'weftc'), dist, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
