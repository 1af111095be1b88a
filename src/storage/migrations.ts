/**
 * The schema, as an ordered list of migrations. Migration N (1-based) moves a database from
 * `PRAGMA user_version` N-1 to N. Never edit a shipped migration: append a new one.
 */
export const MIGRATIONS: readonly string[] = [
  // v1: server settings, answers the bot gave, and votes on them.
  `
  CREATE TABLE guild_settings (
    guild_id TEXT PRIMARY KEY,
    answer_mode TEXT NOT NULL DEFAULT 'everywhere' CHECK (answer_mode IN ('everywhere', 'allowlist')),
    dms_enabled INTEGER NOT NULL DEFAULT 1 CHECK (dms_enabled IN (0, 1)),
    cooldown_seconds INTEGER NOT NULL DEFAULT 5 CHECK (cooldown_seconds BETWEEN 0 AND 3600),
    mod_log_channel_id TEXT,
    updated_at INTEGER NOT NULL
  );
  CREATE TABLE allowed_channels (
    guild_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    PRIMARY KEY (guild_id, channel_id)
  );
  CREATE TABLE answers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id TEXT,
    channel_id TEXT NOT NULL,
    message_id TEXT,
    asker_id TEXT NOT NULL,
    question TEXT NOT NULL,
    answer_text TEXT NOT NULL,
    intent TEXT NOT NULL,
    answered INTEGER NOT NULL CHECK (answered IN (0, 1)),
    citations_json TEXT NOT NULL DEFAULT '[]',
    created_at INTEGER NOT NULL
  );
  CREATE INDEX answers_message ON answers (message_id);
  CREATE TABLE votes (
    answer_id INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    vote TEXT NOT NULL CHECK (vote IN ('helpful', 'wrong')),
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (answer_id, user_id)
  );
  `,
  // v2: the question log (usage and knowledge gaps), reports, and discussion threads the bot opened.
  `
  CREATE TABLE question_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id TEXT,
    channel_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    question_text TEXT,
    normalized_question TEXT,
    intent TEXT,
    answered INTEGER NOT NULL CHECK (answered IN (0, 1)),
    filtered INTEGER NOT NULL DEFAULT 0 CHECK (filtered IN (0, 1)),
    asked_at INTEGER NOT NULL
  );
  CREATE INDEX question_log_guild_time ON question_log (guild_id, asked_at);
  CREATE TABLE wrong_reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    answer_id INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    comment TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    handled_at INTEGER,
    handled_by TEXT,
    UNIQUE (answer_id, user_id)
  );
  CREATE TABLE message_reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id TEXT,
    channel_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    target_author_id TEXT,
    reporter_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    handled_at INTEGER,
    handled_by TEXT
  );
  CREATE TABLE discussion_threads (
    thread_id TEXT PRIMARY KEY,
    guild_id TEXT NOT NULL,
    parent_channel_id TEXT NOT NULL,
    topic_id TEXT NOT NULL,
    opened_by TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  `,
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;
