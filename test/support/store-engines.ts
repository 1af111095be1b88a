import { join } from 'node:path';
import {
  type ModerationStore,
  type ModerationStoreOptions,
  openStore,
  type StoreLocation,
} from '../../src/storage/moderation-store.js';
import type { StorageEngine } from '../../src/storage/tables.js';
import { makeTempFolder } from '../storage/temp-folder.js';
import { startTestPostgres, type TestPostgres } from './test-postgres.js';

/** Both storage engines, for `describe.each`. */
export const STORAGE_ENGINES: readonly StorageEngine[] = ['sqlite', 'postgres'];

/**
 * Fresh databases on one engine for a test file: call `start()` in beforeAll, `fresh()` for each new empty
 * database (a SQLite file in a temp folder, or a new database on the file's PostgreSQL server), `stop()` in
 * afterAll.
 */
export function storeEngine(engine: StorageEngine) {
  let postgres: TestPostgres | undefined;
  const folders: ReturnType<typeof makeTempFolder>[] = [];
  return {
    engine,
    async start(): Promise<void> {
      if (engine === 'postgres') postgres = await startTestPostgres();
    },
    /** Where a new, empty database is. */
    async fresh(): Promise<StoreLocation & { folder?: string }> {
      if (engine === 'postgres') {
        if (!postgres) throw new Error('call start() first');
        return { databaseUrl: await postgres.createDatabase(), databasePath: '' };
      }
      const folder = makeTempFolder();
      folders.push(folder);
      return { databasePath: join(folder.path, 'bot.sqlite'), folder: folder.path };
    },
    open: (location: StoreLocation, options: ModerationStoreOptions = {}): Promise<ModerationStore> =>
      openStore(location, options),
    async stop(): Promise<void> {
      for (const folder of folders.splice(0)) folder.remove();
      await postgres?.stop();
    },
  };
}
