// Generates the wide-generics benchmark: generic structs G2..G12 with 2 to 12 type parameters,
// 200 generic functions with 2 to 11 type parameters and bounds (inline and in where clauses,
// including bounds that name other parameters), and 180 functions that instantiate them with
// concrete, nested type arguments. Deterministic: same script, same bytes.
//
// Usage: node generate.mjs [outDir]   (default: the folder of this script). Writes <outDir>/src/.
// Plain Node, no dependencies; each file is written atomically (temp file + rename).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FAMILIES = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const MIXES = 200;
const USES = 180;
const USES_PER_FILE = 60;
const SEEDS = 60;

/** xorshift32, seeded: the only source of variety, so the output never changes. */
let state = 0x91de6e11;
function rnd(n) {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state % n;
}
const pick = (xs) => xs[rnd(xs.length)];

const LETTERS = 'ABCDEFGHIJKL'.split('');
const fields = (n) => LETTERS.slice(0, n).map((l) => l.toLowerCase());
const params = (n) => LETTERS.slice(0, n);

// ---------------------------------------------------------------- the families G2..G12

function family(n) {
  const ps = params(n);
  const fs = fields(n);
  const generics = ps.join(', ');
  const bounds = ps.map((p) => `    ${p}: Weigh + Copy,`);
  const rotated = [...ps.slice(1), ps[0]].join(', ');
  const weighTerms = fs.map((f, i) => (i % 2 === 0 ? `self.${f}.weigh().wrapping_mul(${2 * i + 3})` : `self.${f}.scaled(${i + 2})`));
  return [
    '#[derive(Clone, Copy)]',
    `pub struct G${n}<${generics}>`,
    'where',
    ...bounds,
    '{',
    ...fs.map((f, i) => `    pub ${f}: ${ps[i]},`),
    '}',
    '',
    `impl<${generics}> G${n}<${generics}>`,
    'where',
    ...bounds,
    '{',
    `    pub fn new(${fs.map((f, i) => `${f}: ${ps[i]}`).join(', ')}) -> G${n}<${generics}> {`,
    `        G${n} { ${fs.join(', ')} }`,
    '    }',
    '',
    `    pub fn first(&self) -> A {`,
    '        self.a',
    '    }',
    '',
    `    pub fn rotate(&self) -> G${n}<${rotated}> {`,
    `        G${n} { ${fs.map((f, i) => `${f}: self.${fs[(i + 1) % n]}`).join(', ')} }`,
    '    }',
    '',
    '    pub fn pair_with<X: Weigh + Copy>(&self, x: X) -> G2<A, X> {',
    '        G2 { a: self.a, b: x }',
    '    }',
    '}',
    '',
    `impl<${ps.map((p) => `${p}: Weigh + Copy`).join(', ')}> Weigh for G${n}<${generics}> {`,
    '    fn weigh(&self) -> u64 {',
    `        ${weighTerms.join(' ^ ')}`,
    '    }',
    '}',
  ];
}

// ---------------------------------------------------------------- concrete types and values

const PRIMS = ['u8', 'u16', 'u32', 'u64', 'i32', 'i64', 'bool', 'char'];

/** A random concrete type: a primitive or a small family instance, `depth` levels deep at most. */
function randomType(depth) {
  if (depth === 0 || rnd(10) < 6) return { prim: pick(PRIMS) };
  const n = 2 + rnd(depth > 1 ? 3 : 4);
  const args = [];
  for (let i = 0; i < n; i++) args.push(randomType(depth - 1));
  return { n, args };
}
const typeText = (t) => (t.prim ? t.prim : `G${t.n}<${t.args.map(typeText).join(', ')}>`);

/** An expression of type `t` computed from `seed` (a u64 in scope). */
function value(t) {
  if (t.prim) {
    const k = rnd(1000) + 1;
    switch (t.prim) {
      case 'u8':
        return `(seed % ${k + 1}) as u8`;
      case 'u16':
        return `(seed ^ ${k}) as u16`;
      case 'u32':
        return `(seed >> ${rnd(4) + 1}) as u32`;
      case 'u64':
        return `seed.wrapping_mul(${k})`;
      case 'i32':
        return `seed as i32 - ${k}`;
      case 'i64':
        return `(seed as i64) * ${rnd(9) + 2}`;
      case 'bool':
        return `seed % ${rnd(5) + 2} == 0`;
      default:
        return `(97 + (seed % 26) as u8) as char`;
    }
  }
  return `G${t.n}::new(${t.args.map(value).join(', ')})`;
}

