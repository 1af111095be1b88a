import { cueWords } from '../src/engine/cue-words.js';
import { escapeRegExp } from '../src/engine/escape-reg-exp.js';
import {
  asksAboutAnotherInstance,
  outsiders,
  rankEvents,
  unexplainedWords,
} from '../src/engine/event-ranking.js';
import type { Intent, IntentReply, Knowledge } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { asksOrigin, saidAsOrigin } from '../src/engine/origin.js';
import { identify } from '../src/engine/parties.js';
import {
  asksWhichDoer,
  asksWhichIsNamed,
  exclusionAt,
  hasAny,
  hasPhrase,
  mentionedIds,
  onlyBeVerb,
} from '../src/engine/question-cues.js';
import { notStated, otherOccurrence, stated } from '../src/engine/replies.js';
import { capitalize, joinNames } from '../src/engine/wording.js';
import type { FactStore } from '../src/facts/fact-store.js';
import type { Entity, Event } from '../src/facts/schema.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';

/**
 * Whether the sentences hold each noun, adjective and number typed outside a name, and each verb but one that only
 * stages an event ("played"), by its first five letters.
 */
function holdsEveryWord(q: ParsedQuestion, cited: readonly { text: string }[]): boolean {
  const text = cited
    .map((c) => c.text)
    .join(' ')
    .toLowerCase();
  const inMention = (i: number) => q.mentions.some((m) => m.start <= i && i <= m.end);
  const words = q.lemmas.filter(
    (l, i) => /^(?:NOUN|ADJ|NUM)$/.test(q.pos[i] ?? '') && !inMention(i) && l.length > 2,
  );
  const verbs = q.lemmas.filter(
    (l, i) =>
      q.pos[i] === 'VERB' &&
      !cueWords().stagingVerbs.has(l) &&
      !cueWords().askingWords.has(l) &&
      !cueWords().askingWords.has(q.normals[i] ?? ''),
  );
  return words.length > 0 && [...words, ...verbs].every((w) => text.includes(w.slice(0, 5)));
}

/** The nouns that ask for a place after "what"/"which", with the data's words for spots; built once per list. */
const placeNouns = new WeakMap<readonly string[], ReadonlySet<string>>();
function placeNounsOf(spots: readonly string[]): ReadonlySet<string> {
  let set = placeNouns.get(spots);
  if (!set) {
    set = new Set(['city', 'place', 'location', 'venue', 'country', 'water', 'sea', 'island', ...spots]);
    placeNouns.set(spots, set);
  }
  return set;
}

/**
 * "what city were the meetings in": a plural noun that several placed events are each called by, with nothing
 * else in the question to choose between them, asks where each was; not the one whose own name has the word.
 */
function placesOfSeveral(
  q: ParsedQuestion,
  store: FactStore,
  triggers: Knowledge['triggers'],
  ranked: ReturnType<typeof rankEvents>,
): IntentReply | undefined {
  const at = q.normals.findIndex(
    (w, i) => q.pos[i] === 'NOUN' && w !== q.lemmas[i] && w === `${q.lemmas[i]}s`,
  );
  const called = new Set(at >= 0 ? (triggers.get(q.lemmas[at] ?? '') ?? []) : []);
  if (called.size < 2 || q.mentions.some((m) => m.start >= 0 && !store.events.has(m.id))) return undefined;
  // (Every event so called, placed or met virtually, ranked alike by the rest of the question.)
  const top = ranked[0]?.score ?? 0;
  const each = ranked.filter((r) => called.has(r.event.id) && r.score >= top - 1.5 && r.event.place);
  if (each.length < 2 || each.length !== called.size) return undefined;
  const where = (e: Event) => (e.place?.virtual ? 'Virtually' : `In ${e.place?.text ?? ''}`);
  // (In the article's order.)
  const first = (e: Event) => Math.min(...store.cite(e.evidence).map((c) => c.sentence));
  each.sort((a, b) => first(a.event) - first(b.event));
  return stated(
    store,
    `${each.map((r) => `${where(r.event)}: ${r.event.summary}.`).join(' ')}`,
    each.map((r) => r.event.evidence),
    each.map((r) => r.event.id),
    0.75,
  );
}

