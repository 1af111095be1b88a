import { join } from 'node:path';
import { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/open-database.js';
import { cachedSqliteDialect } from '../../src/storage/sqlite-dialect.js';
import type { Db, Tables } from '../../src/storage/tables.js';
import { createWriteGroups } from '../../src/storage/write-groups.js';
import { makeTempFolder } from './temp-folder.js';

let folder: ReturnType<typeof makeTempFolder>;
let db: Db;
beforeEach(() => {
  folder = makeTempFolder();
  db = new Kysely<Tables>({ dialect: cachedSqliteDialect(openDatabase(join(folder.path, 'bot.sqlite'))) });
});
afterEach(async () => {
  await db.destroy();
  folder.remove();
});

/** One cooldown row written through `trx`, returning the transaction it ran in. */
const addRow = (key: string) => async (trx: Db) => {
  await trx.insertInto('cooldowns').values({ cooldown_key: key, until_at: 1, hits: 1 }).execute();
  return trx;
};
const keys = async () =>
  (await db.selectFrom('cooldowns').select('cooldown_key').orderBy('cooldown_key').execute()).map(
    (r) => r.cooldown_key,
  );

// A real SQLite file: the groups' transactions are SQLite's.
describe('write groups', () => {
  it('runs the writes made in one turn in one transaction, and each resolves with its own result', async () => {
    const groups = createWriteGroups(db);
    const transactions = await Promise.all(
      Array.from({ length: 20 }, (_, i) => groups.write(addRow(`k${i}`))),
    );
    expect(new Set(transactions).size).toBe(1);
    expect(await keys()).toHaveLength(20);
    // A later write is a new group.
    expect(await groups.write(addRow('later'))).not.toBe(transactions[0]);
  });

  it('resolves a durable write only after a sync begun after its commit, the others at the commit', async () => {
    const syncs: (() => void)[] = [];
    const groups = createWriteGroups(db, { sync: () => new Promise((resolve) => syncs.push(resolve)) });
    let durableDone = false;
    const durable = groups.write(addRow('durable'), true).then(() => {
      durableDone = true;
    });
    await groups.write(addRow('plain'));
    // Committed (another connection would read it) but not yet synced: not acknowledged.
    expect(await keys()).toEqual(['durable', 'plain']);
    expect(durableDone).toBe(false);
    expect(syncs).toHaveLength(1);
    syncs[0]?.();
    await durable;
    expect(durableDone).toBe(true);
  });

  it('fails only the write that fails: the rest of its group is written and resolves', async () => {
    const groups = createWriteGroups(db);
    const results = await Promise.allSettled([
      groups.write(addRow('a')),
      groups.write(async (trx) => {
        await addRow('dup')(trx);
        await addRow('dup')(trx); // the primary key refuses the second
      }),
      groups.write(addRow('b')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await keys()).toEqual(['a', 'b']);
  });

  it('a durable write whose sync fails is refused, not acknowledged', async () => {
    const groups = createWriteGroups(db, { sync: () => Promise.reject(new Error('disk full')) });
    await expect(groups.write(addRow('x'), true)).rejects.toThrow('disk full');
  });
});
