// Generates the many-small-fns benchmark: thousands of tiny functions in layers, each calling one
// function of the layer below on every path, so the call graph is wide and deep while run time
// stays linear in its depth. Deterministic: the same script always writes the same bytes.
//
// Usage: node generate.mjs [outDir]   (default: the folder of this script). Writes <outDir>/src/.
// Plain Node, no dependencies; each file is written atomically (temp file + rename).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LAYERS = 30;
const WIDTH = 80;
const LAYERS_PER_FILE = 6;
const ROUNDS = 300;

/** xorshift32, seeded: the only source of variety, so the output never changes. */
let state = 0x5eed1234;
function rnd(n) {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state % n;
}

/** Parameter shapes; a caller adapts its u64 to the callee's shape. */
const SHAPES = ['u64', 'pair32', 'point', 'i64', 'array'];
const SIMPLE = /^[a-z]$/;

const layers = [];
for (let layer = 0; layer < LAYERS; layer++) {
  const row = [];
  for (let i = 0; i < WIDTH; i++) row.push({ layer, i, name: `f${layer}_${i}`, shape: SHAPES[rnd(SHAPES.length)] });
  layers.push(row);
}

const fileOf = (layer) => Math.floor(layer / LAYERS_PER_FILE);

/** A call of `callee` from file `fromFile` with the u64 expression `arg`; a u64 expression. */
function call(fromFile, callee, arg) {
  const f = fromFile === fileOf(callee.layer) ? callee.name : `crate::part${fileOf(callee.layer)}::${callee.name}`;
  const a = SIMPLE.test(arg) ? arg : `(${arg})`;
  switch (callee.shape) {
    case 'u64':
      return `${f}(${arg})`;
    case 'pair32':
      return `${f}(${a} as u32, (${a} >> 32) as u32)`;
    case 'point':
      return `${f}(Point { x: ${arg}, y: ${rnd(1000) + 1} })`;
    case 'i64':
      return `${f}(${a} as i64) as u64`;
    default:
      return `${f}(&[${arg}, ${rnd(97)}, ${rnd(89)}, ${rnd(83)}])`;
  }
}

/** `call` as a method receiver: casts need parentheses there. */
const receiver = (c) => (c.includes(') as ') && c.endsWith(' as u64') ? `(${c})` : c);

const SIGNATURES = {
  u64: { params: 'x: u64', ret: 'u64', prelude: [] },
  pair32: { params: 'lo: u32, hi: u32', ret: 'u64', prelude: ['let x = ((hi as u64) << 32) | lo as u64;'] },
  point: { params: 'p: Point', ret: 'u64', prelude: ['let x = p.x.wrapping_add(p.y);'] },
  i64: { params: 'v: i64', ret: 'i64', prelude: ['let x = v as u64;'] },
  array: { params: 'a: &[u64; 4]', ret: 'u64', prelude: ['let x = a[0] ^ a[1].wrapping_mul(a[2]) ^ a[3];'] },
};

/** Leaf bodies: a little arithmetic on x; the last line is the u64 result. */
function leafBody() {
  const k = rnd(1 << 20) + 3;
  switch (rnd(5)) {
    case 0:
      return [`x.wrapping_mul(${k}) ^ ${rnd(255)}`];
    case 1:
      return [`let y = x ^ (x >> ${rnd(30) + 1});`, `y.wrapping_add(${k})`];
    case 2:
      return [`if x % ${rnd(7) + 2} == 0 {`, `    x / ${rnd(5) + 2}`, `} else {`, `    x.wrapping_mul(3).wrapping_add(1)`, `}`];
    case 3:
      return [`(x << ${rnd(8) + 1}) ^ (x >> ${rnd(8) + 1}) ^ ${k}`];
    default:
      return [`(x.count_ones() as u64).wrapping_add(x.wrapping_sub(${k}))`];
  }
}

