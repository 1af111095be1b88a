import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { limitInFlight } from '../../src/discord/limit-in-flight.js';

describe('limitInFlight', () => {
  it('runs at most the limit at once and starts the rest in arrival order', async () => {
    const gate = limitInFlight(4);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 2500 }, (_, i) =>
        gate(async () => {
          started.push(i);
          running += 1;
          most = Math.max(most, running);
          await sleep(i % 3);
          running -= 1;
          return i * 2;
        }),
      ),
    );
    expect(most).toBe(4);
    expect(started).toEqual(Array.from({ length: 2500 }, (_, i) => i));
    expect(results[10]).toBe(20);
  });

  it('frees the place of a task that fails', async () => {
    const gate = limitInFlight(1);
    await expect(gate(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await gate(async () => 'next')).toBe('next');
  });
});
