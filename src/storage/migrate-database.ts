import type { Database } from 'better-sqlite3';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';

/** Reads the schema version recorded in the file (0 for a new, empty database). */
export function readSchemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to `target` (default: the latest), one migration per transaction, so a crash
 * mid-upgrade leaves the file at the last complete version. Returns the versions applied.
 *
 * @example
 * migrateDatabase(db); // [1, 2] on an empty file, [] when already current
 */
export function migrateDatabase(db: Database, target: number = SCHEMA_VERSION): number[] {
  const applied: number[] = [];
  for (let version = readSchemaVersion(db) + 1; version <= target; version++) {
    const sql = MIGRATIONS[version - 1];
    if (sql === undefined) throw new Error(`No migration to schema version ${version}`);
    // user_version lives in the file header and is part of the transaction, so it rolls back with it.
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    })();
    applied.push(version);
  }
  return applied;
}
