import { cueWords } from '../src/engine/cue-words.js';
import { escapeRegExp } from '../src/engine/escape-reg-exp.js';
import { newsEvent, rankEvents, unexplainedWords } from '../src/engine/event-ranking.js';
import type { Intent, IntentReply } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { identify, sideOf } from '../src/engine/parties.js';
import {
  asksStateGoingOn,
  asksTotal,
  contentVerbs,
  hasAny,
  hasAnyOf,
  hasPhrase,
  mentionedEntities,
  onlyBeVerb,
  totalWords,
} from '../src/engine/question-cues.js';
import { relativeRound } from '../src/engine/relative-round.js';
import { notStated, stated } from '../src/engine/replies.js';
import { capitalize, joinNames, ordinal, WEEKDAYS } from '../src/engine/wording.js';
import type { FactStore } from '../src/facts/fact-store.js';
import type { Statement } from '../src/facts/schema.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';
import { countEvents } from './quantity/count-events.js';
import { countPeople } from './quantity/count-people.js';
import { answerElapsed } from './quantity/elapsed.js';

/** Words by which a sentence gives a rate or an average ("a year", "yearly", "on average"). */
const RATE_SAID =
  /\b(?:per|a|an|each|every)\s+(?:year|month|week|day|night|hour)\b|\b(?:yearly|annual|annually|monthly|weekly|daily|nightly|hourly|average|typical|typically|usually)\b/i;

