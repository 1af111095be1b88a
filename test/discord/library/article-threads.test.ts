import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/create-engine.js';
import { makeSnowflake } from '../emulator/snowflake.js';
import { type ModeratedBot, startModeratedBot } from '../moderation/start-moderated-bot.js';
import { addArticleFile, bindChannel, fixture } from './library-helpers.js';

const engine = createEngine();
const TRADE = /“Chile and South Korea narrow gaps[^”]*” \(\d{4}-\d{2}-\d{2}\)/;
const PROBE = /“Europe's Lyra probe lifts off[^”]*” \(\d{4}-\d{2}-\d{2}\)/;

describe('threads answer from their article', () => {
  let t: ModeratedBot;
  let tradeId: string;
  let probeId: string;
  /** A channel bound to the probe article (the server's default is the trade one, added first). */
  let space: string;

  beforeAll(async () => {
    t = await startModeratedBot({ engine });
    await t.emulator.nextCallback(
      t.moderatorCommand('factdesk-settings', 'cooldown', [{ name: 'seconds', type: 4, value: 0 }]),
    );
    tradeId = await addArticleFile(t, t.emulator.attachments.add('trade.txt', fixture('trade-talks.txt')));
    probeId = await addArticleFile(t, t.emulator.attachments.add('probe.txt', fixture('probe-launch.txt')));
    space = t.addChannel('space');
    await bindChannel(t, space, probeId);
  });
  afterEach(() => t.expectClean());
  afterAll(async () => {
    await t?.stop();
  });

  /** `/discuss article:<id>` in `channelId`; resolves with the thread and its first message once opened. */
  async function discussArticle(channelId: string, articleId: string) {
    const run = t.interact(
      { kind: 'command', name: 'discuss', options: [{ name: 'article', type: 3, value: articleId }] },
      { channelId },
    );
    const created = await t.emulator.nextRequest({ method: 'POST', path: `/channels/${channelId}/threads` });
    const thread = created.response.id as string;
    const first = (await t.emulator.nextMessage(thread)).body;
    expect((await t.emulator.nextCallback(run)).body.data.content).toBe(`Discussion opened: <#${thread}>`);
    return { thread, name: created.body.name as string, first };
  }

  /** A member's mentioned question in `channelId`; the bot's reply there. */
  async function ask(question: string, channelId: string): Promise<string> {
    t.say(question, { channelId });
    return (await t.emulator.nextMessage(channelId)).body.content as string;
  }

  it('/discuss article: opens a thread on that article, not the server’s default', async () => {
    expect(await ask('Where was the probe launched from?', t.world.channelId)).not.toMatch(/Kourou/);
    const { thread, name, first } = await discussArticle(t.world.channelId, probeId);
    expect(name).toMatch(/^Discussion: Europe's Lyra probe lifts off/);
    // It opens on the article's own summary.
    expect(first.embeds[0].title).toMatch(/^Europe's Lyra probe lifts off/);
    expect(first.embeds[0].description).toMatch(/Lyra/);
    const answer = await ask('Where was the probe launched from?', thread);
    expect(answer).toMatch(/Kourou/);
    expect(answer).toMatch(new RegExp(`-# From ${PROBE.source}:`));
    expect(answer).toMatch(/^> \*\*\[\d+\]\*\* .*Kourou/m);
  });

  it('/discuss article: in a channel bound to another article answers from the chosen one', async () => {
    const { thread } = await discussArticle(space, tradeId);
    const answer = await ask('Who is Valentina Rojas?', thread);
    expect(answer).toMatch(/undersecretary for international economic relations/);
    expect(answer).toMatch(new RegExp(`-# From ${TRADE.source}:`));
    expect(answer).not.toMatch(/Lyra/);
    // The channel itself still answers from its own article.
    expect(await ask('Where was the probe launched from?', space)).toMatch(/Kourou/);
  });

  /** `/ask question:` in a thread under `parentId`, with the channel Discord sends for a thread. */
  function askCommand(question: string, threadId: string, parentId: string) {
    return t.interact(
      { kind: 'command', name: 'ask', options: [{ name: 'question', type: 3, value: question }] },
      { channelId: threadId },
      {
        channel: {
          id: threadId,
          type: 11,
          guild_id: t.world.guildId,
          parent_id: parentId,
          name: 'a member’s thread',
          thread_metadata: { archived: false, auto_archive_duration: 1440, locked: false },
        },
      },
    );
  }

  it('/ask in a member’s thread answers from its channel’s article', async () => {
    const thread = t.addChannel('launch questions', space);
    const reply = await t.emulator.nextCallback(
      askCommand('Where was the probe launched from?', thread, space),
    );
    const [embed] = reply.body.data.embeds;
    expect(embed.description).toMatch(/Kourou/);
    expect(embed.footer.text).toMatch(new RegExp(`^From ${PROBE.source}`));
    // So does a question that mentions the bot there.
    const answer = await ask('When was the probe launched?', thread);
    expect(answer).toMatch(new RegExp(`-# From ${PROBE.source}:`));
  });

  it('/ask in a thread the bot has not cached (e.g. swept after archiving) still uses its channel’s article', async () => {
    const thread = makeSnowflake();
    t.emulator.markThread(thread);
    const reply = await t.emulator.nextCallback(
      askCommand('Where was the probe launched from?', thread, space),
    );
    const [embed] = reply.body.data.embeds;
    expect(embed.description).toMatch(/Kourou/);
    expect(embed.footer.text).toMatch(new RegExp(`^From ${PROBE.source}`));
  });
});
