import type { Database } from 'better-sqlite3';

export interface StoredCitation {
  sentence: number;
  text: string;
}

/** What the bot answered, kept so votes and "Wrong" reports can show the question, answer and citations. */
export interface AnswerRecord {
  id: number;
  guildId: string | null;
  channelId: string;
  messageId: string | null;
  askerId: string;
  question: string;
  answerText: string;
  intent: string;
  answered: boolean;
  citations: StoredCitation[];
  createdAt: number;
}

export type NewAnswer = Omit<AnswerRecord, 'id' | 'createdAt' | 'messageId'> & { messageId?: string | null };

export type Vote = 'helpful' | 'wrong';

export interface VoteTally {
  helpful: number;
  wrong: number;
}

export interface AnswerRepository {
  /** Records an answer before it is sent; its id goes into the Helpful / Wrong button ids. */
  record(answer: NewAnswer): AnswerRecord;
  /** Links the answer to the Discord message that carried it, once sent. */
  setMessageId(answerId: number, messageId: string): void;
  get(answerId: number): AnswerRecord | undefined;
  /** Casts or changes one user's vote on an answer (one vote per user per answer); returns the new tally. */
  vote(answerId: number, userId: string, vote: Vote): VoteTally;
  tally(answerId: number): VoteTally;
  /** The user's current vote, if any. */
  voteOf(answerId: number, userId: string): Vote | undefined;
}

interface AnswerRow {
  id: number;
  guild_id: string | null;
  channel_id: string;
  message_id: string | null;
  asker_id: string;
  question: string;
  answer_text: string;
  intent: string;
  answered: number;
  citations_json: string;
  created_at: number;
}

/**
 * Answers and the votes on them.
 *
 * @example
 * const { id } = answers.record({ guildId, channelId, askerId, question, answerText: a.text, intent: a.intent,
 *   answered: a.answered, citations: a.citations });
 * answers.vote(id, userId, 'helpful'); // { helpful: 1, wrong: 0 }
 */
export function createAnswerRepository(db: Database, now: () => number = Date.now): AnswerRepository {
  const insert = db.prepare(
    `INSERT INTO answers (guild_id, channel_id, message_id, asker_id, question, answer_text, intent, answered,
     citations_json, created_at) VALUES (@guildId, @channelId, @messageId, @askerId, @question, @answerText,
     @intent, @answered, @citations, @createdAt)`,
  );
  const selectOne = db.prepare<[number], AnswerRow>('SELECT * FROM answers WHERE id = ?');
  const updateMessage = db.prepare<[string, number]>('UPDATE answers SET message_id = ? WHERE id = ?');
  const upsertVote = db.prepare<[number, string, Vote, number]>(
    `INSERT INTO votes (answer_id, user_id, vote, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote, updated_at = excluded.updated_at`,
  );
  const selectTally = db.prepare<[number], { helpful: number | null; wrong: number | null }>(
    `SELECT SUM(vote = 'helpful') AS helpful, SUM(vote = 'wrong') AS wrong FROM votes WHERE answer_id = ?`,
  );
  const selectVote = db
    .prepare<[number, string], Vote>('SELECT vote FROM votes WHERE answer_id = ? AND user_id = ?')
    .pluck();

  function get(answerId: number): AnswerRecord | undefined {
    const row = selectOne.get(answerId);
    return row === undefined ? undefined : toRecord(row);
  }

  function tally(answerId: number): VoteTally {
    const row = selectTally.get(answerId);
    return { helpful: row?.helpful ?? 0, wrong: row?.wrong ?? 0 };
  }

  return {
    record(answer) {
      const createdAt = now();
      const result = insert.run({
        ...answer,
        messageId: answer.messageId ?? null,
        answered: answer.answered ? 1 : 0,
        citations: JSON.stringify(answer.citations.map(({ sentence, text }) => ({ sentence, text }))),
        createdAt,
      });
      return get(Number(result.lastInsertRowid)) as AnswerRecord;
    },
    setMessageId(answerId, messageId) {
      updateMessage.run(messageId, answerId);
    },
    get,
    vote(answerId, userId, vote) {
      upsertVote.run(answerId, userId, vote, now());
      return tally(answerId);
    },
    tally,
    voteOf(answerId, userId) {
      return selectVote.get(answerId, userId);
    },
  };
}

function toRecord(row: AnswerRow): AnswerRecord {
  return {
    id: row.id,
    guildId: row.guild_id,
    channelId: row.channel_id,
    messageId: row.message_id,
    askerId: row.asker_id,
    question: row.question,
    answerText: row.answer_text,
    intent: row.intent,
    answered: row.answered === 1,
    citations: JSON.parse(row.citations_json) as StoredCitation[],
    createdAt: row.created_at,
  };
}
