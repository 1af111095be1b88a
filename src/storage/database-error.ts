/** Why the database could not be used. */
export type DatabaseErrorKind = 'corrupt' | 'unwritable' | 'too-new' | 'migration-failed' | 'unreachable';

/**
 * Thrown by `openDatabase` (and `openPostgres`) when the bot must not start: the file is not a usable SQLite
 * database, cannot be written, or was written by a newer version of factdesk, or the PostgreSQL server cannot be
 * reached or refuses the login. The message is one line a person can act on, and the
 * file is always left exactly as it was.
 */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';

  constructor(
    readonly kind: DatabaseErrorKind,
    readonly path: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`Cannot use the database at ${path}: ${detail}`, options);
  }
}

/**
 * True when `error` is a `DatabaseError`.
 *
 * @example
 * try { openDatabase(path) } catch (error) { if (isDatabaseError(error)) { console.error(error.message); process.exit(1) } }
 */
export function isDatabaseError(error: unknown): error is DatabaseError {
  return error instanceof DatabaseError;
}
