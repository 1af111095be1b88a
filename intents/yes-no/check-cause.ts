/**
 * "Did <person>'s visit lead <a capital> to sever dialogue?", "did <A> cut off talks because of <B>?": a
 * claimed cause checked against the article's cause-and-effect links. The cause must be the one the article
 * gives, and put where the article puts it ("because <person> went to <another place>" is not the visit).
 */

import { cueWords } from '../../src/engine/cue-words.js';
import { rankEvents } from '../../src/engine/event-ranking.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { sameParty, sideOf } from '../../src/engine/parties.js';
import { notStated } from '../../src/engine/replies.js';
import { capitalize } from '../../src/engine/wording.js';
import type { Event } from '../../src/facts/schema.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import type { DateRange } from '../../src/nlp/resolve-date.js';
import { no, yes } from './verdicts.js';

/** Words after which the cause follows ("because of <cause>"); with "lead", "cause", "trigger" it comes first. */
const CAUSE_AFTER = /^(because|since|after|due|response|over|cause)$/;

/** Whether the event's date, as exactly as the article gives it, lies within the date a question claims. */
const dateHolds = (date: Event['date'], claimed: DateRange) =>
  date.precision !== 'unknown' && claimed.start <= date.start && (date.end ?? date.start) <= claimed.end;

/** The question's words from..to as a question of their own, for ranking the events each part names. */
function part(q: ParsedQuestion, from: number, to: number): ParsedQuestion {
  const inside = (i: number) => i >= from && i < to;
  const normals = q.normals.slice(from, to);
  return {
    ...q,
    normals,
    raws: q.raws.slice(from, to),
    lemmas: q.lemmas.slice(from, to),
    ownLemmas: q.ownLemmas.slice(from, to),
    pos: q.pos.slice(from, to),
    // (A pronoun "it" is the subject, in the first part: "did it lead to ...".)
    mentions: q.mentions
      .filter((m) => (m.start >= 0 ? inside(m.start) : from === 0 && m.via === 'pronoun'))
      .map((m) => (m.start >= 0 ? { ...m, start: m.start - from, end: m.end - from } : m)),
    dates: q.dates
      .filter((d) => d.tokens.every(inside))
      .map((d) => ({ ...d, tokens: d.tokens.map((t) => t - from) })),
    otherPlaces: q.otherPlaces
      .filter((p) => inside(p.start))
      .map((p) => ({ ...p, start: p.start - from, end: p.end - from })),
    words: new Set([...normals, ...q.lemmas.slice(from, to)]),
  };
}

