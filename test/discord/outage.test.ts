import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from '../engine/engine-fixture.js';
import { startTestBot, type TestBot } from './start-test-bot.js';

describe('questions asked during a REST outage', () => {
  let t: TestBot;
  const path = () => `/channels/${t.world.channelId}/messages`;
  const ask = (question: string) =>
    t.emulator.injectMessage({
      author: t.world.user,
      content: `<@${t.world.bot.id}> ${question}`,
      mentions: [t.world.bot],
    });
  const attempts = () => t.emulator.requests.filter((r) => r.method === 'POST' && r.path === path());

  beforeAll(async () => {
    t = await startTestBot({
      engine: sharedEngine(),
      // The production policy retries for a minute; the same logic on a shorter clock.
      extend: () => ({ retryPolicy: { giveUpAfterMs: 600, firstDelayMs: 20, maxDelayMs: 80 } }),
    });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('are retried with backoff and answered once Discord is back', async () => {
    t.emulator.startOutage({ method: 'POST', path: path() });
    ask('Who is Michael Chase?');
    // discord.js tries 4 times at once; further attempts are the bot's own, after a pause.
    await expect.poll(() => attempts().length, { timeout: 2_000 }).toBeGreaterThan(5);
    t.emulator.endOutage();
    const reply = await t.emulator.nextMessage();
    expect(reply.body.content).toMatch(/deputy assistant secretary/i);
    expect(
      attempts()
        .map((r) => r.status)
        .slice(-2),
    ).toEqual([500, 200]);
    t.expectClean();
  });

  it('are given up after a bounded time, each lost reply logged by channel and message id only', async () => {
    const before = attempts().length;
    t.emulator.startOutage({ method: 'POST', path: path() });
    const asked = ask('Where were the talks held?');
    const lost = () => t.errorLogs().filter((line) => line.includes('reply lost'));
    await expect.poll(() => lost().length, { timeout: 3_000 }).toBe(1);
    t.emulator.endOutage();
    const line = JSON.parse(lost()[0] as string);
    expect(line).toMatchObject({
      level: 'error',
      channel: t.world.channelId,
      message: asked.id,
      status: 500,
    });
    expect(lost()[0]).not.toMatch(/talks|Washington|Where were/);
    // Tried more than discord.js alone would, and stopped: nothing more is sent for it.
    const tries = attempts().length - before;
    expect(tries).toBeGreaterThan(8);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(attempts().length - before).toBe(tries);
    expect(t.errorLogs()).toHaveLength(1);
    expect(t.errors).toEqual([]);
  });

  it('to a slash command: the lost reply is logged by channel and interaction id, with no apology attempted', async () => {
    // The previous test's lost reply is the only error line so far; count from here.
    const seen = t.errorLogs().length;
    const callbacks = { method: 'POST', path: /^\/interactions\// };
    t.emulator.startOutage(callbacks);
    const before = t.emulator.requests.length;
    const asked = t.emulator.injectInteraction({
      kind: 'command',
      name: 'ask',
      options: [{ name: 'question', type: 3, value: 'Who is Song Yanchao?' }],
    });
    const newErrors = () => t.errorLogs().slice(seen);
    await expect.poll(() => newErrors().length, { timeout: 3_000 }).toBe(1);
    t.emulator.endOutage();
    const line = newErrors()[0] as string;
    expect(JSON.parse(line)).toMatchObject({
      msg: expect.stringMatching(/^reply lost/),
      channel: t.world.channelId,
      interaction: asked.id,
    });
    expect(line).not.toMatch(/Song|Yanchao/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(newErrors()).toHaveLength(1);
    // discord.js's own attempts at the answer, and nothing else (no apology into the outage).
    const tried = t.emulator.requests.slice(before).filter((r) => r.path.startsWith('/interactions/'));
    expect(tried.every((r) => r.body?.data?.embeds?.length === 1)).toBe(true);
  });
});