// ---------------------------------------------------------------- the generic functions

const mixes = [];
for (let i = 0; i < MIXES; i++) {
  const k = 2 + rnd(10);
  const ps = params(k);
  const byRef = ps.map(() => rnd(4) === 0);
  // Some parameters are also bounded by `Blend<other parameter>`.
  const blend = ps.map((p, j) => (rnd(3) === 0 ? ps[(j + 1 + rnd(k - 1)) % k] : null));
  const inWhere = rnd(2) === 0;
  mixes.push({ name: `mix${i}`, k, ps, byRef, blend, inWhere, callee: i > 0 && rnd(10) < 3 ? rnd(i) : null });
}

function mixText(m) {
  const vars = m.ps.map((p) => p.toLowerCase());
  const bound = (j) => `Weigh + Copy${m.blend[j] ? ` + Blend<${m.blend[j]}>` : ''}`;
  const generics = m.inWhere ? m.ps.join(', ') : m.ps.map((p, j) => `${p}: ${bound(j)}`).join(', ');
  const args = vars.map((v, j) => `${v}: ${m.byRef[j] ? '&' : ''}${m.ps[j]}`).join(', ');
  const out = [`pub fn ${m.name}<${generics}>(${args}) -> u64`];
  if (m.inWhere) {
    out.push('where');
    m.ps.forEach((p, j) => out.push(`    ${p}: ${bound(j)},`));
    out.push('{');
  } else out[0] += ' {';
  const val = (j) => (m.byRef[j] ? `*${vars[j]}` : vars[j]);
  const s = Math.min(m.k, 2 + rnd(4));
  out.push(`    let grp = G${s}::new(${vars.slice(0, s).map((_, j) => val(j)).join(', ')});`);
  out.push(`    let mut acc = grp.weigh() ^ grp.rotate().first().weigh();`);
  vars.forEach((v, j) => {
    if (m.blend[j]) out.push(`    acc ^= ${v}.blend(&${val(m.ps.indexOf(m.blend[j]))});`);
    else out.push(`    acc = acc.wrapping_add(${v}.scaled(${rnd(100) + 1}));`);
  });
  if (m.callee !== null) {
    const c = mixes[m.callee];
    // Pass own parameters (all Weigh + Copy) or literals, matching the callee's by-ref parameters.
    // A callee parameter bounded by `Blend<_>` gets a literal: for one of our parameters, our own
    // `Blend` where clause would win over the blanket impl and fix the callee's other parameter.
    const cargs = c.ps.map((_, j) => {
      const literal = c.blend[j] !== null || rnd(3) === 0;
      const e = literal ? pick(['7u8', 'true', "'q'", '42u64', '-3i32']) : val(rnd(m.k));
      return c.byRef[j] ? `&${e}` : e;
    });
    out.push(`    acc ^= ${c.name}(${cargs.join(', ')});`);
  }
  out.push('    acc', '}');
  return out;
}

// ---------------------------------------------------------------- the instantiation sites

let familyTurn = 0;
let mixTurn = 0;
function useText(u) {
  const out = [`pub fn use${u}(seed: u64) -> u64 {`, '    let mut acc = seed;'];
  const calls = 2 + rnd(4);
  for (let c = 0; c < calls; c++) {
    const m = mixes[mixTurn++ % MIXES];
    const names = [];
    m.ps.forEach((_, j) => {
      const t = randomType(2);
      const name = `v${c}_${j}`;
      names.push(name);
      const annotate = rnd(2) === 0;
      out.push(`    let ${name}${annotate ? `: ${typeText(t)}` : ''} = ${value(t)};`);
    });
    out.push(`    acc ^= ${m.name}(${names.map((n, j) => (m.byRef[j] ? `&${n}` : n)).join(', ')});`);
    // Use every family's methods, in turn, on a value built from the call's first argument.
    const n = FAMILIES[familyTurn++ % FAMILIES.length];
    const args = [names[0]];
    while (args.length < n) args.push(value({ prim: pick(PRIMS) }));
    out.push(`    let w${c} = G${n}::new(${args.join(', ')});`);
    out.push(`    acc = acc.wrapping_add(w${c}.rotate().pair_with(${value({ prim: pick(PRIMS) })}).weigh() ^ w${c}.first().weigh());`);
  }
  out.push('    acc', '}');
  return out;
}

