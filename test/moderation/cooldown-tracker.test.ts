import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CooldownTracker, createCooldownTracker } from '../../src/moderation/cooldown-tracker.js';
import type { ModerationStore, StoreLocation } from '../../src/storage/moderation-store.js';
import { STORAGE_ENGINES, storeEngine } from '../support/store-engines.js';

// Cooldowns live in the database, so they hold across processes: checked on SQLite and PostgreSQL.
describe.each(STORAGE_ENGINES)('cooldown tracker on %s', (engineName) => {
  const engine = storeEngine(engineName);
  let location: StoreLocation;
  let clock: number;
  const now = () => clock;
  const stores: ModerationStore[] = [];
  /** A tracker as one bot process has it, over its own connection to the shared database. */
  const openTracker = async (options: { pruneEvery?: number } = {}): Promise<CooldownTracker> => {
    const store = await engine.open(location);
    stores.push(store);
    return createCooldownTracker({ repository: store.cooldowns, now, ...options });
  };

  beforeAll(() => engine.start(), 60_000);
  afterAll(() => engine.stop());
  beforeEach(async () => {
    location = await engine.fresh();
    clock = 1_000_000;
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
  });

  it('a burst of 50 questions gives one answer and one notice, while another user is still answered', async () => {
    const cooldowns = await openTracker();
    const results = [];
    for (let i = 0; i < 50; i++) {
      results.push(await cooldowns.take('g1', 'spammer', 5));
      clock += 20; // 50 questions in one second
    }
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results[0]?.ok).toBe(true);
    const notices = results.filter((r) => !r.ok && r.notify);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ reason: 'cooldown', logToModLog: false });
    expect(!notices[0]?.ok && notices[0]?.notice).toMatch(/wait 5 seconds/);
    expect(results.filter((r) => !r.ok && !r.notify)).toHaveLength(48);
    expect((await cooldowns.take('g1', 'someone-else', 5)).ok).toBe(true);
  });

  it('answers again once the cooldown has passed, with a fresh notice for the next burst', async () => {
    const cooldowns = await openTracker();
    expect((await cooldowns.take('g1', 'u', 5)).ok).toBe(true);
    expect(await cooldowns.take('g1', 'u', 5)).toMatchObject({ ok: false, notify: true });
    clock += 4_999;
    expect(await cooldowns.take('g1', 'u', 5)).toMatchObject({ ok: false, notify: false });
    clock += 1;
    expect((await cooldowns.take('g1', 'u', 5)).ok).toBe(true);
    expect(await cooldowns.take('g1', 'u', 5)).toMatchObject({ ok: false, notify: true });
  });

  it('keeps servers apart, treats DMs as their own place, and a zero cooldown never blocks', async () => {
    const cooldowns = await openTracker();
    expect((await cooldowns.take('g1', 'u', 5)).ok).toBe(true);
    expect((await cooldowns.take('g2', 'u', 5)).ok).toBe(true);
    expect((await cooldowns.take(null, 'u', 5)).ok).toBe(true);
    expect((await cooldowns.take(null, 'u', 5)).ok).toBe(false);
    for (let i = 0; i < 5; i++) expect((await cooldowns.take('g3', 'u', 0)).ok).toBe(true);
  });

  it('holds across processes: a burst split over two connections at once still gives one answer', async () => {
    // Two shards (or a shard and its replacement after a restart) seeing the same member.
    const [first, second] = await Promise.all([openTracker(), openTracker()]);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        ((i % 2 === 0 ? first : second) as CooldownTracker).take('g1', 'u', 5),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.notify)).toHaveLength(1);
  });

  it('is taken while this process records replies in transactions, without waiting for them to end', async () => {
    const cooldowns = await openTracker();
    const store = stores[0] as ModerationStore;
    const started = Date.now();
    const work = Array.from({ length: 40 }, (_, i) =>
      i % 2 === 0
        ? store.recordReply(
            { guildId: 'g1', channelId: 'c1', userId: `u${i}`, question: 'Who met?' },
            { answered: true, text: 'They did.', intent: 'who-is', citations: [] },
          )
        : cooldowns.take('g1', `u${i}`, 5),
    );
    await Promise.all(work);
    // SQLite's own busy wait would block the loop (and so the transaction holding the lock) for seconds.
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('deletes expired windows as it goes, so the table does not grow with every member ever seen', async () => {
    const cooldowns = await openTracker({ pruneEvery: 100 });
    for (let i = 0; i < 99; i++) await cooldowns.take('g', `u${i}`, 60);
    clock += 61_000;
    await cooldowns.take('g', 'last', 60); // the 100th: prunes the 99 expired windows first
    const store = stores[0] as ModerationStore;
    expect(await store.cooldowns.prune(clock)).toBe(0);
    // The one live window is still enforced.
    expect((await cooldowns.take('g', 'last', 60)).ok).toBe(false);
  });
});
