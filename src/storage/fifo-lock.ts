/**
 * A mutual-exclusion lock handed to waiters in the order they asked. Kysely's own SQLite mutex wakes every
 * waiter at each release (they all await one promise and race for it), which costs O(waiters) per query: with
 * a few thousand questions queued behind the one connection the bot slowed to a few answers a second.
 *
 * @example
 * await lock.acquire();
 * try { run(); } finally { lock.release(); }
 */
export class FifoLock {
  #held = false;
  #waiters: (() => void)[] = [];
  /** Index of the next waiter: a moving head instead of shift(), which copies a long queue. */
  #head = 0;

  acquire(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Hands the lock to the longest waiter, or frees it. */
  release(): void {
    const next = this.#waiters[this.#head];
    if (next === undefined) {
      this.#held = false;
      this.#waiters = [];
      this.#head = 0;
      return;
    }
    this.#waiters[this.#head] = noop;
    this.#head += 1;
    // Drop the consumed front now and then, so the array does not keep growing under steady load.
    if (this.#head >= 1024 && this.#head * 2 >= this.#waiters.length) {
      this.#waiters = this.#waiters.slice(this.#head);
      this.#head = 0;
    }
    next();
  }
}

const noop = () => {};
