import BetterSqlite3, { type Database } from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import {
  type AnswerRecord,
  type AnswerRepository,
  createAnswerRepository,
  type StoredCitation,
} from './answer-repository.js';
import { type ArticleRepository, createArticleRepository } from './article-repository.js';
import { type CooldownRepository, createCooldownRepository } from './cooldown-repository.js';
import { openDatabase } from './open-database.js';
import { openPostgres } from './open-postgres.js';
import { createQuestionLogRepository, type QuestionLogRepository } from './question-log-repository.js';
import { createReportRepository, type ReportRepository } from './report-repository.js';
import { retryingWhileBusy } from './retry-while-busy.js';
import { createReviewQueue, type ReviewQueue } from './review-queue.js';
import { createSettingsRepository, type SettingsRepository } from './settings-repository.js';
import type { Db, StorageEngine, Tables } from './tables.js';
import { createThreadRepository, type ThreadRepository } from './thread-repository.js';
import {
  createTimelineSessionRepository,
  type TimelineSessionRepository,
} from './timeline-session-repository.js';

/**
 * Everything the Discord layer stores, over one SQLite file or one PostgreSQL database. Every write is
 * durable once its promise resolves.
 */
export interface ModerationStore {
  /** Which engine it runs on. */
  readonly engine: StorageEngine;
  readonly settings: SettingsRepository;
  readonly questions: QuestionLogRepository;
  readonly answers: AnswerRepository;
  readonly reports: ReportRepository;
  readonly threads: ThreadRepository;
  readonly review: ReviewQueue;
  /** Each server's library of articles and the channels bound to them. */
  readonly articles: ArticleRepository;
  /** Cooldown windows, shared by every process of the bot. */
  readonly cooldowns: CooldownRepository;
  /** Timeline paging sessions, shared by every process of the bot. */
  readonly timelineSessions: TimelineSessionRepository;
  /**
   * Records a question the bot replied to, in one transaction: the question log entry (for usage and
   * knowledge gaps) and the answer (whose id goes into the Helpful / Wrong buttons).
   */
  recordReply(asked: AskedQuestion, reply: ReplyToRecord): Promise<AnswerRecord>;
  /** Logs that the content filter stopped a question from this user (its text is not kept). */
  recordFiltered(asked: Omit<AskedQuestion, 'question'>): Promise<void>;
  /** Closes the connection (checkpointing SQLite's WAL). */
  close(): Promise<void>;
}

/** Who asked what, and where (`guildId` is null in DMs). */
export interface AskedQuestion {
  guildId: string | null;
  channelId: string;
  userId: string;
  question: string;
  /** The library article the question was answered from; null or absent for the built-in one. */
  articleId?: number | null;
}

/** The engine's answer, as far as the store needs it (an engine `Answer` fits). */
export interface ReplyToRecord {
  answered: boolean;
  text: string;
  intent: string;
  citations: readonly StoredCitation[];
}

export interface ModerationStoreOptions {
  /** The clock used for timestamps (Unix milliseconds); tests pass a fake one. */
  now?: () => number;
}

/**
 * Builds the store over an open, migrated database.
 *
 * @example
 * const store = createModerationStore(db, 'sqlite');
 * (await store.settings.get(guildId)).cooldownSeconds; // 5
 */
export function createModerationStore(
  db: Db,
  engine: StorageEngine,
  options: ModerationStoreOptions = {},
  /**
   * For state the bot can lose in a power cut without breaking a promise (cooldown windows, timeline pages,
   * which message carried an answer): SQLite gives it a second connection that does not wait for the disk
   * at every commit (WAL with synchronous=NORMAL: it still survives a process crash). Default: `db`.
   */
  fastDb: Db = db,
): ModerationStore {
  const now = options.now ?? Date.now;
  const questions = createQuestionLogRepository(db, now);
  const answers = createAnswerRepository(db, now);
  // The fast connection is a second writer in this process: it waits its turn without blocking the loop.
  const fast = <R extends object>(repository: R): R =>
    fastDb === db ? repository : retryingWhileBusy(repository);
  const fastAnswers = fast(createAnswerRepository(fastDb, now));
  return {
    engine,
    settings: createSettingsRepository(db, now),
    questions,
    answers: { ...answers, setMessageId: fastAnswers.setMessageId },
    reports: createReportRepository(db, now),
    threads: createThreadRepository(db, now),
    review: createReviewQueue(db),
    articles: createArticleRepository(db, now),
    cooldowns: fast(createCooldownRepository(fastDb)),
    timelineSessions: fast(createTimelineSessionRepository(fastDb)),
    recordReply: (asked, reply) =>
      db.transaction().execute(async (trx) => {
        await createQuestionLogRepository(trx, now).log({
          ...asked,
          intent: reply.intent,
          answered: reply.answered,
        });
        return createAnswerRepository(trx, now).record({
          guildId: asked.guildId,
          channelId: asked.channelId,
          askerId: asked.userId,
          question: asked.question,
          answerText: reply.text,
          intent: reply.intent,
          answered: reply.answered,
          citations: [...reply.citations],
          articleId: asked.articleId ?? null,
        });
      }),
    recordFiltered: (asked) =>
      questions.log({ ...asked, question: '', intent: null, answered: false, filtered: true }),
    close: async () => {
      if (fastDb !== db) await fastDb.destroy();
      await db.destroy();
    },
  };
}

/**
 * Opens the SQLite file at `path` (see `openDatabase`, which throws a one-line `DatabaseError`) and
 * returns the store over it.
 *
 * @example
 * const store = openModerationStore(config.databasePath);
 */
export function openModerationStore(path: string, options: ModerationStoreOptions = {}): ModerationStore {
  return sqliteStore(openDatabase(path), options);
}

/**
 * The store over an open, migrated SQLite connection (see `openDatabase`).
 * @example const store = sqliteStore(openDatabase(path));
 */
export function sqliteStore(database: Database, options: ModerationStoreOptions = {}): ModerationStore {
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database }) });
  const fast = new BetterSqlite3(database.name);
  // Every commit on the main connection waits for the disk (about 1 ms here); these need not.
  fast.pragma('synchronous = NORMAL');
  // No busy_timeout: SQLite would sleep inside the call, blocking this process's own transaction that holds
  // the lock; the repositories retry asynchronously instead (retryWhileBusy).
  fast.pragma('busy_timeout = 0');
  const fastDb = new Kysely<Tables>({ dialect: new SqliteDialect({ database: fast }) });
  return createModerationStore(db, 'sqlite', options, fastDb);
}

/** Where the store lives: a PostgreSQL URL when given, else the SQLite file. */
export interface StoreLocation {
  databaseUrl?: string | undefined;
  databasePath: string;
}

/**
 * Opens the store the configuration names: PostgreSQL for a `DATABASE_URL`, else the SQLite file.
 * @throws {DatabaseError} with one line when it cannot be used.
 * @example const store = await openStore(config);
 */
export async function openStore(
  location: StoreLocation,
  options: ModerationStoreOptions = {},
): Promise<ModerationStore> {
  if (location.databaseUrl === undefined) return openModerationStore(location.databasePath, options);
  return createModerationStore(await openPostgres(location.databaseUrl), 'postgres', options);
}
