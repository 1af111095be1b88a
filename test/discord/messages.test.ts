import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/create-engine.js';
import { startTestBot, type TestBot, testToken } from './start-test-bot.js';

// The real engine and the real discord.js client, against the loopback emulator.
describe('questions by message', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ engine: createEngine() });
  });
  afterEach(() => t.expectClean());
  afterAll(async () => {
    await t?.stop();
  });

  it('answers a mention with the fact and the cited sentence, pinging nobody', async () => {
    const asked = t.emulator.injectMessage({
      author: t.world.user,
      content: `<@${t.world.bot.id}> Who is Michael Chase?`,
      mentions: [t.world.bot],
    });
    const reply = await t.emulator.nextMessage();
    expect(reply.body.content).toMatch(/deputy assistant secretary of defense/i);
    expect(reply.body.content).toMatch(/^> \*\*\[\d+\]\*\* .*Michael Chase/m);
    // Still sent if the question was deleted meanwhile.
    expect(reply.body.message_reference).toEqual({ message_id: asked.id, fail_if_not_exists: false });
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('offers the engine’s follow-ups as buttons', async () => {
    t.emulator.injectMessage({
      author: t.world.user,
      content: `<@${t.world.bot.id}> Who is Michael Chase?`,
      mentions: [t.world.bot],
    });
    const reply = await t.emulator.nextMessage();
    const buttons = reply.body.components.flatMap((row: { components: unknown[] }) => row.components);
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) expect(button.custom_id).toMatch(/^ask:.{1,96}$/);
  });

  it('answers a DM', async () => {
    t.emulator.injectMessage({
      author: t.world.user,
      content: 'When did Nancy Pelosi visit Taiwan?',
      guild: false,
    });
    const reply = await t.emulator.nextMessage(t.world.dmChannelId);
    expect(reply.body.content).toMatch(/August 2022/);
  });

  it('answers a reply to one of its answers', async () => {
    t.emulator.injectMessage({
      author: t.world.user,
      content: `<@${t.world.bot.id}> Who is Michael Chase?`,
      mentions: [t.world.bot],
    });
    const answer = await t.emulator.nextMessage();
    // A reply pings the replied-to author by default, so Discord lists the bot in `mentions`.
    t.emulator.injectMessage({
      author: t.world.user,
      content: 'Where were the talks held?',
      mentions: [t.world.bot],
      replyTo: answer.response,
    });
    const reply = await t.emulator.nextMessage();
    expect(reply.body.content).toMatch(/Washington/);
  });

  it('cannot read a reply that does not ping it without the MessageContent intent, and stays quiet', async () => {
    t.emulator.injectMessage({
      author: t.world.user,
      content: `<@${t.world.bot.id}> Who is Michael Chase?`,
      mentions: [t.world.bot],
    });
    const answer = await t.emulator.nextMessage();
    t.emulator.injectMessage({
      author: t.world.user,
      content: 'Where were the talks held?',
      replyTo: answer.response,
    });
    const pinged = t.emulator.injectMessage({
      author: t.world.user,
      content: `<@${t.world.bot.id}> Who is Michael Chase?`,
      mentions: [t.world.bot],
    });
    expect((await t.emulator.nextMessage()).body.message_reference.message_id).toBe(pinged.id);
  });

  it('shows help for a bare mention', async () => {
    t.emulator.injectMessage({
      author: t.world.user,
      content: `<@${t.world.bot.id}>`,
      mentions: [t.world.bot],
    });
    const reply = await t.emulator.nextMessage();
    expect(reply.body.embeds[0].title).toBe('What I can answer');
    expect(reply.body.embeds[0].fields.map((f: { name: string }) => f.name)).toContain('Commands');
  });

  it('ignores other bots and messages not addressed to it', async () => {
    t.emulator.injectMessage({
      author: t.world.otherBot,
      content: `<@${t.world.bot.id}> Who is Michael Chase?`,
      mentions: [t.world.bot],
    });
    t.emulator.injectMessage({ author: t.world.user, content: 'Who is Michael Chase?' });
    const human = t.emulator.injectMessage({
      author: t.world.user,
      content: `<@${t.world.bot.id}> Where were the talks held?`,
      mentions: [t.world.bot],
    });
    // Events are handled in order, so the next reply being to the last message proves the first two got none.
    const reply = await t.emulator.nextMessage();
    expect(reply.body.message_reference.message_id).toBe(human.id);
  });

  it('never lets @everyone, role or user mentions in a question ping anyone', async () => {
    const role = '123456789012345678';
    t.emulator.injectMessage({
      author: t.world.user,
      content: `<@${t.world.bot.id}> @everyone @here <@&${role}> <@${t.world.otherUser.id}> who is Michael Chase?`,
      mentions: [t.world.bot, t.world.otherUser],
      mentionEveryone: true,
      mentionRoles: [role],
    });
    const reply = await t.emulator.nextMessage();
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('never sends the token in a log line', () => {
    expect(t.logLines.some((line) => line.includes(testToken))).toBe(false);
    expect(t.logLines.some((line) => JSON.parse(line).msg === 'answered')).toBe(true);
  });
});

describe('questions by message with the MessageContent intent', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ engine: createEngine(), messageContentIntent: true });
  });
  afterEach(() => t.expectClean());
  afterAll(async () => {
    await t?.stop();
  });

  it('answers a reply to its answer even when the reply does not ping it', async () => {
    t.emulator.injectMessage({
      author: t.world.user,
      content: `<@${t.world.bot.id}> Who is Michael Chase?`,
      mentions: [t.world.bot],
    });
    const answer = await t.emulator.nextMessage();
    t.emulator.injectMessage({
      author: t.world.user,
      content: 'Where were the talks held?',
      replyTo: answer.response,
    });
    expect((await t.emulator.nextMessage()).body.content).toMatch(/Washington/);
  });

  it('still ignores channel chatter that is not addressed to it', async () => {
    t.emulator.injectMessage({ author: t.world.user, content: 'Who is Michael Chase?' });
    const addressed = t.emulator.injectMessage({
      author: t.world.user,
      content: `<@${t.world.bot.id}> Where were the talks held?`,
      mentions: [t.world.bot],
    });
    expect((await t.emulator.nextMessage()).body.message_reference.message_id).toBe(addressed.id);
  });
});
