import BetterSqlite3, { type Database } from 'better-sqlite3';
import { Kysely } from 'kysely';
import {
  type AnswerRecord,
  type AnswerRepository,
  createAnswerRepository,
  type StoredCitation,
} from './answer-repository.js';
import { type ArticleRepository, createArticleRepository } from './article-repository.js';
import { type CooldownRepository, createCooldownRepository } from './cooldown-repository.js';
import { FifoLock } from './fifo-lock.js';
import { CACHE_SIZE_PRAGMA, openDatabase } from './open-database.js';
import { openPostgres } from './open-postgres.js';
import { createQuestionLogRepository, type QuestionLogRepository } from './question-log-repository.js';
import { writeReply } from './record-reply.js';
import { createReportRepository, type ReportRepository } from './report-repository.js';
import { retryingWhileBusy, retryWhileBusy } from './retry-while-busy.js';
import { createReviewQueue, type ReviewQueue } from './review-queue.js';
import { createSettingsRepository, type SettingsRepository } from './settings-repository.js';
import { cachedSqliteDialect } from './sqlite-dialect.js';
import { createFileSyncer } from './sync-file.js';
import type { Db, StorageEngine, Tables } from './tables.js';
import { createThreadRepository, type ThreadRepository } from './thread-repository.js';
import {
  createTimelineSessionRepository,
  type TimelineSessionRepository,
} from './timeline-session-repository.js';
import { createWriteGroups } from './write-groups.js';

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
   * knowledge gaps) and the answer (whose id goes into the Helpful / Wrong buttons). Replies recorded at
   * the same moment share one commit; each resolves once its own rows are durable.
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

/**
 * SQLite's second connection to the same file, with `synchronous=NORMAL`: its commits do not wait for the
 * disk, so they survive a process crash but not a power cut, and they do not block the event loop. What
 * every question writes goes there, in groups: state the bot can lose in a power cut without breaking a
 * promise (cooldown windows, which message carried an answer) as is, and replies, which members are told
 * are saved, after `sync` (an fsync of the write-ahead log, off the event loop). Timeline pages too.
 */
export interface FastWrites {
  db: Db;
  /** Waits until everything committed on either connection is on the disk. */
  sync: () => Promise<void>;
  /** Releases what `sync` holds, once both connections are closed. */
  close: () => Promise<void>;
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
  /** SQLite's second connection, which does not wait for the disk at each commit (see `FastWrites`). */
  fastWrites?: FastWrites,
): ModerationStore {
  const now = options.now ?? Date.now;
  const questions = createQuestionLogRepository(db, now);
  const answers = createAnswerRepository(db, now);
  // What every question writes goes in groups, one transaction each (see `createWriteGroups`): on SQLite
  // on the fast connection, retried while another process holds the lock, and synced for the replies;
  // on PostgreSQL, the replies.
  const groups = fastWrites
    ? createWriteGroups(fastWrites.db, { sync: fastWrites.sync, retry: retryWhileBusy })
    : createWriteGroups(db);
  const cooldowns: CooldownRepository = fastWrites
    ? {
        hit: (key, windowMs, at) =>
          groups.write((trx) => createCooldownRepository(trx).hit(key, windowMs, at)),
        prune: (at) => groups.write((trx) => createCooldownRepository(trx).prune(at)),
      }
    : createCooldownRepository(db);
  const setMessageId: AnswerRepository['setMessageId'] = fastWrites
    ? (answerId, messageId) =>
        groups.write((trx) => createAnswerRepository(trx, now).setMessageId(answerId, messageId))
    : answers.setMessageId;
  return {
    engine,
    settings: createSettingsRepository(db, now),
    questions,
    answers: { ...answers, setMessageId },
    reports: createReportRepository(db, now),
    threads: createThreadRepository(db, now),
    review: createReviewQueue(db),
    articles: createArticleRepository(db, now),
    cooldowns,
    timelineSessions: fastWrites
      ? retryingWhileBusy(createTimelineSessionRepository(fastWrites.db))
      : createTimelineSessionRepository(db),
    // Replies are what members are told is saved: durable before they resolve.
    recordReply: (asked, reply) => groups.write((trx) => writeReply(trx, now, asked, reply), true),
    recordFiltered: (asked) =>
      questions.log({ ...asked, question: '', intent: null, answered: false, filtered: true }),
    close: async () => {
      await fastWrites?.db.destroy();
      await db.destroy();
      await fastWrites?.close();
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
  // One lock for both connections: each waits for the other in this process's queue, never inside SQLite.
  const lock = new FifoLock();
  const db = new Kysely<Tables>({ dialect: cachedSqliteDialect(database, lock) });
  const fast = new BetterSqlite3(database.name);
  // Every commit on the main connection waits for the disk (about 0.4-2 ms here, blocking the loop).
  fast.pragma('synchronous = NORMAL');
  // No busy_timeout: SQLite would sleep inside the call, blocking the loop while another process holds the
  // lock; the repositories retry asynchronously instead (retryWhileBusy).
  fast.pragma('busy_timeout = 0');
  fast.pragma(CACHE_SIZE_PRAGMA);
  const fastDb = new Kysely<Tables>({ dialect: cachedSqliteDialect(fast, lock) });
  // In WAL mode every commit of either connection is appended to this one file: syncing it is what
  // synchronous=FULL would have done at each commit.
  const wal = createFileSyncer(`${database.name}-wal`);
  return createModerationStore(db, 'sqlite', options, { db: fastDb, sync: wal.sync, close: wal.close });
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
