/**
 * Writing and deleting expected files (and the harness's other output files) atomically: a write
 * goes to a temporary file in the same directory and is renamed over the target, so a reader or a
 * Ctrl-C never sees half a file. Also compiletest's bless rules for one stream (reference §6.1).
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const pendingTemps = new Set<string>();
let counter = 0;

/** Writes `content` to `path` through a temporary file and a rename. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.weft-tmp-${process.pid}-${counter++}`);
  pendingTemps.add(tmp);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  } finally {
    pendingTemps.delete(tmp);
  }
}

/** Removes temporary files of writes that were cut short (called on Ctrl-C). */
export function removePendingTemps(): void {
  for (const t of pendingTemps) rmSync(t, { force: true });
  pendingTemps.clear();
}

export interface BlessAction {
  readonly kind: 'write' | 'delete';
  readonly path: string;
  /** `stderr`, `stdout`, `fixed`, `run.stderr`, `run.stdout`. */
  readonly stream: string;
  readonly content?: string;
}

/**
 * What `--bless` does to one stream (compiletest `compare_output`): an existing file is deleted
 * when the output is empty; when the output differs, a revision's blessing also deletes the
 * revision-less file, and a non-empty output is written.
 */
export function blessActions(stream: string, expectedPath: string, baseExpectedPath: string | null, actual: string, differs: boolean, exists: (p: string) => boolean = existsSync): BlessAction[] {
  const actions: BlessAction[] = [];
  if (actual === '' && exists(expectedPath)) actions.push({ kind: 'delete', path: expectedPath, stream });
  if (!differs) return actions;
  if (baseExpectedPath !== null && exists(baseExpectedPath)) actions.push({ kind: 'delete', path: baseExpectedPath, stream });
  if (actual !== '') actions.push({ kind: 'write', path: expectedPath, stream, content: actual });
  return actions;
}

export function applyBlessAction(a: BlessAction): void {
  if (a.kind === 'delete') rmSync(a.path, { force: true });
  else writeFileAtomic(a.path, a.content ?? '');
}
