// Generates the dependent-signatures benchmark: a chain of 450 links where link n's constant, array
// type, struct or enum, accessors and constructor all name link n-1's, and every tenth link adds a
// trait whose supertrait is the previous one (with a blanket impl), so no item can be checked
// before the one it names: the opposite of an embarrassingly parallel crate. Deterministic: same
// script, same bytes.
//
// Usage: node generate.mjs [outDir]   (default: the folder of this script). Writes <outDir>/src/.
// Plain Node, no dependencies; each file is written atomically (temp file + rename).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LINKS = 450;
const LEVEL_EVERY = 10;
const LINKS_PER_FILE = 90;
const SEEDS = 200;

/** xorshift32, seeded: the only source of variety, so the output never changes. */
let state = 0xd0e5c4a1;
function rnd(n) {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state % n;
}

/**
 * The lines of link n (n >= 1); `level` is the newest supertrait-chain trait, if any. Links hold
 * copies of the previous link's data, never the link itself: a chain of owned types this deep
 * would overflow rustc's drop-check recursion limit.
 */
function link(n, level) {
  const p = n - 1;
  const m = rnd(1000) + 3;
  const out = [
    `pub const K${n}: usize = (K${p} * ${rnd(7) + 2} + ${rnd(11) + 1}) % 6 + 1;`,
    `pub type A${n} = [u16; K${n}];`,
    '',
  ];
  // A few links also ask the previous link for the deepest level of the supertrait chain.
  const carry = `prev.weight() ^ seed ^ data${p}(prev)[0] as u64${level !== null && n % LEVEL_EVERY === 5 ? ` ^ prev.level${level}()` : ''}`;
  switch (rnd(4)) {
    case 0:
      out.push(
        '#[derive(Clone, Copy)]',
        `pub struct S${n} {`,
        '    pub carry: u64,',
        `    pub data: A${n},`,
        `    pub back: A${p},`,
        '}',
        `pub type L${n} = S${n};`,
        '',
        `impl Link for S${n} {`,
        '    fn weight(&self) -> u64 {',
        `        self.carry.wrapping_mul(${m}) ^ self.data[K${n} - 1] as u64 ^ self.back[0] as u64`,
        '    }',
        '    fn depth(&self) -> u32 {',
        `        ${n}`,
        '    }',
        '}',
        '',
        `pub fn data${n}(x: &L${n}) -> A${n} {`,
        '    x.data',
        '}',
        '',
        `pub fn make${n}(prev: &L${p}, seed: u64) -> L${n} {`,
        `    S${n} {`,
        `        carry: ${carry},`,
        `        data: [(seed % ${rnd(60000) + 7}) as u16; K${n}],`,
        `        back: data${p}(prev),`,
        '    }',
        '}',
      );
      break;
    case 1:
      out.push(
        '#[derive(Clone, Copy)]',
        `pub enum S${n} {`,
        `    Even(u64, A${n}),`,
        `    Odd(u64, A${p}),`,
        '}',
        `pub type L${n} = S${n};`,
        '',
        `impl Link for S${n} {`,
        '    fn weight(&self) -> u64 {',
        '        match self {',
        `            S${n}::Even(c, d) => c.wrapping_mul(${m}) ^ d[0] as u64,`,
        `            S${n}::Odd(c, b) => c.wrapping_add(${m}) ^ b[K${p} - 1] as u64,`,
        '        }',
        '    }',
        '    fn depth(&self) -> u32 {',
        `        ${n}`,
        '    }',
        '}',
        '',
        `pub fn data${n}(x: &L${n}) -> A${n} {`,
        '    match x {',
        `        S${n}::Even(_, d) => *d,`,
        `        S${n}::Odd(c, _) => [*c as u16; K${n}],`,
        '    }',
        '}',
        '',
        `pub fn make${n}(prev: &L${p}, seed: u64) -> L${n} {`,
        `    let c = ${carry};`,
        '    if c % 2 == 0 {',
        `        S${n}::Even(c, [(c >> ${rnd(16)}) as u16; K${n}])`,
        '    } else {',
        `        S${n}::Odd(c, data${p}(prev))`,
        '    }',
        '}',
      );
      break;
    case 2:
      out.push(
        '#[derive(Clone, Copy)]',
        `pub struct S${n} {`,
        '    pub carry: u64,',
        `    pub data: A${n},`,
        '}',
        `pub type L${n} = S${n};`,
        '',
        `impl Link for S${n} {`,
        '    fn weight(&self) -> u64 {',
        '        self.carry ^ self.data[0] as u64',
        '    }',
        '    fn depth(&self) -> u32 {',
        `        ${n}`,
        '    }',
        '}',
        '',
        `pub fn data${n}(x: &L${n}) -> A${n} {`,
        '    x.data',
        '}',
        '',
        `pub fn fold${n}<T: Link>(prev: &T, data: &A${n}) -> u64 {`,
        `    prev.weight().wrapping_add(data[0] as u64 * ${m}) ^ prev.depth() as u64`,
        '}',
        '',
        `pub fn make${n}(prev: &L${p}, seed: u64) -> L${n} {`,
        `    let data: A${n} = [(seed >> ${rnd(8)}) as u16; K${n}];`,
        `    S${n} { carry: fold${n}(prev, &data) ^ data${p}(prev)[K${p} - 1] as u64, data }`,
        '}',
      );
      break;
    default:
      out.push(
        '#[derive(Clone, Copy)]',
        `pub struct S${n}(pub u64, pub A${n}, pub u8);`,
        `pub type L${n} = S${n};`,
        '',
        `impl Link for S${n} {`,
        '    fn weight(&self) -> u64 {',
        `        (self.0 ^ self.2 as u64).wrapping_mul(${m}).wrapping_add(self.1[0] as u64)`,
        '    }',
        '    fn depth(&self) -> u32 {',
        `        ${n}`,
        '    }',
        '}',
        '',
        `pub fn data${n}(x: &L${n}) -> A${n} {`,
        '    x.1',
        '}',
        '',
        `pub fn make${n}(prev: &L${p}, seed: u64) -> L${n} {`,
        `    S${n}(${carry}, [seed as u16; K${n}], (seed % 256) as u8)`,
        '}',
      );
  }
  out.push(
    '',
    `pub fn build${n}(seed: u64) -> L${n} {`,
    `    let prev = build${p}(seed.wrapping_mul(${rnd(100) + 3}).wrapping_add(${n}));`,
    `    make${n}(&prev, seed)`,
    '}',
  );
  return out;
}

