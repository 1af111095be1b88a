import { PermissionFlagsBits } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apology } from '../../../src/discord/handle-interaction.js';
import { botPermissions } from '../../../src/discord/permissions/bot-permissions.js';
import { sharedEngine } from '../../engine/engine-fixture.js';
import { type ModeratedBot, startModeratedBot } from '../moderation/start-moderated-bot.js';

const engine = sharedEngine();

describe('a permission missing in a server is named, not apologised for', () => {
  let t: ModeratedBot;
  beforeAll(async () => {
    t = await startModeratedBot({ engine });
    await t.emulator.nextCallback(
      t.moderatorCommand('factdesk-settings', 'cooldown', [{ name: 'seconds', type: 4, value: 0 }]),
    );
  });
  afterEach(() => t.expectClean());
  afterAll(async () => {
    await t?.stop();
  });

  it('/discuss without Create Public Threads tells the member privately which permission is missing', async () => {
    t.emulator.grantPermissions(botPermissions & ~PermissionFlagsBits.CreatePublicThreads);
    const topic = engine.topics()[0]?.id as string;
    const run = t.interact({
      kind: 'command',
      name: 'discuss',
      options: [{ name: 'topic', type: 3, value: topic }],
    });
    const reply = (await t.emulator.nextCallback(run)).body.data;
    expect(reply.flags).toBe(64);
    expect(reply.content).not.toBe(apology);
    expect(reply.content).toBe(
      `I can’t do that in <#${t.world.channelId}>: I’m missing the Create Public Threads permission there. A server admin can grant it in the channel or server settings.`,
    );
    expect(
      t.logLines().some((l) => l.includes('"missing permission"') && l.includes('CreatePublicThreads')),
    ).toBe(true);
  });

  it('an answer the channel refuses: the asker learns by DM which permission, and the log says it too', async () => {
    t.emulator.grantPermissions(botPermissions & ~PermissionFlagsBits.SendMessages);
    const asked = t.say('Who is Michael Chase?');
    const dm = await t.emulator.nextMessage(t.world.dmChannelId);
    expect(dm.body.content).toMatch(/I’m missing the Send Messages permission there/);
    const line = t
      .logLines()
      .find((l) => l.includes('"missing permission"') && l.includes(asked.id)) as string;
    expect(JSON.parse(line)).toMatchObject({
      level: 'warn',
      permissions: ['SendMessages'],
      channel: t.world.channelId,
    });
    t.emulator.grantPermissions(botPermissions);
  });
});
