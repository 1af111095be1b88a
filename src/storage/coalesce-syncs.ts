/**
 * Shares fsyncs between callers: a call waits for a sync that starts after it was made (what it wrote
 * before calling is then covered), but every call made while one sync runs shares the next one. So the disk
 * sees at most one sync at a time and one queued, whatever the rate of writes.
 *
 * @example const synced = coalesceSyncs(wal.sync); await synced(); // after a commit
 */
export function coalesceSyncs(sync: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;

  const start = (): Promise<void> => {
    const run = sync().finally(() => {
      if (running === run) running = undefined;
    });
    running = run;
    return run;
  };

  return () => {
    if (running === undefined) return start();
    // One is running, possibly begun before the caller's write: wait for the next, shared.
    queued ??= running
      .catch(() => {})
      .then(() => {
        queued = undefined;
        return start();
      });
    return queued;
  };
}
