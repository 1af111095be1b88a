import type { Database } from 'better-sqlite3';
import { sql } from 'kysely';
import { migrationsFor, SCHEMA_VERSION } from './migrations.js';
import type { Db } from './tables.js';

/** Reads the schema version recorded in the SQLite file (0 for a new, empty database). */
export function readSchemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings a SQLite file's schema up to `target` (default: the latest), one migration per transaction, so a
 * crash mid-upgrade leaves the file at the last complete version. Returns the versions applied.
 *
 * @example
 * migrateDatabase(db); // [1, 2] on an empty file, [] when already current
 */
export function migrateDatabase(db: Database, target: number = SCHEMA_VERSION): number[] {
  const migrations = migrationsFor('sqlite');
  const applied: number[] = [];
  for (let version = readSchemaVersion(db) + 1; version <= target; version++) {
    const statements = migrations[version - 1];
    if (statements === undefined) throw new Error(`No migration to schema version ${version}`);
    // user_version lives in the file header and is part of the transaction, so it rolls back with it.
    db.transaction(() => {
      for (const statement of statements) db.exec(statement);
      db.pragma(`user_version = ${version}`);
    })();
    applied.push(version);
  }
  return applied;
}

/** Reads the schema version recorded in a PostgreSQL database (0 before the first migration). */
export async function readPostgresSchemaVersion(db: Db): Promise<number> {
  // A query naming a missing table fails as it is parsed, so look the table up first.
  const { rows: found } = await sql<{ exists: boolean }>`
    SELECT to_regclass('factdesk_schema_version') IS NOT NULL AS exists`.execute(db);
  if (found[0]?.exists !== true) return 0;
  const { rows } = await sql<{ version: number | null }>`
    SELECT MAX(version) AS version FROM factdesk_schema_version`.execute(db);
  return Number(rows[0]?.version ?? 0);
}

/**
 * The same migrations on PostgreSQL, each in a transaction with its version row. An advisory lock makes
 * shards that start together take turns: the first migrates, the others find the schema current.
 */
export async function migratePostgres(db: Db, target: number = SCHEMA_VERSION): Promise<number[]> {
  const migrations = migrationsFor('postgres');
  const applied: number[] = [];
  for (;;) {
    const done = await db.transaction().execute(async (trx) => {
      // Any constant works as the key, as long as every factdesk process uses the same one. Taken before
      // anything else: even CREATE TABLE IF NOT EXISTS fails when two sessions run it at the same moment.
      await sql`SELECT pg_advisory_xact_lock(7274843)`.execute(trx);
      await sql`CREATE TABLE IF NOT EXISTS factdesk_schema_version (version INTEGER PRIMARY KEY)`.execute(
        trx,
      );
      const version = (await readPostgresSchemaVersion(trx)) + 1;
      if (version > target) return true;
      const statements = migrations[version - 1];
      if (statements === undefined) throw new Error(`No migration to schema version ${version}`);
      for (const statement of statements) await sql.raw(statement).execute(trx);
      await sql`INSERT INTO factdesk_schema_version (version) VALUES (${version})`.execute(trx);
      applied.push(version);
      return false;
    });
    if (done) return applied;
  }
}
