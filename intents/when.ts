import { cueWords } from '../src/engine/cue-words.js';
import { escapeRegExp } from '../src/engine/escape-reg-exp.js';
import {
  asksAboutAnotherInstance,
  asksEarlyInstance,
  outsiders,
  rankEvents,
  unexplainedVerbs,
  unexplainedWords,
  verbEvokes,
} from '../src/engine/event-ranking.js';
import type { Intent, IntentReply, Knowledge } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { hasAny, hasAnyOf, hasPhrase, looseStem, makingVerbAt } from '../src/engine/question-cues.js';
import { notStated, otherOccurrence, stated } from '../src/engine/replies.js';
import { capitalize, describeDate, joinNames, WEEKDAYS } from '../src/engine/wording.js';
import type { FactStore } from '../src/facts/fact-store.js';
import type { Event } from '../src/facts/schema.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';

const MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
/** An ISO date as a weekday and date: "Monday, <month day, year>". */
const dayName = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
};

/**
 * "what day of the week was <a date>?" of a day the article reports something on: that weekday, worked out,
 * with what happened then.
 */
function weekdayOfDate(q: ParsedQuestion, store: FactStore): IntentReply | undefined {
  const [day] = q.dates;
  const weekday = hasPhrase(q, 'day of the week') || hasAny(q, 'weekday') || hasPhrase(q, 'what day');
  if (!weekday || q.dates.length !== 1 || !day || day.start !== day.end) return undefined;
  const on = store.facts.events.find(
    (e) => e.date.precision === 'day' && e.date.start <= day.start && day.start <= e.date.end,
  );
  if (!on) return undefined;
  return stated(
    store,
    `${dayName(day.start)}, worked out from the date. ${capitalize(on.summary)}.`,
    [on.evidence],
    [on.id],
    0.75,
  );
}

/** A time taken as written: "2 hours, 7 minutes and 48 seconds", "59 minutes and 55 seconds", "2:07:48". */
const TIME_TAKEN =
  /\b(?:\d+ hours?,? (?:and )?\d+ minutes?(?:,? and \d+ seconds?)?|\d+ minutes?,? and \d+(?:\.\d+)? seconds?|\d{1,2}:\d{2}:\d{2}(?:\.\d+)?)\b/;

/**
 * "what time did <A> run": the time a person's timed effort took (a race, a swim), which a sentence naming them
 * gives as hours, minutes and seconds; not a time of day.
 */
function timeTaken(q: ParsedQuestion, store: FactStore): IntentReply | undefined {
  if (!hasPhrase(q, 'what time') || !q.ownLemmas.some((l) => cueWords().timedVerbs.has(l))) return undefined;
  const people = q.mentions.flatMap((m) => {
    const e = store.entities.get(m.id);
    return e?.kind === 'person' ? [e] : [];
  });
  const [person] = people;
  if (people.length !== 1 || !person) return undefined;
  const names = [person.name, ...person.aliases, person.name.split(' ').at(-1) ?? person.name];
  const found = store.sentences.flatMap((s) => {
    const time = names.some((n) => s.text.includes(n)) ? TIME_TAKEN.exec(s.text)?.[0] : undefined;
    return time ? [{ s, time }] : [];
  });
  const [one] = found;
  if (found.length !== 1 || !one) return undefined;
  return {
    answered: true,
    text: `${capitalize(one.time)}. The article: "${one.s.text}"`,
    citations: [{ sentence: one.s.n, text: one.s.text }],
    confidence: 0.7,
    focus: [person.id],
    // (The time and the effort are what the answer reads the sentence as; it need not say "run".)
    workedOut: q.normals.filter((w, i) => w === 'time' || cueWords().timedVerbs.has(q.ownLemmas[i] ?? '')),
  };
}

/** A time of day as written: "1.30pm", "9:15 a.m.", "noon". */
const CLOCK = /\b(?:\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|noon|midnight)(?![\p{L}])/iu;

/**
 * "what time does the replay start" of "The replay will take place ... with a 1.30pm throw-in": the one sentence
 * with a time of day that holds every noun of the question.
 */
