/**
 * "were these trade talks?", "is <A> just having local elections?": an event claimed to be of a kind the
 * article never gives it (words before its noun that the article nowhere uses). The reply says
 * what the article calls it, with no verdict: the article need not rule the other kind out.
 */

import { cueWords } from '../../src/engine/cue-words.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { hasPhrase } from '../../src/engine/question-cues.js';
import { capitalize, ordinal } from '../../src/engine/wording.js';
import type { Event } from '../../src/facts/schema.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { yes } from './verdicts.js';

export function checkKind(q: ParsedQuestion, kb: Knowledge, event: Event): IntentReply | undefined {
  const inName = (i: number) => q.mentions.some((m) => m.start >= 0 && m.start <= i && i <= m.end);
  // (Any other act asks more than the kind: "did they hold trade talks with <A>".)
  if (q.negated || q.lemmas.some((l, i) => q.pos[i] === 'VERB' && !cueWords().eventHoldingVerbs.has(l)))
    return undefined;
  // (Only where the article's name for it says more than a noun: what kind it was.)
  if (event.name.split(/\s+/).filter((w) => !/^(?:the|a|an)$/i.test(w)).length < 2) return undefined;
  // (The event's noun, a word for it or the one word it is named by here: "these talks".)
  const h = q.lemmas.findIndex(
    (l, i) =>
      q.pos[i] === 'NOUN' &&
      ((!inName(i) && kb.triggers.get(l)?.includes(event.id)) ||
        q.mentions.some((m) => m.id === event.id && m.start === i && m.end === i)),
  );
  const qualifiers: string[] = [];
  for (let k = h - 1; k >= 0 && /^(?:ADJ|NOUN)$/.test(q.pos[k] ?? '') && !inName(k); k--)
    qualifiers.unshift(q.normals[k] ?? '');
  // (Words after a hyphen are half of one: "an in-person meeting".)
  const start = h - qualifiers.length;
  if (h < 0 || qualifiers.length === 0 || q.normals[start - 1] === '-') return undefined;
  // (The kind closes the claim, but for a date, a tag or the other kind offered: "were these trade talks or
  // what", "... this weekend right". Not "was there a press conference after the talks", another event.)
  const orAt = q.normals.indexOf('or', h);
  const tail = q.normals.slice(h + 1, orAt < 0 ? undefined : orAt);
  const closes = tail.every(
    (w, k) =>
      q.pos[h + 1 + k] === 'PUNCT' ||
      q.dates.some((d) => d.tokens.includes(h + 1 + k)) ||
      cueWords().claimTags.has(w),
  );
  if (!closes || q.normals.includes('there')) return undefined;
  // (Each a word the article never uses, nor a form of one: "defence talks" of "defense policy talks"; not
  // "functional dialogue" of a dialogue it calls not yet truly functional.)
  const own = [event.name, ...kb.store.sentences.map((c) => c.text)].join(' ').toLowerCase();
  // (Nor a word of which one, "the same talks", or a number, "a 16th round": no kind.)
  // (Nor a nationality, "a <demonym> <thing>": whose it was, which the object's own check corrects.)
  const which = (w: string) =>
    cueWords().notKindWords.has(w) ||
    cueWords().seriesOrdinals.has(w) ||
    /\d/.test(w) ||
    loadGazetteer().countryOfDemonym.has(w);
  if (qualifiers.some((w) => w.length < 3 || which(w) || own.includes(w.slice(0, Math.max(4, w.length - 2)))))
    return undefined;
  const head = q.normals[h] ?? '';
  return {
    answered: true,
    text: `The article doesn't call ${head.endsWith('s') ? 'them' : /^[aeiou]/.test(qualifiers[0] ?? '') ? 'it an' : 'it a'} ${[...qualifiers, head].join(' ')}: it reports ${event.name}. ${capitalize(event.summary)}.`,
    citations: kb.store.cite(event.evidence),
    confidence: 0.7,
    focus: [event.id],
    workedOut: qualifiers,
  };
}

/**
 * "are these talks part of a series?", "one of a run of meetings?": an event the article numbers (its 17th
 * round) is one of several. (Only a number past the first: a first round says nothing of any later one.)
 */
export function checkSeries(q: ParsedQuestion, kb: Knowledge, event: Event): IntentReply | undefined {
  if (q.negated || !event.round || event.round < 2) return undefined;
  const series = [...cueWords().seriesNouns].some((w) => hasPhrase(q, `a ${w}`) || hasPhrase(q, `the ${w}`));
  if (!series) return undefined;
  return {
    ...yes(`It was the ${ordinal(event.round)} round: ${event.summary}.`, [event.evidence], kb, [event.id]),
    workedOut: q.normals.filter((w) => cueWords().seriesNouns.has(w)),
  };
}
