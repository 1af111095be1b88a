/**
 * "Is <X> mentioned?", "anything in there about <X>?", "<X> come up?": whether the article itself names a
 * thing, answered from its sentences (cited), not from what any meeting covered. A thing no sentence holds is
 * not mentioned, which is no answer to anything else about it.
 */
import { cueWords } from '../../src/engine/cue-words.js';
import { escapeRegExp } from '../../src/engine/escape-reg-exp.js';
import { newsEvent } from '../../src/engine/event-ranking.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { exclusionAt, hasPhrase, looseStem } from '../../src/engine/question-cues.js';
import { notStated } from '../../src/engine/replies.js';
import { equivalentsOf } from '../../src/engine/word-tables.js';
import { joinNames } from '../../src/engine/wording.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { no, yes } from './verdicts.js';

/** Words that place the question in the article itself: "in there", "in the article", "anywhere". */
const inArticle = (q: ParsedQuestion): boolean =>
  hasPhrase(q, 'in there') ||
  q.normals.includes('anywhere') ||
  q.normals.some(
    (w, i) => cueWords().articleNouns.has(w) && ['in', 'the', 'this'].includes(q.normals[i - 1] ?? ''),
  );

/** Whether the question asks if the article names something (not whether someone said or discussed it). */
export function asksMentioned(q: ParsedQuestion, kb: Knowledge): boolean {
  // ("anything in there about <X>?" asks it too, with no verb to make it a yes/no question.)
  if (!q.yesNo && !(q.wh === undefined && inArticle(q) && q.normals.includes('anything'))) return false;
  const person = (i: number) =>
    q.mentions.some((m) => m.start >= 0 && m.start < i && kb.store.entities.get(m.id)?.kind === 'person');
  const mentioning = q.lemmas.findIndex((l) => cueWords().mentioningVerbs.has(l));
  // ("did <person> mention <X>": what someone said, checked elsewhere; not "(was) <person> mentioned?", passive.)
  // (The person named straight before the verb, or before "was" and the verb: "(was) <person> (was) mentioned?")
  const rightBefore = q.mentions.some(
    (m) =>
      kb.store.entities.get(m.id)?.kind === 'person' &&
      // (Nothing claimed of them before: "is he the <person> mentioned later" asks who is who.)
      !q.normals.slice(0, m.start).some((w) => /^(?:he|she|they|it|him|her)$/.test(w)) &&
      !q.mentions.some(
        (o) => o !== m && o.start >= 0 && o.start < m.start && kb.store.entities.get(o.id)?.kind === 'person',
      ) &&
      (m.end === mentioning - 1 || (m.end === mentioning - 2 && q.lemmas[mentioning - 1] === 'be')),
  );
  const passive =
    mentioning >= 0 &&
    rightBefore &&
    !q.lemmas.slice(0, mentioning).includes('do') &&
    (q.lemmas.slice(0, mentioning).includes('be') ||
      q.pos.slice(mentioning + 1).every((p) => p === 'PUNCT' || p === 'ADV'));
  if (mentioning >= 0 && (!person(mentioning) || passive)) return true;
  const comeUp = q.normals.findIndex((_w, i) => q.lemmas[i] === 'come' && q.normals[i + 1] === 'up');
  // ("<X> come up?" with no meeting named: in the article. "in the talks" is what a meeting covered.)
  if (comeUp >= 0 && !q.mentions.some((m) => m.start >= 0 && kb.store.events.has(m.id)) && !person(comeUp))
    return true;
  return inArticle(q) && (q.normals.includes('anything') || q.normals.includes('about'));
}

