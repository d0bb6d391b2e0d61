// Generates the huge-match benchmark: one function with a match of 4,000 arms on a u32 (literals,
// or-patterns, ranges, `@` bindings, guards), a 300-variant enum built and taken apart by two more
// big matches, and a match on a (u8, u8) tuple with per-row wildcards. Deterministic: same script,
// same bytes.
//
// Usage: node generate.mjs [outDir]   (default: the folder of this script). Writes <outDir>/src/.
// Plain Node, no dependencies; each file is written atomically (temp file + rename).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ARMS = 4000;
const VARIANTS = 300;
const HELPERS = 8;

/** xorshift32, seeded: the only source of variety, so the output never changes. */
let state = 0x6a7c4e11;
function rnd(n) {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state % n;
}

/** An arm body in terms of `v` (a u32), as lines; the last line ends the expression. */
function body(v) {
  const k = rnd(10000) + 1;
  switch (rnd(7)) {
    case 0:
      return [`${k} - (${v} as u64 & 1)`];
    case 1:
      return [`${v} as u64 * ${rnd(50) + 2}`];
    case 2:
      return [`(${v} as u64).wrapping_mul(${k}) ^ ${rnd(1 << 16)}`];
    case 3:
      return ['{', `    let t = ${v} as u64 + ${k};`, `    t * t % ${rnd(100000) + 7}`, '}'];
    case 4:
      return [`if ${v} & ${1 << rnd(4)} == 0 { ${k} } else { ${rnd(10000)} }`];
    case 5:
      return [`helper${rnd(HELPERS)}(${v.replace(/^\((.*)\)$/, '$1')})`];
    default:
      return [`(${v} >> ${rnd(5) + 1}) as u64 + ${k}`];
  }
}

function arm(lines, pattern, v) {
  const b = body(v);
  if (b.length === 1) lines.push(`        ${pattern} => ${b[0]},`);
  else {
    lines.push(`        ${pattern} => ${b[0]}`);
    for (const l of b.slice(1, -1)) lines.push(`        ${l}`);
    lines.push(`        ${b.at(-1)}`);
  }
}

function classify() {
  const lines = ['pub fn classify(x: u32) -> u64 {', '    match x {'];
  let c = rnd(5);
  let arms = 0;
  while (arms < ARMS) {
    switch (rnd(6)) {
      case 0:
      case 1:
        arm(lines, `${c}`, 'x');
        c += 1 + rnd(3);
        arms += 1;
        break;
      case 2:
        arm(lines, `${c} | ${c + 2} | ${c + 3}`, 'x');
        c += 5 + rnd(2);
        arms += 1;
        break;
      case 3: {
        const len = rnd(20) + 1;
        arm(lines, `${c}..=${c + len}`, 'x');
        c += len + 1 + rnd(2);
        arms += 1;
        break;
      }
      case 4: {
        const len = rnd(30) + 2;
        arm(lines, `v @ ${c}..=${c + len} if v % ${rnd(5) + 2} == 0`, 'v');
        arm(lines, `${c}..=${c + len}`, 'x');
        c += len + 1 + rnd(3);
        arms += 2;
        break;
      }
      default: {
        const len = rnd(10) + 1;
        arm(lines, `v @ ${c}..=${c + len}`, '(v - ' + c + ')');
        c += len + 1;
        arms += 1;
      }
    }
  }
  lines.push('        _ => x as u64 ^ 65535,', '    }', '}');
  return { lines, limit: c + 100 };
}

/** The enum: variant i has one of four shapes. */
const variants = [];
for (let i = 0; i < VARIANTS; i++) variants.push({ name: `V${i}`, shape: rnd(4) });

function enumDecl() {
  const lines = ['#[derive(Clone, Copy)]', 'pub enum Op {'];
  for (const v of variants) {
    if (v.shape === 0) lines.push(`    ${v.name},`);
    else if (v.shape === 1) lines.push(`    ${v.name}(u32),`);
    else if (v.shape === 2) lines.push(`    ${v.name}(u32, u8),`);
    else lines.push(`    ${v.name} { a: u32, b: bool },`);
  }
  lines.push('}');
  return lines;
}

