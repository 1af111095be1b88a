import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordEmulator, type DiscordEmulator } from './emulator/create-discord-emulator.js';

// The emulator on its own, driven by a bare discord.js client, so a failure here points at the emulator.
describe('loopback Discord emulator', () => {
  let emulator: DiscordEmulator;
  let client: Client;
  const seen: string[] = [];

  beforeAll(async () => {
    emulator = await createDiscordEmulator();
    client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
      partials: [Partials.Channel],
      rest: { api: emulator.apiUrl, globalRequestsPerSecond: 10_000 },
      waitGuildTimeout: 100,
    });
    client.on(Events.MessageCreate, (message) => {
      seen.push(message.content);
      if (!message.author.bot) void message.channel.send(`echo:${message.content}`);
    });
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login('emulated.token-part.signature-part');
    await ready;
  });

  afterAll(async () => {
    await client.destroy();
    await emulator.close();
  });

  it('logs the client in as the emulated bot with the emulated guild', () => {
    expect(client.user?.id).toBe(emulator.world.bot.id);
    expect(client.guilds.cache.has(emulator.world.guildId)).toBe(true);
  });

  it('blanks the content of guild messages that do not mention the bot, as Discord does without MessageContent', async () => {
    emulator.injectMessage({ author: emulator.world.user, content: 'not for you' });
    expect((await emulator.nextMessage()).body.content).toBe('echo:');
    emulator.injectMessage({
      author: emulator.world.user,
      content: 'hi bot',
      mentions: [emulator.world.bot],
    });
    expect((await emulator.nextMessage()).body.content).toBe('echo:hi bot');
  });

  it('delivers DMs with their content', async () => {
    emulator.injectMessage({ author: emulator.world.user, content: 'a dm', guild: false });
    const reply = await emulator.nextMessage(emulator.world.dmChannelId);
    expect(reply.body.content).toBe('echo:a dm');
  });
});
