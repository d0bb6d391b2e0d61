/**
 * The cost of delivering a context (a developer tool, not a test): for synthetic AST-like values
 * of growing size, the main thread's `setContext` (v8.serialize into shared memory) and each
 * worker's first read (v8.deserialize), from the executor's own trace events, at 2 threads.
 *
 *   npm run build && npx esbuild compiler/src/query/parallel/bench/context-bench.ts --bundle \
 *     --platform=node --format=esm --packages=external --outfile=compiler/dist/context-bench.mjs \
 *     && node compiler/dist/context-bench.mjs
 *
 * Owns: nothing the compiler uses. Must not: be imported by compiler code.
 */
import { fileURLToPath } from 'node:url';
import { createParallelExecutor } from '../pool.js';
import type { TraceEvent } from '../../executor.js';

/** An AST-ish tree: nodes of a few shapes with spans, ids, names and children. */
function makeTree(nodes: number): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < nodes; i++) {
    const span = { lo: i * 7, hi: i * 7 + 5, ctxt: 0 };
    switch (i % 4) {
      case 0: out.push({ kind: 'path', id: i, span, segments: [{ ident: `name${i % 97}`, id: i + 1 }] }); break;
      case 1: out.push({ kind: 'call', id: i, span, callee: i - 1, args: [i - 2, i - 3] }); break;
      case 2: out.push({ kind: 'lit', id: i, span, value: { kind: 'int', text: String(i), suffix: null } }); break;
      default: out.push({ kind: 'block', id: i, span, stmts: [i - 1, i - 2, i - 3], rules: 'default' });
    }
  }
  return out;
}

const worker = fileURLToPath(new URL('./worker.mjs', import.meta.url));
for (const nodes of [10_000, 100_000, 400_000, 1_000_000]) {
  const events: TraceEvent[] = [];
  const ex = await createParallelExecutor({ threads: 2, adaptive: false, workerFile: worker, trace: { add: (e) => void events.push(e) } });
  try {
    await ex.map('test.double', [1, 2, 3, 4]); // start the workers first
    ex.setContext('test.table', makeTree(nodes) as never);
    const t0 = performance.now();
    await ex.map('test.context', [0, 1, 2, 3, 4, 5, 6, 7]);
    const firstMap = performance.now() - t0;
    const ser = events.find((e) => e.name === 'serialize test.table')!;
    const de = events.filter((e) => e.name === 'deserialize test.table');
    const mb = Number(ser.args!.bytes) / 1e6;
    console.log(`${String(nodes).padStart(9)} nodes ${mb.toFixed(1).padStart(6)} MB: serialize ${ser.dur.toFixed(0).padStart(5)} ms; deserialize per worker ${de.map((e) => e.dur.toFixed(0)).join(', ')} ms (${(mb / (de.reduce((a, e) => a + e.dur, 0) / de.length / 1000)).toFixed(0)} MB/s); first map ${firstMap.toFixed(0)} ms`);
  } finally {
    await ex.close();
  }
}
