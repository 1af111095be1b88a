import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ModalRoute } from '../../src/discord/bot-context.js';
import { apology } from '../../src/discord/handle-interaction.js';
import { moderatorOnly } from '../../src/discord/preconditions/index.js';
import { routeProblems } from '../../src/discord/route-interaction.js';
import { NOTICES } from '../../src/moderation/notices.js';
import { sharedEngine } from '../engine/engine-fixture.js';
import { makeSnowflake } from './emulator/snowflake.js';
import {
  MEMBER_PERMISSIONS,
  type ModeratedBot,
  startModeratedBot,
} from './moderation/start-moderated-bot.js';

const engine = sharedEngine();
const ephemeral = 64;

describe('malformed interaction payloads get a specific answer, never "interaction failed" or an apology', () => {
  let t: ModeratedBot;
  beforeAll(async () => {
    t = await startModeratedBot({ engine });
  });
  afterEach(() => t.expectClean());
  afterAll(async () => {
    await t?.stop();
  });

  const reply = async (payload: { id: string; token: string }) => {
    const body = (await t.emulator.nextCallback(payload)).body;
    expect(body.data.content).not.toBe(apology);
    return body;
  };
  const command = (name: string, options: { name: string; type: number; value: string | number }[] = []) =>
    t.interact({ kind: 'command', name, options });
  const press = (customId: string, componentType = 2) =>
    t.interact(
      { kind: 'button', customId, message: { id: makeSnowflake(), channel_id: t.world.channelId } },
      {},
      componentType === 2 ? {} : { data: { custom_id: customId, component_type: componentType, values: [] } },
    );

  it('a slash command without a required option', async () => {
    expect((await reply(command('ask'))).data).toEqual(
      expect.objectContaining({
        content: 'The “question” option is missing. Run /ask again and fill it in.',
        flags: ephemeral,
      }),
    );
    expect((await reply(command('who'))).data.content).toMatch(/“name” option is missing/);
  });

  it('an option of the wrong kind, and a command with subcommands but none chosen', async () => {
    const wrongKind = t.moderatorCommand('factdesk-settings', 'cooldown', [
      { name: 'seconds', type: 3, value: 'x' },
    ]);
    expect((await reply(wrongKind)).data.content).toBe(
      'The “seconds” option has the wrong kind of value. Run /factdesk-settings cooldown again.',
    );
    const none = await reply(t.moderatorCommand('factdesk-settings', undefined));
    expect(none.data).toMatchObject({
      content:
        'Pick what /factdesk-settings should do: show, answer-mode, allow-channel, disallow-channel, dms, cooldown, mod-log.',
      flags: ephemeral,
    });
  });

  it('a form missing its field, a form or button with a damaged custom id, an unknown one', async () => {
    const ids = `${t.world.channelId}:${makeSnowflake()}:${t.world.otherUser.id}`;
    expect((await reply(t.submitModal(`report:${ids}`, 'other', 'Spam'))).data).toMatchObject({
      content: routeProblems.missingField('reason'),
      flags: ephemeral,
    });
    expect((await reply(t.submitModal('report:garbage', 'reason', 'Spam'))).data.content).toBe(
      routeProblems.malformedForm,
    );
    expect((await reply(t.submitModal('nope:1', 'reason', 'Spam'))).data.content).toBe(
      routeProblems.unknownForm,
    );
    for (const id of ['vote:x', 'vote:h:abc', 'rv:w:', 'tl:', 'tl:abc']) {
      expect((await reply(press(id))).data, id).toMatchObject({
        content: routeProblems.malformedButton,
        flags: 64,
      });
    }
    expect((await reply(press('no-colon-at-all'))).data.content).toBe(routeProblems.unknownButton);
    // Nothing was filed from the damaged forms.
    expect(await t.store.review.pendingMessageReports({ guildId: t.world.guildId })).toEqual([]);
  });

  it('a select menu the bot does not know', async () => {
    expect((await reply(press('colour-picker', 3))).data).toMatchObject({
      content: routeProblems.unknownMenu,
      flags: ephemeral,
    });
  });

  it('autocomplete with no focused option, or for a command without suggestions, gets no choices', async () => {
    for (const [name, focused] of [
      ['timeline', false],
      ['ask', true],
      ['gone', true],
    ] as const) {
      const payload = t.interact({
        kind: 'autocomplete',
        name,
        options: [{ name: 'about', type: 3, value: 'tai', focused }],
      });
      const body = (await t.emulator.nextCallback(payload)).body;
      expect(body, name).toEqual({ type: 8, data: { choices: [] } });
    }
  });
});

describe('a form declaring a precondition runs it like any other interaction', () => {
  it('denies a member without Manage Server before the handler runs', async () => {
    const handled: string[] = [];
    const moderatorForm: ModalRoute = {
      prefix: 'modform',
      payload: /^$/,
      fields: ['note'],
      checks: [moderatorOnly],
      async handle(interaction) {
        handled.push(interaction.user.id);
        await interaction.reply({ content: 'done', flags: 64 });
      },
    };
    const t = await startModeratedBot({ engine, extraModals: [moderatorForm] });
    try {
      const denied = t.interact(
        { kind: 'command', name: 'x' },
        { permissions: MEMBER_PERMISSIONS },
        {
          type: 5,
          data: {
            custom_id: 'modform:',
            components: [{ type: 1, components: [{ type: 4, custom_id: 'note', value: 'hi' }] }],
          },
        },
      );
      expect((await t.emulator.nextCallback(denied)).body.data).toMatchObject({
        content: NOTICES.noPermission,
        flags: ephemeral,
      });
      expect(handled).toEqual([]);
      const allowed = t.submitModal('modform:', 'note', 'hi', t.moderator);
      expect((await t.emulator.nextCallback(allowed)).body.data.content).toBe('done');
    } finally {
      await t.stop();
    }
  });
});
