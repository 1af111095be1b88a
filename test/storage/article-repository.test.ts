import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { NewArticle } from '../../src/storage/article-repository.js';
import type { ModerationStore, StoreLocation } from '../../src/storage/moderation-store.js';
import { STORAGE_ENGINES, storeEngine } from '../support/store-engines.js';

const article = (guildId: string, text: string, title = 'A headline'): NewArticle => ({
  guildId,
  title,
  referenceDate: '2025-06-06',
  text,
  dataJson: '{"facts":{}}',
  names: ['some person'],
  addedBy: 'mod',
});

// The library's table on SQLite and on a real PostgreSQL server.
describe.each(STORAGE_ENGINES)('articles on %s', (engineName) => {
  const engine = storeEngine(engineName);
  let location: StoreLocation;
  let store: ModerationStore;
  let clock = 1_000;
  const now = () => clock++;

  beforeAll(() => engine.start(), 60_000);
  afterAll(() => engine.stop());
  beforeEach(async () => {
    location = await engine.fresh();
    store = await engine.open(location, { now });
  });
  afterEach(() => store.close());

  it('stores an article once per server, and brings a removed one back when it is added again', async () => {
    const first = await store.articles.add(article('g1', 'Headline\n\nBody one.'));
    expect(first.created).toBe(true);
    const again = await store.articles.add(article('g1', 'Headline\r\n\r\nBody one.\n', 'Other title'));
    expect(again).toEqual({ article: first.article, created: false });
    const elsewhere = await store.articles.add(article('g2', 'Headline\n\nBody one.'));
    expect(elsewhere.created).toBe(true);
    expect(elsewhere.article.id).not.toBe(first.article.id);
    await store.articles.remove('g1', first.article.id, 'mod');
    expect(await store.articles.list('g1')).toEqual([]);
    const back = await store.articles.add(article('g1', 'Headline\n\nBody one.'));
    expect(back.article.removedAt).toBeNull();
    expect(await store.articles.content(first.article.id)).toEqual({
      text: 'Headline\n\nBody one.',
      dataJson: '{"facts":{}}',
    });
  });

  it('resolves a thread, then its channel, then the server’s first article; survives a restart', async () => {
    const a = (await store.articles.add(article('g1', 'A\n\nfirst', 'First'))).article;
    const b = (await store.articles.add(article('g1', 'B\n\nsecond', 'Second'))).article;
    await store.articles.bind('g1', 'channel', b.id, 'mod');
    await store.close();
    store = await engine.open(location, { now });
    expect((await store.articles.resolve('g1', ['thread', 'channel']))?.title).toBe('Second');
    await store.articles.bind('g1', 'thread', a.id, 'mod');
    expect((await store.articles.resolve('g1', ['thread', 'channel']))?.title).toBe('First');
    expect((await store.articles.resolve('g1', ['elsewhere']))?.title).toBe('First');
    expect(await store.articles.resolve('g2', ['channel'])).toBeUndefined();
    const listed = await store.articles.list('g1');
    expect(listed.map((x) => [x.title, x.channelIds])).toEqual([
      ['First', ['thread']],
      ['Second', ['channel']],
    ]);
    expect((await store.articles.names('g1')).map((x) => x.names)).toEqual([
      ['some person'],
      ['some person'],
    ]);
    // Another server cannot remove or read it by id.
    expect(await store.articles.remove('g2', a.id, 'intruder')).toBeUndefined();
    expect(await store.articles.get('g2', a.id)).toBeUndefined();
  });

  it('records which article a reply came from', async () => {
    const a = (await store.articles.add(article('g1', 'A\n\nfirst'))).article;
    const reply = await store.recordReply(
      { guildId: 'g1', channelId: 'c', userId: 'u', question: 'Who?', articleId: a.id },
      { answered: false, text: 'The article doesn’t say.', intent: 'not-covered', citations: [] },
    );
    expect((await store.answers.get(reply.id))?.articleId).toBe(a.id);
  });

  it('groups usage, votes and knowledge gaps per article', async () => {
    const a = (await store.articles.add(article('g1', 'A\n\nfirst', 'First'))).article;
    const ask = (question: string, answered: boolean, articleId: number | null) =>
      store.recordReply(
        { guildId: 'g1', channelId: 'c', userId: 'u', question, articleId },
        { answered, text: '…', intent: answered ? 'who-is' : 'not-covered', citations: [] },
      );
    const answered = await ask('Who led?', true, a.id);
    await ask('What did it cost?', false, a.id);
    await ask('What did it cost?', false, null);
    await store.answers.vote(answered.id, 'u2', 'wrong');
    expect(await store.review.usageByArticle({ guildId: 'g1' })).toEqual([
      {
        articleId: a.id,
        title: 'First',
        referenceDate: '2025-06-06',
        asked: 2,
        answered: 1,
        helpful: 0,
        wrong: 1,
        reported: 0,
      },
      {
        articleId: null,
        title: null,
        referenceDate: null,
        asked: 1,
        answered: 0,
        helpful: 0,
        wrong: 0,
        reported: 0,
      },
    ]);
    const gaps = await store.review.knowledgeGaps({ guildId: 'g1' });
    expect(gaps.map((g) => [g.articleId, g.count])).toEqual(
      expect.arrayContaining([
        [a.id, 1],
        [null, 1],
      ]),
    );
    expect(gaps).toHaveLength(2);
  });

  it('records the article a reported message answered from, and counts reports per article', async () => {
    const a = (await store.articles.add(article('g1', 'A\n\nfirst', 'First'))).article;
    const b = (await store.articles.add(article('g1', 'B\n\nsecond', 'Second'))).article;
    const report = (articleId: number | null) =>
      store.reports.reportMessage({
        guildId: 'g1',
        channelId: 'c',
        messageId: 'm',
        targetAuthorId: 't',
        reporterId: 'r',
        reason: 'Spam',
        articleId,
      });
    expect((await report(b.id)).articleId).toBe(b.id);
    await report(b.id);
    await report(null);
    await store.recordReply(
      { guildId: 'g1', channelId: 'c', userId: 'u', question: 'Who?', articleId: a.id },
      { answered: true, text: '…', intent: 'who-is', citations: [] },
    );
    expect((await store.review.pendingMessageReports({ guildId: 'g1' })).map((r) => r.articleId)).toEqual([
      null,
      b.id,
      b.id,
    ]);
    const usage = await store.review.usageByArticle({ guildId: 'g1' });
    expect(usage.map((u) => [u.articleId, u.title, u.asked, u.reported])).toEqual([
      [a.id, 'First', 1, 0],
      [null, null, 0, 1],
      [b.id, 'Second', 0, 2],
    ]);
  });
});
