/**
 * Each server's library of articles: adding one (checked, ingested, stored with its fact store), and the
 * engine that answers at a place (a thread's article, else its channel's, else the server's first, else
 * the built-in one). Engines are built on first use and kept in a bounded LRU, so start-up does not grow
 * with the number of articles and memory does not grow with it either.
 */
import { createEngine } from '../engine/create-engine.js';
import type { Answer, Engine } from '../engine/types.js';
import { FactStoreError } from '../facts/fact-store-error.js';
import { type ArticleData, findDataDir } from '../facts/load-facts.js';
import { articleMetaSchema, factsSchema } from '../facts/schema.js';
import { type Gazetteer, loadGazetteer } from '../ingest/gazetteer.js';
import { ingestArticle } from '../ingest/ingest-article.js';
import type { Nlp } from '../nlp/create-nlp.js';
import { createNlp } from '../nlp/create-nlp.js';
import type { ArticleRepository, StoredArticle } from '../storage/article-repository.js';
import { ARTICLE_TEXT_PROBLEMS, checkArticleText } from './check-article-text.js';
import { articleNames, namesOnlyElsewhere } from './find-named-article.js';
import { LruCache } from './lru-cache.js';

/** Where a question is asked: a server (null in DMs), a channel or thread, and a thread's channel. */
export interface ArticlePlace {
  guildId: string | null;
  channelId: string;
  parentChannelId?: string | undefined;
}

/** The engine answering somewhere, and the library article it serves (absent: the built-in article). */
export interface Answering {
  engine: Engine;
  article?: StoredArticle;
}

export interface AddArticleInput {
  guildId: string;
  addedBy: string;
  bytes: Uint8Array;
  /** The reference date, yyyy-mm-dd (inferred from the text when absent). */
  date?: string | undefined;
  title?: string | undefined;
}

export type AddArticleResult =
  | { ok: true; article: StoredArticle; created: boolean; data: ArticleData }
  | { ok: false; problem: string };

export interface ArticleLibrary {
  readonly builtIn: Engine;
  readonly articles: ArticleRepository;
  /** Checks, ingests and stores an article; the same text again is the same article. */
  add(input: AddArticleInput): Promise<AddArticleResult>;
  /** The engine that answers at a place. */
  at(place: ArticlePlace): Promise<Answering>;
  /** The article that answers at a place (thread, channel, server default) without loading it; undefined: built-in. */
  articleAt(place: ArticlePlace): Promise<StoredArticle | undefined>;
  /** The engine of one live article of a server; undefined when it has no such article. */
  of(guildId: string, articleId: number): Promise<Answering | undefined>;
  /**
   * Another article of the server that answers a question naming things only it contains (when the place's
   * own article does not answer), with its answer.
   */
  elsewhere(
    guildId: string,
    question: string,
    here: Answering,
  ): Promise<{ article: StoredArticle; answer: Answer } | undefined>;
  /** Forgets a removed article's engine. */
  forget(articleId: number): void;
  /** How many engines are in memory now. */
  readonly loadedEngines: number;
}

export interface ArticleLibraryOptions {
  articles: ArticleRepository;
  builtIn: Engine;
  /** Engines kept in memory at once (default 8); each costs a wink instance, about 10-15 MB. */
  capacity?: number;
  dataDir?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (date: string) =>
  ISO_DATE.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);

/**
 * @example
 * const library = createArticleLibrary({ articles: store.articles, builtIn: createEngine() });
 * const { engine, article } = await library.at({ guildId, channelId });
 */
export function createArticleLibrary(options: ArticleLibraryOptions): ArticleLibrary {
  const dataDir = options.dataDir ?? findDataDir();
  const engines = new LruCache<number, Promise<Engine>>(options.capacity ?? 8);
  let ingestNlp: Nlp | undefined;
  let gazetteer: Gazetteer | undefined;

  async function loadEngine(articleId: number): Promise<Engine> {
    const content = await options.articles.content(articleId);
    if (!content) throw new Error(`article ${articleId} is not in the database`);
    const stored = JSON.parse(content.dataJson) as ArticleData;
    const article: ArticleData = {
      slug: stored.slug,
      meta: articleMetaSchema.parse(stored.meta),
      facts: factsSchema.parse(stored.facts),
      text: content.text,
      examples: {},
    };
    return createEngine({ article, nlp: createNlp(), dataDir });
  }

  function engineOf(articleId: number): Promise<Engine> {
    const cached = engines.get(articleId);
    if (cached) return cached;
    const loading = loadEngine(articleId);
    engines.set(articleId, loading);
    // A failed load is not kept: the next question tries again.
    loading.catch(() => engines.delete(articleId));
    return loading;
  }

  const answering = async (article: StoredArticle | undefined): Promise<Answering> =>
    article ? { engine: await engineOf(article.id), article } : { engine: options.builtIn };

  async function articleAt(place: ArticlePlace): Promise<StoredArticle | undefined> {
    if (place.guildId === null) return undefined;
    const channels = [place.channelId, ...(place.parentChannelId ? [place.parentChannelId] : [])];
    return options.articles.resolve(place.guildId, channels);
  }

  return {
    builtIn: options.builtIn,
    articles: options.articles,
    async add(input) {
      if (input.date !== undefined && !isRealDate(input.date)) {
        return { ok: false, problem: 'The date must be a real date written YYYY-MM-DD, e.g. 2025-03-31.' };
      }
      const checked = checkArticleText(input.bytes, dataDir);
      if (!checked.ok) return { ok: false, problem: ARTICLE_TEXT_PROBLEMS[checked.problem] };
      ingestNlp ??= createNlp();
      gazetteer ??= loadGazetteer(dataDir);
      let data: ArticleData;
      try {
        data = ingestArticle(ingestNlp, gazetteer, checked.text, {
          ...(input.date ? { date: input.date } : {}),
          ...(input.title?.trim() ? { title: input.title.trim() } : {}),
        });
      } catch (error) {
        if (!(error instanceof FactStoreError)) throw error;
        return { ok: false, problem: `I could not read that article: ${error.message}` };
      }
      const { article, created } = await options.articles.add({
        guildId: input.guildId,
        title: data.meta.title,
        referenceDate: data.meta.referenceDate.date,
        text: checked.text,
        dataJson: JSON.stringify({ slug: data.slug, meta: data.meta, facts: data.facts }),
        names: articleNames(data),
        addedBy: input.addedBy,
      });
      return { ok: true, article, created, data };
    },
    async at(place) {
      return answering(await articleAt(place));
    },
    articleAt,
    async of(guildId, articleId) {
      const article = await options.articles.get(guildId, articleId);
      return article && article.removedAt === null ? answering(article) : undefined;
    },
    async elsewhere(guildId, question, here) {
      const currentText = here.engine.article.sentences.map((s) => s.text).join(' ');
      for (const { article, names } of await options.articles.names(guildId)) {
        if (article.id === here.article?.id) continue;
        if (namesOnlyElsewhere(question, names, currentText).length === 0) continue;
        const answer = (await engineOf(article.id)).ask(question);
        if (answer.answered) return { article, answer };
      }
      return undefined;
    },
    forget(articleId) {
      engines.delete(articleId);
    },
    get loadedEngines() {
      return engines.size;
    },
  };
}