function clockTime(q: ParsedQuestion, store: FactStore): IntentReply | undefined {
  const nouns = q.lemmas.filter((l, i) => q.pos[i] === 'NOUN' && l.length > 3 && l !== 'time');
  if (nouns.length === 0) return undefined;
  const found = store.sentences.flatMap((s) => {
    const text = s.text.toLowerCase();
    const time = nouns.every((n) => text.includes(n.slice(0, 5))) ? CLOCK.exec(s.text)?.[0] : undefined;
    return time ? [{ s, time }] : [];
  });
  const [one] = found;
  if (found.length !== 1 || !one) return undefined;
  return {
    answered: true,
    text: `${one.time}. The article: "${one.s.text}"`,
    citations: [{ sentence: one.s.n, text: one.s.text }],
    confidence: 0.7,
    // (The time of day is what the answer reads the sentence for; it need not say "start".)
    workedOut: q.normals.filter(
      (w, i) => w === 'time' || cueWords().startWords.has(w) || q.pos[i] === 'VERB',
    ),
  };
}

/** Verbs that name no act of their own, which an event's sentence may have anywhere. */
const LIGHT_ACTS = /^(?:be|have|do|get|happen|take|make)$/;

/** An event's sentences, in lower case, as one text. */
const sentencesOf = (event: Event, store: FactStore): string =>
  store
    .cite(event.evidence)
    .map((c) => c.text.toLowerCase())
    .join(' ');

/**
 * Whether a draft event's sentence has a verb the question asks outside the event's own clause (its label): the
 * act asked is another clause's, whose date this is not.
 */
function actElsewhere(q: ParsedQuestion, event: Event, store: FactStore): boolean {
  if (event.provenance?.source !== 'auto' || event.label.includes('...')) return false;
  const clause = event.label.toLowerCase();
  const said = sentencesOf(event, store);
  return q.lemmas.some(
    (l, i) =>
      q.pos[i] === 'VERB' &&
      !LIGHT_ACTS.test(l) &&
      said.includes(looseStem(l)) &&
      !clause.includes(looseStem(l)),
  );
}

/** Whether the event's sentence puts a word of the question ahead ("will be replayed") of an event already past. */
function aheadOfEvent(q: ParsedQuestion, event: Event, store: FactStore): boolean {
  if (event.date.precision === 'unknown' || event.date.end >= store.meta.referenceDate.date) return false;
  const said = sentencesOf(event, store);
  const ahead = [...said.matchAll(/\b(?:will|shall)\s+(?:be\s+)?([a-z]+)/g)].map((m) => m[1] ?? '');
  return q.lemmas.some(
    (l, i) =>
      /^(?:NOUN|VERB)$/.test(q.pos[i] ?? '') &&
      l.length > 3 &&
      !LIGHT_ACTS.test(l) &&
      ahead.some((w) => w.startsWith(looseStem(l))),
  );
}

/** Nouns for a stretch of time, which a length before them still dates: "which two-day period". */
const STRETCHES = new Set(['period', 'periods', 'stretch', 'window', 'span', 'spell', 'run']);

