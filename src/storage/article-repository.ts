import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db, Tables } from './tables.js';

/** An article of a server's library, without its text and store (see `ArticleRepository.content`). */
export interface StoredArticle {
  id: number;
  guildId: string;
  title: string;
  /** The article's reference date (yyyy-mm-dd). */
  referenceDate: string;
  addedBy: string;
  addedAt: number;
  /** Set once a moderator removed it; removed articles answer nothing but their rows stay for the history. */
  removedAt: number | null;
}

/** What adding an article stores: the text and the ingested data, in one row, so it is all or nothing. */
export interface NewArticle {
  guildId: string;
  title: string;
  referenceDate: string;
  text: string;
  /** The ingested article data (meta, facts), as JSON. */
  dataJson: string;
  /** The names and aliases it mentions, lower-cased: questions naming them are offered this article. */
  names: readonly string[];
  addedBy: string;
}

export interface ArticleWithChannels extends StoredArticle {
  /** The channels and threads that answer from it. */
  channelIds: string[];
}

export interface ArticleRepository {
  /**
   * Adds an article to a server's library. The same text again (in that server) is the same article:
   * nothing new is stored, and a removed one comes back. `created` tells which happened.
   */
  add(article: NewArticle): Promise<{ article: StoredArticle; created: boolean }>;
  /** One article of a server, removed or not. */
  get(guildId: string, articleId: number): Promise<StoredArticle | undefined>;
  /** The text and ingested data of an article, to build its engine. */
  content(articleId: number): Promise<{ text: string; dataJson: string } | undefined>;
  /** The server's articles (not removed), oldest first, each with the channels bound to it. */
  list(guildId: string): Promise<ArticleWithChannels[]>;
  /** The server's articles (not removed) with the names they mention. */
  names(guildId: string): Promise<{ article: StoredArticle; names: string[] }[]>;
  /** Makes a channel or thread answer from an article (replacing what it answered from). */
  bind(guildId: string, channelId: string, articleId: number, boundBy: string): Promise<void>;
  /**
   * The article a place answers from: the first of `channelIds` (a thread, then its channel) bound to one,
   * else the server's first article; undefined when the server has none (the built-in article then).
   */
  resolve(guildId: string, channelIds: readonly string[]): Promise<StoredArticle | undefined>;
  /** Removes an article from the library (its channels fall back to the default); undefined if unknown. */
  remove(guildId: string, articleId: number, removedBy: string): Promise<StoredArticle | undefined>;
}

type ArticleRow = Selectable<Tables['articles']>;

const summaryColumns = [
  'id',
  'guild_id',
  'title',
  'reference_date',
  'added_by',
  'added_at',
  'removed_at',
] as const;

function toArticle(row: Pick<ArticleRow, (typeof summaryColumns)[number]>): StoredArticle {
  return {
    id: Number(row.id),
    guildId: row.guild_id,
    title: row.title,
    referenceDate: row.reference_date,
    addedBy: row.added_by,
    addedAt: Number(row.added_at),
    removedAt: row.removed_at === null ? null : Number(row.removed_at),
  };
}

/**
 * The same article whatever line endings or surrounding blank space it came with.
 * @example hashArticleText('Title\r\n\r\nBody\n') === hashArticleText('Title\n\nBody')
 */
export function hashArticleText(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n').trim()).digest('hex');
}

/**
 * The articles of every server's library and the channels bound to them, on either engine.
 *
 * @example
 * const { article } = await articles.add({ guildId, title, referenceDate, text, dataJson, names, addedBy });
 * await articles.bind(guildId, channelId, article.id, moderatorId);
 * (await articles.resolve(guildId, [channelId]))?.title;
 */
