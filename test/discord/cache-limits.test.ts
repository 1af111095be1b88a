import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from '../engine/engine-fixture.js';
import { makeUser } from './emulator/payloads.js';
import { startTestBot, type TestBot } from './start-test-bot.js';

// What discord.js keeps after many members ask: memory must not grow with members or messages.
describe('discord.js caches', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ engine: sharedEngine() });
  });
  afterEach(() => t.expectClean());
  afterAll(async () => {
    await t?.stop();
  });

  it('keep no members, users or messages of the members who ask, only the bot itself', async () => {
    const askers = Array.from({ length: 60 }, (_, i) => makeUser(`member-${i}`));
    for (const author of askers) {
      t.emulator.injectMessage({
        author,
        content: `<@${t.world.bot.id}> Who is Michael Chase?`,
        mentions: [t.world.bot],
      });
    }
    for (const _ of askers) expect((await t.emulator.nextMessage()).body.content).toMatch(/Michael Chase/);
    const { client } = t.bot;
    const guild = client.guilds.cache.get(t.world.guildId);
    const channel = client.channels.cache.get(t.world.channelId);
    expect([...client.users.cache.keys()]).toEqual([t.world.bot.id]);
    expect([...(guild?.members.cache.keys() ?? [])]).toEqual([t.world.bot.id]);
    expect(channel && 'messages' in channel ? channel.messages.cache.size : -1).toBe(0);
  });
});
