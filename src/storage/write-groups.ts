import { coalesceSyncs } from './coalesce-syncs.js';
import type { Db } from './tables.js';

export interface WriteGroupsOptions {
  /**
   * Makes committed writes durable, when the connection's commits do not wait for the disk themselves
   * (SQLite's connection with synchronous=NORMAL). Durable writes resolve only after it.
   */
  sync?: () => Promise<void>;
  /** Runs a transaction again while another process holds the database's lock (see `retryWhileBusy`). */
  retry?: <T>(run: () => Promise<T>) => Promise<T>;
}

export interface WriteGroups {
  /**
   * Runs `write` in the next group's transaction. Resolves once that transaction is committed and, when
   * `durable`, on the disk.
   */
  write<R>(write: (trx: Db) => Promise<R>, durable?: boolean): Promise<R>;
}

interface Pending {
  write: (trx: Db) => Promise<unknown>;
  durable: boolean;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: the writes that arrive in one turn of the event loop, or while the previous group is
 * committing, run in one transaction, so one commit (a few pages appended to SQLite's log, and one wait for
 * the disk) serves them all instead of one each. Each write still resolves only once committed, and a
 * durable one once synced; the sync runs off the event loop while the next group goes ahead. When a group
 * fails, its writes are run again one transaction each, so one failing write fails alone.
 *
 * @example
 * const groups = createWriteGroups(db, { sync: wal.sync });
 * const record = await groups.write((trx) => answers(trx).record(answer), true); // durable
 */
export function createWriteGroups(db: Db, options: WriteGroupsOptions = {}): WriteGroups {
  const retry = options.retry ?? (<T>(run: () => Promise<T>) => run());
  const sync = options.sync ? coalesceSyncs(options.sync) : undefined;
  let pending: Pending[] = [];
  let scheduled = false;

  /** Resolves the non-durable writes now and the durable ones once a sync after this commit is done. */
  function settle(group: readonly Pending[], results: readonly unknown[]): void {
    const durable: [Pending, unknown][] = [];
    for (const [i, p] of group.entries()) {
      if (p.durable && sync) durable.push([p, results[i]]);
      else p.resolve(results[i]);
    }
    if (durable.length === 0 || !sync) return;
    sync().then(
      () => {
        for (const [p, result] of durable) p.resolve(result);
      },
      (error: unknown) => {
        for (const [p] of durable) p.reject(error);
      },
    );
  }

  async function writeAlone(p: Pending): Promise<void> {
    try {
      settle([p], [await retry(() => db.transaction().execute((trx) => p.write(trx)))]);
    } catch (error) {
      p.reject(error);
    }
  }

  async function flush(): Promise<void> {
    const group = pending;
    pending = [];
    try {
      const results = await retry(() =>
        db.transaction().execute(async (trx) => {
          const out: unknown[] = [];
          for (const p of group) out.push(await p.write(trx));
          return out;
        }),
      );
      settle(group, results);
    } catch {
      // The group was rolled back whole: each write on its own, so only a failing one fails.
      for (const p of group) await writeAlone(p);
    }
    // Whatever arrived during this group's transaction is the next group.
    if (pending.length > 0) setImmediate(flush);
    else scheduled = false;
  }

  return {
    write<R>(write: (trx: Db) => Promise<R>, durable = false): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        pending.push({ write, durable, resolve: resolve as (result: unknown) => void, reject });
        if (!scheduled) {
          scheduled = true;
          // After this turn's other events, so the writes they make join the group.
          setImmediate(flush);
        }
      });
    },
  };
}
