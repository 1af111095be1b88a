import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COOLDOWN_REACTION } from '../../../src/discord/preconditions/index.js';
import { createEngine } from '../../../src/engine/create-engine.js';
import { NOTICES } from '../../../src/moderation/notices.js';
import type { RecordedRequest } from '../emulator/create-discord-emulator.js';
import { type ModeratedBot, startModeratedBot } from './start-moderated-bot.js';

const engine = createEngine();

/** Waits until the bot has posted `count` messages to the channel, then gives the rest a moment to arrive. */
async function settledMessages(t: ModeratedBot, channelId: string, sentinel: () => Promise<RecordedRequest>) {
  // The sentinel is a later question from someone else; once it is answered, earlier ones were handled.
  await sentinel();
  return t.emulator.requests.filter(
    (r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`,
  );
}

describe('screening questions through the moderation check', () => {
  let t: ModeratedBot;
  // A fixed clock: the cooldown window never ends during the test, however slow the machine.
  const now = () => 1_700_000_000_000;

  beforeAll(async () => {
    t = await startModeratedBot({ engine, now });
  });
  afterEach(() => t.expectClean());
  afterAll(async () => {
    await t?.stop();
  });

  it('settings change who gets answers: allowlist, then DMs off', async () => {
    const qa = t.addChannel('qa');
    const modLog = t.addChannel('mod-log');
    t.moderatorCommand('factdesk-settings', 'cooldown', [{ name: 'seconds', type: 4, value: 0 }]);
    t.moderatorCommand('factdesk-settings', 'mod-log', [{ name: 'channel', type: 7, value: modLog }]);
    t.moderatorCommand('factdesk-settings', 'answer-mode', [{ name: 'mode', type: 3, value: 'allowlist' }]);
    const allow = t.moderatorCommand('factdesk-settings', 'allow-channel', [
      { name: 'channel', type: 7, value: qa },
    ]);
    const shown = (await t.emulator.nextCallback(allow)).body.data;
    expect(shown.flags).toBe(64);
    expect(JSON.stringify(shown.embeds)).toContain(`<#${qa}>`);

    // The refusal goes to the asker by DM, not into the channel.
    t.say('Who is Michael Chase?');
    const refused = await t.emulator.nextMessage(t.world.dmChannelId);
    expect(refused.body.content).toBe(NOTICES.channelNotAllowed([qa]));

    t.say('Who is Michael Chase?', { channelId: qa });
    const answered = await t.emulator.nextMessage(qa);
    expect(answered.body.content).toMatch(/deputy assistant secretary/i);
    expect(
      t.emulator.requests.some(
        (r) => r.method === 'POST' && r.path === `/channels/${t.world.channelId}/messages`,
      ),
    ).toBe(false);

    const dms = t.moderatorCommand('factdesk-settings', 'dms', [{ name: 'state', type: 3, value: 'off' }]);
    await t.emulator.nextCallback(dms);
    t.say('Who is Michael Chase?', { dm: true });
    const dmReply = await t.emulator.nextMessage(t.world.dmChannelId);
    expect(dmReply.body.content).toBe(NOTICES['dms-off']);

    // Back to the defaults for the next tests (DMs on, every channel).
    t.moderatorCommand('factdesk-settings', 'dms', [{ name: 'state', type: 3, value: 'on' }]);
    const reset = t.moderatorCommand('factdesk-settings', 'answer-mode', [
      { name: 'mode', type: 3, value: 'everywhere' },
    ]);
    await t.emulator.nextCallback(reset);
  });

  it('a profane question is refused privately, logged by link, and its text is never echoed', async () => {
    const modLog = (await t.store.settings.get(t.world.guildId)).modLogChannelId as string;
    const profane = 'why are those fucking generals meeting';
    const asked = t.say(profane);
    const notice = await t.emulator.nextMessage(t.world.dmChannelId);
    expect(notice.body.content).toBe(NOTICES.profanity);
    const logged = await t.emulator.nextMessage(modLog);
    const entry = logged.body.embeds[0];
    expect(entry.url).toBe(
      `https://discord.com/channels/${t.world.guildId}/${t.world.channelId}/${asked.id}`,
    );
    expect(logged.body.allowed_mentions).toEqual({ parse: [] });
    expect(t.allBodies()).not.toMatch(/fucking/i);
  });

  it('a member whose DMs are closed gets a reaction instead of the private notice', async () => {
    t.emulator.refuseNext({ method: 'POST', path: `/channels/${t.world.dmChannelId}/messages` });
    const asked = t.say('why are those fucking generals meeting');
    const reacted = await t.emulator.nextRequest({
      method: 'PUT',
      path: `/channels/${t.world.channelId}/messages/${asked.id}/reactions/🚫/@me`,
    });
    expect(reacted.status).toBe(204);
    expect(t.allBodies()).not.toMatch(/fucking/i);
  });

  it('a burst of 50 from one member gives one answer and at most a reaction or two, no channel notice; others still get answered', async () => {
    const burster = t.world.otherUser;
    const cooldown = t.moderatorCommand('factdesk-settings', 'cooldown', [
      { name: 'seconds', type: 4, value: 60 },
    ]);
    await t.emulator.nextCallback(cooldown);
    const before = t.emulator.requests.length;
    for (let i = 0; i < 50; i += 1) t.say('Who is Michael Chase?', { user: burster });
    const other = t.say('Where were the talks held?');
    const posted = await settledMessages(t, t.world.channelId, async () => {
      for (;;) {
        const reply = await t.emulator.nextMessage();
        if (reply.body.message_reference?.message_id === other.id) return reply;
      }
    });
    const replies = posted.filter((r) => t.emulator.requests.indexOf(r) >= before);
    const toBurster = replies.filter((r) => r.body.message_reference?.message_id !== other.id);
    const answers = toBurster.filter((r) => /deputy assistant secretary/i.test(r.body.content));
    const reactions = t.emulator.requests
      .slice(before)
      .filter((r) => r.method === 'PUT' && r.path.endsWith(`/reactions/${COOLDOWN_REACTION}/@me`));
    expect(answers).toHaveLength(1);
    expect(toBurster).toHaveLength(1);
    expect(reactions.length).toBeGreaterThanOrEqual(1);
    expect(reactions.length).toBeLessThanOrEqual(2);
    const otherReply = replies.find((r) => r.body.message_reference?.message_id === other.id);
    expect(otherReply?.body.content).not.toBe(NOTICES.cooldown(60));
    expect(otherReply?.body.content).toMatch(/washington/i);
  });
});
