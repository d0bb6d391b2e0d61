/**
 * The envelope shared by the harness's list files (known-failures.json,
 * known-nondeterministic.json): `{ "schemaVersion": 1, "entries": [...] }`. Reads and checks the
 * envelope; each list validates its own entries. Errors are `HarnessError`s naming the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { HarnessError, type HarnessErrorCode } from './errors.js';

/** The parsed file, or null when it does not exist and is not `required` (given explicitly). */
export function readListFile(path: string, required: boolean, code: HarnessErrorCode): unknown | null {
  if (!existsSync(path)) {
    if (required) throw new HarnessError(code, `${code} file not found: ${path}`);
    return null;
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (e) {
    throw new HarnessError(code, `${path}: not valid JSON: ${(e as Error).message}`, { cause: e });
  }
}

/** The entries of a schemaVersion 1 list, and a `fail` that reports a problem in the file. */
export function listEntries(data: unknown, path: string, code: HarnessErrorCode): { entries: unknown[]; fail: (msg: string) => never } {
  const fail = (msg: string): never => {
    throw new HarnessError(code, `${path}: ${msg}`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('expected an object with `schemaVersion` and `entries`');
  const obj = data as Record<string, unknown>;
  if (obj.schemaVersion !== 1) fail(`unsupported schemaVersion ${JSON.stringify(obj.schemaVersion)} (this harness reads 1)`);
  if (!Array.isArray(obj.entries)) fail('`entries` must be an array');
  return { entries: obj.entries as unknown[], fail };
}