/** Trait j of the supertrait chain, with its blanket impl. */
function level(j) {
  const sup = j === 0 ? 'Link' : `Level${j - 1}`;
  const body = j === 0 ? 'self.depth() as u64 & 1' : `self.level${j - 1}().wrapping_mul(3) ^ ${rnd(1 << 12)}`;
  return [
    `pub trait Level${j}: ${sup} {`,
    `    fn level${j}(&self) -> u64 {`,
    `        ${body}`,
    '    }',
    '}',
    '',
    `impl<T: Link> Level${j} for T {}`,
  ];
}

const files = new Map();
const chunks = [];
let newestLevel = null;
for (let n = 1; n <= LINKS; n++) {
  const file = Math.floor((n - 1) / LINKS_PER_FILE);
  chunks[file] ??= [];
  if (n % LEVEL_EVERY === 1) {
    newestLevel = Math.floor(n / LEVEL_EVERY);
    chunks[file].push(level(newestLevel).join('\n'));
  }
  chunks[file].push(link(n, newestLevel).join('\n'));
}
chunks.forEach((items, i) => {
  const first = i * LINKS_PER_FILE + 1;
  const uses = i === 0 ? 'use crate::*;' : `use crate::*;\nuse crate::links${i - 1}::*;`;
  const head = `//! Links ${first} to ${first + LINKS_PER_FILE - 1} of the chain (generated by generate.mjs).\n\n${uses}\n`;
  files.set(`links${i}.rs`, `${head}\n${items.join('\n\n')}\n`);
});

const last = chunks.length - 1;
const main = [
  '//! dependent-signatures: a chain of items in which each signature names the previous one',
  '//! (generated by generate.mjs).',
  '',
  ...chunks.map((_, i) => `mod links${i};`),
  '',
  `use links${last}::*;`,
  '',
  'pub trait Link {',
  '    fn weight(&self) -> u64;',
  '    fn depth(&self) -> u32;',
  '}',
  '',
  'pub const K0: usize = 3;',
  '',
  '#[derive(Clone, Copy)]',
  'pub struct S0 {',
  '    pub v: u64,',
  '    pub data: [u16; K0],',
  '}',
  'pub type L0 = S0;',
  '',
  'impl Link for S0 {',
  '    fn weight(&self) -> u64 {',
  '        self.v ^ self.data[1] as u64',
  '    }',
  '    fn depth(&self) -> u32 {',
  '        0',
  '    }',
  '}',
  '',
  'pub fn data0(x: &L0) -> [u16; K0] {',
  '    x.data',
  '}',
  '',
  'pub fn build0(seed: u64) -> L0 {',
  `    S0 { v: seed % ${rnd(1000) + 10}, data: [seed as u16; K0] }`,
  '}',
  '',
  'fn main() {',
  '    let mut acc: u64 = 0;',
  '    let mut depth: u32 = 0;',
  `    for seed in 0..${SEEDS}u64 {`,
  `        let top = build${LINKS}(seed);`,
  `        acc = acc.wrapping_mul(31).wrapping_add(top.weight() ^ top.level${newestLevel}());`,
  `        acc ^= data${LINKS}(&top)[0] as u64;`,
  '        depth = depth.max(top.depth());',
  '    }',
  '    println!("dependent-signatures: depth {}, checksum {}", depth, acc);',
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
