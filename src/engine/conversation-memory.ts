/** What a conversation last talked about, so "he", "she", "they" and "it" in a follow-up can be resolved. */
import type { Citation } from './types.js';

export interface ConversationState {
  lastPerson?: string;
  lastPeople: string[];
  /** The last person was only named in a reply: "he" may mean them, "they" (a thing) may not. */
  lastPersonFromReply?: boolean;
  /** The one person an answer named while the conversation kept its subject ("who did he meet?"): "that guy". */
  lastNewcomer?: string;
  /** The last person asked about was a woman of a body the article names no woman of: "she" is no one it names. */
  unnamedWoman?: boolean;
  lastThing?: string;
  /** The event the conversation was on before the last one ("which one happened first?" asks of both). */
  previousThing?: string;
  /** The two events the last answer put against each other ("how long between those two?" asks of them). */
  lastPair?: readonly [string, string];
  /** What the last question asked someone's words about, when it asked for them ("on that" means it next). */
  lastTopics?: string[];
  lastIntent?: string;
  /** The last answer was about how the parties of the article's relationship stand ("over what?" asks next). */
  lastStanding?: boolean;
  /** The sentences the last answer rested on, for a bare follow-up ("and when?", "why?"). */
  lastSentences?: number[];
  /** What the last answer listed, and the sentences it rested on, for "how many is that?". */
  lastItems?: { items: readonly string[]; citations: Citation[]; ids?: readonly string[] };
  /** The number the last answer counted or worked out, and what it said, for "so 16?". */
  lastCount?: { n: number; text: string; citations: Citation[] };
  /** An occurrence the last answer worked out that the article does not report ("the 16th round"). */
  unreported?: string;
  /** The last question as asked (unwrapped), for "and the other side?". */
  lastQuestion?: string;
  /** The last question with a wh-word and a verb, for "and start?" after one with no verb ("what day?"). */
  lastActQuestion?: string;
}

/** A bounded map of conversation states: the oldest conversation is forgotten first. */
export class ConversationMemory {
  private readonly states = new Map<string, ConversationState>();

  constructor(private readonly capacity = 10_000) {}

  get(id: string): ConversationState {
    const state = this.states.get(id) ?? { lastPeople: [] };
    this.states.delete(id);
    this.states.set(id, state);
    if (this.states.size > this.capacity) {
      const oldest = this.states.keys().next().value;
      if (oldest !== undefined) this.states.delete(oldest);
    }
    return state;
  }
}
