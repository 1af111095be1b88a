import type { Database } from 'better-sqlite3';
import { type AnswerRepository, createAnswerRepository } from './answer-repository.js';
import { openDatabase } from './open-database.js';
import { createQuestionLogRepository, type QuestionLogRepository } from './question-log-repository.js';
import { createReportRepository, type ReportRepository } from './report-repository.js';
import { createReviewQueue, type ReviewQueue } from './review-queue.js';
import { createSettingsRepository, type SettingsRepository } from './settings-repository.js';
import { createThreadRepository, type ThreadRepository } from './thread-repository.js';

/** Everything the Discord layer stores, over one SQLite connection. Every write is durable once it returns. */
export interface ModerationStore {
  readonly settings: SettingsRepository;
  readonly questions: QuestionLogRepository;
  readonly answers: AnswerRepository;
  readonly reports: ReportRepository;
  readonly threads: ThreadRepository;
  readonly review: ReviewQueue;
  /** Closes the connection (checkpointing the WAL). */
  close(): void;
}

export interface ModerationStoreOptions {
  /** The clock used for timestamps (Unix milliseconds); tests pass a fake one. */
  now?: () => number;
}

/**
 * Builds the store over an open, migrated database.
 *
 * @example
 * const store = createModerationStore(openDatabase(path));
 * store.settings.get(guildId).cooldownSeconds; // 5
 */
export function createModerationStore(db: Database, options: ModerationStoreOptions = {}): ModerationStore {
  const now = options.now ?? Date.now;
  return {
    settings: createSettingsRepository(db, now),
    questions: createQuestionLogRepository(db, now),
    answers: createAnswerRepository(db, now),
    reports: createReportRepository(db, now),
    threads: createThreadRepository(db, now),
    review: createReviewQueue(db),
    close: () => db.close(),
  };
}

/**
 * Opens the database file at `path` (see `openDatabase`, which throws a one-line `DatabaseError`) and
 * returns the store over it.
 *
 * @example
 * const store = openModerationStore(config.databasePath);
 */
export function openModerationStore(path: string, options: ModerationStoreOptions = {}): ModerationStore {
  return createModerationStore(openDatabase(path), options);
}
