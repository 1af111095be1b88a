import type { Database } from 'better-sqlite3';
import {
  type AnswerRecord,
  type AnswerRepository,
  createAnswerRepository,
  type StoredCitation,
} from './answer-repository.js';
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
  /**
   * Records a question the bot replied to, in one transaction: the question log entry (for usage and
   * knowledge gaps) and the answer (whose id goes into the Helpful / Wrong buttons).
   */
  recordReply(asked: AskedQuestion, reply: ReplyToRecord): AnswerRecord;
  /** Logs that the content filter stopped a question from this user (its text is not kept). */
  recordFiltered(asked: Omit<AskedQuestion, 'question'>): void;
  /** Closes the connection (checkpointing the WAL). */
  close(): void;
}

/** Who asked what, and where (`guildId` is null in DMs). */
export interface AskedQuestion {
  guildId: string | null;
  channelId: string;
  userId: string;
  question: string;
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
 * const store = createModerationStore(openDatabase(path));
 * store.settings.get(guildId).cooldownSeconds; // 5
 */
export function createModerationStore(db: Database, options: ModerationStoreOptions = {}): ModerationStore {
  const now = options.now ?? Date.now;
  const questions = createQuestionLogRepository(db, now);
  const answers = createAnswerRepository(db, now);
  const recordReply = db.transaction((asked: AskedQuestion, reply: ReplyToRecord): AnswerRecord => {
    questions.log({ ...asked, intent: reply.intent, answered: reply.answered });
    return answers.record({
      guildId: asked.guildId,
      channelId: asked.channelId,
      askerId: asked.userId,
      question: asked.question,
      answerText: reply.text,
      intent: reply.intent,
      answered: reply.answered,
      citations: [...reply.citations],
    });
  });
  return {
    settings: createSettingsRepository(db, now),
    questions,
    answers,
    reports: createReportRepository(db, now),
    threads: createThreadRepository(db, now),
    review: createReviewQueue(db),
    recordReply: (asked, reply) => recordReply(asked, reply),
    recordFiltered: (asked) =>
      questions.log({ ...asked, question: '', intent: null, answered: false, filtered: true }),
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
