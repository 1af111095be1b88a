import { type AnyThreadChannel, Events, type GlobalSweepFilter, type ThreadChannel } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from '../engine/engine-fixture.js';
import { createDiscordEmulator, type DiscordEmulator } from './emulator/create-discord-emulator.js';
import { makeUser } from './emulator/payloads.js';
import { makeSnowflake } from './emulator/snowflake.js';
import { startTestBot, type TestBot } from './start-test-bot.js';

// What discord.js keeps after many members ask: memory must not grow with members or messages.
describe('discord.js caches', () => {
  let t: TestBot;
  let emulator: DiscordEmulator;
  beforeAll(async () => {
    emulator = await createDiscordEmulator({ extraGuilds: 2 });
    t = await startTestBot({ engine: sharedEngine(), emulator });
  });
  afterEach(() => t.expectClean());
  afterAll(async () => {
    await t?.stop();
    await emulator?.close();
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

  it('give all servers one empty collection for each kind of thing never cached, so servers cost less', () => {
    const guilds = [...t.bot.client.guilds.cache.values()];
    expect(guilds).toHaveLength(3);
    const [first, second] = guilds;
    // Emojis, stickers, presences, voice states, commands, a channel's thread list: discord.js makes one
    // cache per server (or channel) for each.
    for (const pick of [
      (g: typeof first) => g?.emojis.cache,
      (g: typeof first) => g?.stickers.cache,
      (g: typeof first) => g?.presences.cache,
      (g: typeof first) => g?.voiceStates.cache,
      (g: typeof first) => g?.commands.cache,
      (g: typeof first) => g?.channels.cache.find((c) => c.isTextBased() && 'threads' in c)?.threads.cache,
    ]) {
      expect(pick(first)).toBe(pick(second));
      expect(pick(first)?.size).toBe(0);
    }
    // What is kept stays each server's own.
    expect(first?.members.cache).not.toBe(second?.members.cache);
    expect(first?.channels.cache).not.toBe(second?.channels.cache);
  });

  it('keep a thread where messages find it, and drop it once its channel is deleted', async () => {
    const { client } = t.bot;
    const channelId = makeSnowflake();
    const threadId = makeSnowflake();
    const side = {
      id: channelId,
      type: 0,
      guild_id: t.world.guildId,
      name: 'side',
      position: 1,
      permission_overwrites: [],
    };
    const seen = (event: Events.ChannelDelete | Events.ThreadCreate) =>
      new Promise<void>((resolve) => client.once(event, () => resolve()));
    const created = seen(Events.ThreadCreate);
    t.emulator.gateway.dispatch('CHANNEL_CREATE', side);
    t.emulator.gateway.dispatch('THREAD_CREATE', {
      id: threadId,
      type: 11,
      guild_id: t.world.guildId,
      parent_id: channelId,
      name: 'a thread',
      owner_id: t.world.user.id,
      thread_metadata: { archived: false, auto_archive_duration: 60, locked: false },
      newly_created: true,
    });
    await created;
    expect((client.channels.cache.get(threadId) as ThreadChannel | undefined)?.parentId).toBe(channelId);

    const deleted = seen(Events.ChannelDelete);
    t.emulator.gateway.dispatch('CHANNEL_DELETE', side);
    await deleted;
    // Discord sends nothing for the threads of a deleted channel; the hourly thread sweep drops them.
    const filter = (
      client.options.sweepers?.threads as { filter?: GlobalSweepFilter<string, AnyThreadChannel> }
    )?.filter?.();
    expect(filter).toEqual(expect.any(Function));
    client.sweepers.sweepThreads(filter ?? (() => false));
    expect(client.channels.cache.has(threadId)).toBe(false);
    expect(client.channels.cache.has(t.world.channelId)).toBe(true);
  });
});
