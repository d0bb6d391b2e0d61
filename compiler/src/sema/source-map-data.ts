/**
 * The source map as plain data, for code that runs on worker threads: the files and the
 * expansion records, from which a read-only `SourceMap` view is rebuilt where a phase needs
 * snippets or positions (suggestions, `guess_head_span`). On the main thread the session's own
 * `SourceMap` is passed and used as is.
 *
 * Owns: the plain-data shape and the view. Must not: add files or expansions.
 */
import { SourceMap, type Expansion, type SourceFile } from '../syntax/source-map.js';

export interface SourceMapData {
  readonly files: readonly SourceFile[];
  readonly expansions: readonly (Expansion | null)[];
}

export function sourceMapView(d: SourceMapData): SourceMap {
  if (d instanceof SourceMap) return d;
  const view = Object.create(SourceMap.prototype) as SourceMap;
  Object.assign(view, { files: d.files, expansions: d.expansions, nextPos: Number.MAX_SAFE_INTEGER });
  return view;
}
