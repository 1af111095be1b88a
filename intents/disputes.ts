import { cueWords } from '../src/engine/cue-words.js';
import type { Intent } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { sideOf } from '../src/engine/parties.js';
import { asksForStrains, hasAny, hasAnyOf, hasPhrase } from '../src/engine/question-cues.js';
import { disputesReply, notStated, stated } from '../src/engine/replies.js';
import { capitalize, joinNames, summarySentences } from '../src/engine/wording.js';

export const disputes: Intent = {
  id: 'disputes',
  description: 'What the two countries disagree over, and other disputes between parties.',
  examples: [
    'What are the sources of tension?',
    'what issues divide the two countries',
    'list the points of friction',
  ],
  counterExamples: ['Why is the relationship strained?', 'Where are the territorial claims?'],
  match(q, { store }) {
    // An article that names no dispute leaves nothing to list.
    if (q.wh === 'why' || q.wh === 'where' || q.yesNo || store.facts.disputes.length === 0) return 0;
    // ("what was discussed about <a dispute>": what a meeting covered, not the dispute itself.)
    if (hasAny(q, 'discuss', 'discussed') || hasPhrase(q, 'talk about') || hasPhrase(q, 'talked about'))
      return 0;
    // ("who said that <X> keeps competition from turning into a fight": who said it, not the disputes.)
    if (q.wh === 'who' && q.lemmas.some((l) => cueWords().lists.sayWords.includes(l))) return 0;
    if (asksForStrains(q) && hasAny(q, 'relationship', 'relations', 'ties', 'it', 'things'))
      return MATCH.strong;
    if (hasAnyOf(q, cueWords().lists.disputeAskWords)) return MATCH.firm;
    if (hasAny(q, 'tension', 'tensions') && !hasAny(q, 'relationship', 'relations')) return MATCH.plausible;
    // ("what's the other big issue besides <A> and <B>": one more of the disputes, the ones named set aside.)
    if (
      hasAny(q, 'issue', 'problem', 'sticking') &&
      hasAny(q, 'other', 'else', 'besides', 'except', 'apart') &&
      q.wh !== 'who'
    )
      return MATCH.firm;
    // "the <named dispute> is between who and who": its parties, which its summary names.
    // ("who is in the <named dispute>", "which two sides are in it": the same.)
    const inDispute = q.mentions.some(
      (m) =>
        store.disputes.has(m.id) &&
        (['in', 'into', 'between'].includes(q.normals[m.start - 2] ?? '') ||
          // (Or "in that", the dispute just spoken of.)
          (m.via === 'pronoun' && q.normals[m.start - 1] === 'in')),
    );
    if (
      (q.wh === 'who' ||
        q.wh === 'whom' ||
        (q.wh === 'which' && hasAny(q, 'side', 'sides', 'countries', 'parties'))) &&
      (hasAny(q, 'between') || inDispute) &&
      q.mentions.some((m) => store.disputes.has(m.id))
    )
      return MATCH.strong;
    if (hasPhrase(q, 'conflict over') || hasPhrase(q, 'dispute over')) return MATCH.strong;
    if (hasPhrase(q, 'at odds') || hasPhrase(q, 'fight over') || hasPhrase(q, 'argue about'))
      return MATCH.likely;
    return 0;
  },
  answer(q, { store }) {
    const { facts } = store;
    // ("what did <A> and <B> disagree about": people, whom the article gives no dispute of their own; its
    // disputes are between the parties.)
    const people = q.mentions.filter((m) => m.start >= 0 && store.entities.get(m.id)?.kind === 'person');
    const [dispute] = facts.disputes;
    if (
      people.length > 0 &&
      people.length === q.mentions.filter((m) => m.start >= 0).length &&
      !facts.disputes.some((d) => people.some((m) => d.parties.includes(m.id))) &&
      dispute
    )
      return notStated(
        `that ${joinNames([...new Set(people.map((m) => store.nameOf(m.id)))])} disagreed about anything`,
        { text: dispute.summary, evidence: dispute.evidence },
        store,
      );
    // One dispute named ("<a place> dispute"), or the disputes about a named place or party.
    const named = q.mentions.flatMap((m) => store.disputes.get(m.id) ?? []);
    const mainParties = new Set(facts.relationship?.parties ?? []);
    const subjects = q.mentions
      .filter(
        (m) =>
          (store.entities.has(m.id) && !mainParties.has(sideOf(store, m.id) ?? m.id)) ||
          // (An incident named: "the <incident> dispute".)
          (store.events.has(m.id) && m.start >= 0) ||
          (store.entities.get(m.id)?.kind === 'place' && !store.entities.get(m.id)?.standsFor),
      )
      .map((m) => m.id);
    const about = subjects.length
      ? facts.disputes.filter((d) =>
          subjects.some((s) => d.about.includes(s) || d.parties.includes(s) || d.place === s),
        )
      : [];
    // "Besides <a place>, what else ...?": the disputes that are not about what is named.
    // (Past the word, the thing set aside: "besides <a main party>" asks for other parties, not other disputes;
    // "who else" asks for other people.)
    const setAside = q.normals.findIndex((w) => ['besides', 'except', 'apart', 'than'].includes(w));
    const besides =
      setAside >= 0
        ? q.mentions.some((m) => m.start > setAside && (subjects.includes(m.id) || store.disputes.has(m.id)))
        : hasAny(q, 'other', 'else') && q.wh !== 'who';
    const others = facts.disputes.filter((d) => !about.includes(d) && !named.includes(d));
    const specific = besides && (about.length || named.length) ? others : named.length ? named : about;
    // "which islands in <a sea> are fought over?": a kind of thing the disputes' own words never name.
    // (Past a word that describes it: "which specific islands".)
    // ("what territorial area is disputed": "what" before a kind of thing asks which too.)
    // (Of a kind of place only: "what kind of claims" asks what the disputes are.)
    const placeKindAfter = (i: number) =>
      [1, 2].some((k) => cueWords().placeKindNouns.has(q.lemmas[i + k] ?? '') && q.pos[i + k] === 'NOUN');
    const which = q.normals.findIndex(
      (w, i) =>
        w === 'which' || (w === 'what' && /^(?:ADJ|NOUN)$/.test(q.pos[i + 1] ?? '') && placeKindAfter(i)),
    );
    const whichAt =
      which >= 0 && /^(?:ADJ|NOUN)$/.test(q.pos[which + 1] ?? '') && q.pos[which + 2] === 'NOUN'
        ? which + 1
        : which;
    const kind = which >= 0 && q.pos[whichAt + 1] === 'NOUN' ? q.lemmas[whichAt + 1] : undefined;
    const said = (specific.length > 0 ? specific : facts.disputes)
      .map((d) => `${d.summary} ${d.evidence.join(' ')}`.toLowerCase())
      .join(' ');
    // ("which body of water is in dispute": a kind of place, asked of the disputes the article places.)
    const placed = (specific.length > 0 ? specific : facts.disputes).filter((d) => d.place);
    if (kind && cueWords().placeKindNouns.has(kind) && !said.includes(kind) && placed.length > 0)
      return {
        ...stated(
          store,
          placed.map((d) => `${capitalize(store.nameOf(d.place ?? ''))}: ${d.summary}.`).join(' '),
          placed.map((d) => d.evidence),
          placed.map((d) => d.id),
          0.8,
        ),
        // (The kind asked is read from where the disputes are placed, not found in their words.)
        workedOut: [q.normals[whichAt + 1] ?? kind],
      };
    if (kind && !cueWords().disputeWords.has(kind) && !said.includes(kind))
      return notStated(
        `which ${q.normals[whichAt + 1]}`,
        specific[0] ? { text: specific[0].summary, evidence: specific[0].evidence } : undefined,
        store,
      );
    if (specific.length > 0) {
      return stated(
        store,
        summarySentences(specific),
        specific.map((d) => d.evidence),
        specific.map((d) => d.id),
        0.85,
      );
    }
    const all = disputesReply(store, ', with disputes over ', 0.9);
    // "how many things strain it": the disputes between the two sides, counted.
    if (q.wh === 'how' && hasAny(q, 'many') && all.items?.length) {
      const more = facts.disputes.length - all.items.length;
      const count =
        more > 0 ? `${all.items.length} between the two, and ${more} more` : `${all.items.length}`;
      return { ...all, text: `${count}: ${all.text}` };
    }
    return all;
  },
};
