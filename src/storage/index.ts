/** The storage layer's public entry: a SQLite file with settings, answers, votes, reports and the review queue. */
export type {
  AnswerRecord,
  AnswerRepository,
  NewAnswer,
  StoredCitation,
  Vote,
  VoteTally,
} from './answer-repository.js';
export { DatabaseError, type DatabaseErrorKind, isDatabaseError } from './database-error.js';
export { migrateDatabase, readSchemaVersion } from './migrate-database.js';
export { SCHEMA_VERSION } from './migrations.js';
export {
  type AskedQuestion,
  createModerationStore,
  type ModerationStore,
  type ModerationStoreOptions,
  openModerationStore,
  type ReplyToRecord,
} from './moderation-store.js';
export { normalizeQuestion } from './normalize-question.js';
export { DEFAULT_DATABASE_PATH, type OpenDatabaseOptions, openDatabase } from './open-database.js';
export type { LoggedQuestion, QuestionLogRepository } from './question-log-repository.js';
export type { MessageReport, NewMessageReport, ReportRepository, WrongReport } from './report-repository.js';
export { MAX_REPORT_TEXT } from './report-repository.js';
export type {
  KnowledgeGap,
  PendingWrongAnswer,
  ReviewQueue,
  ReviewScope,
  UsageStats,
} from './review-queue.js';
export {
  type AnswerMode,
  DEFAULT_SETTINGS,
  type GuildSettings,
  MAX_COOLDOWN_SECONDS,
  type SettingsPatch,
  type SettingsRepository,
} from './settings-repository.js';
export type { DiscussionThread, ThreadRepository } from './thread-repository.js';