/** Inner bodies: every path calls exactly one of the callees. */
function innerBody(file, [a, b, c]) {
  const k = rnd(1 << 16) + 1;
  switch (rnd(6)) {
    case 0:
      return [`${call(file, a, `x.wrapping_add(${k})`)} ^ ${rnd(1 << 12)}`];
    case 1:
      return [
        `if x & ${1 << rnd(6)} == 0 {`,
        `    ${call(file, a, 'x >> 1')}`,
        `} else {`,
        `    ${call(file, b, `x.wrapping_mul(${rnd(9) + 3})`)}`,
        `}`,
      ];
    case 2:
      return [
        `match x % 3 {`,
        `    0 => ${call(file, a, 'x')},`,
        `    1 => ${call(file, b, `x.wrapping_add(${k})`)},`,
        `    _ => ${call(file, c, `x ^ ${k}`)},`,
        `}`,
      ];
    case 3:
      return [`let y = (x << ${rnd(20) + 5}) | (x >> ${rnd(20) + 5});`, `${receiver(call(file, a, 'y'))}.wrapping_sub(${k})`];
    case 4:
      return [`let r = ${call(file, a, 'x / 2')};`, `if r > ${k} { r - ${k} } else { r.wrapping_add(x % ${rnd(50) + 1}) }`];
    default:
      return [
        'let mut t = x;',
        'let mut i = 0;',
        `while i < ${rnd(3) + 2} {`,
        `    t = t.wrapping_mul(${rnd(1000) + 7}) ^ i;`,
        '    i += 1;',
        '}',
        call(file, a, 't'),
      ];
  }
}

/** A shuffled 0..n, so that every function of a layer gets at least one caller. */
function permutation(n) {
  const p = [];
  for (let i = 0; i < n; i++) p.push(i);
  for (let i = n - 1; i > 0; i--) {
    const j = rnd(i + 1);
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}

function emitFn(fn, body) {
  const sig = SIGNATURES[fn.shape];
  const out = [`pub fn ${fn.name}(${sig.params}) -> ${sig.ret} {`];
  for (const l of sig.prelude) out.push(`    ${l}`);
  if (fn.shape === 'i64') {
    // The body computes a u64; this shape hands it back as an i64.
    out.push('    let out: u64 = {');
    for (const l of body) out.push(`        ${l}`);
    out.push('    };', '    out as i64');
  } else {
    for (const l of body) out.push(`    ${l}`);
  }
  out.push('}');
  return out.join('\n');
}

const parts = [];
for (let layer = 0; layer < LAYERS; layer++) {
  const file = fileOf(layer);
  parts[file] ??= [];
  const perm = permutation(WIDTH);
  for (const fn of layers[layer]) {
    const below = layers[layer - 1];
    const body = below ? innerBody(file, [below[perm[fn.i]], below[rnd(WIDTH)], below[rnd(WIDTH)]]) : leafBody();
    parts[file].push(emitFn(fn, body));
  }
}

const files = new Map();
parts.forEach((fns, i) => {
  const text = fns.join('\n\n');
  const header = [`//! Layers ${i * LAYERS_PER_FILE} to ${(i + 1) * LAYERS_PER_FILE - 1} of the call graph (generated by generate.mjs).`];
  if (/\bPoint\b/.test(text)) header.push('', 'use crate::Point;');
  files.set(`part${i}.rs`, `${header.join('\n')}\n\n${text}\n`);
});

const top = layers[LAYERS - 1];
const main = [
  '//! many-small-fns: thousands of tiny functions calling each other (generated by generate.mjs).',
  '',
  ...parts.map((_, i) => `mod part${i};`),
  '',
  '#[derive(Clone, Copy)]',
  'pub struct Point {',
  '    pub x: u64,',
  '    pub y: u64,',
  '}',
  '',
  'fn run_top(i: usize, x: u64) -> u64 {',
  '    match i {',
  ...top.map((fn) => `        ${fn.i} => ${call(-1, fn, 'x')},`),
  '        _ => x,',
  '    }',
  '}',
  '',
  'fn main() {',
  '    let mut acc: u64 = 0x9e37_79b9_7f4a_7c15;',
  '    let mut round: u64 = 0;',
  `    while round < ${ROUNDS} {`,
  `        for i in 0..${WIDTH} {`,
  '            acc = acc',
  '                .wrapping_mul(6_364_136_223_846_793_005)',
  '                .wrapping_add(run_top(i, acc ^ round));',
  '        }',
  '        round += 1;',
  '    }',
  `    println!("many-small-fns: {} functions, checksum {}", ${LAYERS * WIDTH}, acc);`,
  '}',
  '',
];
files.set('main.rs', main.join('\n'));

const outDir = process.argv[2] ?? dirname(fileURLToPath(import.meta.url));
for (const [name, text] of files) {
  const path = join(outDir, 'src', name);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}