export function checkCause(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const { store, triggers } = kb;
  // ("sever ties over <a visit>": a cause named just after "over", of an act some event is.)
  const linked = q.normals.some(
    (w, i) =>
      cueWords().causeLinkWords.has(w) &&
      q.mentions.some((m) => store.events.has(m.id) && m.start > i && m.start <= i + 3) &&
      q.lemmas.some((l, k) => k < i && q.pos[k] === 'VERB' && (triggers.get(l)?.length ?? 0) > 0),
  );
  // ("<X> made <A> cut off <B>": "make" with a party and its verb after it is causing.)
  // (Not after a preposition: "were the talks about making <A> stop <X>" says what they were for.)
  const causative = q.lemmas.findIndex((l, i) => {
    const party = q.mentions.find((m) => m.start === i + 1);
    return l === 'make' && party !== undefined && q.pos[party.end + 1] === 'VERB' && q.pos[i - 1] !== 'ADP';
  });
  // (A cause word, or a word read as one, "the reason", "bc"; but "lead" only as typed and as "lead to": "the
  // head of <X>" is read as "lead", and "did <A> lead the talks" claims no cause.)
  const causeWord = q.lemmas.some((l, i) => {
    const w = q.normals[i] ?? '';
    if (!cueWords().lists.causeWords.includes(l) && !cueWords().lists.causeWords.includes(w)) return false;
    if (l !== 'lead' && w !== 'lead' && w !== 'led' && w !== 'leads') return true;
    const own = q.ownLemmas[i] ?? w;
    return own === 'lead' && q.normals.slice(i + 1, i + 4).includes('to');
  });
  if (!linked && causative < 0 && !causeWord) return undefined;
  const named = (p: ParsedQuestion) =>
    rankEvents(p, store, triggers)
      .filter((r) => r.score >= 1.2)
      .map((r) => r.event);
  // Which side of the cue the cause is on: "X because of Y" after, "Y led to X" before.
  // (As typed or as its base form: a synonym may stand in for the base form of "result".)
  const isCue = (w: string) => CAUSE_AFTER.test(w) || cueWords().lists.causeWords.includes(w);
  const cued = q.lemmas.findIndex((l, i) => isCue(l) || isCue(q.normals[i] ?? ''));
  const cue = cued >= 0 ? cued : causative;
  // ("a result of <B>": the cause after; "<A> resulted in <B>", "did <A> cause <B>": before.)
  const after =
    cue >= 0 &&
    !(q.lemmas[cue] === 'cause' && q.pos[cue] === 'VERB' && q.normals[cue + 1] !== 'of') &&
    (CAUSE_AFTER.test(q.lemmas[cue] ?? '') ||
      CAUSE_AFTER.test(q.normals[cue] ?? '') ||
      (q.normals[cue] === 'result' && q.normals[cue + 1] === 'of'));
  // ("the reason for <X> was <Y>", "<Y> was the reason for <X>": the copula divides them, the effect with "reason".)
  const copula =
    q.lemmas[cue] === 'reason' ? q.lemmas.findIndex((l, i) => l === 'be' && i > 0 && i !== cue + 1) : -1;
  const reasonFirst = copula > cue;
  const end = q.normals.length;
  const spans: { cause: [number, number]; effect: [number, number] } | undefined =
    cue < 0
      ? undefined
      : copula >= 0
        ? reasonFirst
          ? { cause: [copula + 1, end], effect: [cue + 1, copula] }
          : { cause: [0, copula], effect: [cue + 1, end] }
        : after
          ? { cause: [cue + 1, end], effect: [0, cue] }
          : { cause: [0, cue], effect: [cue + 1, end] };
  const causePart = spans ? part(q, ...spans.cause) : q;
  const effectPart = spans ? part(q, ...spans.effect) : q;
  // ("did they resume talks because of <A>": the effect's own verb names another act than the one <A> caused.)
  const effectActs = effectPart.lemmas.flatMap((l, k) =>
    effectPart.pos[k] === 'VERB' ? (triggers.get(l) ?? []) : [],
  );
  const otherAct = (id: string) => cue >= 0 && effectActs.length > 0 && !effectActs.includes(id);
  const all = named(q).map((e) => e.id);
  const anyLink = store.facts.relations.find(
    (r) => r.type === 'caused' && all.includes(r.from) && all.includes(r.to) && !otherAct(r.to),
  );
  const claimedCauses = named(causePart);
  // (The act the effect's own verb names first: "did <A> sever the talks" claims the severing, not the talks.)
  const effects = [
    ...new Set([...effectActs.filter((id) => store.events.has(id)), ...named(effectPart).map((e) => e.id)]),
  ];
  // ("got cut in <a wrong year> bc of <A>": a date the question gives may rank the effect out of the whole
  // question's events; its own part still names it.)
  const link =
    anyLink ??
    store.facts.relations.find(
      (r) =>
        r.type === 'caused' &&
        claimedCauses.some((e) => e.id === r.from) &&
        effects.includes(r.to) &&
        // (Named there by its own word, "got cut": not an event of the dialogue's the other way, "got restarted".)
        // (Or by a noun alone, with no verb there: "the reason for the freeze".)
        (effectPart.lemmas.some((l, k) => effectPart.pos[k] === 'VERB' && triggers.get(l)?.includes(r.to)) ||
          !effectPart.pos.includes('VERB')),
    );
  // ("was <X> restarted because of <the agreement to restart it>": the act the effect's verb names is the very
  // event given as its cause, which the event itself bears out.)
  // (Named there by a word of its own, "a <A>-<B> deal", not only by who took part.)
  const itself = after
    ? claimedCauses.find(
        (e) => effectActs.includes(e.id) && causePart.lemmas.some((l) => triggers.get(l)?.includes(e.id)),
      )
    : undefined;
  if (cue >= 0 && itself) return yes(`${capitalize(itself.summary)}.`, [itself.evidence], kb, [itself.id]);
  // The article's cause of the effect claimed, when the question puts another in its place.
  // (Of the act the effect's verb names, when it names one: "was <X> restarted" is not about <X> being cut.)
  const actedOn = effectActs.filter((id) => store.events.has(id));
  const actual = store.facts.relations.find(
    (r) => r.type === 'caused' && (actedOn.length > 0 ? actedOn : effects).includes(r.to),
  );
  if (cue >= 0 && actual && claimedCauses.length > 0 && !claimedCauses.some((e) => e.id === actual.from))
    return no(`${capitalize(actual.text)}.`, [actual.evidence], kb, [actual.from, actual.to]);
  // ("cut ties bc of <a name the article never uses>", "bc of a trade war": a cause that names nothing of the
  // article's, with a word it never uses, in place of the one it gives.)
  const causeWords = causePart.normals.filter(
    (w, i) => /^(?:NOUN|PROPN|VERB|ADJ)$/.test(causePart.pos[i] ?? '') && !cueWords().askingWords.has(w),
  );
  if (
    cue >= 0 &&
    after &&
    actual &&
    claimedCauses.length === 0 &&
    !causePart.mentions.some((m) => m.start >= 0) &&
    causeWords.some((w) => q.unknownWords.includes(w))
  )
    return no(`${capitalize(actual.text)}.`, [actual.evidence], kb, [actual.from, actual.to]);
  // ("cut because of the <sea>", "bc of <a dispute>": a cause that names only what the article's cause has nothing
  // to do with, in place of the one it gives.)
  const actualCause = actual ? store.events.get(actual.from) : undefined;
  const tiedToCause = (id: string) =>
    actualCause !== undefined &&
    (actualCause.participants.some((p) => sameParty(store, p.entity, id) || sideOf(store, p.entity) === id) ||
      actualCause.place?.entity === id ||
      actualCause.id === id);
  const namedCause = causePart.mentions.filter((m) => m.start >= 0);
  if (
    cue >= 0 &&
    after &&
    actual &&
    claimedCauses.length === 0 &&
    namedCause.length > 0 &&
    namedCause.every((m) => !tiedToCause(m.id))
  )
    return no(`${capitalize(actual.text)}.`, [actual.evidence], kb, [actual.from, actual.to]);
  // (Or the cause, done by someone else: "because <another person> went to <the place>".)
  const doers =
    actualCause?.participants.filter((p) => store.entities.get(p.entity)?.kind === 'person') ?? [];
  const someoneElse = causePart.mentions.some(
    (m) =>
      m.start >= 0 && store.entities.get(m.id)?.kind === 'person' && !doers.some((p) => p.entity === m.id),
  );
  if (cue >= 0 && actual && doers.length > 0 && someoneElse)
    return no(`${capitalize(actual.text)}.`, [actual.evidence], kb, [actual.from, actual.to]);
  // "did the talks happen because <A> and <B> agreed ...?": an event the article says came after, and of, an
  // agreement or decision it names is answered with the article's own words for the link.
  const followed = store.facts.relations.find(
    (r) =>
      r.type === 'followed' && effects.includes(r.to) && claimedCauses.some((e) => e.id === r.from) && after,
  );
  if (!link && followed)
    return yes(`The article says ${followed.text}.`, [followed.evidence], kb, [followed.from, followed.to]);
  // A cause claimed between two events the article never links is not borne out, whatever else it says of them.
  const [claimed] = claimedCauses;
  const effect = effects.find((id) => id !== claimed?.id);
  // (Only a cue that must mean a cause: "<A> led the side" is no claim of one.)
  const cueWord = q.normals[cue] ?? '';
  const causal =
    /^(because|bc|due|result|response|cause|caused|causes)$/.test(cueWord) ||
    (/^(lead|led|leads)$/.test(cueWord) && q.normals[cue + 1] === 'to');
  if (!link && causal && claimed && effect && !effects.includes(claimed.id)) {
    const reply = notStated(
      `that ${store.events.get(effect)?.name ?? 'that'} happened because of ${claimed.name}`,
      { text: claimed.summary, evidence: claimed.evidence },
      store,
    );
    return { ...reply, settled: true };
  }
  if (!link) return undefined;
  // ("did <A> cut off <X> because of <B>" when another party cut it off: the doer claimed, the subject
  // before the effect's verb, is none of the effect's parties.)
  const effectDoers = store.events.get(link.to)?.participants ?? [];
  const verbAt = effectPart.pos.findIndex((p) => p === 'VERB');
  const subject = effectPart.mentions.find((m) => m.start >= 0 && (verbAt < 0 || m.start < verbAt));
  const subjectKind = subject ? store.entities.get(subject.id)?.kind : undefined;
  if (
    subject &&
    effectDoers.length > 0 &&
    subjectKind !== undefined &&
    subjectKind !== 'place' &&
    !effectDoers.some((p) => p.entity === subject.id || sameParty(store, p.entity, subject.id))
  )
    return no(`${capitalize(link.text)}.`, [link.evidence], kb, [link.from, link.to]);
  // The cause put elsewhere: "because <person> went to <another place>".
  const cause = store.events.get(link.from);
  const place = cause?.place?.entity;
  const elsewhere =
    place &&
    (causePart.otherPlaces.length > 0 ||
      causePart.mentions.some((m) => {
        const kind = store.entities.get(m.id)?.kind;
        return (
          (kind === 'place' || kind === 'country') &&
          ['to', 'in', 'visit', 'visited'].includes(causePart.normals[m.start - 1] ?? '') &&
          !sameParty(store, m.id, place)
        );
      }));
  if (elsewhere) return no(`${capitalize(link.text)}.`, [link.evidence], kb, [link.from, link.to]);
  // ("because of <A> visiting <B> in <a wrong year>": the cause the article gives, but not when it says it was.)
  const causeDate = causePart.dates[0];
  if (cause && causeDate && cause.date.precision !== 'unknown' && !dateHolds(cause.date, causeDate))
    return no(
      `${capitalize(link.text)}, but ${cause.name} was ${/^(?:\d|[A-Z])/.test(cause.date.resolved) ? 'in ' : ''}${cause.date.resolved}, not ${causeDate.label}.`,
      [link.evidence, cause.evidence],
      kb,
      [link.from, link.to],
    );
  // ("cut in <a year> because of <A>": the link holds, but a date the article does not give it is no "yes".)
  const effectEvent = store.events.get(link.to);
  const claimedDate = effectPart.dates[0];
  // ("cut in <the month of its cause> because of <A>", of an effect the article dates only as after its cause: the
  // link holds, and the date may; said so, with no verdict on the date.)
  if (
    effectEvent &&
    claimedDate &&
    cause &&
    /^after\b/.test(effectEvent.date.resolved) &&
    dateHolds(cause.date, claimedDate)
  )
    return {
      answered: true,
      text: `Partly: ${link.text}. The article gives no date for ${effectEvent.name} itself, only that it came after ${cause.name} (${cause.date.resolved}).`,
      citations: store.cite(link.evidence),
      confidence: 0.7,
      focus: [link.from, link.to],
    };
  if (effectEvent && claimedDate && !dateHolds(effectEvent.date, claimedDate))
    return notStated(
      `that ${effectEvent.name} happened ${/^(?:\d|[A-Z])/.test(claimedDate.label) ? 'in ' : ''}${claimedDate.label}`,
      { text: `${link.text}, and dates it ${effectEvent.date.resolved}`, evidence: link.evidence },
      store,
    );
  // ("because of <A> visiting in <its month>": the date claimed of the cause holds, and is said.)
  const causeDated =
    cause && causeDate && cause.date.precision !== 'unknown' && !link.text.includes(cause.date.resolved)
      ? ` ${capitalize(cause.name)} was ${/^(?:\d|[A-Z])/.test(cause.date.resolved) ? 'in ' : ''}${cause.date.resolved}.`
      : '';
  return yes(
    `${capitalize(link.text)}.${causeDated}`,
    [link.evidence, ...(causeDated && cause ? [cause.evidence] : [])],
    kb,
    [link.from, link.to],
  );
}
