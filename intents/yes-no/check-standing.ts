/** Yes/no checks about how things stand: the relationship, and who is whose counterpart. */

import { cueWords } from '../../src/engine/cue-words.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { beyondRelationship, disputesBetween, sideOf } from '../../src/engine/parties.js';
import {
  hasAny,
  hasAnyOf,
  hasPhrase,
  mentionedEntities,
  negatedClaim,
  onlyBeVerb,
} from '../../src/engine/question-cues.js';
import { notStated } from '../../src/engine/replies.js';
import { capitalize, summarySentences } from '../../src/engine/wording.js';
import type { Dispute } from '../../src/facts/schema.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { corrections, no, yes } from './verdicts.js';

/** A verdict given with the disputes that settle it, their sentences said and cited. */
const onDisputes = (verdict: typeof yes, kb: Knowledge, disputes: readonly Dispute[]): IntentReply =>
  verdict(
    summarySentences(disputes),
    disputes.map((d) => d.evidence),
    kb,
    disputes.map((d) => d.id),
  );

/** "Is there tension between <party A> and <party B>?": a dispute between the parties named. */
export function checkDispute(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  // (Not war or armed conflict: a dispute is no war, and "conflict" is what talks are held to prevent.)
  if (!cueWords().lists.disputeClaimWords.some((w) => hasPhrase(q, w))) return undefined;
  // (An event named is what a dispute may be about: "is the <incident> a source of tension".)
  const sides = new Set([
    ...mentionedEntities(q, kb.store).map((e) => sideOf(kb.store, e.id) ?? e.id),
    ...q.mentions.filter((m) => m.start >= 0 && kb.store.events.has(m.id)).map((m) => m.id),
  ]);
  // "a war of words between <A> and <B>": both are its parties, not what it is about.
  const between = hasAny(q, 'between', 'btwn', 'betwen');
  const found = kb.store.facts.disputes.filter((d) =>
    [...sides].every((s) => d.parties.includes(s) || (!between && d.about.includes(s))),
  );
  // ("is there a war of words going on?": a dispute the article names, asked after with no party named.)
  const named = q.mentions.flatMap((m) => (m.start >= 0 ? (kb.store.disputes.get(m.id) ?? []) : []));
  const existential = cueWords().lists.existentialPhrases.some((p) => hasPhrase(q, p));
  if (sides.size === 0 && named.length > 0 && existential) return disputesSaid(q, kb, named);
  if (sides.size === 0) return undefined;
  // ("<A> and <B> are fighting over the <East> <X> sea?": a feature of the map the disputes never name is no
  // dispute of theirs; the article's are given instead.)
  const overAt = q.normals.findIndex((w) => w === 'about' || w === 'over');
  const mapFeature = overAt >= 0 && q.normals.slice(overAt + 1).some((w) => cueWords().geoNouns.has(w));
  const placed = (d: Dispute) => q.mentions.some((m) => m.start > overAt && m.id === d.place);
  if (found.length > 0 && mapFeature && !found.some(placed)) return onDisputes(no, kb, found);
  if (found.length === 0) {
    // (Then the dispute the claim's own words name, between whom the article says.)
    const ownWords = between
      ? kb.store.facts.disputes.filter((d) =>
          cueWords().lists.disputeClaimWords.some(
            (w) => w.includes(' ') && hasPhrase(q, w) && d.summary.toLowerCase().includes(w),
          ),
        )
      : [];
    if (ownWords.length === 0) return undefined;
    return onDisputes(no, kb, ownWords);
  }
  return disputesSaid(q, kb, found);
}

/**
 * "do <A> and <B> agree on <X>?" of an <X> the article has them in dispute over: no, with the dispute. (Not
 * "agree to <do something>", an act; nor a negated claim.)
 */
