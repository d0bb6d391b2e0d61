/**
 * Opens the SQLite database (better-sqlite3) and brings its schema up to date, refusing a database
 * that a newer collector wrote. The refusal happens before anything is written, so such a file is
 * left exactly as it was.
 *
 * Owns: opening, migrating. Must not: hold queries (queries.ts).
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PerfError } from '../errors.js';
import { MIGRATIONS, type Migration } from './migrations.js';

export type Db = Database.Database;

/** Opens `path` (`:memory:` for tests) and migrates it. */
export function openDatabase(path: string, migrations: readonly Migration[] = MIGRATIONS): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path);
  } catch (e) {
    throw new PerfError('db', 'db', `cannot open ${path}: ${(e as Error).message}`, { cause: e });
  }
  try {
    migrate(db, path, migrations);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db, path: string, migrations: readonly Migration[]): void {
  const version = schemaVersion(db);
  if (version > migrations.length) {
    throw new PerfError(
      'db-newer-schema',
      'db',
      `${path} has schema version ${version} but this collector knows only ${migrations.length}: it was written by a newer Weft; update this checkout or pass --db with another file (nothing was changed)`,
    );
  }
  db.pragma('foreign_keys = ON');
  for (let v = version; v < migrations.length; v++) {
    const m = migrations[v]!;
    // Each migration and its version bump commit together: a crash leaves the previous version.
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO migration (version, name, applied_at) VALUES (?, ?, ?)').run(v + 1, m.name, new Date().toISOString());
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
