/**
 * "does <A> say <X> belongs to <B>", "<A> thinks <X> is part of <B>", "does <A> consider <X> part of <B>", with <B> the side <A> speaks for (a capital
 * for its country): <A> claiming <X> for itself, read as the article words such a claim ("claims sovereignty
 * over <X>"). A <B> that is another side is left as asked, so the claim is checked as made.
 */
import type { FactStore } from '../facts/fact-store.js';
import { sameParty } from './parties.js';

/** A verb of saying or thinking: without one, no claim is read (checked first, cheaply). */
const SAYING = /\b(?:say|said|think|thought|claim|believ|consider|see|saw|view|regard)/i;

const CLAIMED =
  /\b((?:does|do|did) )?([a-z][a-z.' -]{1,40}?) (say|says|said|think|thinks|thought|claim|claims|claimed|believe|believes|believed|consider|considers|considered|see|sees|saw|view|views|viewed|regard|regards|regarded) (?:that )?([a-z][a-z.' -]{1,40}?) (?:(?:belongs to|belonged to|is part of|is a part of|was part of|(?:to be |as )?(?:a )?part of) ([a-z][a-z.'-]{1,30}?)|(?:is|was) ([a-z][a-z.-]{1,30}?)(?:'s|s'))(?= *[?.!]*$)/i;

/** The tense of "claim" the verb asked with had. */
const claimLike = (verb: string): string =>
  /^(?:said|thought|claimed|believed|considered|saw|viewed|regarded)$/.test(verb)
    ? 'claimed'
    : /s$/.test(verb)
      ? 'claims'
      : 'claim';

/**
 * The question with a claim of one's own side worded as the article's, or as it was.
 * @param entityOf the entity a name (as typed) stands for, if any
 */
export function ownClaims(
  text: string,
  store: FactStore,
  entityOf: (name: string) => string | undefined,
): string {
  const m = SAYING.test(text) ? CLAIMED.exec(text) : null;
  if (!m) return text;
  const [whole, aux = '', claimant = '', verb = '', thing = '', belongsTo, possessor] = m;
  const owner = belongsTo ?? possessor ?? '';
  const a = entityOf(claimant);
  const b = entityOf(owner);
  if (!a || !b || !sameParty(store, a, b)) return text;
  const claim = aux ? 'claim' : claimLike(verb.toLowerCase());
  return text.replace(whole, `${aux}${claimant} ${claim} sovereignty over ${thing}`);
}
