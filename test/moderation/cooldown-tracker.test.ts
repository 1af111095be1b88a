import { describe, expect, it } from 'vitest';
import { createCooldownTracker } from '../../src/moderation/cooldown-tracker.js';

function fakeClock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('cooldown tracker', () => {
  it('a burst of 50 questions gives one answer and one notice, while another user is still answered', () => {
    const clock = fakeClock();
    const cooldowns = createCooldownTracker({ now: clock.now });
    const results = [];
    for (let i = 0; i < 50; i++) {
      results.push(cooldowns.take('g1', 'spammer', 5));
      clock.advance(20); // 50 questions in one second
    }
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results[0]?.ok).toBe(true);
    const notices = results.filter((r) => !r.ok && r.notify);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ reason: 'cooldown', logToModLog: false });
    expect(!notices[0]?.ok && notices[0]?.notice).toMatch(/wait 5 seconds/);
    expect(results.filter((r) => !r.ok && !r.notify)).toHaveLength(48);
    expect(cooldowns.take('g1', 'someone-else', 5).ok).toBe(true);
  });

  it('answers again once the cooldown has passed, with a fresh notice for the next burst', () => {
    const clock = fakeClock();
    const cooldowns = createCooldownTracker({ now: clock.now });
    expect(cooldowns.take('g1', 'u', 5).ok).toBe(true);
    expect(cooldowns.take('g1', 'u', 5)).toMatchObject({ ok: false, notify: true });
    clock.advance(4_999);
    expect(cooldowns.take('g1', 'u', 5)).toMatchObject({ ok: false, notify: false });
    clock.advance(1);
    expect(cooldowns.take('g1', 'u', 5).ok).toBe(true);
    expect(cooldowns.take('g1', 'u', 5)).toMatchObject({ ok: false, notify: true });
  });

  it('keeps servers apart, treats DMs as their own place, and a zero cooldown never blocks', () => {
    const cooldowns = createCooldownTracker({ now: fakeClock().now });
    expect(cooldowns.take('g1', 'u', 5).ok).toBe(true);
    expect(cooldowns.take('g2', 'u', 5).ok).toBe(true);
    expect(cooldowns.take(null, 'u', 5).ok).toBe(true);
    expect(cooldowns.take(null, 'u', 5).ok).toBe(false);
    for (let i = 0; i < 5; i++) expect(cooldowns.take('g3', 'u', 0).ok).toBe(true);
  });

  it('remembers at most maxEntries users, dropping expired ones first', () => {
    const clock = fakeClock();
    const cooldowns = createCooldownTracker({ now: clock.now, maxEntries: 100 });
    for (let i = 0; i < 1000; i++) cooldowns.take('g', `u${i}`, 60);
    expect(cooldowns.size).toBeLessThanOrEqual(100);
    // The most recent user is still on cooldown.
    expect(cooldowns.take('g', 'u999', 60).ok).toBe(false);
    clock.advance(61_000);
    cooldowns.take('g', 'new', 60);
    expect(cooldowns.size).toBeLessThanOrEqual(100);
  });
});
