import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/create-engine.js';
import { NOTICES } from '../../../src/moderation/notices.js';
import { messagePayload } from '../emulator/payloads.js';
import { makeSnowflake } from '../emulator/snowflake.js';
import {
  MEMBER_PERMISSIONS,
  type ModeratedBot,
  startModeratedBot,
  useModLogWithoutCooldown,
} from './start-moderated-bot.js';

const engine = createEngine();

type Row = { components: { custom_id: string; label: string }[] };
const customIds = (body: { components?: Row[] }) =>
  (body.components ?? []).flatMap((row) => row.components.map((b) => b.custom_id));

describe('votes, reports and the review queue through the real client', () => {
  let t: ModeratedBot;
  let modLog: string;
  let answerMessage: Record<string, unknown>;
  let answerId: number;

  beforeAll(async () => {
    t = await startModeratedBot({ engine });
    modLog = await useModLogWithoutCooldown(t);
  });
  afterEach(() => t.expectClean());
  afterAll(async () => {
    await t?.stop();
  });

  it('every answer carries Helpful / Wrong buttons, on messages and on /ask', async () => {
    t.say('Who is Michael Chase?');
    const reply = await t.emulator.nextMessage();
    const ids = customIds(reply.body);
    const helpful = ids.find((id) => id.startsWith('vote:h:'));
    expect(helpful).toBeDefined();
    expect(ids).toContain(helpful?.replace(':h:', ':w:'));
    answerId = Number(helpful?.split(':')[2]);
    answerMessage = reply.response;
    await expect.poll(async () => (await t.store.answers.get(answerId))?.messageId).toBe(reply.response.id);

    const ask = t.interact({
      kind: 'command',
      name: 'ask',
      options: [{ name: 'question', type: 3, value: 'Where were the talks held?' }],
    });
    const callback = await t.emulator.nextCallback(ask);
    expect(customIds(callback.body.data).some((id) => id.startsWith('vote:w:'))).toBe(true);
  });

  it('a member votes once, can change the vote, and Wrong asks what is wrong in a modal', async () => {
    const press = (customId: string) =>
      t.interact({ kind: 'button', customId, message: answerMessage }, { user: t.world.otherUser });
    const first = await t.emulator.nextCallback(press(`vote:h:${answerId}`));
    expect(first.body.data).toMatchObject({ content: NOTICES.feedbackThanks, flags: 64 });
    await t.emulator.nextCallback(press(`vote:h:${answerId}`));
    expect(await t.store.answers.tally(answerId)).toEqual({ helpful: 1, wrong: 0 });

    const wrong = await t.emulator.nextCallback(press(`vote:w:${answerId}`));
    expect(wrong.body.type).toBe(9);
    expect(wrong.body.data.custom_id).toBe(`wrong:${answerId}`);
    const input = wrong.body.data.components[0].components[0];

    const submit = t.submitModal(
      wrong.body.data.custom_id,
      input.custom_id,
      'He is not the deputy, check the date',
      t.world.otherUser,
    );
    const thanks = await t.emulator.nextCallback(submit);
    expect(thanks.body.data).toMatchObject({ content: NOTICES.wrongReportSent, flags: 64 });
    expect(await t.store.answers.tally(answerId)).toEqual({ helpful: 0, wrong: 1 });

    const logged = await t.emulator.nextMessage(modLog);
    const fields = Object.fromEntries(
      (logged.body.embeds[0].fields as { name: string; value: string }[]).map((f) => [f.name, f.value]),
    );
    expect(fields.Question).toBe('Who is Michael Chase?');
    expect(fields.Answer).toMatch(/deputy assistant secretary/i);
    expect(fields.Citations).toMatch(/^\[\d+\] /);
    expect(fields.Comment).toBe('He is not the deputy, check the date');
    expect(logged.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('"Report to moderators" asks for a reason, files the report and tells the mod log', async () => {
    const target = messagePayload(t.world, { author: t.world.otherUser, content: 'some rude claim' });
    const menu = t.interact(
      { kind: 'command', name: 'Report to moderators' },
      {},
      {
        data: {
          id: makeSnowflake(),
          name: 'Report to moderators',
          type: 3,
          target_id: target.id,
          resolved: { messages: { [target.id]: target } },
        },
      },
    );
    const modal = await t.emulator.nextCallback(menu);
    expect(modal.body.type).toBe(9);
    const input = modal.body.data.components[0].components[0];
    const done = await t.emulator.nextCallback(
      t.submitModal(modal.body.data.custom_id, input.custom_id, 'Spam'),
    );
    expect(done.body.data).toMatchObject({ content: NOTICES.reportSent, flags: 64 });
    const logged = await t.emulator.nextMessage(modLog);
    expect(logged.body.embeds[0].url).toBe(
      `https://discord.com/channels/${t.world.guildId}/${t.world.channelId}/${target.id}`,
    );
    expect(JSON.stringify(logged.body.embeds[0].fields)).toContain(`<@${t.world.otherUser.id}>`);
  });

  it('"Check against the article" answers privately with citations, and refuses filtered text unechoed', async () => {
    const check = (content: string) => {
      const target = messagePayload(t.world, { author: t.world.otherUser, content });
      return t.interact(
        { kind: 'command', name: 'Check against the article' },
        {},
        {
          data: {
            id: makeSnowflake(),
            name: 'Check against the article',
            type: 3,
            target_id: target.id,
            resolved: { messages: { [target.id]: target } },
          },
        },
      );
    };
    const checked = await t.emulator.nextCallback(check('The talks were held in Washington.'));
    expect(checked.body.data.flags).toBe(64);
    expect(JSON.stringify(checked.body.data.embeds)).toMatch(/washington/i);
    const refused = await t.emulator.nextCallback(check('the shitty talks were in Washington'));
    expect(refused.body.data).toMatchObject({ content: NOTICES.profanity, flags: 64 });
    expect(t.allBodies()).not.toMatch(/shitty/i);
  });

  it('only members with Manage Server may use the moderator commands, even if they invoke them', async () => {
    for (const name of ['factdesk-settings', 'factdesk-review']) {
      const denied = t.moderatorCommand(
        name,
        name === 'factdesk-settings' ? 'cooldown' : undefined,
        name === 'factdesk-settings' ? [{ name: 'seconds', type: 4, value: 600 }] : [],
        MEMBER_PERMISSIONS,
      );
      const callback = await t.emulator.nextCallback(denied);
      expect(callback.body.data).toMatchObject({ content: NOTICES.noPermission, flags: 64 });
    }
    expect((await t.store.settings.get(t.world.guildId)).cooldownSeconds).toBe(0);
  });

  it('/factdesk-review lists usage, gaps and pending reports, and Handled clears them', async () => {
    t.say('What colour is the Pentagon carpet?');
    await t.emulator.nextMessage();
    const review = async () =>
      (
        await t.emulator.nextCallback(
          t.moderatorCommand('factdesk-review', undefined, [{ name: 'period', type: 3, value: 'all' }]),
        )
      ).body.data;
    const card = await review();
    expect(card.flags).toBe(64);
    const text = JSON.stringify(card.embeds[0]);
    expect(text).toContain('He is not the deputy');
    expect(text).toContain('Spam');
    expect(text).toMatch(/questions asked/);
    const buttons = customIds(card);
    expect(buttons.some((id) => id.startsWith('rv:w:'))).toBe(true);
    expect(buttons.some((id) => id.startsWith('rv:m:'))).toBe(true);

    const press = (customId: string, permissions?: string) =>
      t.interact(
        { kind: 'button', customId, message: { id: makeSnowflake(), channel_id: t.world.channelId } },
        {
          user: t.moderator,
          ...(permissions ? { permissions } : {}),
        },
      );
    const wrongButton = buttons.find((id) => id.startsWith('rv:w:')) as string;
    const notAllowed = await t.emulator.nextCallback(press(wrongButton, MEMBER_PERMISSIONS));
    expect(notAllowed.body.data.content).toBe(NOTICES.noPermission);
    for (const id of buttons) {
      const done = await t.emulator.nextCallback(press(id, '32'));
      expect(done.body.data).toMatchObject({ content: NOTICES.reviewHandled, flags: 64 });
    }
    const again = await t.emulator.nextCallback(press(wrongButton, '32'));
    expect(again.body.data.content).toBe(NOTICES.reviewAlreadyHandled);
    const after = await review();
    expect(JSON.stringify(after.embeds[0])).not.toContain('He is not the deputy');
    expect(customIds(after)).toEqual([]);
  });
});