/** A place noun of the question's own, not one of a name: "what does <A> want in the <X> Sea" asks no place. */
function asksPlace(q: ParsedQuestion, store: FactStore): boolean {
  const nouns = placeNounsOf(cueWords().lists.spots);
  // (Not one set aside: "what other incident is mentioned besides the <sea> stuff" asks no place.)
  const aside = exclusionAt(q);
  // (The noun the question word asks for, "what city", "what's the talks' city", "which us city"; not one the
  // question only speaks of after a verb or preposition, "what are the disputes between the two countries".)
  const whAt = q.normals.findIndex((w) => w === 'what' || w === 'which');
  const asked = (i: number) =>
    whAt < 0 || (i > whAt && !q.pos.slice(whAt + 1, i).some((p) => /^(?:VERB|ADP|SCONJ|CCONJ)$/.test(p)));
  return q.normals.some(
    (w, i) =>
      (aside < 0 || i < aside) &&
      (nouns.has(w) || nouns.has(q.lemmas[i] ?? '')) &&
      asked(i) &&
      !q.mentions.some((m) => store.entities.has(m.id) && m.start <= i && i <= m.end),
  );
}

/**
 * "the shipping line": the one organisation whose name ends in the noun the question describes it by ("<X>
 * Container Lines"), the last noun before "based".
 */
function bodyOfKind(q: ParsedQuestion, store: FactStore): Entity | undefined {
  const basedAt = q.normals.findIndex((w) => /^(?:based|headquartered|located)$/.test(w));
  const nounAt = q.pos.slice(0, basedAt).lastIndexOf('NOUN');
  const kind = q.lemmas[nounAt] ?? '';
  if (nounAt < 0 || kind.length < 3) return undefined;
  const last = (name: string) => (name.split(/\s+/).at(-1) ?? '').toLowerCase().replace(/s$/, '');
  // (By a name or an alias the article gives it, "the company", or the noun its description is: "the <city>
  // company that ...".)
  const describedAs = new RegExp(`^(?:the|an?) (?:[\\p{L}-]+ ){0,3}${escapeRegExp(kind)}\\b`, 'iu');
  const found = store.facts.entities.filter(
    (e) =>
      e.kind === 'organization' &&
      ([e.name, ...e.aliases].some((n) => last(n) === kind) || describedAs.test(e.description ?? '')),
  );
  return found.length === 1 ? found[0] : undefined;
}

/**
 * "where is <a body> based": the place its description or a sentence naming it gives ("an <City>-based company",
 * "based in <City>").
 */
function baseOf(q: ParsedQuestion, store: FactStore): IntentReply | undefined {
  if (!q.normals.some((w) => /^(?:based|headquartered|located)$/.test(w))) return undefined;
  const named =
    q.mentions
      .map((m) => store.entities.get(m.id))
      .find((e) => e?.kind === 'organization' || e?.kind === 'person' || e?.kind === 'group') ??
    bodyOfKind(q, store);
  if (!named) return undefined;
  // (Not a drafted description that only quotes where the name appears.)
  const described = /^mentioned in the article\b/.test(named.description ?? '')
    ? ''
    : (named.description ?? '');
  const said = [described, ...store.cite(named.evidence).map((c) => c.text)];
  for (const text of said) {
    const m =
      /\b(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)-(?:based|headquartered)\b/u.exec(text) ??
      /\b(?:based|headquartered) in (\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)/u.exec(text) ??
      // ("a <City> company": the description's first name, a place as checked below.)
      (text === described
        ? /^(?:an?|the) (\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*) [a-z]/u.exec(text)
        : null) ??
      // ("the <Trust> in western <Country>": the place set straight after its name.)
      new RegExp(
        `${escapeRegExp(named.name)},? in (?:\\p{L}+ern )?(\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)*)`,
        'u',
      ).exec(text);
    const place = m?.[1];
    // ("<City>-based <the firm>", "<City>-based shipping line <the firm>": a place written before the name it
    // bases is one, named elsewhere or not.)
    const basesTheName =
      place !== undefined &&
      new RegExp(
        `${escapeRegExp(place)}-(?:based|headquartered)(?: [a-z]+){0,3} ${escapeRegExp(named.name)}`,
      ).test(text);
    if (
      place &&
      (basesTheName ||
        store.facts.entities.some((e) => (e.kind === 'place' || e.kind === 'country') && e.name === place))
    )
      return {
        ...stated(
          store,
          text === described
            ? `In ${place}: ${named.name} is ${named.description}.`
            : `In ${place}. The article: "${text}"`,
          [named.evidence],
          [named.id],
          0.8,
        ),
        // (Where it is based is read from where it is: the article need not say "based".)
        workedOut: q.normals.filter((w) => /^(?:based|headquartered|located)$/.test(w)),
      };
  }
  return notStated(`where ${named.name} ${named.kind === 'group' ? 'are' : 'is'} based`, undefined, store);
}

