import { describe, expect, it } from 'vitest';
import { SourceMap } from './source-map.js';

describe('SourceMap', () => {
  it('resolves lines, char columns and display columns', () => {
    const sm = new SourceMap();
    const f = sm.addFile('a.rs', 'fn x() {}\n\tlet é = 日;\n');
    const at = (rel: number) => sm.lookupCharPos(f.startPos + rel);
    expect(at(0)).toMatchObject({ line: 1, col: 0, colDisplay: 0 });
    // `\tlet é = ` is 9 chars, 12 display columns, 10 bytes.
    expect(at(10 + 11)).toMatchObject({ line: 2, col: 10, colDisplay: 13 });
    expect(sm.lineText(f, 2)).toBe('\tlet é = 日;');
  });

  it('puts EOF after a final newline on the last line, as rustc does', () => {
    const sm = new SourceMap();
    const f = sm.addFile('a.rs', 'a\nbc\n');
    expect(f.lineStarts).toEqual([0, 2]);
    expect(sm.lookupLoc(f.endPos)).toMatchObject({ line: 2, col: 3 });
    expect(sm.getLine(f, 2)).toBe('bc');
    expect(sm.getLine(f, 3)).toBeNull();
  });

  it('reports offsets into the file as it is on disk (BOM, CRLF)', () => {
    const sm = new SourceMap();
    const f = sm.addFile('a.rs', '\ufeffab\r\ncd\r\ne');
    expect(f.src).toBe('ab\ncd\ne');
    const orig = (rel: number) => sm.originalOffset(f.startPos + rel);
    // normalised: a0 b1 \n2 c3 d4 \n5 e6; on disk: BOM(3) a3 b4 \r5 \n6 c7 d8 \r9 \n10 e11
    expect([0, 1, 2, 3, 4, 5, 6].map(orig)).toEqual([3, 4, 6, 7, 8, 10, 11]);
  });

  it('knows files without source by their lines only', () => {
    const sm = new SourceMap();
    sm.addFile('main.rs', 'fn main() {}\n');
    const std = sm.addFileWithoutSource('/rustc/x/library/core/src/option.rs', 30000, new Map([[600, 24142], [604, 24256]]));
    expect(sm.lookupLoc(std.startPos + 24260)).toMatchObject({ line: 604, col: 4 });
    expect(sm.lookupCharPos(std.startPos + 24142)).toMatchObject({ line: 600, col: 0, colDisplay: 0 });
    expect(sm.getLine(std, 600)).toBeNull();
    expect(std.hasSource).toBe(false);
  });
});