export function createArticleRepository(db: Db, now: () => number = Date.now): ArticleRepository {
  const live = (guildId: string) =>
    db
      .selectFrom('articles')
      .select(summaryColumns)
      .where('guild_id', '=', guildId)
      .where('removed_at', 'is', null);

  async function get(guildId: string, articleId: number): Promise<StoredArticle | undefined> {
    const row = await db
      .selectFrom('articles')
      .select(summaryColumns)
      .where('guild_id', '=', guildId)
      .where('id', '=', articleId)
      .executeTakeFirst();
    return row && toArticle(row);
  }

  return {
    async add(article) {
      const hash = hashArticleText(article.text);
      const inserted = await db
        .insertInto('articles')
        .values({
          guild_id: article.guildId,
          text_hash: hash,
          title: article.title,
          reference_date: article.referenceDate,
          text: article.text,
          data_json: article.dataJson,
          names_json: JSON.stringify(article.names),
          added_by: article.addedBy,
          added_at: now(),
        })
        .onConflict((oc) => oc.columns(['guild_id', 'text_hash']).doNothing())
        .returning(summaryColumns)
        .executeTakeFirst();
      if (inserted) return { article: toArticle(inserted), created: true };
      const existing = await db
        .updateTable('articles')
        .set({ removed_at: null, removed_by: null })
        .where('guild_id', '=', article.guildId)
        .where('text_hash', '=', hash)
        .returning(summaryColumns)
        .executeTakeFirstOrThrow();
      return { article: toArticle(existing), created: false };
    },
    get,
    async content(articleId) {
      const row = await db
        .selectFrom('articles')
        .select(['text', 'data_json'])
        .where('id', '=', articleId)
        .executeTakeFirst();
      return row && { text: row.text, dataJson: row.data_json };
    },
    async list(guildId) {
      const [rows, bindings] = await Promise.all([
        live(guildId).orderBy('added_at').orderBy('id').execute(),
        db
          .selectFrom('article_channels')
          .select(['channel_id', 'article_id'])
          .where('guild_id', '=', guildId)
          .orderBy('bound_at')
          .execute(),
      ]);
      return rows.map((row) => ({
        ...toArticle(row),
        channelIds: bindings.filter((b) => Number(b.article_id) === Number(row.id)).map((b) => b.channel_id),
      }));
    },
    async names(guildId) {
      const rows = await db
        .selectFrom('articles')
        .select([...summaryColumns, 'names_json'])
        .where('guild_id', '=', guildId)
        .where('removed_at', 'is', null)
        .orderBy('id')
        .execute();
      return rows.map((row) => ({ article: toArticle(row), names: JSON.parse(row.names_json) as string[] }));
    },
    async bind(guildId, channelId, articleId, boundBy) {
      await db
        .insertInto('article_channels')
        .values({
          channel_id: channelId,
          guild_id: guildId,
          article_id: articleId,
          bound_by: boundBy,
          bound_at: now(),
        })
        .onConflict((oc) =>
          oc.column('channel_id').doUpdateSet((eb) => ({
            article_id: eb.ref('excluded.article_id'),
            bound_by: eb.ref('excluded.bound_by'),
            bound_at: eb.ref('excluded.bound_at'),
          })),
        )
        .execute();
    },
    async resolve(guildId, channelIds) {
      // The server's first article first: most servers have none, and then no channel can be bound to one.
      const first = await live(guildId).orderBy('added_at').orderBy('id').limit(1).executeTakeFirst();
      if (first === undefined || channelIds.length === 0) return first && toArticle(first);
      const bound = await db
        .selectFrom('article_channels as c')
        .innerJoin('articles as a', 'a.id', 'c.article_id')
        .select([
          'a.id',
          'a.guild_id',
          'a.title',
          'a.reference_date',
          'a.added_by',
          'a.added_at',
          'a.removed_at',
          'c.channel_id',
        ])
        .where('c.guild_id', '=', guildId)
        .where('c.channel_id', 'in', [...channelIds])
        .where('a.removed_at', 'is', null)
        .execute();
      for (const channelId of channelIds) {
        const row = bound.find((b) => b.channel_id === channelId);
        if (row) return toArticle(row);
      }
      return toArticle(first);
    },
    async remove(guildId, articleId, removedBy) {
      const found = await get(guildId, articleId);
      if (!found || found.removedAt !== null) return found;
      return db.transaction().execute(async (trx) => {
        await trx.deleteFrom('article_channels').where('article_id', '=', articleId).execute();
        const row = await trx
          .updateTable('articles')
          .set({ removed_at: now(), removed_by: removedBy })
          .where('id', '=', articleId)
          .returning(summaryColumns)
          .executeTakeFirstOrThrow();
        return toArticle(row);
      });
    },
  };
}