export const quantity: Intent = {
  id: 'quantity',
  description: 'Which round, how many, how long.',
  examples: ['how long were the discussions'],
  counterExamples: [],
  match(q) {
    if (hasAny(q, 'ago')) return 0;
    // ("what did <A> say about how long it will take": what someone said, the amount only its topic.)
    const how = q.normals.indexOf('how');
    const reported =
      !q.yesNo &&
      how > 1 &&
      /^(?:about|on|abt)$/.test(q.normals[how - 1] ?? '') &&
      q.lemmas.slice(0, how).some((l) => cueWords().lists.sayWords.includes(l));
    if (hasPhrase(q, 'how many') || hasPhrase(q, 'how long') || hasPhrase(q, 'number of'))
      return reported ? MATCH.weak : MATCH.strong;
    // "months between <A> and <B>?": the time between two events, typed without "how many".
    if (hasAny(q, 'between') && hasAny(q, 'days', 'weeks', 'months', 'years')) return MATCH.strong;
    if (hasPhrase(q, 'what round') || hasPhrase(q, 'which round') || hasAny(q, 'duration', 'length'))
      return MATCH.strong;
    if ((q.wh === 'which' || q.wh === 'what') && hasAny(q, 'round') && hasAny(q, 'number'))
      return MATCH.strong;
    if (q.wh === 'which' && hasAny(q, 'round')) return MATCH.weak;
    if (asksWhichNumber(q)) return MATCH.strong;
    if (hasPhrase(q, 'how much')) return MATCH.faint;
    return 0;
  },
  answer(q, kb) {
    const { store, triggers } = kb;
    // "How many rounds happen per year, usually?": a rate the article's one report cannot give, when no sentence
    // gives any rate or average at all ("an average of <N> euros to the yearly bill" is read as any amount).
    if (
      (hasAny(q, 'usually', 'typically', 'normally', 'average', 'annually') ||
        ['per year', 'per month', 'a year', 'each year', 'every year', 'per week'].some((p) =>
          hasPhrase(q, p),
        )) &&
      !store.sentences.some((s) => RATE_SAID.test(s.text))
    )
      return notStated('how often that happens');
    // Worked out from the article's dates or lists: time between two events, people holding a role.
    const derived =
      hasPhrase(q, 'how many') || hasPhrase(q, 'how long') || hasAny(q, 'between')
        ? (answerElapsed(q, kb) ??
          (hasPhrase(q, 'how many') ? (countEvents(q, kb) ?? countPeople(q, kb)) : undefined))
        : undefined;
    if (derived) return derived;
    // ("how many sources of tension does it list": disputes, counted where they are listed.)
    if (hasPhrase(q, 'how many') && cueWords().lists.disputeClaimWords.some((w) => hasPhrase(q, w)))
      return undefined;
    // "how many days did the whole thing go on for": with nothing named, a length is the news event's.
    // (Of what went on: "how long will it take" asks about the future, a bare "how long" about nothing named.)
    const asksLength =
      (hasPhrase(q, 'how long') || hasAny(q, 'days', 'duration', 'length')) &&
      q.pos.includes('VERB') &&
      !hasAny(q, 'will', 'gonna', 'going', "'ll");
    const news = asksLength && q.mentions.length === 0 ? newsEvent(store) : undefined;
    const best = news ? { event: news } : rankEvents(q, store, triggers)[0];
    // ("how long did <A> say it would take": a time ahead someone spoke of, whatever event it is of.)
    const spokenOf = !best && hasPhrase(q, 'how long') ? takesTime(q, store) : undefined;
    if (spokenOf) return noLengthSaid(q, store, spokenOf);
    if (hasPhrase(q, 'how much') || !best) return undefined;
    const { event } = best;
    // ("how many days after <it> ends is saturday": the days from its last day to the next such weekday, worked
    // out; never its own length.)
    const weekday = WEEKDAYS.findIndex((d) => q.normals.includes(d.toLowerCase()));
    if (hasPhrase(q, 'how many') && weekday >= 0 && hasAnyOf(q, cueWords().lists.apartWords)) {
      if (event.date.precision !== 'day') return notStated(`how many days that is`);
      const end = new Date(`${event.date.end}T00:00:00Z`);
      const days = (weekday - end.getUTCDay() + 7) % 7 || 7;
      return stated(
        store,
        `${days} days, worked out from the article's dates: ${event.name} ended on ${end.toLocaleDateString('en-US', { weekday: 'long', month: 'short', day: 'numeric', timeZone: 'UTC' })}, and the next ${WEEKDAYS[weekday]} came ${days} days later.`,
        [event.evidence],
        [event.id],
        0.7,
      );
    }
    // ("how many days was the <nth> round": the round named by its number, and its length asked.)
    const namedByNumber = event.round !== undefined && q.numbers.includes(event.round);
    // ("how many of these <talks> have there been": the numbered event itself counted, as its rounds are.)
    const totalAsked = asksTotal(q) || cueWords().lists.totalCountPhrases.some((p) => hasPhrase(q, p));
    // (The words counted are the event's own, "how many of these <talks>": not "how many days were the talks".)
    let countedAt = q.normals.indexOf('many') + 1;
    while (cueWords().countedLeadWords.has(q.normals[countedAt] ?? '')) countedAt++;
    const countsItself =
      hasPhrase(q, 'how many') &&
      totalAsked &&
      q.mentions.some((m) => m.id === event.id && m.start <= countedAt && countedAt <= m.end);
    const wantsRound =
      (hasAny(q, 'round', 'rounds', 'time', 'times') || countsItself || asksWhichNumber(q)) &&
      !(namedByNumber && hasAny(q, 'day', 'days', 'hour', 'hours', 'week', 'weeks', 'long'));
    // "How many rounds came before this one?": worked out from the round's number, and said to be.
    const before = hasAny(q, 'before', 'b4', 'prior', 'preceded', 'previous', 'earlier');
    if (hasPhrase(q, 'how many') && before && event.round && !q.mentions.some((m) => m.id !== event.id)) {
      const earlier = event.round - 1;
      return stated(
        store,
        `${earlier} (worked out from the article calling this the ${ordinal(event.round)} round; it does not list the earlier ones).`,
        [event.evidence],
        [event.id],
        0.8,
      );
    }
    // "How many rounds were held before <another event>?": the article does not count them.
    if (hasPhrase(q, 'how many') && before && event.round)
      return notStated('how many rounds came before that');
    // "Which round was the one before it?", "what round would the next one be?": the number worked out, and said
    // to be.
    const relative = event.round && !hasPhrase(q, 'how many') ? relativeRound(q, event.round) : undefined;
    if (wantsRound && relative && event.round) {
      return {
        ...stated(
          store,
          `The ${ordinal(relative.n)} round (worked out from the article calling this the ${ordinal(event.round)}; it says nothing more about the ${ordinal(relative.n)}).`,
          [event.evidence],
          [event.id],
          0.8,
        ),
        unreported: `the ${ordinal(relative.n)} round`,
      };
    }
    // ("how many times has <A> been to <place>": visits, which a round's number does not count.)
    const visits =
      !hasAny(q, 'round', 'rounds') &&
      (hasPhrase(q, 'been to') || q.lemmas.some((l) => cueWords().motionWords.has(l)));
    if (wantsRound && visits) return notStated('how many times that happened');
    // ("the <nth> round was between which two people": who, not which round.)
    const which = q.normals.indexOf('which');
    const asksPeople =
      which >= 0 &&
      q.normals
        .slice(which + 1, which + 4)
        .some((w) => cueWords().personNouns.has(w) || cueWords().anyPersonNouns.has(w) || w === 'ppl');
    if (wantsRound && event.round && asksPeople) return undefined;
    if (wantsRound && event.round) {
      if (q.numbers.some((n) => n > 2 && n !== event.round)) return notStated(`anything about another round`);
      // ("how many rounds have been held since <the dialogue was restored>": its number counts from the first
      // round, not from then.)
      if (hasPhrase(q, 'how many') && hasAny(q, 'since')) return notStated('how many were held since then');
      // ("how many rounds have there been in total", "counting this one": as many as its number, worked out.)
      if (hasPhrase(q, 'how many') && totalAsked)
        return {
          ...stated(
            store,
            `${event.round}, counting this one (worked out from the article calling this the ${ordinal(event.round)} round; it does not list the earlier ones).`,
            [event.evidence],
            [event.id],
            0.8,
          ),
          // (Any word other than the count's is still checked.)
          workedOut: totalWords(q),
        };
      // ("which one was the <nth> round": the one it was, by where it was held.)
      if (q.wh === 'which' && q.numbers.includes(event.round)) {
        const where = event.place?.virtual
          ? 'The virtual one'
          : event.place
            ? `The one in ${event.place.text}`
            : '';
        return stated(
          store,
          `${where ? `${where}: ` : ''}${capitalize(event.summary)}.`,
          [event.evidence],
          [event.id],
          0.85,
        );
      }
      return stated(
        store,
        `It was the ${ordinal(event.round)} round of ${event.name.replace(/^the \d+(?:st|nd|rd|th) round of /, '')}.`,
        [event.evidence],
        [event.id],
        0.9,
      );
    }
    // "How many kinds of polls?": the kinds the article lists ("presidential and parliamentary polls").
    const kinds = event.object?.match(/^(\w+) and (\w+) (\w+)$/);
    // (What is counted is the event's own kind, or its kinds: "how many people will vote" counts no polls.)
    const manyAt = q.normals.indexOf('many');
    const countedWord = q.lemmas[manyAt + 1] ?? '';
    const ofKinds =
      /^(?:kind|type|sort)s?$/.test(q.normals[manyAt + 1] ?? '') ||
      triggers.get(countedWord)?.includes(event.id) === true ||
      countedWord === kinds?.[3]?.replace(/s$/, '');
    if (
      hasPhrase(q, 'how many') &&
      kinds &&
      ofKinds &&
      triggers.get(q.lemmas.find((l) => triggers.get(l)?.includes(event.id)) ?? '')
    ) {
      return stated(store, `Two: ${event.object} (${event.summary}).`, [event.evidence], [event.id], 0.75);
    }
    const counted = hasAny(q, 'nations', 'countries', 'sides')
      ? 'country'
      : hasAny(q, 'people', 'officials', 'participants', 'persons')
        ? 'person'
        : undefined;
    if (hasPhrase(q, 'how many') && counted) {
      const who = event.participants
        .flatMap((p) => store.entities.get(p.entity) ?? [])
        .filter((e) => e.kind === counted);
      // "How many were in the <demonym> delegation?": the article names some, it does not count them.
      const side = counted === 'person' && mentionedEntities(q, store).find((e) => e.kind === 'country');
      if (side) {
        const ofSide = who.filter((e) => sideOf(store, e.id) === side.id);
        return notStated(
          `how many there were on the ${side.demonym ?? side.name} side${ofSide.length ? `; it names ${ofSide.map((e) => e.name).join(' and ')}` : ''}`,
          { text: event.summary, evidence: event.evidence },
          store,
        );
      }
      // "How many people attended?": the article names some; it counts nobody unless asked what it names.
      const attendance =
        hasAny(q, 'attend', 'attended', 'participate', 'participated', 'present', 'there', 'involved') ||
        hasPhrase(q, 'take part') ||
        hasPhrase(q, 'took part') ||
        (contentVerbs(q).length === 0 && hasAny(q, 'at', 'in'));
      if (counted === 'person' && who.length > 0 && attendance && !hasAny(q, 'named', 'mentioned'))
        return notStated(
          `how many took part; of ${event.name} it names ${joinNames(who.map((e) => e.name))}`,
          { text: event.summary, evidence: event.evidence },
          store,
        );
      if (who.length > 0) {
        return stated(
          store,
          `${who.length} ${counted === 'country' ? 'nations' : 'people are named'}: ${who.map((e) => e.name).join(' and ')}. ${capitalize(event.summary)}.`,
          [event.evidence],
          [event.id],
          0.75,
        );
      }
    }
    // "How long will <it> take?" where someone said it "will take time": no length, but what was said. (A length
    // ahead is never the event's own: "did they say how long it'll take" is not asking how long the talks were.)
    // (So is the length someone thinks or expects something will take: "how long do they think".)
    // ("how long has <A> been <title>": how long someone has held a post, which an article seldom gives.)
    const holder = q.mentions.map((m) => store.entities.get(m.id)).find((e) => e?.kind === 'person');
    if (
      hasPhrase(q, 'how long') &&
      hasAny(q, 'has', 'have', "'s") &&
      // (Or has had or held it: "how long has he had it", of a post just talked about.)
      (hasAny(q, 'been') || (hasAny(q, 'had', 'held') && q.pronouns.includes('person'))) &&
      !hasAny(q, 'since') &&
      holder
    )
      return notStated(
        `how long ${holder.name} has been in that post`,
        { text: identify(holder), evidence: holder.evidence },
        store,
      );
    const expected = q.lemmas.some(
      (l, i) => q.pos[i] === 'VERB' && l !== 'mean' && cueWords().opinionVerbs.has(l),
    );
    // ("how many months til it's fully working": a time to wait, asked as a count of its units.)
    // ("how long until it works": the same; not "how long did it take until ...", of something past.)
    const untilAsked =
      hasAny(q, 'until', 'til', 'till') &&
      !hasAny(q, 'did', 'was', 'were', 'had') &&
      (hasPhrase(q, 'how long') ||
        (hasPhrase(q, 'how many') && hasAny(q, 'days', 'weeks', 'months', 'years', 'hours')));
    const longAsked = hasPhrase(q, 'how long') || untilAsked;
    const ahead = (hasAny(q, 'will', 'gonna', "'ll") || expected || untilAsked) && longAsked;
    const said = longAsked ? takesTime(q, store) : undefined;
    // ("how long will the line be": with no verb but "be", a length of a thing the sentences may give.)
    const onlyBe = onlyBeVerb(q) && !expected;
    if (ahead && !said && onlyBe && !q.mentions.some((m) => m.id.startsWith('event:'))) return undefined;
    // ("how long will the routes stay shut": a state going on, whose end the sentences may give.)
    if (ahead && !said && asksStateGoingOn(q)) return undefined;
    if (ahead && !said) return notStated('how long it will take');
    if (said) return noLengthSaid(q, store, said);
    // ("how many journeys a day": a rate, no length of time.)
    const dayAsked = q.normals.some(
      (w, i) =>
        (w === 'day' || w === 'days') && !['a', 'per', 'each', 'every'].includes(q.normals[i - 1] ?? ''),
    );
    const wantsDuration = hasPhrase(q, 'how long') || dayAsked || hasAny(q, 'duration', 'last', 'length');
    // (An event ingestion found gives no length of its own: the sentences may give one near the question's words,
    // "completing the course in 1 day, 10 hours", which they read for; their refusal stands otherwise.)
    if (wantsDuration && event.provenance?.source === 'auto' && !event.duration) return undefined;
    if (wantsDuration && unexplainedWords(q, event, kb).length > 0) {
      return notStated('how long that was', { text: event.summary, evidence: event.evidence }, store);
    }
    // ("how long were the talks frozen": the length of another act done to the event named, not its own.)
    const otherAct = q.lemmas
      .filter(
        (l, i) =>
          q.pos[i] === 'VERB' && !cueWords().lastingVerbs.has(l) && !triggers.get(l)?.includes(event.id),
      )
      .flatMap((l) => triggers.get(l) ?? [])
      .map((id) => store.events.get(id))
      .find((e) => e !== undefined && e.id !== event.id);
    if (wantsDuration && otherAct)
      return notStated(
        'how long that lasted',
        { text: otherAct.summary, evidence: otherAct.evidence },
        store,
      );
    // "how long was each session / the talks per day": a part's length, which a length of days does not give.
    const perPart = q.normals.some(
      (w, i) =>
        (['each', 'every', 'per'].includes(w) && q.normals[i + 1] !== 'other') ||
        (w === 'a' && q.normals[i + 1] === 'day' && q.normals[i - 1] !== 'than'),
    );
    if (wantsDuration && event.duration && perPart)
      return notStated(
        'how long each part of it lasted',
        { text: event.summary, evidence: event.evidence },
        store,
      );
    if (wantsDuration && event.duration) {
      return stated(
        store,
        `${capitalize(event.duration.text)}: ${event.summary}.`,
        [event.evidence],
        [event.id],
        0.9,
      );
    }
    // ("how many beds would the merged group have had": a count of a thing another sentence gives by number,
    // "a group with <n> beds", is that sentence's to answer, not this event's.)
    if (!hasPhrase(q, 'how long') && countedElsewhere(q, store)) return undefined;
    // (Nor an event ingestion found, whose sentence may give the number asked beside it: the sentences say.)
    if (!hasPhrase(q, 'how long') && event.provenance?.source === 'auto') return undefined;
    return notStated(
      hasPhrase(q, 'how long') ? 'how long it lasted' : 'that number',
      {
        text: event.summary,
        evidence: event.evidence,
      },
      store,
    );
  },
};

