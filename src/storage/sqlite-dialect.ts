import type { Database, Statement } from 'better-sqlite3';
import { CompiledQuery, type DatabaseConnection, type Driver, type QueryResult, SqliteDialect } from 'kysely';
import { FifoLock } from './fifo-lock.js';

/** Prepared statements kept per connection; kysely's SQL text for the bot's queries is a few dozen shapes. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * One better-sqlite3 connection as kysely sees it. Statements are prepared once per SQL text and reused:
 * kysely's own driver prepares every query anew, which cost about as much as running it.
 */
class CachedStatementConnection implements DatabaseConnection {
  readonly #statements = new Map<string, Statement>();

  constructor(private readonly database: Database) {}

  #prepare(sql: string): Statement {
    let statement = this.#statements.get(sql);
    if (statement === undefined) {
      statement = this.database.prepare(sql);
      // Queries with IN lists make new shapes; past the bound, start over rather than grow without end.
      if (this.#statements.size >= STATEMENT_CACHE_SIZE) this.#statements.clear();
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.#prepare(compiled.sql);
    const parameters = compiled.parameters as unknown[];
    if (statement.reader) return Promise.resolve({ rows: statement.all(parameters) as R[] });
    const { changes, lastInsertRowid } = statement.run(parameters);
    return Promise.resolve({
      numAffectedRows: BigInt(changes),
      insertId: BigInt(lastInsertRowid),
      rows: [],
    });
  }

  // biome-ignore lint/correctness/useYield: the repositories never stream; kysely requires the method.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not used with SQLite here');
  }
}

/**
 * kysely's SQLite driver with cached statements and a lock that serves queries in arrival order. No
 * savepoints: the repositories use none (kysely says so if one ever does).
 */
class CachedStatementDriver implements Driver {
  readonly #connection: CachedStatementConnection;

  constructor(
    private readonly database: Database,
    private readonly lock: FifoLock,
  ) {
    this.#connection = new CachedStatementConnection(database);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.lock.acquire();
    return this.#connection;
  }

  async releaseConnection(): Promise<void> {
    this.lock.release();
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async destroy(): Promise<void> {
    this.database.close();
  }
}

/**
 * kysely's SQLite dialect over an open better-sqlite3 connection, with `CachedStatementDriver` in place of
 * kysely's driver (same SQL, adapter and compiler). Connections of one process to one file share `lock`:
 * then one never finds the file locked by a transaction of the other that is waiting for this very loop.
 *
 * @example const db = new Kysely<Tables>({ dialect: cachedSqliteDialect(openDatabase(path)) });
 */
export function cachedSqliteDialect(database: Database, lock: FifoLock = new FifoLock()): SqliteDialect {
  return new (class extends SqliteDialect {
    override createDriver(): Driver {
      return new CachedStatementDriver(database, lock);
    }
  })({ database });
}