/**
 * "where is <a place>", "where is <a body>": where a place or body itself is, which no event answers (not the
 * event the conversation was on, nor one held there: "In <the place>." says nothing).
 */
function whereItLies(q: ParsedQuestion, { store, triggers }: Knowledge): IntentReply | undefined {
  const whereAt = q.normals.indexOf('where');
  if (q.yesNo || whereAt < 0) return undefined;
  // ("where in <a city> is <X>": the city says where to look, and is no thing asked about.)
  const inPlace =
    q.normals[whereAt + 1] === 'in'
      ? q.mentions.find(
          (m) => m.start === whereAt + 2 || (m.start === whereAt + 3 && q.normals[whereAt + 2] === 'the'),
        )
      : undefined;
  const beAt = inPlace ? inPlace.end + 1 : whereAt + 1;
  if (!/^(?:is|are|'s)$/.test(q.normals[beAt] ?? '')) return undefined;
  const typed = q.mentions.filter((m) => m.start >= 0 && m !== inPlace);
  const things = typed.flatMap((m) => store.entities.get(m.id) ?? []);
  const [thing] = things;
  if (
    !thing ||
    things.length !== typed.length ||
    things.some((e) => e.kind === 'person') ||
    !onlyBeVerb(q) ||
    // (Nothing asked of it but where it is: "where are <A> in the table" asks a position.)
    q.pos.some((p, i) => /^(?:NOUN|PROPN|ADJ)$/.test(p) && !typed.some((m) => m.start <= i && i <= m.end)) ||
    q.dates.length > 0 ||
    q.lemmas.some(
      (l, i) => !typed.some((m) => m.start <= i && i <= m.end) && (triggers.get(l)?.length ?? 0) > 0,
    )
  )
    return undefined;
  const located = locatedIn(store, thing);
  if (located) return stated(store, `${capitalize(located.phrase)}.`, [[located.sentence]], [thing.id], 0.7);
  return notStated(
    `where ${thing.name} ${thing.kind === 'group' ? 'are' : 'is'}`,
    thing.description && !/^mentioned in\b/.test(thing.description)
      ? { text: identify(thing), evidence: thing.evidence }
      : undefined,
    store,
  );
}

/**
 * Where a thing sent goes: the question asks with a verb of sending or going, the event is one of sending, and
 * its sentence names a place or body straight after "to" ("shipped by lorry to the University of <X>").
 */
function destinationOf(
  q: ParsedQuestion,
  event: Event,
  store: FactStore,
): { entity: Entity; written: string } | undefined {
  const convey = cueWords().conveyVerbs;
  // (Asked with a verb: "where is the shipping line based" asks no destination.)
  const asked = q.lemmas.some(
    (l, i) => q.pos[i] === 'VERB' && (convey.has(l) || cueWords().motionWords.has(l)),
  );
  if (!asked || !convey.has(event.kind)) return undefined;
  const text = event.evidence[0] ?? event.summary;
  const named = store.facts.entities.flatMap((e) => {
    if (!['place', 'country', 'organization'].includes(e.kind)) return [];
    const at = new RegExp(`\\b(?:to|into)\\s+((?:the\\s+)?${escapeRegExp(e.name)})\\b`).exec(text);
    return at?.[1] ? [{ entity: e, written: at[1] }] : [];
  });
  return named.length === 1 ? named[0] : undefined;
}

/** Words that open a time, not a place, after "in": "in June", "in 2019", "in recent years". */
const TIME_AFTER_IN =
  /^(?:the )?(?:\d|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|fall|recent|past|last|next|early|late|mid|the (?:past|last|next|coming))/i;

/**
 * Where a sentence says a place or body lies: "<Name> in the city's eastern <District> area", "<Name>, in
 * <Town>,". The phrase after "in", to the next comma or clause.
 */
function locatedIn(store: FactStore, thing: Entity): { phrase: string; sentence: string } | undefined {
  const names = [thing.name, ...thing.aliases].filter((a) => a.length >= 3).map(escapeRegExp);
  if (names.length === 0) return undefined;
  const at = new RegExp(
    `\\b(?:${names.join('|')}),? (?:(?:is|lies|sits) )?(?:located )?(?:(?:a|an|the) (?:[\\p{Ll}-]+ )?(?:town|village|city|island|region|district|port|area|headland|cape|peninsula|valley|suburb) )?((?:in|near|off|outside|at the foot of|on the (?:border|edge|outskirts|banks|coast|shores?|slopes) (?:of|between|with)|(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)? of) (?:the )?[\\p{L}'’ -]{2,60}?)(?=[,.;:]| and (?!\\p{Lu})| to | where | which | that | who | after | before | since | for |$)`,
    'u',
  );
  for (const s of store.sentences) {
    const found = at.exec(s.text)?.[1];
    if (found && !(found.startsWith('in ') && TIME_AFTER_IN.test(found.slice(3))))
      return { phrase: found, sentence: s.text };
  }
  return undefined;
}

/**
 * "where is <person> from", "which city is <person> from originally": where they come from, which only a
 * description saying so gives ("a nurse from <Place>"); the side they are on is no home town, nor is where a
 * meeting they took part in was held.
 */
function originOf(q: ParsedQuestion, store: FactStore): IntentReply | undefined {
  const at = q.normals.lastIndexOf('from');
  const after = q.normals.slice(at + 1).filter((w) => !/^(?:originally|\?|exactly|tho|though)$/.test(w));
  // (Only of being or coming from there: "where did <A> get his degree from" asks something else.)
  const inMention = (i: number) => q.mentions.some((m) => m.start <= i && i <= m.end);
  const other = q.lemmas.some(
    (l, i) =>
      /^(?:NOUN|VERB|PROPN)$/.test(q.pos[i] ?? '') &&
      !inMention(i) &&
      !['be', 'come', 'hail', 'originally'].includes(l) &&
      !cueWords().homeNouns.has(q.normals[i] ?? ''),
  );
  if (at < 0 || after.length > 0 || other) return undefined;
  const placeAsked =
    q.wh === 'where' ||
    ((q.wh === 'which' || q.wh === 'what') && q.normals.some((w) => cueWords().homeNouns.has(w)));
  const person = q.mentions
    .map((m) => store.entities.get(m.id))
    .find((e): e is Entity => e?.kind === 'person');
  if (!placeAsked || !person) return undefined;
  const described = `${person.title ?? ''} ${person.description}`;
  const home = /\bfrom (\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*)*)/u.exec(described)?.[1];
  if (home)
    return stated(
      store,
      `From ${home}: ${person.name} is ${person.description}.`,
      [person.evidence],
      [person.id],
      0.8,
    );
  return notStated(
    `where ${person.name} is from`,
    { text: identify(person), evidence: person.evidence },
    store,
  );
}

export const where: Intent = {
  id: 'where',
  description: 'Where an event took place (or that it was virtual), or where a disputed claim lies.',
  examples: ['Where did the military discussions take place?', 'Where are the territorial claims?'],
  counterExamples: [],
  match(q, kb) {
    // ("where in the article is <X> mentioned": a place in the text, which the sentences that name it give.)
    const at = q.normals.indexOf('where');
    if (q.normals[at + 1] === 'in' && cueWords().articleNouns.has(q.normals[at + 3] ?? '')) return 0;
    if (q.wh === 'where') return MATCH.strong;
    if (q.wh === undefined && !q.yesNo && hasAny(q, 'location', 'venue', 'where')) return MATCH.plausible;
    // ("which country shot down <X>?": a country that did something is who, not where.)
    const doer = asksWhichDoer(q, kb.triggers) && !hasAny(q, 'host', 'hosted');
    // ("the <alias> is which country?": what a name stands for, not where anything was.)
    if (asksWhichIsNamed(q)) return 0;
    // ("which countries are in the <X> dispute": the parties to a dispute or an event, not where anything is.)
    const partiesOf = q.mentions.some(
      (m) =>
        (kb.store.events.has(m.id) || m.id.startsWith('dispute:')) &&
        /^(?:in|into|involved|part)$/.test(
          q.normals[m.start - (q.normals[m.start - 1] === 'the' ? 2 : 1)] ?? '',
        ),
    );
    if ((q.wh === 'what' || q.wh === 'which') && !doer && !partiesOf && asksPlace(q, kb.store))
      return MATCH.strong;
    // ("which side hosted": a party, who; "which city hosted": a place.)
    if (
      hasAny(q, 'host', 'hosted') &&
      q.wh !== 'who' &&
      q.wh !== 'when' &&
      !hasAny(q, 'side', 'party', 'nation')
    )
      return MATCH.likely;
    if (
      q.wh === 'how' &&
      // (The verb: "how significant were the talks" asks no manner of talking.)
      q.lemmas.some(
        (l, i) =>
          q.pos[i] === 'VERB' && ['meet', 'hold', 'conduct', 'talk', 'speak', 'take', 'happen'].includes(l),
      ) &&
      !hasAny(q, 'recently', 'ago', 'long', 'often', 'many')
    )
      return MATCH.plausible;
    if (hasPhrase(q, 'in person') || hasAny(q, 'online', 'virtually')) return MATCH.faint;
    return 0;
  },
  answer(q, kb) {
    const { store, triggers } = kb;
    const origin = originOf(q, store);
    if (origin) return origin;
    const seat = baseOf(q, store);
    if (seat) return seat;
    const lies = whereItLies(q, kb);
    if (lies) return lies;
    // A dispute named, or asked about in general ("where are there territorial disputes?").
    const namesEvent = q.mentions.some((m) => m.via === 'name' && m.id.startsWith('event:'));
    const dispute =
      mentionedIds(q)
        .flatMap((id) => store.disputes.get(id) ?? [])
        .find((d) => d.place) ??
      (!namesEvent &&
      (hasAny(q, 'disputed', 'territorial', 'fight', 'fighting', 'fought') ||
        cueWords().lists.disputeClaimWords.some((w) => hasPhrase(q, w)))
        ? store.facts.disputes.find((d) => d.place)
        : undefined);
    // ("which islands in <a sea> are disputed": the sea the question names is no answer to which islands; nor,
    // of the dispute a follow-up points back to, to "the sea one, which other countries claim it".)
    let nounAt = q.normals.indexOf('which') + 1;
    while (q.pos[nounAt] === 'ADJ') nounAt++;
    const kindAsked = q.pos[nounAt] === 'NOUN' ? (q.lemmas[nounAt] ?? '') : '';
    const placeWords = dispute?.place ? store.nameOf(dispute.place).toLowerCase().split(/\s+/) : [];
    const otherKind =
      kindAsked !== '' &&
      !placeWords.includes(kindAsked) &&
      !['place', 'location', 'area', 'region', 'part', 'water', 'spot'].includes(kindAsked);
    if (dispute?.place && q.wh === 'which' && (q.mentions.some((m) => m.id === dispute.place) || otherKind))
      return notStated(
        `which ${kindAsked !== '' ? q.normals[nounAt] : 'ones'}`,
        { text: dispute.summary, evidence: dispute.evidence },
        store,
      );
    if (dispute?.place) {
      return stated(
        store,
        `In ${store.nameOf(dispute.place)}. ${capitalize(dispute.summary)}.`,
        [dispute.evidence],
        [dispute.id],
        0.85,
      );
    }
    const ranked = rankEvents(q, store, triggers);
    const best = ranked[0];
    if (!best || best.score < 1.2) return undefined;
    const several = placesOfSeveral(q, store, triggers, ranked);
    if (several) return several;
    // ("where was the deciding game played" when the best event, the ruling on it, has no place: another ranked
    // event whose sentence holds every word of the question and has one.)
    const placed = best.event.place
      ? undefined
      : ranked.find(
          (r) => r.event.place && r.score >= 1.2 && holdsEveryWord(q, store.cite(r.event.evidence)),
        );
    const { event } = placed ?? best;
    const nearby = { text: event.summary, evidence: event.evidence };
    if (asksAboutAnotherInstance(q, event, triggers, store.meta.referenceDate.date))
      return otherOccurrence(store, event);
    // ("where did <A> go after the talks": somewhere before or after the event, which its place is not.)
    const around = q.normals.findIndex(
      (w, i) =>
        (w === 'after' || w === 'before') &&
        q.lemmas.slice(i + 1, i + 4).some((l) => triggers.get(l)?.includes(event.id)),
    );
    if (around >= 0) return notStated(`where, ${q.normals[around]} that`, nearby, store);
    // ("where did <A> visit <a place>" when <B> made that visit: not <B>'s answer.)
    const strangers = outsiders(q, event, store);
    if (strangers.length > 0)
      return notStated(`that ${joinNames(strangers.map((e) => e.name))} took part in that`, nearby, store);
    // (Not the kind of place asked for: "which country's capital hosted <X>".)
    const placeNoun = (w: string) =>
      placeNounsOf(cueWords().lists.spots).has(w) || cueWords().homeNouns.has(w);
    if (unexplainedWords(q, event, kb).filter((w) => !placeNoun(w)).length > 0)
      return notStated('where that was', nearby, store);
    // ("<A>, <B> and some other country, what was the other country": one besides those named, which no
    // event's place is.)
    const otherAt = q.normals.findIndex((w, i) => w === 'other' && placeNoun(q.normals[i + 1] ?? ''));
    if (otherAt >= 0) return notStated(`which other ${q.normals[otherAt + 1]} is meant`, nearby, store);
    // "Which building?", "where exactly?", "where in <the city>", "what city in <the country>": the article
    // names only the place the question itself names.
    const inAt = q.normals.findIndex(
      (w, i) => w === 'in' && (q.normals[i - 1] === 'where' || placeNoun(q.normals[i - 1] ?? '')),
    );
    const whereIn =
      inAt > 0 &&
      q.mentions.some(
        (m) =>
          m.id === event.place?.entity &&
          (m.start === inAt + 1 || (m.start === inAt + 2 && q.normals[inAt + 1] === 'the')),
      );
    if (
      (whereIn || hasAny(q, 'venue', 'exactly', 'exact', ...cueWords().lists.spots)) &&
      event.place?.entity
    ) {
      return notStated(`exactly where in ${event.place.text}`, nearby, store);
    }
    // "Where was the drone from?": whose it was is what the article says.
    if (hasAny(q, 'from') && event.objectSide && event.object) {
      return stated(
        store,
        `${capitalize(event.object)}: ${event.summary}.`,
        [event.evidence],
        [event.id],
        0.75,
      );
    }
    // ("where are the cores being sent" of "<X> will be shipped ... to <a named body or place>": where it goes.)
    const goesTo = event.place ? undefined : destinationOf(q, event, store);
    if (goesTo)
      return stated(
        store,
        `To ${goesTo.written}. ${capitalize(event.summary)}.`,
        [event.evidence],
        [event.id, goesTo.entity.id],
        0.8,
      );
    if (!event.place) {
      // (An ingested event is named by its clause, which reads as no noun phrase: "where that took place".)
      return notStated(
        event.provenance?.source === 'auto' ? 'where that took place' : `where ${event.name} took place`,
        { text: event.summary, evidence: event.evidence },
        store,
      );
    }
    // ("where did she set off from" of "<A> rowed into the harbour at <X>": not where the event came from.)
    const evidence = store
      .cite(event.evidence)
      .map((c) => c.text)
      .join(' ');
    if (asksOrigin(q) && !event.place.virtual && !saidAsOrigin(evidence, event.place.text)) return undefined;
    // ("where was the virtual meeting hosted from": where its people sat, which a virtual meeting's report need
    // not say.)
    if (event.place.virtual && hasAny(q, 'from'))
      return notStated(`where anyone joined ${event.name} from`, nearby, store);
    // ("off <a port>", "near <a town>": where the sentence puts it, in its own word.)
    const by = new RegExp(`\\b(off|near)\\s+(?:the\\s+)?${escapeRegExp(event.place.text)}\\b`, 'i').exec(
      event.evidence[0] ?? '',
    )?.[1];
    const place = event.place.virtual
      ? 'It was a virtual meeting'
      : `${by ? capitalize(by.toLowerCase()) : 'In'} ${event.place.text}`;
    return {
      answered: true,
      text: `${place}. ${capitalize(event.summary)}.`,
      citations: store.cite(event.evidence),
      confidence: Math.min(0.95, 0.5 + best.score / 8),
      focus: [event.id],
      // (The kind of place asked for is what the answer gives: "which capital", though the article never says it.)
      workedOut: event.place.virtual ? [] : q.normals.filter(placeNoun),
    };
  },
};