/**
 * "which number was this one", "which number meeting was this", "what number would the next one be", "the next one
 * would be what number": the
 * event's place in its numbered series.
 */
function asksWhichNumber(q: ParsedQuestion): boolean {
  const at = q.normals.indexOf('number');
  if (at <= 0 || (q.normals[at - 1] !== 'which' && q.normals[at - 1] !== 'what')) return false;
  const next = q.normals[at + 1] ?? '';
  const last = q.normals.findLastIndex((_w, i) => q.pos[i] !== 'PUNCT');
  return (
    q.lemmas[at + 1] === 'be' ||
    // ("which number meeting was this one": a noun for the event between.)
    (q.pos[at + 1] === 'NOUN' &&
      q.lemmas[at + 2] === 'be' &&
      /^(?:this|that|it)$/.test(q.normals[at + 3] ?? '')) ||
    (/^(?:would|will|could|might)$/.test(next) && q.lemmas.slice(at + 2).includes('be')) ||
    (at === last && q.lemmas.slice(0, at).includes('be'))
  );
}

/** Whether a sentence gives the noun counted ("how many <beds>") with a number before it ("1,140 beds"). */
function countedElsewhere(q: ParsedQuestion, store: FactStore): boolean {
  const at = q.normals.findIndex((w, i) => (w === 'many' || w === 'much') && q.normals[i - 1] === 'how');
  const noun = at >= 0 && q.pos[at + 1] === 'NOUN' ? q.normals[at + 1] : undefined;
  if (!noun || noun.length < 3) return false;
  const counted = new RegExp(`\\b\\d[\\d,.]*(?:\\s+[a-z-]+)?\\s+${escapeRegExp(noun)}\\b`, 'i');
  return store.sentences.some((s) => counted.test(s.text));
}

