/**
 * "were the talks between <A> and <C>?", "the deal was between <X> and <Y>?": an event a word of the question
 * names, with the pair it was between claimed after "between", checked against who took part. A party it did
 * not have (a country or a name the article never gives it) gets "No." with the parties it had; every party
 * claimed taking part is left to the checks that follow.
 */
import { rankEvents, triggerWeight } from '../../src/engine/event-ranking.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { sameParty, sideOf } from '../../src/engine/parties.js';
import { joinNames } from '../../src/engine/wording.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { no } from './verdicts.js';

/** Whether the words from `from` to `to` (inclusive) claim a party: true/false when known, undefined if not. */
function claimsParty(
  q: ParsedQuestion,
  kb: Knowledge,
  from: number,
  to: number,
  took: (id: string) => boolean,
): { holds: boolean; country: boolean } | undefined {
  const mention = q.mentions.find((m) => m.start >= from && m.end <= to && kb.store.entities.has(m.id));
  if (mention) {
    const kind = kb.store.entities.get(mention.id)?.kind;
    return { holds: took(mention.id), country: kind === 'country' };
  }
  // (A country the article never names, or a name it never gives: no party of its.)
  if (q.otherPlaces.some((p) => p.start >= from && p.end <= to)) return { holds: false, country: true };
  const unknown = q.normals
    .slice(from, to + 1)
    .some((w, k) => q.unknownWords.includes(w) && /^(?:NOUN|PROPN|ADJ)$/.test(q.pos[from + k] ?? ''));
  return unknown ? { holds: false, country: false } : undefined;
}

export function checkBetween(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const at = q.normals.indexOf('between');
  const and = q.normals.indexOf('and', at + 1);
  if (at < 1 || and < 0) return undefined;
  // (The event, named by a word of its own before "between", and no other named as well.)
  const [best, next] = rankEvents(q, kb.store, kb.triggers);
  const named =
    best &&
    (triggerWeight(q, best.event, kb.triggers) > 0 ||
      q.mentions.some((m) => m.id === best.event.id && m.start >= 0 && m.start < at));
  if (!best || !named || (next && next.score >= best.score)) return undefined;
  const { event } = best;
  const parties = event.participants.map((p) => p.entity);
  const took = (id: string) => parties.some((p) => p === id || sameParty(kb.store, p, id));
  const end = q.normals.length - 1 - (q.normals.at(-1) === '?' ? 1 : 0);
  const claimed = [claimsParty(q, kb, at + 1, and - 1, took), claimsParty(q, kb, and + 1, end, took)];
  if (claimed.some((c) => c === undefined) || claimed.every((c) => c?.holds)) return undefined;
  // The parties it had, of the kind claimed: countries (the sides of the people), or the people.
  const countries = claimed.some((c) => c?.country);
  const names = countries
    ? [...new Set(parties.map((p) => sideOf(kb.store, p) ?? p))].filter(
        (id) => kb.store.entities.get(id)?.kind === 'country',
      )
    : parties.filter((id) => kb.store.entities.get(id)?.kind === 'person');
  if (names.length < 2) return undefined;
  return no(
    `It was between ${joinNames(names.map((id) => kb.store.nameOf(id)))}: ${event.summary}.`,
    [event.evidence],
    kb,
    [event.id],
  );
}