// ---------------------------------------------------------------- files

const files = new Map();
const traits = [
  'pub trait Weigh {',
  '    fn weigh(&self) -> u64;',
  '    fn scaled(&self, k: u64) -> u64 {',
  '        self.weigh().wrapping_mul(k)',
  '    }',
  '}',
  '',
  'pub trait Blend<T> {',
  '    fn blend(&self, other: &T) -> u64;',
  '}',
  '',
  'impl<T: Weigh, U: Weigh> Blend<U> for T {',
  '    fn blend(&self, other: &U) -> u64 {',
  '        self.weigh() ^ other.scaled(31)',
  '    }',
  '}',
];
const primImpls = {
  u8: '*self as u64',
  u16: '*self as u64',
  u32: '*self as u64',
  u64: '*self',
  i32: '*self as i64 as u64',
  i64: '*self as u64',
  bool: 'if *self { 1 } else { 2 }',
  char: '*self as u64',
};
for (const p of PRIMS) traits.push('', `impl Weigh for ${p} {`, '    fn weigh(&self) -> u64 {', `        ${primImpls[p]}`, '    }', '}');
files.set('traits.rs', `//! The traits and their impls for primitives (generated by generate.mjs).\n\n${traits.join('\n')}\n`);

const fam = FAMILIES.map((n) => family(n).join('\n'));
files.set(
  'families.rs',
  `//! Generic structs with 2 to 12 type parameters (generated by generate.mjs).\n\nuse crate::traits::Weigh;\n\n${fam.join('\n\n')}\n`,
);

files.set(
  'mixes.rs',
  `//! Generic functions with many bounded type parameters (generated by generate.mjs).\n\nuse crate::families::*;\nuse crate::traits::{Blend, Weigh};\n\n${mixes
    .map((m) => mixText(m).join('\n'))
    .join('\n\n')}\n`,
);

const useFiles = [];
for (let u = 0; u < USES; u++) {
  const f = Math.floor(u / USES_PER_FILE);
  useFiles[f] ??= [];
  useFiles[f].push(useText(u).join('\n'));
}
useFiles.forEach((fns, f) => {
  const text = fns.join('\n\n');
  const head = [`//! Instantiation sites ${f * USES_PER_FILE} to ${(f + 1) * USES_PER_FILE - 1} (generated by generate.mjs).`, ''];
  head.push('use crate::families::*;', 'use crate::mixes::*;', 'use crate::traits::Weigh;');
  files.set(`uses${f}.rs`, `${head.join('\n')}\n\n${text}\n`);
});

const main = [
  '//! wide-generics: generic structs and functions with many type parameters and bounds,',
  '//! instantiated with many concrete type combinations (generated by generate.mjs).',
  '',
  'mod families;',
  'mod mixes;',
  'mod traits;',
  ...useFiles.map((_, f) => `mod uses${f};`),
  '',
  'fn run(i: usize, seed: u64) -> u64 {',
  '    match i {',
];
for (let u = 0; u < USES; u++) main.push(`        ${u} => uses${Math.floor(u / USES_PER_FILE)}::use${u}(seed),`);
main.push(
  '        _ => seed,',
  '    }',
  '}',
  '',
  'fn main() {',
  '    let mut acc: u64 = 0;',
  `    for seed in 0..${SEEDS}u64 {`,
  `        for i in 0..${USES} {`,
  '            acc = acc.wrapping_mul(1_099_511_628_211) ^ run(i, seed);',
  '        }',
  '    }',
  '    println!("wide-generics: checksum {}", acc);',
  '}',
  '',
);
files.set('main.rs', main.join('\n'));

const outDir = process.argv[2] ?? dirname(fileURLToPath(import.meta.url));
for (const [name, text] of files) {
  const path = join(outDir, 'src', name);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}