/** A statement saying something will take time, about a word of the question. */
/** What was said of something that "will take time", for a length asked: no length, and what was said. */
function noLengthSaid(q: ParsedQuestion, store: FactStore, said: Statement): IntentReply {
  const saidText = `${store.nameOf(said.holder)} ${said.verb} that ${said.content.replace(/^that\s+/i, '')}`;
  // "what did they say about how long it will take", "how long do they say it'll take": what was said answers
  // it; not "did they say how long", whether they gave a length, which they did not.
  // ("did anything get said about how long": what was said of it is asked, whatever the verb.)
  const how = q.normals.indexOf('how');
  const aboutIt = /^(?:about|abt|on)$/.test(q.normals[how - 1] ?? '');
  if (
    q.lemmas.some((l) => cueWords().claimSayingVerbs.has(l)) &&
    ((!q.yesNo && hasPhrase(q, 'how long') && !hasAny(q, 'until', 'til', 'till')) || aboutIt)
  )
    return stated(
      store,
      `The article gives no length of time: ${saidText}.`,
      [said.evidence],
      [said.holder],
      0.7,
    );
  // (Asked outright, no length is no answer, and it settles the question: the one who said it gave no length,
  // whatever else a sentence says.)
  return {
    ...notStated('how long it will take', { text: saidText, evidence: said.evidence }, store),
    settled: true,
  };
}

function takesTime(q: ParsedQuestion, store: FactStore): Statement | undefined {
  const words = q.lemmas.filter((l, i) => (q.pos[i] === 'NOUN' || q.pos[i] === 'VERB') && l.length > 3);
  // (Or of those who said it, named or pointed back at: "did they say how long"; or, asked what was said of how
  // long something takes, the one thing said to take time: "did officials say how long it would take".)
  const holders = new Set(q.mentions.map((m) => m.id));
  const takes = store.facts.statements.filter((s) =>
    /\btake (?:some |a long |more )?(?:time|a while|years|months|weeks)\b/i.test(s.content),
  );
  const saidOfTaking =
    q.lemmas.includes('take') &&
    q.lemmas.some((l) => cueWords().claimSayingVerbs.has(l)) &&
    !q.mentions.some((m) => store.events.has(m.id)) &&
    takes.length === 1;
  return takes.find(
    (s) =>
      words.some((w) => s.content.toLowerCase().includes(w) && !['take', 'long'].includes(w)) ||
      holders.has(s.holder) ||
      saidOfTaking,
  );
}
