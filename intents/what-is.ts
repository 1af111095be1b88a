import { loadChatRegister } from '../src/engine/chat-register.js';
import { cueWords } from '../src/engine/cue-words.js';
import { escapeRegExp } from '../src/engine/escape-reg-exp.js';
import { asksAboutAnotherInstance, rankEvents, triggerWeight } from '../src/engine/event-ranking.js';
import type { Intent } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { identify } from '../src/engine/parties.js';
import {
  asksWhichIsNamed,
  contentVerbs,
  hasAny,
  hasPhrase,
  mentionedIds,
  namesSide,
} from '../src/engine/question-cues.js';
import { notStated, otherOccurrence, stated } from '../src/engine/replies.js';
import { capitalize, ordinal } from '../src/engine/wording.js';
import type { FactStore } from '../src/facts/fact-store.js';
import type { Event } from '../src/facts/schema.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';

/**
 * "whats the series even called", "the talks are part of what series": the one numbered round the question
 * names, or the conversation's, or the article's only one.
 */
function seriesOf(q: ParsedQuestion, store: FactStore): Event | undefined {
  if (!q.normals.some((w) => cueWords().seriesNouns.has(w))) return undefined;
  const rounds = store.facts.events.filter((e) => e.round !== undefined);
  const named = q.mentions.flatMap((m) => store.events.get(m.id) ?? []).filter((e) => e.round !== undefined);
  return named.length === 1 ? named[0] : rounds.length === 1 ? rounds[0] : undefined;
}

/** "a step toward(s) what", "a step in what": what an event is presented as advancing. */
const asksStepToward = (q: ParsedQuestion): boolean =>
  hasAny(q, 'step', 'steps', 'milestone') && hasAny(q, 'toward', 'towards', 'in', 'to', 'for');

/** Prepositions that ask what a thing held: "what was on/in/aboard it". */
const CONTENT_PREPOSITIONS = new Set(['on', 'in', 'inside', 'aboard', 'onboard']);

/** "what does <an alias> mean?", "<alias> is which country?": what a name stands for. */
const asksWhatNameMeans = (q: ParsedQuestion): boolean =>
  hasAny(q, 'mean', 'means', 'meaning') || asksWhichIsNamed(q);

