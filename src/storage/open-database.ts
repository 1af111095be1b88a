import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { DatabaseError } from './database-error.js';
import { migrateDatabase, readSchemaVersion } from './migrate-database.js';
import { SCHEMA_VERSION } from './migrations.js';

/**
 * Pages each connection keeps in memory: 2 MB, SQLite's own default, where better-sqlite3 builds SQLite with
 * 16 MB. The bot's hot pages (settings, cooldowns, the ends of the logs it appends to) fit; a colder page is
 * read back from the operating system's file cache. Two connections at 16 MB would grow the process by up
 * to 32 MB as the question log grows.
 */
export const CACHE_SIZE_PRAGMA = 'cache_size = -2000';

/** Where the database lives when the configuration does not say (the `var/` folder is ignored by git). */
export const DEFAULT_DATABASE_PATH = 'var/factdesk.sqlite';

export interface OpenDatabaseOptions {
  /** Stop migrating at this version (tests of upgrades use it to build an older file). Default: latest. */
  schemaVersion?: number;
}

/**
 * Opens (creating if needed) the SQLite file at `path`, checks it, and migrates it to the current schema.
 * WAL journal with `synchronous=FULL`: once a write returns, it survives a crash or power loss.
 * Throws a `DatabaseError` with one clear line when the file is corrupt, not a database, unwritable or
 * from a newer version; the file is never deleted or rewritten in that case.
 *
 * @example
 * const db = openDatabase(config.databasePath ?? DEFAULT_DATABASE_PATH);
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): BetterSqlite3.Database {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw new DatabaseError('unwritable', path, `cannot create its folder (${describe(error)}).`, {
      cause: error,
    });
  }
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(path);
  } catch (error) {
    throw classifyError(path, error);
  }
  try {
    prepareDatabase(db, path, options.schemaVersion ?? SCHEMA_VERSION);
    return db;
  } catch (error) {
    db.close();
    throw error instanceof DatabaseError ? error : classifyError(path, error);
  }
}

function prepareDatabase(db: BetterSqlite3.Database, path: string, target: number): void {
  // Read-only checks first, so a damaged file is reported before anything could write to it.
  const check = String(db.pragma('quick_check(1)', { simple: true }));
  if (check !== 'ok') {
    // SQLite's report spans lines ("*** in database main ***\nPage 3: ..."); keep the message to one line.
    const detail = check
      .replace(/\*\*\*.*?\*\*\*/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120);
    throw new DatabaseError('corrupt', path, `the file is damaged (${detail}); it was left untouched.`);
  }
  const version = readSchemaVersion(db);
  if (version > SCHEMA_VERSION) {
    throw new DatabaseError(
      'too-new',
      path,
      `it has schema version ${version}, newer than this factdesk (${SCHEMA_VERSION}); upgrade factdesk.`,
    );
  }
  // Write once at start, rolled back, so a read-only file or folder stops the bot now, not at the first
  // vote: SQLite opens a file it may not write read-only without a word, and even takes the write lock.
  probeWrite(db, path, version);
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal') {
    throw new DatabaseError('unwritable', path, `cannot switch to WAL journal mode (got ${String(mode)}).`);
  }
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma(CACHE_SIZE_PRAGMA);
  try {
    migrateDatabase(db, target);
  } catch (error) {
    throw new DatabaseError('migration-failed', path, `schema upgrade failed (${describe(error)}).`, {
      cause: error,
    });
  }
}

/** Rewrites the schema version in a transaction it then rolls back: the file is left as it was. */
function probeWrite(db: BetterSqlite3.Database, path: string, version: number): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    db.pragma(`user_version = ${version}`);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) {
      throw new DatabaseError(
        'unwritable',
        path,
        'the file is read-only for this user; give it write permission (and its folder) or set DATABASE_PATH.',
        { cause: error },
      );
    }
    throw error;
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}

/** Turns a SQLite or file-system error into the one line the operator sees. */
function classifyError(path: string, error: unknown): DatabaseError {
  const code = (error as { code?: unknown }).code;
  const text = typeof code === 'string' ? code : '';
  if (text === 'SQLITE_NOTADB' || text.startsWith('SQLITE_CORRUPT')) {
    return new DatabaseError(
      'corrupt',
      path,
      'the file is not a valid SQLite database; it was left untouched.',
      {
        cause: error,
      },
    );
  }
  return new DatabaseError('unwritable', path, `cannot open it for writing (${describe(error)}).`, {
    cause: error,
  });
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}
