import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/create-engine.js';
import { type ArticleLibrary, createArticleLibrary } from '../../src/library/article-library.js';
import { ARTICLE_TEXT_PROBLEMS } from '../../src/library/check-article-text.js';
import { type ModerationStore, openModerationStore } from '../../src/storage/moderation-store.js';
import { makeTempFolder } from '../storage/temp-folder.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));
const tradeTalks = fixture('trade-talks.txt');
const probeLaunch = fixture('probe-launch.txt');

describe('a server’s library of articles', () => {
  const folder = makeTempFolder();
  let store: ModerationStore;
  let library: ArticleLibrary;
  const builtIn = createEngine();

  beforeAll(() => {
    store = openModerationStore(join(folder.path, 'bot.sqlite'));
    library = createArticleLibrary({ articles: store.articles, builtIn, capacity: 2 });
  });
  afterAll(async () => {
    await store.close();
    folder.remove();
  });

  it('answers from the built-in article while a server has none', async () => {
    const here = await library.at({ guildId: 'g1', channelId: 'c1' });
    expect(here.engine).toBe(builtIn);
    expect(here.article).toBeUndefined();
  });

  it('adds an article once: the same text again is the same article', async () => {
    const added = await library.add({ guildId: 'g1', addedBy: 'mod', bytes: tradeTalks, date: '2025-06-09' });
    if (!added.ok) throw new Error(added.problem);
    expect(added.created).toBe(true);
    expect(added.article.title).toMatch(/^Chile and South Korea narrow gaps/);
    expect(added.article.referenceDate).toBe('2025-06-09');
    const again = await library.add({
      guildId: 'g1',
      addedBy: 'mod',
      bytes: Buffer.from(tradeTalks.toString('utf8').replace(/\n/g, '\r\n')),
    });
    expect(again.ok && again.article.id).toBe(added.article.id);
    expect(again.ok && again.created).toBe(false);
    expect(await store.articles.list('g1')).toHaveLength(1);
  });

  it('answers from the server’s first article by default, and from the one bound to a channel or thread', async () => {
    const first = await library.at({ guildId: 'g1', channelId: 'c1' });
    expect(first.engine.ask('Who is Valentina Rojas?').text).toMatch(/undersecretary/i);
    const probe = await library.add({
      guildId: 'g1',
      addedBy: 'mod',
      bytes: probeLaunch,
      title: 'Lyra launch',
    });
    if (!probe.ok) throw new Error(probe.problem);
    await store.articles.bind('g1', 'c2', probe.article.id, 'mod');
    const inChannel = await library.at({ guildId: 'g1', channelId: 'c2' });
    expect(inChannel.article?.title).toBe('Lyra launch');
    expect(inChannel.engine.ask('Where was the probe launched from?').text).toMatch(/Kourou/);
    const inThread = await library.at({ guildId: 'g1', channelId: 'thread', parentChannelId: 'c2' });
    expect(inThread.article?.id).toBe(probe.article.id);
    // The first article's engine still answers about its own article (each engine has its own names).
    expect(
      (await library.at({ guildId: 'g1', channelId: 'c1' })).engine.ask('Who is Han Seung-woo?').text,
    ).toMatch(/deputy minister/i);
  });

  it('finds the other article that answers a question naming only its people', async () => {
    const here = await library.at({ guildId: 'g1', channelId: 'c2' });
    const question = 'Who is Valentina Rojas?';
    expect(here.engine.ask(question).answered).toBe(false);
    const other = await library.elsewhere('g1', question, here);
    expect(other?.article.title).toMatch(/^Chile and South Korea/);
    expect(other?.answer.text).toMatch(/undersecretary/i);
    expect(await library.elsewhere('g1', 'Where was the probe launched from?', here)).toBeUndefined();
  });

  it('keeps each server to its own articles', async () => {
    expect((await library.at({ guildId: 'g2', channelId: 'c2' })).engine).toBe(builtIn);
    expect(await store.articles.list('g2')).toEqual([]);
    const [first] = await store.articles.list('g1');
    expect(await library.of('g2', first?.id ?? 0)).toBeUndefined();
  });

  it('removes an article: its channels fall back to the server’s default', async () => {
    const [, probe] = await store.articles.list('g1');
    expect(probe?.channelIds).toEqual(['c2']);
    await store.articles.remove('g1', probe?.id ?? 0, 'mod');
    expect((await library.at({ guildId: 'g1', channelId: 'c2' })).article?.title).toMatch(/^Chile/);
    expect((await store.articles.get('g1', probe?.id ?? 0))?.removedAt).not.toBeNull();
  });

  describe('refuses what is not an article, storing nothing', () => {
    const refusals: [string, Uint8Array, string][] = [
      [
        'a binary file',
        Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
        ARTICLE_TEXT_PROBLEMS['not-text'],
      ],
      ['a 10 MB file', Buffer.alloc(10 * 1024 * 1024, 'word '), ARTICLE_TEXT_PROBLEMS['too-large']],
      ['an empty file', new Uint8Array(0), ARTICLE_TEXT_PROBLEMS.empty],
      ['blank lines only', Buffer.from('\n\n   \n'), ARTICLE_TEXT_PROBLEMS.empty],
      [
        'an article in another language',
        Buffer.from(
          'El gobierno anuncia un nuevo acuerdo comercial\n\nEl ministro de economía dijo el viernes que las ' +
            'negociaciones con los países vecinos fueron un éxito y que el acuerdo se firmará en la capital ' +
            'durante el próximo mes, según los funcionarios que participaron en las conversaciones de la semana.',
        ),
        ARTICLE_TEXT_PROBLEMS['not-english'],
      ],
      [
        '60,000 words',
        Buffer.from(`Headline\n\n${'The talks went on. '.repeat(15_000)}`),
        ARTICLE_TEXT_PROBLEMS['too-large'],
      ],
      [
        '35,000 short words in 200 KB',
        Buffer.from(`A\n\n${'a b '.repeat(17_500)}`),
        ARTICLE_TEXT_PROBLEMS['too-long'],
      ],
    ];
    it.each(refusals)('%s', async (_label, bytes, problem) => {
      const before = await store.articles.list('g3');
      expect(await library.add({ guildId: 'g3', addedBy: 'mod', bytes })).toEqual({ ok: false, problem });
      expect(await store.articles.list('g3')).toEqual(before);
    });

    it('a date that is not a real day', async () => {
      const added = await library.add({
        guildId: 'g3',
        addedBy: 'mod',
        bytes: tradeTalks,
        date: '2025-02-30',
      });
      expect(added.ok).toBe(false);
      expect(await store.articles.list('g3')).toEqual([]);
    });
  });
});
