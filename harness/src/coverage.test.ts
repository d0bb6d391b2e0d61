import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MIN_FIXTURES, REQUIRED_CODES, REQUIRED_LINTS, renderCoverage, scanStderr, scanSuite } from './coverage.js';

describe('scanStderr', () => {
  test.each([
    { name: 'error and warning codes', text: 'error[E0308]: mismatched types\nwarning[E0170]: x\nerror: aborting due to 1 previous error\n\nFor more information about this error, try `rustc --explain E0308`.\n', codes: ['E0308', 'E0170'], lints: [] },
    { name: 'on by default', text: "warning: unused variable: `x`\n  = note: `#[warn(unused_variables)]` on by default\n", codes: [], lints: ['unused_variables'] },
    { name: 'part of a group', text: '   = note: `#[warn(non_snake_case)]` (part of `#[warn(nonstandard_style)]`) on by default\n', codes: [], lints: ['non_snake_case'] },
    {
      name: 'an attribute and a group it implies',
      text: 'error: unused variable: `y`\nnote: the lint level is defined here\n  --> $DIR/a.rs:1:9\n   |\nLL | #![deny(unused, dead_code)]\n   |         ^^^^^^\n   = note: `#[deny(unused_variables)]` implied by `#[deny(unused)]`\n',
      codes: [], lints: ['dead_code', 'unused_variables'],
    },
    { name: 'a code in prose is not a header', text: 'note: see E0308 and `#[warn(foo)]`\n', codes: [], lints: [] },
  ])('$name', ({ text, codes, lints }) => {
    const r = scanStderr(text);
    expect([...r.codes].sort()).toEqual([...codes].sort());
    expect([...r.lints].sort()).toEqual([...lints].sort());
  });
});

describe('scanSuite', () => {
  const root = mkdtempSync(join(tmpdir(), 'weft-coverage-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'typeck'));
  mkdirSync(join(root, 'auxiliary'));
  writeFileSync(join(root, 'typeck/a.rs'), '');
  writeFileSync(join(root, 'typeck/a.stderr'), 'error[E0308]: mismatched types\n');
  writeFileSync(join(root, 'typeck/rev.rs'), '');
  writeFileSync(join(root, 'typeck/rev.e2021.stderr'), 'error[E0308]: mismatched types\nerror[E0425]: cannot find value\n');
  writeFileSync(join(root, 'typeck/run.run.stderr'), 'error[E0599]: printed by the program\n');
  writeFileSync(join(root, 'auxiliary/lib.stderr'), 'error[E0599]: not a fixture\n');

  test('per code and lint, fixtures by name (revisions as path#rev); .run.stderr and auxiliary/ are not compiler output', () => {
    const c = scanSuite(root);
    expect(c.fixtures).toBe(2);
    expect(c.codes).toEqual({ E0308: ['typeck/a.rs', 'typeck/rev.rs#e2021'], E0425: ['typeck/rev.rs#e2021'] });
    expect(c.lints).toEqual({});
    expect(c.below).toContainEqual({ name: 'E0308', fixtures: 2 });
    expect(c.below).toContainEqual({ name: 'while_true', fixtures: 0 });
    expect(c.below).toHaveLength(REQUIRED_CODES.length + REQUIRED_LINTS.length);
  });

  test('the text lists every required code, with a mark', () => {
    const text = renderCoverage(scanSuite(root), 'suite');
    expect(text).toMatch(/^\* E0308 +2 {2}typeck\/a\.rs, typeck\/rev\.rs#e2021$/m);
    expect(text).toMatch(/^\* E0004 +0 {2}$/m);
    expect(text).toContain(`below ${MIN_FIXTURES}: `);
  });
});

test('the repository suite has at least MIN_FIXTURES fixtures for every required code and lint', () => {
  const c = scanSuite(join(import.meta.dirname, '../../ui-tests'));
  expect(c.below).toEqual([]);
});
