import type { Generated, Kysely } from 'kysely';

/**
 * The tables as the query builder sees them (column names as in the migrations). Booleans are stored as
 * 0/1 integers and times as Unix milliseconds on both engines, so rows read the same from either.
 */
export interface Tables {
  guild_settings: {
    guild_id: string;
    answer_mode: Generated<'everywhere' | 'allowlist'>;
    dms_enabled: Generated<number>;
    cooldown_seconds: Generated<number>;
    mod_log_channel_id: string | null;
    updated_at: number;
  };
  allowed_channels: { guild_id: string; channel_id: string };
  answers: {
    id: Generated<number>;
    guild_id: string | null;
    channel_id: string;
    message_id: string | null;
    asker_id: string;
    question: string;
    answer_text: string;
    intent: string;
    answered: number;
    citations_json: Generated<string>;
    created_at: number;
    article_id: Generated<number | null>;
  };
  votes: { answer_id: number; user_id: string; vote: 'helpful' | 'wrong'; updated_at: number };
  question_log: {
    id: Generated<number>;
    guild_id: string | null;
    channel_id: string;
    user_id: string;
    question_text: string | null;
    normalized_question: string | null;
    intent: string | null;
    answered: number;
    filtered: Generated<number>;
    asked_at: number;
    article_id: Generated<number | null>;
  };
  wrong_reports: {
    id: Generated<number>;
    answer_id: number;
    user_id: string;
    comment: string;
    created_at: number;
    handled_at: number | null;
    handled_by: string | null;
  };
  message_reports: {
    id: Generated<number>;
    guild_id: string | null;
    channel_id: string;
    message_id: string;
    target_author_id: string | null;
    reporter_id: string;
    reason: string;
    created_at: number;
    handled_at: number | null;
    handled_by: string | null;
    article_id: Generated<number | null>;
  };
  cooldowns: { cooldown_key: string; until_at: number; hits: number };
  timeline_sessions: { session_id: string; owner_id: string; query_json: string; expires_at: number };
  discussion_threads: {
    thread_id: string;
    guild_id: string;
    parent_channel_id: string;
    topic_id: string;
    opened_by: string;
    created_at: number;
  };
  articles: {
    id: Generated<number>;
    guild_id: string;
    text_hash: string;
    title: string;
    reference_date: string;
    text: string;
    data_json: string;
    names_json: string;
    added_by: string;
    added_at: number;
    removed_at: number | null;
    removed_by: string | null;
  };
  article_channels: {
    channel_id: string;
    guild_id: string;
    article_id: number;
    bound_by: string;
    bound_at: number;
  };
}

/** A connection (or a transaction) to either engine. */
export type Db = Kysely<Tables>;

/** Which engine a store runs on. */
export type StorageEngine = 'sqlite' | 'postgres';
