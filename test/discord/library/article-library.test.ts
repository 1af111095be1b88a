import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/create-engine.js';
import { ARTICLE_TEXT_PROBLEMS } from '../../../src/library/check-article-text.js';
import { addGuilds, interactionPayload } from '../emulator/payloads.js';
import { makeSnowflake } from '../emulator/snowflake.js';
import {
  MEMBER_PERMISSIONS,
  MODERATOR_PERMISSIONS,
  type ModeratedBot,
  startModeratedBot,
  useModLogWithoutCooldown,
} from '../moderation/start-moderated-bot.js';
import { bindChannel, EPHEMERAL, finalReply, fixture } from './library-helpers.js';

const engine = createEngine();

describe('a moderator adds an article and a channel answers from it', () => {
  let t: ModeratedBot;
  let modLog: string;
  let articleId: string;

  beforeAll(async () => {
    t = await startModeratedBot({ engine });
    modLog = await useModLogWithoutCooldown(t);
  });
  afterEach(() => t.expectClean());
  afterAll(async () => {
    await t?.stop();
  });

  /** `/factdesk-article add` with a file the emulator serves, as a moderator in `guild` (the main one by default). */
  function addArticle(
    attachment: ReturnType<ModeratedBot['emulator']['attachments']['add']>,
    options: { name: string; type: number; value: string }[] = [],
    guild?: { id: string; channelId: string },
  ) {
    const data = {
      id: makeSnowflake(),
      name: 'factdesk-article',
      type: 1,
      options: [
        { name: 'add', type: 1, options: [{ name: 'file', type: 11, value: attachment.id }, ...options] },
      ],
      resolved: { attachments: { [attachment.id]: attachment } },
    };
    const payload = interactionPayload(
      t.world,
      { kind: 'command', name: 'factdesk-article' },
      t.moderator,
      guild,
    );
    Object.assign(payload, { data });
    payload.member.permissions = MODERATOR_PERMISSIONS;
    t.emulator.gateway.dispatch('INTERACTION_CREATE', payload);
    return payload;
  }

  it('adds a .txt article: an ephemeral summary with its id, people, timeline; logged for moderators', async () => {
    const file = t.emulator.attachments.add('trade-talks.txt', fixture('trade-talks.txt'));
    const reply = await finalReply(t, addArticle(file, [{ name: 'date', type: 3, value: '2025-06-09' }]));
    const [summary] = reply.embeds;
    expect(summary.title).toMatch(/^Added article #(\d+): Chile and South Korea narrow gaps/);
    articleId = /#(\d+)/.exec(summary.title)?.[1] as string;
    expect(summary.description).toMatch(/^Dated 2025-06-09\./);
    const fields = Object.fromEntries(
      summary.fields.map((f: { name: string; value: string }) => [f.name.replace(/ \(.*/, ''), f.value]),
    );
    expect(fields.People).toMatch(
      /\*\*Valentina Rojas\*\*: the undersecretary for international economic relations/,
    );
    expect(fields.Timeline).toMatch(/June/);
    const logged = await t.emulator.nextMessage(modLog);
    expect(logged.body.embeds[0].title).toBe(`Article #${articleId} added to the library`);
  });

  it('answers a question in a bound channel from the new article, citing it by title and date', async () => {
    const channel = t.addChannel('trade');
    await bindChannel(t, channel, articleId);
    t.say('Who is Valentina Rojas?', { channelId: channel });
    const answer = (await t.emulator.nextMessage(channel)).body.content as string;
    expect(answer).toMatch(/undersecretary for international economic relations/);
    expect(answer).toMatch(
      /-# From “Chile and South Korea narrow gaps on trade pact upgrade, but lithium terms still divide them” \(2025-06-09\):/,
    );
    expect(answer).toMatch(/^> \*\*\[\d+\]\*\* .*Valentina Rojas/m);
  });

  it('is the server’s default once added, and /source names it', async () => {
    t.say('Who is Han Seung-woo?');
    expect((await t.emulator.nextMessage()).body.content).toMatch(/deputy minister/i);
    const source = await t.emulator.nextCallback(t.interact({ kind: 'command', name: 'source' }));
    expect(source.body.data.embeds[0].title).toMatch(/^Chile and South Korea/);
    expect(source.body.data.embeds[0].description).toMatch(/2025-06-09/);
  });

  it('refuses hostile files with a clear ephemeral reply and stores nothing', async () => {
    const binary = t.emulator.attachments.add(
      'photo.txt',
      Uint8Array.from({ length: 2048 }, (_, i) => (i * 31) % 256),
    );
    expect((await finalReply(t, addArticle(binary))).content).toBe(ARTICLE_TEXT_PROBLEMS['not-text']);
    // Discord says 10 MB: refused before downloading; and a server that sends more than it said is cut off.
    const huge = t.emulator.attachments.add('huge.txt', Buffer.alloc(10 * 1024 * 1024, 'word '));
    expect((await finalReply(t, addArticle(huge))).content).toBe(ARTICLE_TEXT_PROBLEMS['too-large']);
    const liar = t.emulator.attachments.add('liar.txt', Buffer.alloc(1024 * 1024, 'word '), { size: 1000 });
    expect((await finalReply(t, addArticle(liar))).content).toBe(ARTICLE_TEXT_PROBLEMS['too-large']);
    const empty = t.emulator.attachments.add('empty.txt', new Uint8Array(0));
    expect((await finalReply(t, addArticle(empty))).content).toBe(ARTICLE_TEXT_PROBLEMS.empty);
    const pdf = t.emulator.attachments.add('article.pdf', Buffer.from('%PDF-1.7'), {
      contentType: 'application/pdf',
    });
    expect((await finalReply(t, addArticle(pdf))).content).toMatch(/^Send the article as a \.txt file/);
    const long = t.emulator.attachments.add(
      'long.txt',
      Buffer.from(`Headline\n\n${'The talks went on. '.repeat(15_000)}`),
    );
    expect((await finalReply(t, addArticle(long))).content).toBe(ARTICLE_TEXT_PROBLEMS['too-large']);
    expect(await t.store.articles.list(t.world.guildId)).toHaveLength(1);
  });

  it('lists the articles with their ids, dates and channels; members cannot use the command', async () => {
    const list = await t.emulator.nextCallback(t.moderatorCommand('factdesk-article', 'list'));
    expect(list.body.data.flags).toBe(EPHEMERAL);
    expect(list.body.data.embeds[0].description).toMatch(
      new RegExp(
        `^\\*\\*#${articleId}\\*\\* “Chile and South Korea.*” \\(2025-06-09\\): the server’s default; <#\\d+>$`,
      ),
    );
    const denied = await t.emulator.nextCallback(
      t.moderatorCommand('factdesk-article', 'list', [], MEMBER_PERMISSIONS),
    );
    expect(denied.body.data.flags).toBe(EPHEMERAL);
    expect(denied.body.data.content).toMatch(/Manage Server/);
  });

  it('another server does not see it', async () => {
    const [other] = addGuilds(t.world, 1);
    if (!other) throw new Error('no guild');
    t.emulator.gateway.dispatch(
      'GUILD_CREATE',
      (await import('../emulator/payloads.js')).guildCreatePayload(t.world, other),
    );
    const auto = interactionPayload(
      t.world,
      { kind: 'autocomplete', name: 'factdesk-article', options: [] },
      t.moderator,
      other,
    );
    Object.assign(auto, {
      data: {
        id: makeSnowflake(),
        name: 'factdesk-article',
        type: 1,
        options: [
          { name: 'use', type: 1, options: [{ name: 'article', type: 3, value: '', focused: true }] },
        ],
      },
    });
    auto.member.permissions = MODERATOR_PERMISSIONS;
    t.emulator.gateway.dispatch('INTERACTION_CREATE', auto);
    expect((await t.emulator.nextCallback(auto)).body.data.choices).toEqual([]);
    // A question there is answered from the built-in article, and the first server's id means nothing there.
    t.emulator.injectMessage({
      author: t.world.user,
      content: `<@${t.world.bot.id}> Who is Valentina Rojas?`,
      mentions: [t.world.bot],
      in: other,
    });
    const reply = (await t.emulator.nextMessage(other.channelId)).body.content as string;
    expect(reply).not.toMatch(/undersecretary/);
    expect(reply).not.toMatch(/Chile and South Korea/);
  });

  it('offers another article of the server when a question names only its people', async () => {
    const file = t.emulator.attachments.add('probe.txt', fixture('probe-launch.txt'));
    const added = (await finalReply(t, addArticle(file, [{ name: 'title', type: 3, value: 'Lyra launch' }])))
      .embeds[0].title as string;
    const probeId = /#(\d+)/.exec(added)?.[1] as string;
    await t.emulator.nextMessage(modLog);
    const channel = t.addChannel('space');
    await bindChannel(t, channel, probeId);
    t.say('Who is Valentina Rojas?', { channelId: channel });
    const reply = (await t.emulator.nextMessage(channel)).body;
    expect(reply.content).toMatch(/This channel answers from “Lyra launch”/);
    expect(reply.content).toMatch(
      /Another article of this server, “Chile and South Korea[^”]*” \(2025-06-09\), answers that/,
    );
    expect(reply.content).not.toMatch(/undersecretary/);
    const button = reply.components[0].components[0];
    expect(button.label).toMatch(/^Answer from “Chile and South Korea/);
    const press = t.interact(
      { kind: 'button', customId: button.custom_id, message: { id: makeSnowflake(), channel_id: channel } },
      { channelId: channel },
    );
    const answered = (await t.emulator.nextCallback(press)).body.data;
    expect(answered.content).toMatch(
      /^Answered from “Chile and South Korea.*” \(2025-06-09\), not the article this channel uses\.$/,
    );
    expect(answered.embeds[0].description).toMatch(/undersecretary/);
  });

  it('groups usage, knowledge gaps and votes per article in /factdesk-review', async () => {
    const review = await t.emulator.nextCallback(
      t.moderatorCommand('factdesk-review', undefined, [{ name: 'period', type: 3, value: 'all' }]),
    );
    const fields = Object.fromEntries(
      review.body.data.embeds[0].fields.map((f: { name: string; value: string }) => [f.name, f.value]),
    );
    // Two questions in its channels and the one answered from it by the offer button.
    const lines = (fields['By article'] as string).split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^\\[#${articleId}\\] “Chile and South Korea.*” \\(2025-06-09\\): 3 asked, 100% answered`),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^\[#\d+\] “Lyra launch” \(\d{4}-\d{2}-\d{2}\): 1 asked, 0% answered/),
    );
    expect(fields['Knowledge gaps (unanswered questions)']).toMatch(
      /^\[#\d+\] 1× “Who is Valentina Rojas\?”$/,
    );
  });

  it('removes an article: the mod log keeps the record and its channels fall back to the default', async () => {
    const removed = await t.emulator.nextCallback(
      t.moderatorCommand('factdesk-article', 'remove', [{ name: 'article', type: 3, value: articleId }]),
    );
    expect(removed.body.data.content).toMatch(new RegExp(`^Removed #${articleId} “Chile and South Korea`));
    expect((await t.emulator.nextMessage(modLog)).body.embeds[0].title).toBe(
      `Article #${articleId} removed from the library`,
    );
    t.say('Where was the probe launched from?');
    expect((await t.emulator.nextMessage()).body.content).toMatch(/Kourou/);
  });
});
