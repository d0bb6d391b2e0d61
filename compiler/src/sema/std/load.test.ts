import { describe, expect, it } from 'vitest';
import { SourceMap } from '../../syntax/source-map.js';
import { loadStdModel, preloadStdModel } from './load.js';

/** A source map that already holds the local crate's files, as when the pipeline loads std. */
function withLocalFiles(texts: readonly string[]): SourceMap {
  const sm = new SourceMap();
  texts.forEach((t, i) => sm.addFile(`/src/f${i}.rs`, t));
  return sm;
}

describe('std model preloaded (the start-up snapshot) and relocated', () => {
  const cases: [string, string[]][] = [
    ['no local file (nothing to move)', []],
    ['one small file', ['fn main() {}\n']],
    ['three files, non-ASCII text', ['mod a;\nmod b;\nfn main() { let é = 1; }\n', 'pub fn f() {}\n'.repeat(300), '// ü\n']],
  ];
  it.each(cases)('%s: same trees, ids, spans and source map as a fresh parse', (_, texts) => {
    const fresh = withLocalFiles(texts);
    const expected = loadStdModel(fresh);
    preloadStdModel();
    const moved = withLocalFiles(texts);
    const actual = loadStdModel(moved);
    expect(actual).toEqual(expected);
    expect(moved.files).toEqual(fresh.files);
  });

  it('a preloaded model is used once; the next load parses again', () => {
    preloadStdModel();
    const first = loadStdModel(withLocalFiles(['fn main() {}\n']));
    const second = loadStdModel(withLocalFiles(['fn main() {}\n']));
    expect(second).toEqual(first);
    expect(second[0]!.ast).not.toBe(first[0]!.ast);
  });
});