export const when: Intent = {
  id: 'when',
  description: 'When an event happened, as the article words it and resolved to a date.',
  examples: [],
  counterExamples: [],
  match(q) {
    if (q.wh === 'when') return MATCH.strong;
    // "date of the talks?"
    if (q.wh === undefined && !q.yesNo && hasAny(q, 'date', 'when')) return MATCH.plausible;
    // (Not a time word of a date the question gives: "the <A> thing late last year was about what".)
    const timeWords = ['date', 'day', 'year', 'month', 'time', 'weekday'];
    // (Nor one the question puts itself in: "what was discussed on the first day", "on day <n>", "around the time of".)
    // (And the same word again after it: "on day <n> vs day <m>".)
    const afterPreposition = (i: number) => {
      let k = i - 1;
      while (['DET', 'ADJ', 'NUM'].includes(q.pos[k] ?? '') && q.wh !== q.normals[k]) k--;
      return /^(?:on|during|over|around|at)$/.test(q.normals[k] ?? '');
    };
    const given = (i: number) =>
      afterPreposition(i) || q.normals.some((w, j) => j < i && w === q.normals[i] && afterPreposition(j));
    // ("<n> day <noun>", "<n>-year <noun>": a length said of the thing, unless that thing is a stretch of time.)
    const lengthOfNoun = (i: number) => {
      const n = q.normals[i - 1] === '-' ? i - 2 : i - 1;
      const next = q.normals[i + 1] ?? '';
      return q.pos[n] === 'NUM' && ['NOUN', 'PROPN'].includes(q.pos[i + 1] ?? '') && !STRETCHES.has(next);
    };
    const timeAsked = () =>
      q.normals.some(
        (w, i) =>
          (timeWords.includes(w) || timeWords.includes(q.lemmas[i] ?? '')) &&
          !q.dates.some((d) => d.tokens.includes(i)) &&
          !given(i) &&
          // (Nor "take time", a length said of something; nor, after "which <X>", a time word later on: "which
          // country's officials say it will take time" asks for the country.)
          q.lemmas[i - 1] !== 'take' &&
          (q.wh !== 'which' || i <= q.normals.indexOf('which') + 2) &&
          // (Nor a length describing the thing asked about: "the two days of talks were a step towards what",
          // "the official name of the 2 day meeting".)
          !(q.normals[i + 1] === 'of' && q.pos[i - 1] === 'NUM') &&
          !lengthOfNoun(i),
      );
    if ((q.wh === 'what' || q.wh === 'which') && timeAsked()) return MATCH.strong;
    if (hasPhrase(q, 'how long ago') || hasPhrase(q, 'how recently')) return MATCH.firm;
    return 0;
  },
  answer(q, kb) {
    const reply = answerWhen(q, kb);
    // ("when is the next hearing": of one still to come after the article's date, "next" is worked out from the
    // date, not said in its sentence.)
    const still =
      reply?.answered &&
      reply.focus?.some(
        (id) => (kb.store.events.get(id)?.date.start ?? '') > kb.store.meta.referenceDate.date,
      );
    return still && hasAny(q, 'next', 'upcoming')
      ? { ...reply, workedOut: [...(reply.workedOut ?? []), 'next', 'upcoming'] }
      : reply;
  },
};

