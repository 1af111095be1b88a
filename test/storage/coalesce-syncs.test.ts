import { describe, expect, it } from 'vitest';
import { coalesceSyncs } from '../../src/storage/coalesce-syncs.js';

/** A sync whose runs the test finishes by hand, in order. */
function manualSync() {
  const runs: (() => void)[] = [];
  return {
    sync: () => new Promise<void>((resolve) => runs.push(resolve)),
    runs,
    finishNext: async () => {
      runs.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe('coalesceSyncs', () => {
  it('makes a caller during a running sync wait for the next one, which all such callers share', async () => {
    const disk = manualSync();
    const synced = coalesceSyncs(disk.sync);
    const done: string[] = [];
    void synced().then(() => done.push('first'));
    // These come after the first sync began: their writes may not be covered by it.
    void synced().then(() => done.push('second'));
    void synced().then(() => done.push('third'));
    expect(disk.runs).toHaveLength(1);
    await disk.finishNext();
    expect(done).toEqual(['first']);
    expect(disk.runs).toHaveLength(1);
    await disk.finishNext();
    expect(done).toEqual(['first', 'second', 'third']);
    expect(disk.runs).toHaveLength(0);
  });

  it('starts a new sync when none is running', async () => {
    let count = 0;
    const synced = coalesceSyncs(async () => {
      count += 1;
    });
    await synced();
    await synced();
    expect(count).toBe(2);
  });
});
