// The behaviour of varying.mjs as a pure function, so tests can generate thousands of runs
// without spawning processes. A fixture picks a behaviour with a line
//     // fake-vary: <behaviour> <rate>
// and each run draws u in [0, 1) from its schedule seed and thread count (reproducible: the same
// seed gives the same output); the run misbehaves when u < rate. Serial runs (-Zthreads=1) are
// always the plain output, except for `serial-flaky`, which alternates with the seed's parity. Every output carries noise that the harness
// must normalize away (alloc ids that depend on the seed, the output directory), so a stable fake
// still tests the canonical form.

import { createHash } from 'node:crypto';

export const BEHAVIOURS = ['stable', 'order', 'content', 'cycle', 'note', 'duplicates', 'exit', 'ice', 'hang', 'busy-hang', 'parallel-only', 'serial-flaky', 'oom'];

/** A uniform draw in [0, 1) from a string (SHA-256: consecutive seeds are independent). */
export function draw(key) {
  return createHash('sha256').update(key).digest().readUInt32BE(0) / 4294967296;
}

export function behaviourOf(source) {
  const m = /\/\/ fake-vary: (\S+)(?: ([\d.]+))?/.exec(source);
  if (!m) return { name: 'stable', rate: 0 };
  if (!BEHAVIOURS.includes(m[1])) throw new Error(`unknown fake-vary behaviour ${m[1]}`);
  return { name: m[1], rate: m[2] === undefined ? 1 : Number(m[2]) };
}

function span(file, line, col, len, label) {
  return { file_name: file, byte_start: 0, byte_end: len, line_start: line, line_end: line, column_start: col, column_end: col + len, is_primary: true, text: [], label, suggested_replacement: null, suggestion_applicability: null, expansion: null };
}

function diag(level, code, message, file, line, col, notes) {
  const header = `${level}${code ? `[${code}]` : ''}: ${message}`;
  const body = [`  --> ${file}:${line}:${col}`, '   |', `LL | fn f${line}() {}`, '   |    ^^^^^', ...notes.map((n) => `   = note: ${n}`), '', ''].join('\n');
  return {
    $message_type: 'diagnostic', message, code: code ? { code, explanation: null } : null, level,
    spans: [span(file, line, col, 4, null)],
    children: notes.map((n) => ({ message: n, code: null, level: 'note', spans: [], children: [], rendered: null })),
    rendered: `${header}\n${body}`,
  };
}

function summary(level, message) {
  return { $message_type: 'diagnostic', message, code: null, level, spans: [], children: [], rendered: `${level}: ${message}\n\n` };
}

/**
 * One run of the fake: `{ stdout, stderr, code, action }`; `action` is `hang` (wait forever),
 * `spin` (burn CPU forever) or `sigkill` (die as if out of memory) for the script to carry out.
 */
export function fakeOutput({ source, input, threads, seed, outDir, pid }) {
  const { name, rate } = behaviourOf(source);
  const parallel = threads > 1;
  const u = draw(`${seed ?? 'none'}/${threads}/${name}`);
  // serial-flaky alternates with the seed's parity at every thread count, so any 3 consecutive
  // control runs disagree; the others vary in parallel runs only.
  const hit = name === 'serial-flaky' ? (seed ?? 0) % 2 === 1 : parallel && u < rate;
  const noise = `constant refers to alloc${1000 + (seed ?? 0) * 7}`;
  const where = outDir ? `; artifacts go to ${outDir}/lib.rmeta` : '';
  let items = [
    name === 'cycle' ? diag('error', 'E0391', 'cycle detected when computing type of `A`', input, 3, 5, []) : diag('error', 'E0308', 'mismatched types', input, 3, 5, [noise]),
    diag('warning', null, 'unused variable: `x`', input, 5, 9, ['`#[warn(unused_variables)]` on by default']),
    diag('warning', null, 'unused variable: `y`', input, 7, 9, []),
    diag('error', 'E0425', `cannot find value \`z\` in this scope${where}`, input, 9, 5, []),
  ];
  let errors = 2;
  let code = 1;
  let raw = '';
  let action = null;
  if (hit) {
    switch (name) {
      case 'order': items = [items[3], items[1], items[0], items[2]]; break;
      case 'content': items = items.filter((_, i) => i !== 3); errors = 1; break;
      case 'cycle': items[0] = diag('error', 'E0391', 'cycle detected when computing type of `B`', input, 3, 5, []); break;
      case 'note': items[1] = diag('warning', null, 'unused variable: `x`', input, 5, 9, []); items[2] = diag('warning', null, 'unused variable: `y`', input, 7, 9, ['`#[warn(unused_variables)]` on by default']); break;
      case 'duplicates': items = [...items, items[3]]; errors = 3; break;
      case 'exit': code = 2; break;
      case 'ice':
        raw = [
          `thread 'rustc' (${pid}) panicked at compiler/rustc_fake/src/query.rs:42:13:`,
          'fake: query result for DefId(0:12) changed while it was read',
          'stack backtrace:',
          `   0: 0x${(pid * 4096).toString(16)} - rustc_fake::query::force`,
          '             at ./compiler/rustc_fake/src/query.rs:42:13',
          `   1: 0x${(pid * 4096 + 64).toString(16)} - std::thread::spawn`,
          'note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.',
          '',
          `note: please attach the file at \`${outDir ?? '.'}/rustc-ice-2026-11-21T07_22_${String(seed ?? 0).padStart(2, '0')}-${pid}.txt\` to your bug report`,
          '',
          'query stack during panic:',
          `#0 [typeck] type-checking \`f${pid % 7}\``,
          'end of query stack',
          '',
        ].join('\n');
        items = [items[0], summary('error', 'the compiler unexpectedly panicked. This is a bug')];
        code = 101;
        break;
      case 'hang': action = 'hang'; break;
      case 'busy-hang': action = 'spin'; break;
      case 'parallel-only': break;
      case 'serial-flaky': items = items.slice(0, 3); errors = 1; break;
      case 'oom': action = 'sigkill'; break;
      default: break;
    }
  }
  if (name === 'parallel-only' && parallel) items = [...items, diag('warning', null, 'this warning appears only in parallel mode', input, 1, 1, [])];
  if (code !== 101) items.push(summary('error', `aborting due to ${errors} previous error${errors === 1 ? '' : 's'}; 2 warnings emitted`));
  const stderr = `${raw}${items.map((d) => JSON.stringify(d)).join('\n')}\n`;
  return { stdout: '', stderr, code, action };
}
