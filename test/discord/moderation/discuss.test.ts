import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/create-engine.js';
import { NOTICES } from '../../../src/moderation/notices.js';
import { type ModeratedBot, startModeratedBot } from './start-moderated-bot.js';

const engine = createEngine();

describe('/discuss opens a thread the bot answers in without a mention', () => {
  let t: ModeratedBot;
  let threadId: string;

  beforeAll(async () => {
    // Unmentioned messages carry text only with the MessageContent intent (as on Discord).
    t = await startModeratedBot({ engine, messageContentIntent: true });
    await t.emulator.nextCallback(
      t.moderatorCommand('factdesk-settings', 'cooldown', [{ name: 'seconds', type: 4, value: 0 }]),
    );
  });
  afterEach(() => t.expectClean());
  afterAll(async () => {
    await t?.stop();
  });

  it('autocompletes topics, opens a thread with a cited summary and records it', async () => {
    const auto = t.interact({
      kind: 'autocomplete',
      name: 'discuss',
      options: [{ name: 'topic', type: 3, value: '', focused: true }],
    });
    const choices = (await t.emulator.nextCallback(auto)).body.data.choices as {
      name: string;
      value: string;
    }[];
    expect(choices.length).toBeGreaterThan(0);
    const topic = engine.topics().find((x) => x.id === choices[0]?.value);
    expect(topic).toBeDefined();

    const run = t.interact({
      kind: 'command',
      name: 'discuss',
      options: [{ name: 'topic', type: 3, value: choices[0]?.value as string }],
    });
    const created = await t.emulator.nextRequest({
      method: 'POST',
      path: `/channels/${t.world.channelId}/threads`,
    });
    expect(created.body.name).toContain(topic?.label.slice(0, 40));
    threadId = created.response.id;
    const summary = await t.emulator.nextMessage(threadId);
    const embed = JSON.stringify(summary.body.embeds);
    expect(embed).toContain(engine.summarize(topic?.id as string)?.citations[0]?.text.slice(0, 30));
    const reply = await t.emulator.nextCallback(run);
    expect(reply.body.data.content).toBe(`Discussion opened: <#${threadId}>`);
    expect((await t.store.threads.get(threadId))?.topicId).toBe(topic?.id);
  });

  it('answers questions in its thread without a mention, still screened, and ignores other threads', async () => {
    const other = t.addChannel('someone else’s thread', t.world.channelId);
    t.say('Who is Michael Chase?', { channelId: other, mention: false });
    t.say('Who is Michael Chase?', { channelId: threadId, mention: false });
    const answer = await t.emulator.nextMessage(threadId);
    expect(answer.body.content).toMatch(/deputy assistant secretary/i);

    t.say('what a crappy shitshow of talks', { channelId: threadId, mention: false });
    // Refused by DM, never in the thread.
    const refused = await t.emulator.nextMessage(t.world.dmChannelId);
    expect(refused.body.content).toBe(NOTICES.profanity);
    expect(t.allBodies()).not.toMatch(/shitshow/i);
    expect(t.emulator.requests.some((r) => r.path === `/channels/${other}/messages`)).toBe(false);
  });
});

describe('without the Message Content intent (the README says what members see)', () => {
  it('a /discuss thread answers only questions that mention the bot', async () => {
    const t = await startModeratedBot({ engine, messageContentIntent: false });
    try {
      await t.emulator.nextCallback(
        t.moderatorCommand('factdesk-settings', 'cooldown', [{ name: 'seconds', type: 4, value: 0 }]),
      );
      const topic = engine.topics()[0]?.id as string;
      const opened = t.interact({
        kind: 'command',
        name: 'discuss',
        options: [{ name: 'topic', type: 3, value: topic }],
      });
      const thread = (await t.emulator.nextRequest({ method: 'POST', path: /\/threads$/ })).response
        .id as string;
      await t.emulator.nextMessage(thread); // the summary
      await t.emulator.nextCallback(opened);
      // As on Discord, the unmentioned message arrives with empty text; the mentioned one in full.
      t.emulator.injectMessage({ author: t.world.user, content: 'Who is Michael Chase?', channelId: thread });
      const asked = t.say('Who is Song Yanchao?', { channelId: thread });
      // The first reply in the thread after the summary answers the mentioned question (both arrive in order).
      const reply = (await t.emulator.nextMessage(thread)).body;
      expect(reply.message_reference.message_id).toBe(asked.id);
      expect(reply.content).toMatch(/^Song Yanchao/);
      const posted = t.emulator.requests.filter(
        (r) => r.method === 'POST' && r.path === `/channels/${thread}/messages`,
      );
      expect(posted).toHaveLength(2);
      t.expectClean();
    } finally {
      await t.stop();
    }
  });
});