export function checkMentioned(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  if (!asksMentioned(q, kb)) return undefined;
  const { store } = kb;
  // ("is this article mostly about <X>": it is mainly about its news; anything else it only mentions.)
  const mainly = q.normals.some((w) => cueWords().mainlyWords.has(w));
  const news = mainly ? newsEvent(store) : undefined;
  const other = q.mentions.find((m) => m.start >= 0 && m.id !== news?.id && store.events.has(m.id));
  if (news && other) {
    const mentioned = store.events.get(other.id);
    return no(
      `It is mainly about ${news.name}: ${news.summary}. It also mentions ${mentioned?.name ?? store.nameOf(other.id)}.`,
      [news.evidence, mentioned?.evidence ?? []],
      kb,
      [news.id],
    );
  }
  // ("any incidents mentioned besides <X>": what is set aside is not asked about.)
  const setAside = exclusionAt(q);
  const asked = (i: number) => setAside < 0 || i < setAside;
  const named = q.mentions.filter((m) => m.start >= 0 && asked(m.start));
  const inName = (i: number) => named.some((m) => m.start <= i && i <= m.end);
  // The thing asked about: what the question names, and its content words that are no part of the asking.
  const words = q.lemmas.filter(
    (l, i) =>
      asked(i) &&
      !inName(i) &&
      (q.pos[i] === 'NOUN' || q.pos[i] === 'PROPN' || q.pos[i] === 'ADJ' || q.pos[i] === 'VERB') &&
      l.length > 2 &&
      !cueWords().mentioningVerbs.has(l) &&
      !cueWords().articleNouns.has(l) &&
      !cueWords().vagueNouns.has(l) &&
      !cueWords().topiclessVerbs.has(l) &&
      !['come', 'anywhere', 'anything', 'something', 'there', 'talk', 'say'].includes(l),
  );
  if (named.length === 0 && words.length === 0 && q.otherPlaces.length === 0) return undefined;
  // ("were <the talks> the only meeting mentioned": another event the same noun names makes it no.)
  // (Of no event named, two the noun names: "was the <place> meeting the only meeting".)
  if (q.normals.some((w) => w === 'only' || w === 'sole' || w === 'single')) {
    const onlyOne = named.length === 1 ? store.events.get(named[0]?.id ?? '') : undefined;
    const nouns = q.lemmas.filter((l, i) => q.pos[i] === 'NOUN' && words.includes(l));
    const kinds = store.facts.events.filter((e) => nouns.some((w) => kb.triggers.get(w)?.includes(e.id)));
    const others = kinds.filter((e) => e.id !== onlyOne?.id);
    if (others.length > (onlyOne ? 0 : 1))
      return no(
        `${onlyOne ? 'It also mentions' : `It mentions ${others.length}:`} ${others.map((e) => e.name).join(' and ')}: ${others.map((e) => e.summary).join('; ')}.`,
        others.map((e) => e.evidence),
        kb,
        others.map((e) => e.id),
      );
  }
  // (A country is said by the name of what stands for it too: "<its capital>'s claim" of "<the country>'s claim".)
  // (Worked out once per entity: every sentence is tried against them.)
  const formsById = new Map<string, string[]>();
  const formsOf = (id: string) => {
    let found = formsById.get(id);
    if (!found) {
      const entity = store.entities.get(id);
      const standing = entity ? store.facts.entities.filter((e) => e.standsFor === id) : [];
      found = (entity ? [entity, ...standing] : []).flatMap((e) => [e.name, ...e.aliases]);
      formsById.set(id, found);
    }
    return found;
  };
  const names = (id: string, text: string) => {
    const entity = store.entities.get(id);
    if (entity) return formsOf(id).some((a) => text.includes(a.toLowerCase()));
    const told = store.events.get(id) ?? store.disputes.get(id);
    return told?.evidence.some((e) => text.includes(e.toLowerCase())) === true;
  };
  // ("the <X> secretary": two nouns in a row name one office, said so or as "secretary of <X>", and not a
  // deputy's or an assistant's title, "<qualifier> secretary of <X>".)
  // (Each pair as typed, and as "<b> of <a>" after no qualifier: built once, tried on every sentence.)
  const qualifiers = cueWords().lists.titleQualifiers.join('|');
  // (A head of a title the article gives someone, or a word for a person: not "territorial disputes".)
  const titleWord = (b: string) =>
    cueWords().personNouns.has(b) ||
    store.facts.entities.some((e) => e.title?.toLowerCase().split(/\s+/).includes(b) === true);
  const pairs = q.lemmas.flatMap((l, i) => {
    const [a, b] = [q.normals[i - 1] ?? '', q.normals[i] ?? ''];
    return i > 0 &&
      titleWord(b) &&
      words.includes(l) &&
      words.includes(q.lemmas[i - 1] ?? '') &&
      q.pos[i] === 'NOUN' &&
      q.pos[i - 1] === 'NOUN'
      ? [
          {
            typed: `${a} ${b}`,
            of: new RegExp(
              `(?<!\\b(?:${qualifiers})[\\s-]+)\\b${escapeRegExp(b)} of (?:the )?${escapeRegExp(a)}`,
            ),
          },
        ]
      : [];
  });
  // ("<a place>'s president": that place's office, said so, as "president of <the place>" or "<demonym> president".)
  for (const m of named) {
    const noun = q.normals[m.end + 2] ?? '';
    const place = store.entities.get(m.id);
    // (An office, not an event of the place's: "<a place>'s election" is the article's polls.)
    const eventWord = (kb.triggers.get(q.lemmas[m.end + 2] ?? '')?.length ?? 0) > 0;
    if (
      q.normals[m.end + 1] !== "'s" ||
      q.pos[m.end + 2] !== 'NOUN' ||
      !place ||
      place.kind === 'person' ||
      eventWord
    )
      continue;
    const forms = formsOf(place.id)
      .map((n) => escapeRegExp(n.toLowerCase()))
      .join('|');
    const demonym = place.demonym
      ? `|\\b${escapeRegExp(place.demonym.toLowerCase())} ${escapeRegExp(noun)}`
      : '';
    pairs.push({
      typed: `${place.name.toLowerCase()}'s ${noun}`,
      of: new RegExp(
        `\\b(?:${forms})'s ${escapeRegExp(noun)}|\\b${escapeRegExp(noun)} of (?:the )?(?:${forms})\\b${demonym}`,
      ),
    });
  }
  const holdsPair = (text: string, pair: { typed: string; of: RegExp }) =>
    text.includes(pair.typed) || pair.of.test(text);
  // (A word an event of the sentence is known by counts as said there: "vote" of the sentence on the "polls".)
  const normalOf = new Map(q.lemmas.map((l, i) => [l, q.normals[i] ?? l]));
  // (Or a word of the same meaning: "restoring ties" is said where the article has "resume ... ties".)
  const saidIn = (w: string, text: string) =>
    text.includes(looseStem(w)) ||
    equivalentsOf(w).some((e) => text.includes(looseStem(e))) ||
    [w, normalOf.get(w) ?? w].some((k) =>
      kb.triggers
        .get(k)
        ?.some((id) => store.events.get(id)?.evidence.some((e) => text.includes(e.toLowerCase()))),
    );
  const holding = store.sentences.filter((s) => {
    const text = s.text.toLowerCase();
    return (
      pairs.every((pair) => holdsPair(text, pair)) &&
      named.every((m) => names(m.id, text)) &&
      q.otherPlaces.every((p) => !asked(p.start) || text.includes(p.name.toLowerCase())) &&
      words.every((w) => saidIn(w, text))
    );
  });
  // (Said as the article names it, else as typed: "the <sea>", "<a country it never names>".)
  const elsewhere = (i: number) => q.otherPlaces.some((p) => p.start <= i && i <= p.end);
  // (A name inside another's is said once: "<a place>" in "<a place>'s polls".)
  const namesOf = [...new Set(named.map((m) => store.nameOf(m.id)))];
  const parts = [
    ...namesOf.filter((n) => !namesOf.some((o) => o !== n && o.includes(n))),
    ...q.otherPlaces.filter((p) => asked(p.start)).map((p) => p.name),
    q.raws
      .filter((_w, i) => asked(i) && !inName(i) && !elsewhere(i) && words.includes(q.lemmas[i] ?? ''))
      .join(' '),
  ].filter(Boolean);
  const thing = parts.join(', ');
  // ("is this article about <X>" of an <X> it never names: no, and what it is about, which the article does say.)
  const topicAsked = q.normals.some(
    (w, i) => cueWords().articleNouns.has(w) && q.normals[i + 1] === 'about' && asked(i),
  );
  const about = topicAsked && holding.length === 0 && thing ? newsEvent(store) : undefined;
  if (about)
    return no(
      `The article doesn't mention ${thing}; it is about ${about.name}: ${about.summary}.`,
      [about.evidence],
      kb,
      [about.id],
    );
  // (Of several things, each of which the article mentions somewhere: no one sentence holds them all. Of a word
  // it never uses, the words typed; of places it never names, those places. Worked out only for a refusal.)
  const absentOrApart = () => {
    const typedAt = q.raws.flatMap((_w, i) =>
      asked(i) && !inName(i) && !elsewhere(i) && words.includes(q.lemmas[i] ?? '') ? [i] : [],
    );
    // (A noun or verb never used: not a describing word alone, "an actual war" of a war the article mentions.)
    const wordAbsent = typedAt.some(
      (i) =>
        /^(?:NOUN|PROPN|VERB)$/.test(q.pos[i] ?? '') &&
        !store.sentences.some((s) => saidIn(q.lemmas[i] ?? '', s.text.toLowerCase())),
    );
    const placesAbsent = q.otherPlaces.filter((p) => asked(p.start)).map((p) => p.name);
    if (wordAbsent) return typedAt.map((i) => q.raws[i] ?? '').join(' ');
    if (placesAbsent.length > 0) return placesAbsent.join(' or ');
    return parts.length > 1 ? `${joinNames(parts)} together` : thing || 'that';
  };
  // (Settled: no sentence holds it, so no one sentence may be read as saying so.)
  if (holding.length === 0) return { ...notStated(`anything about ${absentOrApart()}`), settled: true };
  const cited = holding.slice(0, 2);
  // ("does it mention <a place>" -> "what else is in his portfolio": whoever's title names it is who "he" is next.)
  const titled = store.facts.entities.filter(
    (e) =>
      e.kind === 'person' &&
      named.some((m) => e.title?.toLowerCase().includes(store.nameOf(m.id).toLowerCase()) === true),
  );
  // (Whole sentences, cited as themselves: no fact's quote need hold them.)
  return {
    ...yes(`The article mentions ${thing}: ${cited.map((s) => `"${s.text}"`).join(' ')}`, [], kb, [
      ...named.map((m) => m.id),
      ...titled.map((e) => e.id),
    ]),
    citations: cited.map((s) => ({ sentence: s.n, text: s.text })),
    workedOut: q.normals,
  };
}
