import type { FactStore } from '../facts/fact-store.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import type { Citation } from './types.js';

/** What intents read: the fact store and the event trigger words generated from it. */
export interface Knowledge {
  readonly store: FactStore;
  readonly triggers: ReadonlyMap<string, readonly string[]>;
  /** Per event, the words of its evidence sentences outside any name. */
  readonly eventWords: ReadonlyMap<string, ReadonlySet<string>>;
}

/** What an intent hands back; the engine adds the intent id and suggestions. */
export interface IntentReply {
  answered: boolean;
  text: string;
  citations: Citation[];
  /** 0..1, how sure the handler is of this reply; the routing score is multiplied in. */
  confidence?: number;
  /** For a yes/no question: the verdict the text gives, so nothing decides from the wording. */
  verdict?: 'yes' | 'no';
  /** Words of the question the reply worked out from the facts (a weekday from dates), not found in its sentences. */
  workedOut?: readonly string[];
  /** A refusal the facts settle (what a meeting covered, from the topics listed): no one sentence overturns it. */
  settled?: boolean;
  /** The things the reply lists, in its order, for a follow-up that counts them ("how many is that?"). */
  items?: readonly string[];
  /** The ids of those things, when they are entities ("how many of them are <demonym>?"). */
  itemIds?: readonly string[];
  /** Ids the reply is about, remembered for pronouns in follow-ups. */
  focus?: string[];
  /** An occurrence the reply worked out but the article does not report ("the 16th round"): "that one" next. */
  unreported?: string;
  suggestions?: string[];
}

/**
 * One kind of question. Data (id, description, examples) plus two pure functions: how well it matches a
 * parsed question, and how it answers from the fact store.
 */
export interface Intent {
  readonly id: string;
  readonly description: string;
  /** Questions this intent must win; they double as its tests and as training data for baselines. */
  readonly examples: readonly string[];
  /** Questions that look close but belong elsewhere (or nowhere). */
  readonly counterExamples: readonly string[];
  /**
   * True when the intent answers from what ingestion extracts reliably (names, titles, dated events,
   * statements), so on a draft store it answers before the sentences are read; the others answer there
   * only when the sentences do not.
   */
  readonly draftSafe?: boolean;
  /**
   * True when the reply is about the article as a whole (a greeting, help, the timeline), so it needs no
   * check that the question's words are in the sentences it cites.
   */
  readonly wholeArticle?: boolean;
  /** 0 (not this intent) .. 1 (certainly this intent). */
  match(q: ParsedQuestion, kb: Knowledge): number;
  /** A reply, or undefined when this intent cannot make sense of the question after all. */
  answer(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined;
}