export function checkAgreedOnDispute(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const at = q.lemmas.findIndex(
    (l, i) => l === 'agree' && /^(?:on|about|over)$/.test(q.normals[i + 1] ?? ''),
  );
  if (at < 0 || negatedClaim(q)) return undefined;
  const sides = new Set(
    mentionedEntities(q, kb.store)
      .filter((e) => q.mentions.some((m) => m.id === e.id && m.start < at))
      .map((e) => sideOf(kb.store, e.id) ?? e.id),
  );
  if (sides.size < 2) return undefined;
  // (The thing agreed on, by its words after "on": a dispute whose own words hold them all.)
  const words = q.lemmas.filter(
    (l, i) => i > at + 1 && (q.pos[i] === 'NOUN' || q.pos[i] === 'PROPN') && l.length > 2,
  );
  const over = kb.store.facts.disputes.filter((d) => {
    const said = d.summary.toLowerCase();
    return (
      [...sides].every((s) => d.parties.includes(s)) &&
      words.length > 0 &&
      words.every((w) => said.includes(w.replace(/s$/, '')))
    );
  });
  if (over.length === 0) return undefined;
  return onDisputes(no, kb, over);
}

/**
 * "the territorial claims are in <another sea> right?": a dispute the question names, placed somewhere else than
 * the article places it, is corrected with its place; in its own place, it is left to the checks that follow.
 */
export function checkDisputePlace(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const m = q.mentions.find((x) => x.start >= 0 && kb.store.disputes.get(x.id)?.place !== undefined);
  const dispute = m && kb.store.disputes.get(m.id);
  if (!m || !dispute?.place) return undefined;
  const at = q.normals.indexOf('in', m.end + 1);
  if (at < 0 || at > m.end + 3) return undefined;
  // (Its own place named there, or nothing of a place at all, "in the news": not for this check.)
  const own = q.mentions.some((x) => x.id === dispute.place && x.start > at);
  const place =
    q.mentions.some(
      (x) => x.start > at && ['place', 'country'].includes(kb.store.entities.get(x.id)?.kind ?? ''),
    ) ||
    q.otherPlaces.some((p) => p.start > at) ||
    q.normals.slice(at + 1).some((w) => cueWords().geoNouns.has(w));
  if (own || !place) return undefined;
  return no(`In ${kb.store.nameOf(dispute.place)}: ${summarySentences([dispute])}`, [dispute.evidence], kb, [
    dispute.id,
  ]);
}

/** "Yes." with the disputes found; the member's word for them, "disagree", is read as the article's dispute. */
function disputesSaid(q: ParsedQuestion, kb: Knowledge, disputes: readonly Dispute[]): IntentReply {
  return {
    ...onDisputes(yes, kb, disputes),
    // (And the words that frame it: "is <X> mentioned as a reason for tension".)
    workedOut: q.normals.filter(
      (w) => cueWords().disputeClaimWords.has(w) || cueWords().disputeFrameWords.has(w),
    ),
  };
}

/** "Was <person>'s counterpart <person>?": the article names one counterpart pair. */
export function checkCounterpart(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  if (!hasAny(q, 'counterpart')) return undefined;
  const people = mentionedEntities(q, kb.store).filter((e) => e.kind === 'person');
  const [a, b] = people;
  if (!a || !b) return undefined;
  const relation = kb.store.facts.relations.find(
    (r) => r.type === 'counterpart' && [r.from, r.to].includes(a.id) && [r.from, r.to].includes(b.id),
  );
  if (relation) return yes(`${capitalize(relation.text)}.`, [relation.evidence], kb, [a.id, b.id]);
  const fix = corrections([a, b], kb);
  const pair = kb.store.facts.relations.find((r) => r.type === 'counterpart');
  return no(
    `${fix.text}${pair ? ` The article calls only ${pair.text.replace(/^General /, 'General ')}.` : ''}`.trim(),
    [...fix.evidence, ...(pair ? [pair.evidence] : [])],
    kb,
    [a.id, b.id],
  );
}

