import { type FileHandle, open } from 'node:fs/promises';

export interface FileSyncer {
  /** Waits until everything written to the file so far, by anyone, is on the disk. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * fsync of one file on libuv's thread pool, so the event loop keeps running while the disk works. On Linux
 * fsync flushes the file, not one descriptor's writes, so it covers what another connection wrote. The file
 * is opened at the first sync and kept open (a system call costs about as much as a reply here); it must
 * not be replaced meanwhile (SQLite keeps its write-ahead log until its last connection closes).
 *
 * @example const wal = createFileSyncer(`${databasePath}-wal`); await wal.sync();
 */
export function createFileSyncer(path: string): FileSyncer {
  let handle: Promise<FileHandle> | undefined;
  return {
    async sync() {
      // A failed open is not kept: the next sync tries again.
      handle ??= open(path, 'r+').catch((error: unknown) => {
        handle = undefined;
        throw error;
      });
      await (await handle).sync();
    },
    async close() {
      const opened = handle;
      handle = undefined;
      await (await opened)?.close();
    },
  };
}
