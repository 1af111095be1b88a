/**
 * The answer engine's public contract. Every adapter (console, JSONL, Discord) speaks only these types,
 * so nothing here may mention a transport.
 */

/** One sentence of the article, numbered from 1 in reading order; citations refer to these numbers. */
export interface Sentence {
  n: number;
  paragraph: number;
  text: string;
}

export interface Citation {
  sentence: number;
  text: string;
}

export interface Answer {
  /** False exactly when the bot says the article does not answer (or the input is not a question it handles). */
  answered: boolean;
  /** A short reply a person would want: the fact first, one or two sentences. Plain text, no markdown. */
  text: string;
  /** The id of the intent that produced the answer (e.g. "who-is", "timeline", "not-covered"). */
  intent: string;
  /** 0..1 */
  confidence: number;
  /** The article sentences the answer rests on, in article order (for a refusal: what the article says nearby, if anything). */
  citations: Citation[];
  /** A few follow-up questions the engine can answer. */
  suggestions: string[];
  /** For a yes/no question answered yes or no: which (adapters and the engine read this, never the text). */
  verdict?: 'yes' | 'no';
}

export interface ArticleInfo {
  title: string;
  summary: string;
  /** The date the article is written relative to, as recorded in the fact store (ISO yyyy-mm-dd). */
  referenceDate: string;
  /** Why the reference date is what it is (it is inferred, not printed in the article). */
  referenceDateNote: string;
  sentences: readonly Sentence[];
}

export interface TimelineQuery {
  /** Free text date expression, e.g. "2023", "last month", "<month year>". */
  from?: string;
  to?: string;
  /** A person, place, organisation or event, by name, alias or id. */
  about?: string;
}

export interface TimelineEntry {
  eventId: string;
  label: string;
  /** The date as the article words it, e.g. "last month". */
  dateText: string;
  /** The date resolved against the article's date, e.g. "December 2023". */
  resolved: string;
  /** ISO bounds of the resolved date (inclusive). */
  start: string;
  end: string;
  summary: string;
  citations: Citation[];
}

export interface TimelineResult {
  entries: TimelineEntry[];
  /** Set when part of the query could not be understood, e.g. an unrecognised date. */
  note?: string;
}

export interface ProfileField {
  label: string;
  value: string;
}

export interface Profile {
  id: string;
  kind: string;
  name: string;
  summary: string;
  fields: ProfileField[];
  citations: Citation[];
}

/** An autocomplete choice: `name` is shown, `value` is what comes back (an id). */
export interface Choice {
  name: string;
  value: string;
}

export type ChoiceKind = 'person' | 'group' | 'organization' | 'country' | 'place' | 'event' | 'dispute';

export interface Topic {
  id: string;
  label: string;
  kind: 'event' | 'dispute';
}

export interface Engine {
  /** Answers one message (which may hold several questions). Never throws. */
  ask(question: string, conversation?: string): Answer;
  /** The article's events in date order, optionally within a date range or about an entity/event. */
  timeline(query?: TimelineQuery): TimelineResult;
  /** A profile card of a person, organisation, place or event, by name, alias or id. */
  profile(nameOrId: string): Profile | undefined;
  /** Autocomplete over the fact store's names and aliases (at most `limit`, default 25). */
  complete(prefix: string, kinds?: readonly ChoiceKind[], limit?: number): Choice[];
  /** Events and disputes a discussion can be opened on. */
  topics(): Topic[];
  /** A short cited summary of a topic (an event or dispute id). */
  summarize(topicId: string): Answer | undefined;
  /** What the article says on the people, events and claims a piece of text mentions. */
  check(text: string): Answer;
  /** Help text and example questions. */
  help(): Answer;
  readonly article: ArticleInfo;
  /** The intent ids, in the order they are listed in intents/index.ts. */
  readonly intentIds: readonly string[];
  /**
   * Answers as if the named intent had won the routing (for comparing intent classifiers in the benchmark).
   * Returns the not-covered answer when that intent cannot answer.
   */
  answerAs(intentId: string, question: string, conversation?: string): Answer;
}