export function checkRelationship(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const aboutCommunication =
    hasAny(q, 'communication', 'communications') &&
    hasAny(q, 'restore', 'restored', 'restoring', 'progress', 'improve', 'improving', 'better');
  // "Has the <a country> thing been fixed?": whether things between the two are resolved.
  const settled = hasAny(q, 'fixed', 'resolved', 'solved', 'settled', 'normalized');
  const r = kb.store.facts.relationship;
  // ("are ties still not back to normal?": a negated claim, whose "yes" and "no" these verdicts do not turn.)
  if (!r || negatedClaim(q)) return undefined;
  const mentioned = mentionedEntities(q, kb.store);
  const aboutParties = mentioned.some((e) => r.parties.includes(sideOf(kb.store, e.id) ?? ''));
  // ("is the relationship better now", "are things improving": a change the article gives no verdict on, only
  // how things stand and the progress made.)
  const change = q.normals.some((w) => cueWords().standingChangeWords.has(w));
  // ("did relations get better after these talks": a change after the last thing the article reports, which it
  // cannot tell.)
  const afterAt = q.normals.indexOf('after');
  const since = q.mentions
    .filter((m) => m.start > afterAt && afterAt >= 0)
    .map((m) => kb.store.events.get(m.id))
    .find((e) => e !== undefined);
  const ends = (e: { date: { end: string }; endDate?: { end: string } }) => e.endDate?.end ?? e.date.end;
  const reported = kb.store.facts.events.filter(
    (e) => e.date.precision !== 'unknown' && e.date.start <= kb.store.meta.referenceDate.date,
  );
  const latest = since && reported.every((e) => ends(e) <= ends(since));
  if (change && since && latest && (aboutParties || hasAny(q, 'relationship', 'relations', 'ties', 'things')))
    return {
      ...notStated('how things went after it', { text: since.summary, evidence: since.evidence }, kb.store),
      settled: true,
    };
  if (
    change &&
    !aboutCommunication &&
    (aboutParties || hasAny(q, 'relationship', 'relations', 'ties', 'things')) &&
    !mentioned.some((e) => e.kind === 'person')
  )
    return {
      answered: true,
      text: `The article gives no verdict on whether things are getting better or worse, but says: ${capitalize(r.summary)}, though ${r.progress.text}.`,
      citations: kb.store.cite(r.evidence, r.progress.evidence),
      confidence: 0.75,
      focus: [...r.parties],
    };
  // ("are <A> and <B> friends again?": good standing claimed of both parties.)
  const parties = new Set(mentioned.map((e) => sideOf(kb.store, e.id) ?? e.id));
  const bothParties = r.parties.every((p) => parties.has(sideOf(kb.store, p) ?? p));
  const friends = bothParties && hasAnyOf(q, cueWords().lists.friendWords);
  // ("r <A> and <B> cool now?", "are <A> and <B> tense": a word for how they stand, said of the two parties.)
  const standingWord = (list: ReadonlySet<string>) =>
    q.normals.some((w, i) => list.has(w) && q.normals[i + 1] !== 'to');
  // (Only "are <A> and <B> <word>": not "the relationship is ..." told below, nor what someone said of it.)
  const ofParties =
    bothParties &&
    !hasAny(q, 'relationship', 'relations', 'ties', 'terms') &&
    onlyBeVerb(q) &&
    !mentioned.some((e) => e.kind === 'person');
  // ("are <A> and <B> getting along (now)": a phrase for how they stand, said of two parties; of two other than
  // the relationship's, the disputes the article reports between them.)
  const phrase = mentioned.some((e) => e.kind === 'person')
    ? undefined
    : cueWords().lists.standingPhrases.find((p) => hasPhrase(q, p));
  const bad = phrase?.split(' ').some((w) => cueWords().badStanding.has(w)) === true;
  const others = phrase && !bothParties ? joinedSides(q, kb) : [];
  const between =
    others.length >= 2 && beyondRelationship(kb.store, others) ? disputesBetween(kb.store, others) : [];
  if (phrase && between.length > 0)
    return {
      ...onDisputes(bad ? yes : no, kb, between),
      workedOut: phrase.split(' '),
    };
  // (A phrase said of the two parties is read as a word for how they stand is.)
  const ofBoth = phrase !== undefined && bothParties;
  if ((ofBoth && bad) || (!ofBoth && ofParties && standingWord(cueWords().badStanding)))
    return {
      ...yes(`${capitalize(r.summary)}.`, [r.evidence, r.progress.evidence], kb, r.parties),
      workedOut: ofBoth ? (phrase?.split(' ') ?? []) : q.normals.filter((w) => cueWords().badStanding.has(w)),
    };
  if (ofBoth || friends || (ofParties && standingWord(cueWords().goodStanding)))
    return {
      ...no(
        `${capitalize(r.summary)}, though ${r.progress.text}.`,
        [r.evidence, r.progress.evidence],
        kb,
        r.parties,
      ),
      ...(ofBoth ? { workedOut: phrase?.split(' ') ?? [] } : {}),
    };
  if (settled && (aboutParties || hasAny(q, 'relationship', 'relations', 'ties'))) {
    return no(
      `${capitalize(r.summary)}, though ${r.progress.text}.`,
      [r.evidence, r.progress.evidence],
      kb,
      r.parties,
    );
  }
  // ("did they make any progress (at all)?": progress claimed of nothing else named.)
  const progressAlone =
    hasAny(q, 'progress', 'headway') &&
    !q.pos.some((p, i) => p === 'NOUN' && !/^(?:progress|headway)$/.test(q.normals[i] ?? '')) &&
    mentionedEntities(q, kb.store).every((e) => r.parties.includes(sideOf(kb.store, e.id) ?? ''));
  // ("are things between <A> and <B> chill?", "... between them": how the two stand.)
  const thingsBetween =
    hasAny(q, 'things') &&
    hasAny(q, 'between') &&
    (parties.size >= 2 || hasPhrase(q, 'between them') || hasPhrase(q, 'between the two')) &&
    // (Not how two people get on: "things between <A> and <B>" of persons.)
    !mentionedEntities(q, kb.store).some((e) => e.kind === 'person');
  // ("did the talks work?": the success of an event the progress is told in the same sentences as.)
  // (Most questions hold no word of success: the sentences are looked up only for those that do.)
  const successOf =
    q.normals.some(
      (w, i) => cueWords().successWords.has(w) || cueWords().successWords.has(q.lemmas[i] ?? ''),
    ) &&
    q.mentions.some((m) => {
      const progressSentences = new Set(kb.store.cite(r.progress.evidence).map((c) => c.sentence));
      return kb.store
        .cite(kb.store.events.get(m.id)?.evidence ?? [])
        .some((c) => progressSentences.has(c.sentence));
    });
  if (
    !hasAny(q, 'relationship', 'relations', 'ties', 'terms') &&
    !thingsBetween &&
    !successOf &&
    !aboutCommunication &&
    !progressAlone
  )
    return undefined;
  // ("are things between <A> and <C> ok?" of two parties joined, other than the relationship's: the disputes
  // the article reports between them, or nothing.)
  const sides = joinedSides(q, kb);
  if (beyondRelationship(kb.store, sides)) {
    const between = disputesBetween(kb.store, sides);
    const standingClaimed =
      hasAnyOf(q, cueWords().lists.goodStanding) || hasAnyOf(q, cueWords().lists.badStanding);
    if (between.length > 0 && standingClaimed) {
      const verdict = hasAnyOf(q, cueWords().lists.goodStanding) ? no : yes;
      return onDisputes(verdict, kb, between);
    }
    return {
      ...notStated(`how things stand between ${sides.map((s) => kb.store.nameOf(s)).join(' and ')}`),
      // (The parties named settle it: no sentence about the article's relationship answers for theirs.)
      settled: true,
    };
  }
  const ev = [r.evidence, r.progress.evidence];
  // (The member's word for how things stand, "bad", is read as the article's "strained": no sentence says it.)
  if (hasAnyOf(q, cueWords().lists.badStanding))
    return {
      ...yes(`${capitalize(r.summary)}.`, ev, kb, r.parties),
      // ("still": as things stand when the article was written, which is what it reports.)
      workedOut: q.normals.filter((w) => cueWords().badStanding.has(w) || w === 'still'),
    };
  if (hasAnyOf(q, cueWords().lists.goodStanding))
    return no(`${capitalize(r.summary)}, though ${r.progress.text}.`, ev, kb, r.parties);
  // ("was it considered a success by <A>", "did <A> see it as a success": a party's own verdict, which the
  // progress the article reports in its own voice does not give.)
  const judge = successOf ? judgeNamed(q, kb) : undefined;
  if (judge)
    return {
      ...notStated(
        `how ${kb.store.nameOf(judge)} judged it`,
        { text: r.progress.text, evidence: r.progress.evidence },
        kb.store,
      ),
      settled: true,
    };
  const partly = `${capitalize(r.progress.text)}. Still, ${r.summary.charAt(0).toLowerCase()}${r.summary.slice(1)}.`;
  // ("is it over" claims an end; "over <a visit>" says what for.)
  const overAt = q.normals.indexOf('over');
  const ended = overAt >= 0 && !/^(DET|NOUN|PROPN|ADJ|PRON|NUM)$/.test(q.pos[overAt + 1] ?? '');
  if (ended || hasAny(q, 'completely', 'fully', 'entirely', 'totally', 'normal', 'resolved'))
    return no(`Not fully. ${partly}`, ev, kb, r.parties);
  if (successOf || hasAny(q, 'improve', 'improving', 'better') || hasAnyOf(q, cueWords().lists.recoveryWords))
    return {
      ...yes(partly, ev, kb, r.parties),
      text: `Partly. ${partly}`,
      // (Whether it worked, or is a sign of ties coming back, is read from the progress reported, not from a word
      // of the sentences.)
      workedOut: q.normals.filter(
        (w, i) =>
          cueWords().successWords.has(w) ||
          cueWords().successWords.has(q.lemmas[i] ?? '') ||
          cueWords().signWords.has(w),
      ),
    };
  return undefined;
}