function construct(v) {
  if (v.shape === 0) return `Op::${v.name}`;
  if (v.shape === 1) return `Op::${v.name}(i ^ ${rnd(1 << 16)})`;
  if (v.shape === 2) return `Op::${v.name}(i / ${rnd(7) + 1}, (i % 256) as u8)`;
  return `Op::${v.name} { a: i.wrapping_mul(${rnd(1000) + 3}), b: i % ${rnd(3) + 2} == 0 }`;
}

function make() {
  const lines = ['pub fn make(i: u32) -> Op {', `    match i % ${VARIANTS} {`];
  variants.forEach((v, i) => {
    lines.push(`        ${i === VARIANTS - 1 ? '_' : i} => ${construct(v)},`);
  });
  lines.push('    }', '}');
  return lines;
}

function weight() {
  const lines = ['pub fn weight(op: &Op) -> u64 {', '    match op {'];
  for (const v of variants) {
    const k = rnd(1000) + 1;
    if (v.shape === 0) lines.push(`        Op::${v.name} => ${k},`);
    else if (v.shape === 1) lines.push(`        Op::${v.name}(a) => *a as u64 + ${k},`);
    else if (v.shape === 2) lines.push(`        Op::${v.name}(a, b) => (*a as u64) * (*b as u64 + ${k}),`);
    else lines.push(`        Op::${v.name} { a, b } => if *b { *a as u64 } else { ${k} },`);
  }
  lines.push('    }', '}');
  return lines;
}

/** A match on (u8, u8): per row, specific columns, maybe a disjoint range, maybe a row wildcard. */
function pair() {
  const lines = ['pub fn pair(a: u8, b: u8) -> u32 {', '    match (a, b) {'];
  for (let a = 0; a < 256; a++) {
    if (rnd(4) === 0) continue;
    const lo = rnd(200);
    const hi = lo + rnd(40) + 1;
    const specifics = new Set();
    const count = rnd(6);
    for (let i = 0; i < count; i++) {
      const b = rnd(256);
      if (b < lo - 1 || b > hi + 1) specifics.add(b);
    }
    for (const b of [...specifics].sort((x, y) => x - y)) lines.push(`        (${a}, ${b}) => ${rnd(100000)},`);
    if (rnd(2) === 0) lines.push(`        (${a}, ${lo}..=${hi}) => b as u32 * ${rnd(50) + 1},`);
    if (rnd(3) === 0) lines.push(`        (${a}, _) => ${rnd(1000) + 7} ^ b as u32,`);
  }
  lines.push('        _ => a as u32 + b as u32,', '    }', '}');
  return lines;
}

const helpers = [];
for (let h = 0; h < HELPERS; h++) {
  helpers.push(`fn helper${h}(x: u32) -> u64 {`, `    (x as u64 ^ ${rnd(1 << 20)}) % ${rnd(1000) + 13}`, '}', '');
}

const cls = classify();
const main = [
  '//! huge-match: one function with a match of 4,000 arms, a 300-variant enum and a tuple match',
  '//! (generated by generate.mjs).',
  '',
  ...helpers,
  ...cls.lines,
  '',
  ...enumDecl(),
  '',
  ...make(),
  '',
  ...weight(),
  '',
  ...pair(),
  '',
  'fn main() {',
  '    let mut acc: u64 = 0;',
  '    let mut x: u32 = 0;',
  `    while x < ${cls.limit} {`,
  '        acc = acc.wrapping_mul(31).wrapping_add(classify(x));',
  '        x += 1;',
  '    }',
  '    for i in 0..20000u32 {',
  '        let op = make(i.wrapping_mul(2_654_435_761) >> 7);',
  '        acc = acc.wrapping_mul(17) ^ weight(&op);',
  '    }',
  '    for a in 0..256u32 {',
  '        for b in 0..256u32 {',
  '            acc = acc.wrapping_add(pair(a as u8, b as u8) as u64);',
  '        }',
  '    }',
  '    println!("huge-match: checksum {}", acc);',
  '}',
  '',
];

const outDir = process.argv[2] ?? dirname(fileURLToPath(import.meta.url));
const path = join(outDir, 'src', 'main.rs');
mkdirSync(dirname(path), { recursive: true });
const tmp = `${path}.${process.pid}.tmp`;
writeFileSync(tmp, main.join('\n'));
renameSync(tmp, path);
