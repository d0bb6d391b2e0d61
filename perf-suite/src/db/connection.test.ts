import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { PerfError } from '../errors.js';
import { openDatabase, schemaVersion } from './connection.js';
import { MIGRATIONS } from './migrations.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('migrations', () => {
  test('are append-only: the SQL of every released migration is pinned', () => {
    // Add a line for a new migration; never change an existing one (write a new migration instead).
    const pinned = ['0001_initial'];
    expect(MIGRATIONS.map((m) => m.name)).toEqual(pinned);
    const hashes = MIGRATIONS.map((m) => createHash('sha256').update(m.sql).digest('hex').slice(0, 16));
    expect(hashes).toMatchInlineSnapshot(`
      [
        "3a14c43f9a6c4e4e",
      ]
    `);
  });

  test('a new database is brought to the latest version, and reopening changes nothing', () => {
    const db = openDatabase(':memory:');
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    expect(tables.map((t) => (t as { name: string }).name)).toEqual([
      'artifact', 'benchmark', 'collection', 'error', 'migration', 'run', 'run_test_case', 'statistic', 'test_case',
    ]);
    db.close();
  });

  test('a later migration runs on an older database', () => {
    const extra = [...MIGRATIONS, { name: '0002_test', sql: 'CREATE TABLE extra (x INTEGER);' }];
    const dir = mkdtempSync(join(tmpdir(), 'weft-db-'));
    dirs.push(dir);
    const path = join(dir, 'perf.db');
    openDatabase(path).close();
    const db = openDatabase(path, extra);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT name FROM migration ORDER BY version').all()).toEqual([{ name: '0001_initial' }, { name: '0002_test' }]);
    db.close();
  });

  test('a database written by a newer schema is refused and left untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'weft-db-'));
    dirs.push(dir);
    const path = join(dir, 'perf.db');
    const raw = new Database(path);
    raw.exec('CREATE TABLE future (x INTEGER)');
    raw.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    raw.close();
    const before = readFileSync(path);
    const mtime = statSync(path).mtimeMs;
    let error: unknown;
    try {
      openDatabase(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PerfError);
    expect((error as PerfError).code).toBe('db-newer-schema');
    expect((error as PerfError).line()).toMatch(/^error: \[db\] .*perf\.db has schema version 6 but this collector knows only 1: .*nothing was changed/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(mtime);
  });
});
