/**
 * weftc's start-up snapshot (compiler/src/driver/snapshot.ts): bundles it as CommonJS beside
 * weftc.mjs and runs it once with `node --build-snapshot`, giving `<dist>/weftc.blob`, a V8 heap
 * with the compiler loaded and std's model parsed. `weftc.blob.key` says what it was built from
 * (`snapshotKey`); compiler/bin/weftc uses the blob only when the key's first line matches the
 * current weftc.mjs and node, so a stale snapshot is never used. Used by build.mjs and by tests.
 *
 * Owns: building the blob and its key. Must not: be imported by compiler code.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export const SNAPSHOT_ENTRY = 'compiler/src/driver/snapshot.ts';

/**
 * What a snapshot depends on: the compiler's code (the same sources as weftc.mjs), the node
 * binary that built it (a blob only loads in the same node: its real path, size and modification
 * time, which compiler/bin/weftc, a shell script, can check without starting node), where it
 * lives (stack traces in ICE reports name the bundle's path), and, on a second line, the
 * snapshot's own entry. compiler/bin/weftc checks the first line (the entry does not change
 * without a build), plus the blob's size, written as a third line once the blob is in place (a
 * cut or replaced blob).
 */
export function snapshotKey(weftcBundle, blobPath, entrySource) {
  const sha = (b) => createHash('sha256').update(b).digest('hex');
  const node = realpathSync(process.execPath);
  const st = statSync(node);
  return `${sha(weftcBundle)} ${st.size} ${Math.floor(st.mtimeMs / 1000)} ${node} ${blobPath}\n${sha(entrySource)}`;
}

/**
 * Builds `<dist>/weftc.blob` from the sources under `root` unless its key is current. Returns
 * 'built', 'current', or an error message (weftc still works without a blob, only slower to start).
 */
export async function buildSnapshot(root, dist) {
  const blob = join(dist, 'weftc.blob');
  const keyFile = `${blob}.key`;
  const key = snapshotKey(readFileSync(join(dist, 'weftc.mjs')), blob, readFileSync(join(root, SNAPSHOT_ENTRY)));
  if (existsSync(blob) && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === `${key}\n${statSync(blob).size}`) return 'current';
  rmSync(keyFile, { force: true });
  const script = join(dist, 'weftc-snapshot.cjs');
  await build({
    entryPoints: [join(root, SNAPSHOT_ENTRY)],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
    // pool.ts's default worker path uses import.meta.url; snapshot.ts passes the path instead.
    logOverride: { 'empty-import-meta': 'silent' },
  });
  const tmp = `${blob}.${process.pid}.tmp`;
  const r = spawnSync(process.execPath, ['--snapshot-blob', tmp, '--build-snapshot', script], { cwd: dist, encoding: 'utf8' });
  if (r.status !== 0) {
    rmSync(tmp, { force: true });
    const why = (r.stderr || r.error?.message || '').split('\n').filter((l) => l && !/^\(node:\d+\) Warning|^It may|^To request|^\(Use/.test(l));
    return `status ${r.status}: ${why.slice(0, 5).join(' | ')}`;
  }
  renameSync(tmp, blob);
  writeFileSync(`${keyFile}.${process.pid}.tmp`, `${key}\n${statSync(blob).size}`);
  renameSync(`${keyFile}.${process.pid}.tmp`, keyFile);
  return 'built';
}
