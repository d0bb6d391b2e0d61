/**
 * The start-up snapshot's entry: scripts/snapshot.mjs (run by build.mjs) bundles it as CommonJS
 * and runs `node --build-snapshot` on it, giving compiler/dist/weftc.blob; compiler/bin/weftc
 * starts node from that blob when it is current. Building it loads the whole compiler (its code compiled)
 * and parses std's model (sema/std/load.ts `preloadStdModel`), so a run starts from a heap that
 * already holds both: an empty program costs no model parsing and no module loading.
 *
 * The snapshot must hold nothing that depends on the run: no options, no files, no time; only
 * code and the model. Output is the same with and without it (the tests and the UI suite run
 * both ways; std/load.test.ts checks the model it carries).
 *
 * Owns: what goes into the snapshot, and the run's entry from it. Must not: compile anything.
 */
import { dirname, join } from 'node:path';
import { startupSnapshot } from 'node:v8';
import { main, parallelLoading } from './main.js';
import { preloadStdModel } from '../sema/std/load.js';
import { importTinypoolWithoutImport } from '../query/parallel/pool.js';

// Measured: also compiling a few programs in the builder (so their code would be compiled in the
// snapshot) gained nothing; the model's parse is what the snapshot saves.
preloadStdModel();

startupSnapshot.setDeserializeMainFunction(() => {
  // `node --snapshot-blob <dist>/weftc.blob -- <args>`: the worker bundle is beside the blob.
  const i = process.execArgv.indexOf('--snapshot-blob');
  const blob = i >= 0 ? process.execArgv[i + 1] : process.execArgv.find((a) => a.startsWith('--snapshot-blob='))?.slice('--snapshot-blob='.length);
  const dist = dirname(blob ?? '.');
  parallelLoading.workerFile = join(dist, 'worker.mjs');
  parallelLoading.importTinypool = () => importTinypoolWithoutImport(dist);
  void main(process.argv.slice(1)).then((code) => {
    process.exitCode = code;
  });
});