/** Two countries or places the question joins as parties: "<A> and <B>", "between <A> and <B>". */
function joinedSides(q: ParsedQuestion, kb: Knowledge): string[] {
  const parties = [...q.mentions]
    .filter((m) => m.start >= 0 && ['country', 'place'].includes(kb.store.entities.get(m.id)?.kind ?? ''))
    .sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < parties.length; k++) {
    const [a, b] = [parties[k], parties[k + 1]];
    if (!a || !b) continue;
    const gap = q.normals.slice(a.end + 1, b.start).filter((w) => w !== 'the');
    if (gap.length === 1 && ['and', '&', 'n', 'nd'].includes(gap[0] ?? '')) {
      const sides = [a.id, b.id].map((id) => sideOf(kb.store, id) ?? id);
      return sides[0] === sides[1] ? [] : sides;
    }
  }
  return [];
}

/** "is <a place> the only dispute they mention?": the others the article lists, if any. */
export function checkOnlyDispute(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const { disputes } = kb.store.facts;
  const disputeWord = cueWords().lists.disputeWords.some((w) => hasAny(q, w, `${w}s`));
  if (!hasAny(q, 'only') || !disputeWord) return undefined;
  const named = disputes.filter((d) =>
    q.mentions.some((m) => m.id === d.id || d.place === m.id || d.about.includes(m.id)),
  );
  if (named.length === 0) return undefined;
  const others = disputes.filter((d) => !named.includes(d));
  return others.length > 0
    ? no(
        `The article also lists others: ${summarySentences(others)}`,
        others.map((d) => d.evidence),
        kb,
        others.map((d) => d.id),
      )
    : onDisputes(yes, kb, named);
}

/** The party whose verdict is asked for: "considered ... by <A>", "does <A> think", "according to <A>". */
function judgeNamed(q: ParsedQuestion, kb: Knowledge): string | undefined {
  const regarding =
    q.lemmas.some((l) => cueWords().regardVerbs.has(l) || cueWords().opinionVerbs.has(l)) ||
    hasPhrase(q, 'according to');
  if (!regarding) return undefined;
  // (Not a party inside the event's own name: "the <A>-<B> talks".)
  const inEvent = (start: number) =>
    q.mentions.some((e) => e.start >= 0 && kb.store.events.has(e.id) && e.start <= start && start <= e.end);
  return q.mentions.find(
    (m) => m.start >= 0 && kb.store.entities.has(m.id) && !kb.store.events.has(m.id) && !inEvent(m.start),
  )?.id;
}
