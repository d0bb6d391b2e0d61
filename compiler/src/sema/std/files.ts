/**
 * The list of std model files. A `StdFile` is Rust text (declarations without bodies) that belongs
 * to one module of the std model and stands for one file of rustc 1.95.0's std sources.
 *
 * Owns: the file list and its shape. Must not: parse (see load.ts).
 */
import { CORE_FILES } from './model-core.js';
import { FMT_ITER_FILES } from './model-fmt-iter.js';
import { ALLOC_FILES } from './model-alloc.js';
import { PRIM_FILES, PRIM_TEMPLATES } from './model-prims.js';
import { ROOT_FILES } from './model-root.js';
import { COLLECTION_FILES } from './model-collections.js';
import { INTERNAL_MACROS, internalMacrosText } from './op-macros.js';

export interface StdFile {
  /** The path under `library/`, as rustc remaps it: `core/src/option.rs`. */
  readonly path: string;
  /** The module of the std model the items belong to: `option`, `collections::hash_map`; '' = the root. */
  readonly module: string;
  /** The declarations. `//@N` at the end of a line: this line is line N of the real file. */
  readonly text: string;
  /** A module of core that std does not re-export (`core::panicking`): private to the model. */
  readonly notInStd?: boolean;
}

/** rustc 1.95.0's commit: std paths are remapped to `/rustc/<hash>/library/...`. */
export const RUSTC_COMMIT = '59807616e1fa2540724bfbac14d7976d7e4a3860';

export function stdFileName(path: string): string {
  return `/rustc/${RUSTC_COMMIT}/library/${path}`;
}

/** Every std model file, templates instantiated: one file per instance. */
export function allStdFiles(): StdFile[] {
  const out: StdFile[] = [...ROOT_FILES, ...CORE_FILES, ...FMT_ITER_FILES, ...ALLOC_FILES, ...COLLECTION_FILES, ...PRIM_FILES];
  for (const t of PRIM_TEMPLATES) {
    for (const ty of t.types) out.push({ path: t.path, module: t.module, text: t.text.replace('impl Self {', `impl ${ty} {`) });
  }
  // Last, so that its positions follow the operator traits' files (rustc imports std's files as it
  // first needs them: the trait's file before the macro that generated its impls).
  out.push({ path: INTERNAL_MACROS, module: 'ops', text: internalMacrosText() });
  return out;
}
