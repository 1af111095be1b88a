import { describe, expect, it } from 'vitest';
import { FifoLock } from '../../src/storage/fifo-lock.js';

describe('FifoLock', () => {
  it('hands the lock to waiters one at a time, in the order they asked', async () => {
    const lock = new FifoLock();
    const order: number[] = [];
    let holders = 0;
    await Promise.all(
      Array.from({ length: 3000 }, async (_, i) => {
        await lock.acquire();
        holders += 1;
        expect(holders).toBe(1);
        order.push(i);
        await Promise.resolve();
        holders -= 1;
        lock.release();
      }),
    );
    expect(order).toEqual(Array.from({ length: 3000 }, (_, i) => i));
  });
});
