import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { DatabaseError } from './database-error.js';
import { migratePostgres, readPostgresSchemaVersion } from './migrate-database.js';
import { SCHEMA_VERSION } from './migrations.js';
import type { Db, Tables } from './tables.js';

// PostgreSQL sends BIGINT (ids, Unix-millisecond times, counts) and NUMERIC (sums) as strings; every value
// factdesk stores in them is far below 2^53, so numbers are exact.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * Connects to the PostgreSQL server at `url` (`postgres://user:pass@host:port/db`), checks it answers and its
 * schema is not newer than this factdesk, and migrates it. Several processes may do this at once.
 * @throws {DatabaseError} with one line (never the password) when it cannot be reached or used.
 * @example const db = await openPostgres(process.env.DATABASE_URL);
 */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Db> {
  const where = redact(url);
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, types });
  // An idle connection the server drops (a restart, an administrator) is an 'error' on the pool, which
  // would crash the process unheard. The pool has already discarded it and the next query reconnects; a
  // query that fails still rejects for its caller.
  pool.on('error', () => {});
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  try {
    const version = await readPostgresSchemaVersion(db);
    if (version > SCHEMA_VERSION) {
      throw new DatabaseError(
        'too-new',
        where,
        `it has schema version ${version}, newer than this factdesk (${SCHEMA_VERSION}); upgrade factdesk.`,
      );
    }
  } catch (error) {
    await db.destroy();
    if (error instanceof DatabaseError) throw error;
    throw new DatabaseError('unreachable', where, `cannot connect (${describe(error)}).`, { cause: error });
  }
  try {
    await migratePostgres(db);
  } catch (error) {
    await db.destroy();
    throw new DatabaseError('migration-failed', where, `schema upgrade failed (${describe(error)}).`, {
      cause: error,
    });
  }
  return db;
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}