export const whatIs: Intent = {
  id: 'what-is',
  description:
    'What a thing named in the article is: the name of the talks, the kind of elections, an organisation, a dispute.',
  examples: ['what are the territorial claims about'],
  counterExamples: ['What is the capital of France?'],
  match(q, { store, triggers }) {
    // ("who is <a country or place>?": what the article calls it, not a person its sentences name.)
    if (q.wh === 'who' && q.lemmas.includes('be') && contentVerbs(q).length === 0) {
      // (Right after "who is": not "who is in <a city>", "who else was in the <demonym> delegation".)
      const beAt = q.lemmas.indexOf('be');
      const typed = q.mentions.filter((m) => m.start >= 0);
      const [only] = typed;
      const kind = only ? store.entities.get(only.id)?.kind : undefined;
      const right =
        only !== undefined &&
        q.normals[beAt - 1] === 'who' &&
        (only.start === beAt + 1 || (only.start === beAt + 2 && q.pos[beAt + 1] === 'DET')) &&
        only.end >= q.normals.length - 2 &&
        // (Not "who is the <place> president": a noun after the name is who is asked for.)
        q.pos[only.end + 1] !== 'NOUN';
      return typed.length === 1 && right && (kind === 'country' || kind === 'place') ? MATCH.likely : 0;
    }
    // "how significant were the talks (says the article)": the significance the article gives them.
    if (
      q.wh === 'how' &&
      hasAny(q, 'significant', 'important', 'significance') &&
      q.mentions.some((m) => m.id.startsWith('event:'))
    )
      return MATCH.likely;
    if (q.wh !== 'what' && q.wh !== 'which') return 0;
    if (seriesOf(q, store)) return MATCH.likely;
    // "What was the <nth round> of?": an event called by its word alone, asked what it is.
    const bare = q.mentions.length === 0 && hasPhrase(q, 'what be') && contentVerbs(q).length === 0;
    // ("what was the trip": a noun only one event is called by.)
    const onlyOne = q.lemmas.some((l, i) => q.pos[i] === 'NOUN' && triggers.get(l)?.length === 1);
    if (bare && (onlyOne || (rankEvents(q, store, triggers)[0]?.score ?? 0) >= 2)) return MATCH.faint;
    if (hasPhrase(q, 'name of') || hasAny(q, 'called', 'kind', 'type', 'sort') || hasPhrase(q, 'stand for'))
      return MATCH.likely;
    // "what does <an alias> mean?", "the <alias> is which country?": what a name the article uses stands for.
    const named = q.mentions.filter((m) => m.start >= 0 && store.entities.has(m.id));
    if (named.length === 1 && asksWhatNameMeans(q)) return MATCH.likely;
    const whAt = q.normals.findIndex((w) => w === 'what' || w === 'which');
    if (
      q.mentions.some(
        (m) => m.start === whAt + 1 && (m.id.startsWith('event:') || m.id.startsWith('dispute:')),
      )
    )
      return MATCH.plausible;
    if (
      hasAny(q, 'significance', 'significant', 'achieve', 'accomplish', 'importance') &&
      q.mentions.some((m) => m.id.startsWith('event:'))
    )
      return MATCH.plausible;
    // ("what was the <place> meeting a step toward": how the article presents the event.)
    if (asksStepToward(q) && (rankEvents(q, store, triggers)[0]?.score ?? 0) >= 2) return MATCH.likely;
    const ids = mentionedIds(q);
    // "what's the <A> <B> connection?" asks how two people are linked, which no one's description says.
    const people = ids.filter((id) => store.entities.get(id)?.kind === 'person');
    if (people.length >= 2 && q.lemmas.some((l) => loadChatRegister().linkNouns.has(l))) return 0;
    const whatIs =
      hasPhrase(q, 'what is') ||
      hasPhrase(q, 'what are') ||
      hasPhrase(q, 'what be') ||
      q.normals[0] === 'whats';
    if (ids.length > 0 && whatIs) {
      return ids.some(
        (id) =>
          store.disputes.has(id) ||
          id.startsWith('org') ||
          id.startsWith('country') ||
          id.startsWith('place'),
      )
        ? MATCH.weak
        : MATCH.least;
    }
    return 0;
  },
  answer(q, { store, triggers }) {
    // "what's the series called": what a numbered round is a round of.
    const series = seriesOf(q, store);
    if (series?.round)
      return stated(
        store,
        `The ${series.name.replace(/^the \S+ round of (?:the )?/i, '')}: the article reports the ${ordinal(series.round)} round (${series.summary}).`,
        [series.evidence],
        [series.id],
        0.8,
      );
    // What the question itself names; an event carried over from the last turn is only a fallback.
    const ids = [...new Set(q.mentions.filter((m) => m.via !== 'context').map((m) => m.id))];
    // "What does <abbreviation> stand for?" is the article's own alias; "what does the Q in <person> stand for?" is not.
    // ("what does <an alias> mean?", "the <alias> is which country?": the same, of a name, not of an event.)
    const ofName =
      asksWhatNameMeans(q) &&
      !q.mentions.some((m) => m.start >= 0 && store.events.has(m.id)) &&
      ids.some((id) => store.entities.has(id) && store.entities.get(id)?.kind !== 'person');
    if (hasPhrase(q, 'stand for') || ofName) {
      const named = ids.flatMap((id) => store.entities.get(id) ?? []).find((e) => e.kind !== 'person');
      if (!named) return notStated('what that stands for');
      return stated(
        store,
        `${capitalize(named.name)}: ${named.description}.`,
        [named.evidence],
        [named.id],
        0.75,
      );
    }
    const dispute = ids.flatMap((id) => store.disputes.get(id) ?? [])[0];
    if (dispute) {
      return stated(store, `${capitalize(dispute.summary)}.`, [dispute.evidence], [dispute.id], 0.8);
    }
    const best = rankEvents(q, store, triggers)[0];
    if (best && best.score >= 1.2) {
      const { event } = best;
      // ("what are the parent birds called" of an event a drafted store names only by its sentence's opening
      // words: the article gives it no name.)
      if (
        (hasPhrase(q, 'name of') || hasAny(q, 'called')) &&
        (event.name.endsWith('...') || event.name === event.summary)
      )
        return notStated('what that is called', { text: event.summary, evidence: event.evidence }, store);
      // ("what was the <other nth> round about", "what were the earlier rounds about": not this one.)
      if (asksAboutAnotherInstance(q, event, triggers, store.meta.referenceDate.date))
        return otherOccurrence(store, event);
      // ("what was the previous biggest one-year drop": an earlier one of the event's own kind, not this one.)
      const earlier = q.normals.findIndex((w) => /^(?:previous|prior|preceding|earlier)$/.test(w));
      const kindAfter = q.lemmas.some(
        (l, i) =>
          i > earlier && i <= earlier + 4 && q.pos[i] === 'NOUN' && triggers.get(l)?.includes(event.id),
      );
      if (earlier >= 0 && kindAfter) return otherOccurrence(store, event);
      // "what was on the <object>, like cameras?": what it held or carried, which no event description says.
      // (Past an adverb: "what was actually on it".)
      const be = q.lemmas.indexOf('be');
      let after = be + 1;
      while (q.pos[after] === 'ADV') after++;
      const inside =
        be > 0 && q.normals[be - 1] === 'what' && CONTENT_PREPOSITIONS.has(q.normals[after] ?? '');
      if (inside)
        return notStated(
          `what was ${q.normals[after]} it`,
          { text: event.summary, evidence: event.evidence },
          store,
        );
      // ("what's the backdrop of <the event>" of "Against the backdrop of <X>, <the event>": X, which the
      // event's own sentence gives after the noun asked about.)
      const related = relatedPhrase(q, store.cite(event.evidence));
      if (related) return stated(store, `${capitalize(related)}.`, [event.evidence], [event.id], 0.75);
      if (
        (hasAny(
          q,
          'significance',
          'significant',
          'important',
          'importance',
          'matter',
          'mean',
          'achieve',
          'accomplish',
        ) ||
          asksStepToward(q)) &&
        event.significance
      ) {
        return stated(
          store,
          `The article calls ${event.name} ${event.significance.text}.`,
          [event.significance.evidence],
          [event.id],
          0.8,
        );
      }
      if (hasAny(q, 'kind', 'type', 'sort') && event.place?.virtual) {
        return stated(store, `A virtual meeting: ${event.summary}.`, [event.evidence], [event.id], 0.8);
      }
      if (hasAny(q, 'kind', 'type', 'sort') && event.object) {
        return stated(
          store,
          `${capitalize(event.object)}: ${event.summary}.`,
          [event.evidence],
          [event.id],
          0.85,
        );
      }
      if (hasAny(q, 'result', 'results', 'outcome', 'winner', 'won', 'win')) {
        const pending = event.date.end >= store.meta.referenceDate.date;
        if (pending || !event.significance)
          return notStated(
            `the outcome of ${event.name}`,
            { text: event.summary, evidence: event.evidence },
            store,
          );
      }
      if ((hasPhrase(q, 'name of') || hasAny(q, 'called')) && ids.includes(event.id)) {
        return stated(store, `They are ${event.name}.`, [event.evidence], [event.id], 0.85);
      }
      const whAt = q.normals.findIndex((w) => w === 'what' || w === 'which');
      if (event.object && q.mentions.some((m) => m.start === whAt + 1 && m.id === event.id)) {
        return stated(
          store,
          `${capitalize(event.object)}: ${event.summary}.`,
          [event.evidence],
          [event.id],
          0.8,
        );
      }
      // "What did the talks agree?" asks for something the event description does not hold.
      const asksMore = contentVerbs(q).some((v) => !triggers.get(v)?.includes(event.id) && v !== 'mean');
      // Named, or called by its word alone ("what was the <nth round> of?").
      const evoked = ids.includes(event.id) || (ids.length === 0 && triggerWeight(q, event, triggers) > 0);
      if (evoked && !asksMore) {
        return stated(
          store,
          `${capitalize(event.name)}: ${event.summary}.`,
          [event.evidence],
          [event.id],
          0.75,
        );
      }
    }
    const entity = ids.flatMap((id) => store.entities.get(id) ?? [])[0];
    // "What's <a place> issue?": the dispute about a place says more than the place.
    const placeDispute =
      entity && hasAny(q, 'issue', 'dispute', 'problem', 'conflict')
        ? store.facts.disputes.find((d) => d.place === entity.id)
        : undefined;
    if (placeDispute) {
      return stated(
        store,
        `${capitalize(placeDispute.summary)}.`,
        [placeDispute.evidence],
        [placeDispute.id],
        0.8,
      );
    }
    // ("what is the <demonym> military": a thing of that country, which the country's description is not.)
    const mention = q.mentions.find((m) => m.id === entity?.id && m.start >= 0);
    // (wink may tag "<demonym> military" a noun and an adjective; "the <demonym> side" is the country itself.)
    const qualifies =
      entity?.kind === 'country' &&
      mention !== undefined &&
      /^(NOUN|ADJ|PROPN)$/.test(q.pos[mention.end + 1] ?? '') &&
      !namesSide(q, mention);
    if (qualifies) return undefined;
    // ("what are <group> trying to prevent" asks what they do, not what they are.)
    if (entity && !hasPhrase(q, 'name of') && !hasAny(q, 'kind', 'type') && contentVerbs(q).length === 0) {
      return stated(store, `${capitalize(identify(entity))}.`, [entity.evidence], [entity.id], 0.7);
    }
    return undefined;
  },
};

/**
 * "what is the <noun> of/for <X>": the phrase after "<noun> of" in one of X's sentences, when the noun is no word
 * of X's own ("the backdrop of heightened tensions"). Undefined when no sentence has the noun so.
 */
function relatedPhrase(q: ParsedQuestion, cited: ReadonlyArray<{ text: string }>): string | undefined {
  const be = q.lemmas.indexOf('be');
  const nounAt = be + 2;
  if (be < 1 || q.normals[be - 1] !== 'what' || q.normals[be + 1] !== 'the' || q.pos[nounAt] !== 'NOUN')
    return undefined;
  if (!/^(?:of|for|behind)$/.test(q.normals[nounAt + 1] ?? '')) return undefined;
  const noun = escapeRegExp(q.normals[nounAt] ?? '');
  for (const c of cited) {
    const m = new RegExp(`\\b${noun}\\s+of\\s+([^,.;:]{3,80})`, 'i').exec(c.text);
    if (m?.[1]) return m[1].trim();
  }
  return undefined;
}
