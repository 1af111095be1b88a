import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/create-engine.js';
import type { EmulatedAttachment } from '../emulator/attachments.js';
import { messagePayload } from '../emulator/payloads.js';
import { makeSnowflake } from '../emulator/snowflake.js';
import {
  MEMBER_PERMISSIONS,
  MODERATOR_PERMISSIONS,
  type ModeratedBot,
  startModeratedBot,
  useModLogWithoutCooldown,
} from '../moderation/start-moderated-bot.js';
import { addedId, bindChannel, EPHEMERAL, finalReply, fixture } from './library-helpers.js';

const engine = createEngine();
const ADD = 'Add as article';

describe('Apps > “Add as article” on a message', () => {
  let t: ModeratedBot;
  let modLog: string;

  beforeAll(async () => {
    t = await startModeratedBot({ engine });
    modLog = await useModLogWithoutCooldown(t);
  });
  afterEach(() => t.expectClean());
  afterAll(async () => {
    await t?.stop();
  });

  /** The context command on a member's message with `content` and `attachments`, by a moderator by default. */
  function addAsArticle(
    content: string,
    attachments: EmulatedAttachment[] = [],
    permissions = MODERATOR_PERMISSIONS,
  ) {
    const target = { ...messagePayload(t.world, { author: t.world.otherUser, content }), attachments };
    const data = {
      id: makeSnowflake(),
      name: ADD,
      type: 3,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
    };
    return t.interact({ kind: 'command', name: ADD }, { user: t.moderator, permissions }, { data });
  }

  it('adds the message’s .txt attachment; a channel bound to it answers from it with its citation', async () => {
    const file = t.emulator.attachments.add('trade-talks.txt', fixture('trade-talks.txt'));
    const reply = await finalReply(t, addAsArticle('Here is the article on the trade talks', [file]));
    expect(reply.embeds[0].title).toMatch(/^Added article #\d+: Chile and South Korea narrow gaps/);
    const id = addedId(reply);
    expect(reply.embeds[0].description).toContain(`/factdesk-article use article:#${id}`);
    expect((await t.emulator.nextMessage(modLog)).body.embeds[0].title).toBe(
      `Article #${id} added to the library`,
    );

    const channel = t.addChannel('trade');
    await bindChannel(t, channel, id);
    t.say('Who is Valentina Rojas?', { channelId: channel });
    const answer = (await t.emulator.nextMessage(channel)).body.content as string;
    expect(answer).toMatch(/undersecretary for international economic relations/);
    expect(answer).toMatch(/-# From “Chile and South Korea narrow gaps[^”]*” \(\d{4}-\d{2}-\d{2}\):/);
    expect(answer).toMatch(/^> \*\*\[\d+\]\*\* .*Valentina Rojas/m);
  });

  it('adds the message’s text when it has no file; a channel bound to it answers from it', async () => {
    const text = fixture('probe-launch.txt').toString('utf8');
    const reply = await finalReply(t, addAsArticle(text));
    expect(reply.embeds[0].title).toMatch(/^Added article #\d+: Europe's Lyra probe lifts off/);
    const id = addedId(reply);
    await t.emulator.nextMessage(modLog);

    const channel = t.addChannel('space');
    await bindChannel(t, channel, id);
    t.say('Where was the probe launched from?', { channelId: channel });
    const answer = (await t.emulator.nextMessage(channel)).body.content as string;
    expect(answer).toMatch(/Kourou/);
    expect(answer).toMatch(/-# From “Europe's Lyra probe lifts off[^”]*” \(\d{4}-\d{2}-\d{2}\):/);
    expect(answer).toMatch(/^> \*\*\[\d+\]\*\* .*Kourou/m);
    expect(answer).not.toMatch(/Chile and South Korea/);
  });

  it('says so when the message has nothing to add, and is for moderators only', async () => {
    const empty = await t.emulator.nextCallback(addAsArticle('   '));
    expect(empty.body.data.flags).toBe(EPHEMERAL);
    expect(empty.body.data.content).toBe('That message has no text or .txt file to add as an article.');
    const denied = await t.emulator.nextCallback(addAsArticle('Some text', [], MEMBER_PERMISSIONS));
    expect(denied.body.data.flags).toBe(EPHEMERAL);
    expect(denied.body.data.content).toMatch(/Manage Server/);
    expect(await t.store.articles.list(t.world.guildId)).toHaveLength(2);
  });
});
