/**
 * "Where is the <company's> plant?": the place a sentence sets right after the thing asked about ("the
 * company's plant in the <name> logistics park on the western edge of <a city>").
 */
import type { FoundDate } from '../ingest/find-dates.js';
import type { TokenSentence } from '../ingest/sentence-tokens.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { otherVersionBefore, versionOf } from './versions.js';

const LOCATIVE = new Set(['in', 'on', 'at', 'near', 'outside', 'inside', 'beside', 'opposite', 'aboard']);
/** What a place phrase may hold: "the <name> park on the western edge of <a city>". */
const PLACE_POS = /^(DET|PROPN|NOUN|ADJ|NUM|ADP|PART)$/;
const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|evening|night|week|weekend|month|year|spring|summer|autumn|winter)$/;
/** Words of a phrase that end it: a new clause, a list, or a stretch of time. */
const STOPS = /^(that|which|who|whose|where|when|and|or|but|while|for|since|until|during|after|before|to)$/;
const MAX_PHRASE = 14;

/**
 * The things a "where is/are <the thing>?" asks about: the nouns after "where" + be, when no other verb says
 * what happened there ("where did <X> meet" asks for an event's place, not a thing's).
 */
function thingsAsked(q: ParsedQuestion): string[] {
  const at = q.normals.indexOf('where');
  if (at < 0 || q.lemmas[at + 1] !== 'be') return [];
  // ("where is the cooling tower": a participle before a noun describes it.)
  const describes = (i: number) => /ing$/.test(q.normals[i] ?? '') && q.pos[i + 1] === 'NOUN';
  if (q.pos.some((p, i) => i > at + 1 && p === 'VERB' && !describes(i))) return [];
  const named = (i: number) => q.mentions.some((m) => m.start <= i && i <= m.end);
  return q.lemmas.flatMap((l, i) => (i > at + 1 && q.pos[i] === 'NOUN' && !named(i) ? [l] : []));
}

/**
 * The place phrase after a noun of the question in the sentences: a locative word, then a noun phrase that
 * holds a proper name and no date, up to the next clause.
 * @example placeAfterNoun(parse('where is the plant?'), sentences, datesIn) // "The <name> logistics park on ..."
 */
export function placeAfterNoun(
  q: ParsedQuestion,
  sentences: readonly TokenSentence[],
  datesIn: (ts: TokenSentence) => readonly FoundDate[],
): string | undefined {
  const things = new Set(thingsAsked(q));
  if (things.size === 0) return placeAfterVerb(q, sentences, datesIn);
  // ("where is the new market" of "demolish the old market, on the waterfront in <a district>": another version
  // of the thing than the one the question names is another thing.)
  const version = q.normals.find((w) => versionOf(w) !== undefined);
  return placeAfter(sentences, datesIn, (tokens, k) => {
    const noun = tokens[k];
    if (otherVersionBefore(tokens, k, version)) return false;
    return noun?.pos === 'NOUN' && (things.has(noun.lemma) || things.has(noun.normal));
  });
}

/**
 * "where was the deal signed?": the place phrase right after the question's verb in a sentence that has the
 * question's thing before that verb ("The deal was signed aboard the <ship>, ...").
 */
function placeAfterVerb(
  q: ParsedQuestion,
  sentences: readonly TokenSentence[],
  datesIn: (ts: TokenSentence) => readonly FoundDate[],
): string | undefined {
  const at = q.normals.indexOf('where');
  if (at < 0) return undefined;
  const verbAt = q.pos.findIndex((p, i) => i > at + 1 && p === 'VERB');
  const verb = q.lemmas[verbAt];
  const nouns = new Set(q.lemmas.filter((_l, i) => i > at && i < verbAt && q.pos[i] === 'NOUN'));
  if (!verb || nouns.size === 0) return undefined;
  return placeAfter(
    sentences,
    datesIn,
    (tokens, k) =>
      tokens[k]?.lemma === verb &&
      tokens[k]?.pos === 'VERB' &&
      tokens.slice(Math.max(0, k - 6), k).some((t) => nouns.has(t.lemma)),
  );
}

/** The first place phrase after a locative word that follows a token `anchor` accepts. */
function placeAfter(
  sentences: readonly TokenSentence[],
  datesIn: (ts: TokenSentence) => readonly FoundDate[],
  anchor: (tokens: TokenSentence['tokens'], k: number) => boolean,
): string | undefined {
  for (const ts of sentences) {
    const { tokens } = ts;
    for (let k = 0; k + 2 < tokens.length; k++) {
      if (!anchor(tokens, k) || !LOCATIVE.has(tokens[k + 1]?.normal ?? '')) continue;
      const found = placePhrase(ts, k + 2, datesIn);
      if (found) return found;
    }
  }
  return undefined;
}

/** The place phrase from token `from`: a noun phrase holding a proper name and no date, up to the next clause. */
function placePhrase(
  ts: TokenSentence,
  from: number,
  datesIn: (ts: TokenSentence) => readonly FoundDate[],
): string | undefined {
  const { tokens } = ts;
  // (A preposition opening a date ends the place: "in the city's <district> on Monday, <date>".)
  const dates = datesIn(ts);
  const dated = (k: number) =>
    tokens[k]?.pos === 'ADP' &&
    (CALENDAR.test(tokens[k + 1]?.normal ?? '') ||
      dates.some((d) => d.start <= (tokens[k + 1]?.start ?? -1) && (tokens[k + 1]?.start ?? -1) < d.end));
  let end = from;
  while (
    end < tokens.length &&
    end - from < MAX_PHRASE &&
    PLACE_POS.test(tokens[end]?.pos ?? '') &&
    !STOPS.test(tokens[end]?.normal ?? '') &&
    !dated(end)
  )
    end++;
  // (A phrase ends on its noun, not on a word that leads into the next: "... of".)
  while (end > from && !/^(PROPN|NOUN|NUM)$/.test(tokens[end - 1]?.pos ?? '')) end--;
  const phrase = tokens.slice(from, end);
  const first = phrase[0];
  const last = phrase.at(-1);
  if (!first || !last) return undefined;
  if (!phrase.some((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.raw))) return undefined;
  if (phrase.some((t) => CALENDAR.test(t.normal))) return undefined;
  if (dates.some((d) => d.start < last.end && first.start < d.end)) return undefined;
  const text = ts.sentence.text.slice(first.start, last.end);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
