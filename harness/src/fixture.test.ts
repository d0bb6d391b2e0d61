import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { LINUX_HOST } from '../test/host.js';
import { firstInvalidUtf8Line, loadFixture } from './fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'weft-fixture-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const opts = { host: LINUX_HOST, configEdition: null, displayPath: (p: string) => p.slice(dir.length + 1) };

function fixture(name: string, text: string | Buffer) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return loadFixture({ path, rel: name, dir, stem: name.slice(0, -3) }, opts);
}

describe('loadFixture', () => {
  test('one test per revision, each with its props and annotations', () => {
    const tests = fixture('revs.rs', '//@ revisions: a b\n//@[a] check-pass\nfn main() {} //[b]~ ERROR x\n');
    expect(tests.map((t) => [t.name, t.revision, t.props.declaredMode.outcome, t.annotations.length, t.loadFailures])).toEqual([
      ['revs.rs#a', 'a', 'pass', 0, []],
      ['revs.rs#b', 'b', 'fail', 1, []],
    ]);
  });

  test('directive and annotation problems become failures with file:line, sorted by line', () => {
    const [t] = fixture('bad.rs', 'fn x() {} //~| ERROR y\n//@ check-pas\n//@ edition: 1\n');
    expect(t!.loadFailures).toEqual([
      { kind: 'badDirective', file: 'bad.rs', line: 2, message: 'unknown compiletest directive `check-pas`' },
      { kind: 'badDirective', file: 'bad.rs', line: 3, message: 'bad edition `1`: expected one of 2015, 2018, 2021, 2024, future (or a range such as `2018..`)' },
      { kind: 'badAnnotation', file: 'bad.rs', line: 1, message: 'encountered `//~|` without a preceding `//~` or `//~^` annotation to follow' },
    ]);
  });

  test('a fixture that is not UTF-8 fails with the line', () => {
    const [t] = fixture('latin.rs', Buffer.from([0x66, 0x6e, 0x0a, 0x2f, 0x2f, 0xe9, 0x0a]));
    expect(t!.loadFailures).toEqual([{ kind: 'badFixture', file: 'latin.rs', message: 'line 2: the fixture is not valid UTF-8' }]);
  });

  test('firstInvalidUtf8Line', () => {
    expect(firstInvalidUtf8Line(Buffer.from('ok\nçà\n'))).toBeNull();
    expect(firstInvalidUtf8Line(Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0xff]))).toBe(3);
  });
});