/** When the event the question is about happened, or why the article cannot say. */
function answerWhen(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const { store, triggers } = kb;
  // "when was the very first one?" names nothing else: of a numbered series, an instance the article does not report.
  const series = [...store.events.values()].find((e) => e.round !== undefined && e.round > 2);
  const namesOther = q.mentions.some((m) => m.start >= 0 && m.id !== series?.id);
  if (series && !namesOther && asksEarlyInstance(q)) return otherOccurrence(store, series);
  const ranked = rankEvents(q, store, triggers);
  // ("<A> cut off dialogue ... it got restarted when": "it" is what the verb was done to; the verb names the
  // event asked about.)
  const viaPronoun = q.mentions.some((m) => m.id === ranked[0]?.event.id && m.via === 'pronoun');
  const byVerb = viaPronoun
    ? ranked.find(
        (r) =>
          r !== ranked[0] &&
          verbEvokes(q, triggers, r.event.id) &&
          !verbEvokes(q, triggers, ranked[0]?.event.id),
      )
    : undefined;
  // (Of a draft's events from one sentence, the one whose own clause has the act asked: "when did <A> hear the
  // case" of "<A> found that wages for <a month> were late ... when it heard the case last <day>".)
  const sameSentence = (e: Event) => e.evidence[0] === ranked[0]?.event.evidence[0];
  const ownClause = ranked.find(
    (r) =>
      r.score >= 1.2 &&
      sameSentence(r.event) &&
      !r.event.label.includes('...') &&
      !actElsewhere(q, r.event, store),
  );
  const best =
    byVerb ?? (ranked[0] && actElsewhere(q, ranked[0].event, store) ? (ownClause ?? ranked[0]) : ranked[0]);
  if (!best || best.score < 1.2) return weekdayOfDate(q, store);
  // (A headline's "from January" and its body's "from January 1": of the same act as well matched, the finer date.)
  const finer = ranked.find(
    (r) =>
      r.score >= best.score &&
      r.event.kind === best.event.kind &&
      best.event.date.precision !== 'day' &&
      r.event.date.precision === 'day' &&
      r.event.date.start >= best.event.date.start &&
      r.event.date.end <= best.event.date.end,
  );
  // ("when does it take effect" of "<A> will suspend <X> for 90 days from Nov. 1, <B> said on Wednesday": a start
  // asked is the date after "from", of an event as well matched.)
  const startAsked = q.normals.some((w) => cueWords().startWords.has(w));
  const fromDate = (e: Event) => {
    const text = store.cite(e.evidence)[0]?.text ?? '';
    const at = e.date.text ? text.indexOf(e.date.text) : -1;
    return at > 0 && /\b(?:from|starting|effective|beginning|as of)\s+$/i.test(text.slice(0, at));
  };
  const chosen = (finer ?? best).event;
  const started =
    startAsked && !fromDate(chosen)
      ? [...store.events.values()].find((e) => e.evidence[0] === chosen.evidence[0] && fromDate(e))
      : undefined;
  const event = started ?? chosen;
  const nearby = { text: event.summary, evidence: event.evidence };
  // ("is <X> back to normal" ... "so when will it be": "it" is what is still to come, not an event already over.)
  const willBe = q.normals.some((w) => w === 'will' || w === 'gonna' || w === "'ll");
  const byPronoun = q.mentions.some((m) => m.id === event.id && m.via === 'pronoun');
  if (willBe && byPronoun && event.date.end <= store.meta.referenceDate.date)
    return notStated('when that will be', nearby, store);
  if (asksAboutAnotherInstance(q, event, triggers, store.meta.referenceDate.date))
    return otherOccurrence(store, event);
  // "when did <person> stop being <title>": a change of office, which no event of the article is.
  if (cueWords().lists.changeOfRolePhrases.some((p) => hasPhrase(q, p)))
    return notStated('when that changed', { text: event.summary, evidence: event.evidence }, store);
  if (hasPhrase(q, 'what time') || hasAny(q, 'hour', 'clock'))
    return timeTaken(q, store) ?? clockTime(q, store) ?? notStated('at what time of day', nearby, store);
  // ("when did <A> visit <a place>" when <B> made that visit: not <B>'s answer.)
  const strangers = outsiders(q, event, store);
  if (strangers.length > 0)
    return notStated(`that ${joinNames(strangers.map((e) => e.name))} took part in that`, nearby, store);
  // (A word for its start or end is what is asked: "when did they kick off".)
  // ("when is the next hearing" of one after the article's date: "next" says it is still to come.)
  const still = event.date.start > store.meta.referenceDate.date;
  const odd = [...unexplainedWords(q, event, kb), ...unexplainedVerbs(q, event, kb)].filter(
    (w) =>
      !cueWords().startWords.has(w) &&
      !cueWords().endWords.has(w) &&
      !(still && (w === 'next' || w === 'upcoming')),
  );
  if (odd.length > 0) return notStated(`when that was`, nearby, store);
  // ("when was <X> founded" of "an inspection found that ...": a verb of making a thing is said of the event in
  // one of its own forms, not in a word that only looks like it.)
  const making = makingVerbAt(q);
  if (making >= 0) {
    const lemma = q.ownLemmas[making] ?? '';
    const typed = q.normals[making] ?? '';
    const forms = [typed, `${lemma}ed`, `${lemma}d`, `${lemma}s`, ...(typed === lemma ? [lemma] : [])];
    const told = `${event.summary} ${event.evidence.join(' ')}`.toLowerCase();
    if (!forms.some((f) => new RegExp(`\\b${escapeRegExp(f)}\\b`).test(told)))
      return notStated('when that was', nearby, store);
  }
  // (A draft event's words are its whole sentence's: an act asked that the sentence reports outside the event's
  // own clause is another act, "<A> lodged a protest ..., and <B> filed an appeal on <a day>".)
  if (actElsewhere(q, event, store)) return notStated(`when that was`, nearby, store);
  // ("when is the replay" of "<X>, abandoned last Sunday, will be replayed": the act asked is one the sentence
  // puts ahead of the event's own day; the sentences are read for its date instead.)
  if (aheadOfEvent(q, event, store)) return undefined;
  // ("when will <X> reopen?" of a reopening before the article's date: another occasion, not this one.)
  const ahead = q.normals.some((w) => w === 'will' || w === 'gonna') || hasPhrase(q, 'going to');
  const causeDate = event.cause ? store.events.get(event.cause.event)?.date : undefined;
  const past =
    event.date.precision === 'unknown'
      ? causeDate !== undefined &&
        causeDate.precision !== 'unknown' &&
        causeDate.end < store.meta.referenceDate.date
      : event.date.end < store.meta.referenceDate.date;
  // ("when does the ban kick in" of "<a judge> ordered a ban": when what was decided starts is not when it was
  // decided, and the article gives no other date for it.)
  const decided =
    cueWords().decidingVerbs.has(event.kind ?? '') &&
    q.normals.some((w) => cueWords().startWords.has(w)) &&
    !q.lemmas.includes(event.kind ?? '');
  if (decided) return notStated('when that takes effect', nearby, store);
  // (Undated, but a response to something before the article: it too came before.)
  // ("when will <X> be given to all" of a trial reported on the article's own day: what is reported as done
  // that day is not still to come.)
  const reportedThatDay =
    event.date.precision === 'day' && event.date.start === store.meta.referenceDate.date;
  if (ahead && (past || reportedThatDay)) return notStated('when that will happen', nearby, store);
  // "What exact day did <person A> and <person B> meet?" when the article gives only a month.
  // (Not "when exactly, like what month and year": the month asked for is as exact as is asked.)
  const monthOrYear = hasAny(q, 'month', 'year') && !hasAny(q, 'day', 'date');
  const exactDay =
    hasAny(q, 'exact', 'exactly', 'day', 'date', 'precise', 'precisely') &&
    !hasPhrase(q, 'day of the week') &&
    !(monthOrYear && event.date.precision === 'month');
  if (exactDay && event.date.precision !== 'day' && event.date.precision !== 'unknown' && !event.endDate) {
    // ("when exactly?" of a weekend: the two days it gives are as exact as it gets; a day or date asked is not.)
    // ("what dates would the weekend be": both days, which is what a weekend gives.)
    const both = q.normals.includes('dates') || q.normals.includes('days');
    // ("what's the date of <X>": the weekend is the date it gives; "the exact date" or "what day of the weekend"
    // is a day it does not.)
    const exactly = hasAny(q, 'exact', 'exactly', 'precise', 'precisely', 'specific');
    // ("when exactly did <A> visit <B>" of "in <Month> <year>": the month, as exact as the article is; "what exact day"
    // asks a day it does not give, and "what month exactly" of "late last year" a month.)
    if (
      (event.date.precision === 'weekend' &&
        (both || !hasAny(q, 'day', 'date') || (!exactly && !q.normals.includes('day')))) ||
      (event.date.precision === 'month' && !hasAny(q, 'day', 'date', 'month'))
    )
      return stated(
        store,
        `${capitalize(describeDate(event.date))}; the article gives no exact day. ${capitalize(event.summary)}.`,
        [event.evidence],
        [event.id],
        0.75,
      );
    return notStated(`the exact day; it says ${describeDate(event.date)}`, nearby, store);
  }
  // "what month did they agree" when the article gives only part of a year: no month is given.
  const monthAsked = hasAny(q, 'month') && !hasPhrase(q, 'month and year') && !hasPhrase(q, 'month or year');
  if (monthAsked && (event.date.precision === 'part-of-year' || event.date.precision === 'year'))
    return notStated(`the month; it says ${describeDate(event.date)}`, nearby, store);
  // "what year was <X>" of "in February": the article names the month alone, and the year is only worked out
  // from when it was written: said so, with the year that makes likely.
  const yearAsked = hasAny(q, 'year') && !hasAny(q, 'month', 'day', 'date');
  if (
    yearAsked &&
    event.date.precision === 'month' &&
    !/\d{4}|\b(?:year|last|next|this|ago)\b/i.test(event.date.text)
  )
    return notStated(
      `the year: it says only "${event.date.text}", which, as the article was written in ${new Date(`${store.meta.referenceDate.date}T00:00:00Z`).toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' })}, would be ${event.date.resolved}`,
      nearby,
      store,
    );
  if (event.date.precision === 'unknown') {
    // The article dates it only relative to another event: say that, unless an exact date is asked for.
    if (hasAny(q, 'exact', 'exactly', 'date', 'day', 'month', 'precisely', 'specific') || !event.cause) {
      return notStated(`exactly when ${event.summary.replace(/ in response.*$/, '')}`, nearby, store);
    }
    return stated(
      store,
      `The article gives no date: ${event.summary} (${event.date.resolved}).`,
      [event.evidence],
      [event.id],
      0.7,
    );
  }
  // "When did the two-day talks start?": the first of its days, worked out from its dates when the article
  // gives only the end and the length.
  const asksStart =
    hasAnyOf(q, cueWords().lists.startWords) ||
    hasPhrase(q, 'first day') ||
    hasPhrase(q, 'day one') ||
    hasPhrase(q, 'day 1');
  const { start, end } = event.date;
  // (Only of days the article gives: the first day of "late last year" is no day it says.)
  const days = event.date.precision === 'day' || event.date.precision === 'weekend';
  /** A day (or days) of the event worked out from its dates, said so, with what the article gives. */
  const daysWorkedOut = (day: string): IntentReply => ({
    answered: true,
    text: `${day}, worked out from the article: ${event.duration ? `${event.duration.text}, ` : ''}${describeDate(event.date)}. ${capitalize(event.summary)}.`,
    citations: store.cite(event.evidence),
    confidence: 0.75,
    focus: [event.id],
  });
  if (asksStart && start !== end && /^\d{4}-\d\d-\d\d$/.test(start) && days)
    return daysWorkedOut(dayName(start));
  // ("which two days were the talks on": each of its days, worked out from the dates when the article gives
  // the end and the length; only of a short span, as each day is named.)
  const spanDays = Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
  // (The days asked after "which"/"what", "which two days"; not a length describing the event, "what date
  // did the two days of talks end".)
  const whAt = q.normals.findIndex((w) => w === 'which' || w === 'what');
  const daysAsked =
    q.normals[whAt + 1] === 'days' ||
    (q.normals[whAt + 2] === 'days' && q.pos[whAt + 1] === 'NUM' && q.normals[whAt + 3] !== 'of');
  if (daysAsked && start !== end && days && spanDays >= 2 && spanDays <= 7) {
    const each = Array.from({ length: spanDays }, (_, i) =>
      dayName(new Date(Date.parse(`${start}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10)),
    );
    return daysWorkedOut(joinNames(each));
  }
  // ("what was the last day": the day it ended.)
  const asksEnd =
    hasAnyOf(q, cueWords().lists.endWords) || hasPhrase(q, 'last day') || hasPhrase(q, 'final day');
  const date = asksEnd && event.endDate ? event.endDate : event.date;
  const weekday = hasPhrase(q, 'day of the week') || hasAny(q, 'weekday');
  // A day of the week the article does not give: worked out from a day's date, else not known.
  if (weekday && !event.weekday) {
    if (date.precision !== 'day' || date.start !== date.end)
      return notStated(`which day of the week; it says ${describeDate(date)}`, nearby, store);
    return {
      answered: true,
      text: `${dayName(date.start)}, worked out from the date. ${capitalize(event.summary)}.`,
      citations: store.cite(event.evidence),
      confidence: 0.75,
      focus: [event.id],
    };
  }
  const lead =
    weekday && event.weekday
      ? `On a ${event.weekday}: ${describeDate(date)}`
      : capitalize(describeDate(date));
  return {
    answered: true,
    text: `${lead}. ${capitalize(event.summary)}.`,
    citations: store.cite(event.evidence),
    confidence: Math.min(0.95, 0.5 + best.score / 8),
    focus: [event.id],
  };
}
