import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, messageCommands } from '../../src/discord/commands/index.js';
import { deployCommands, resolveApplicationId } from '../../src/discord/deploy-commands.js';
import { createDiscordEmulator, type DiscordEmulator } from './emulator/create-discord-emulator.js';
import { testToken } from './start-test-bot.js';

describe('deploy-commands', () => {
  let emulator: DiscordEmulator;
  let rest: REST;
  beforeAll(async () => {
    emulator = await createDiscordEmulator();
    rest = new REST({ api: emulator.apiUrl }).setToken(testToken);
  });
  afterAll(async () => {
    await emulator.close();
  });

  const expected = [
    'ask',
    'timeline',
    'who',
    'source',
    'help',
    'discuss',
    'factdesk-settings',
    'factdesk-review',
    'factdesk-article',
    'Report to moderators',
    'Check against the article',
    'Add as article',
  ];

  it('registers the full command list to one guild when a guild id is given', async () => {
    const applicationId = await resolveApplicationId(rest);
    expect(applicationId).toBe(emulator.world.applicationId);
    await deployCommands({ rest, applicationId, guildId: emulator.world.guildId });
    const put = await emulator.nextRequest({ method: 'PUT' });
    expect(put.path).toBe(`/applications/${applicationId}/guilds/${emulator.world.guildId}/commands`);
    expect(put.body.map((c: { name: string }) => c.name)).toEqual(expected);
    expect(put.body).toEqual([...commands, ...messageCommands].map((c) => c.data));
    expect(put.authorization).toBe(`Bot ${testToken}`);
  });

  it('registers globally without a guild id', async () => {
    await deployCommands({ rest, applicationId: emulator.world.applicationId });
    const put = await emulator.nextRequest({ method: 'PUT' });
    expect(put.path).toBe(`/applications/${emulator.world.applicationId}/commands`);
    expect(put.body.map((c: { name: string }) => c.name)).toEqual(expected);
  });

  it('declares the options the issue asks for, with autocomplete on about and name', () => {
    const byName = Object.fromEntries(commands.map((c) => [c.data.name, c.data]));
    const options = (name: string) =>
      (byName[name]?.options ?? []).map(
        (o) => `${o.name}${'autocomplete' in o && o.autocomplete ? '*' : ''}`,
      );
    expect(options('ask')).toEqual(['question']);
    expect(options('timeline')).toEqual(['from', 'to', 'about*']);
    expect(options('who')).toEqual(['name*']);
    expect(options('source')).toEqual([]);
    expect(options('help')).toEqual([]);
  });
});
