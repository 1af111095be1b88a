import { cueWords } from '../src/engine/cue-words.js';
import { escapeRegExp } from '../src/engine/escape-reg-exp.js';
import type { Intent } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { sameParty, sideOf, titleScope } from '../src/engine/parties.js';
import {
  asksViewOfPronoun,
  exclusionAt,
  hasAny,
  hasAnyOf,
  hasPhrase,
  looseStem,
  mentionedEntities,
  verbOrAfterName,
} from '../src/engine/question-cues.js';
import { notStated } from '../src/engine/replies.js';
import { askedContext } from '../src/engine/statement-context.js';
import { capitalize, joinNames } from '../src/engine/wording.js';
import type { FactStore } from '../src/facts/fact-store.js';
import type { Entity, Statement } from '../src/facts/schema.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';

/** "Who said dialogue will take time?": the statement sharing most of the question's words comes first. */
function byWording(q: ParsedQuestion, statements: readonly Statement[]): Statement[] {
  const shared = (s: Statement) =>
    s.content
      .toLowerCase()
      .split(/\W+/)
      .filter((w) => w.length > 3 && q.words.has(w)).length;
  const ranked = [...statements].sort((a, b) => shared(b) - shared(a));
  const top = ranked[0] ? shared(ranked[0]) : 0;
  return top > 0 ? ranked.filter((s) => shared(s) === top) : ranked;
}

/** Whether the word at `i` is a person's: "<person>'s <word>", "his <word>". */
function personsOwn(q: ParsedQuestion, store: FactStore, at: number): boolean {
  // (Past an adjective: "his big point".)
  const i = q.pos[at - 1] === 'ADJ' ? at - 1 : at;
  if (['his', 'her'].includes(q.normals[i - 1] ?? '')) return true;
  return (
    q.normals[i - 1] === "'s" &&
    q.mentions.some((m) => m.end === i - 2 && store.entities.get(m.id)?.kind === 'person')
  );
}

/** Whether a person's title or description names a body ("<body>'s chief executive"). */
const titledBy = (person: Entity | undefined, body: Entity): boolean => {
  if (person?.kind !== 'person') return false;
  const title = `${person.title ?? ''} ${person.description ?? ''}`;
  return [body.name, ...body.aliases].some(
    (n) => n.length > 2 && new RegExp(`\\b${escapeRegExp(n)}\\b`).test(title),
  );
};

/** The lists of nouns that name people, offices or documents: sayers whatever the article says of them. */
const SPEAKER_LISTS = [
  'personNouns',
  'anyone',
  'peopleNouns',
  'whoDidPersonNouns',
  'officeWords',
  'heldRoles',
  'claimedRoleNouns',
  'documentNouns',
] as const;
const isSpeakerNoun = (w: string): boolean => SPEAKER_LISTS.some((list) => cueWords()[list].has(w));

/** Whether a word is one of saying: "said", "warns", "emphasising". */
const sayingWord = (w: string): boolean =>
  cueWords().speechForms.has(w) ||
  cueWords().lists.sayWords.some((say) => w.startsWith(looseStem(say)) && w.length <= say.length + 3);

/**
 * "what are the <things> saying", "what does the <thing> say": the sayer's words, when they name no one and the
 * article never reports them saying anything: an event none of whose people said anything it reports, or a thing
 * no sentence has speaking (a word of saying straight after it, or "according to" before it).
 */
function voicelessSayer(q: ParsedQuestion, store: FactStore, sayAt: number): string | undefined {
  if (sayAt < 3 || !/^(?:what|how)$/.test(q.normals[0] ?? '')) return undefined;
  if (!/^(?:did|does|do|is|are|was|were)$/.test(q.normals[1] ?? '')) return undefined;
  const within = q.mentions.filter((m) => m.start >= 2 && m.start < sayAt);
  if (within.some((m) => store.entities.has(m.id))) return undefined;
  const words = q.normals.slice(2, sayAt);
  const head = words.length - 1;
  if (q.pos[2 + head] !== 'NOUN' || words.some((_w, k) => !/^(?:DET|ADJ|NOUN)$/.test(q.pos[2 + k] ?? '')))
    return undefined;
  const noun = q.normals[2 + head] ?? '';
  const lemma = q.lemmas[2 + head] ?? noun;
  if (isSpeakerNoun(noun) || isSpeakerNoun(lemma) || cueWords().articleNouns.has(noun)) return undefined;
  const sayer = q.raws.slice(2, sayAt).join(' ');
  // ("what did the talks say": what the people in them said; "the polls" of an election held none.)
  const events = within.flatMap((m) => store.events.get(m.id) ?? []);
  if (events.length > 0) {
    const spoke = events.some((e) =>
      store.statements.some((s) => e.participants.some((p) => sameParty(store, p.entity, s.holder))),
    );
    return spoke ? undefined : sayer;
  }
  const stem = looseStem(lemma);
  const sentences = store.sentences.map((s) =>
    s.text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean),
  );
  // (A noun the article never uses is left to the other checks.)
  if (!sentences.some((tokens) => tokens.some((t) => t.startsWith(stem)))) return undefined;
  const speaks = sentences.some((tokens) =>
    tokens.some(
      (t, i) =>
        t.startsWith(stem) &&
        (tokens.slice(i + 1, i + 4).some(sayingWord) ||
          tokens
            .slice(Math.max(0, i - 3), i)
            .join(' ')
            .includes('according to')),
    ),
  );
  return speaks ? undefined : sayer;
}

/** A thing said of that the sentence points back at: "called the idea ...", "opposed the plan". */
const POINTED_BACK =
  /\b(?:the|this|that) (?:idea|plan|proposal|move|measure|decision|scheme|change|policy|bill|rule|ban|offer)\b/i;

export const statement: Intent = {
  id: 'statement',
  description: 'What someone said, warned, stressed or claims, as the article reports it.',
  examples: [],
  counterExamples: [],
  match(q, { store }) {
    // ("how much did the review say <A> charged": an amount, said or not.)
    if (q.wh === 'why' || q.yesNo || (q.wh === 'how' && hasAny(q, 'much', 'many', 'long', 'old'))) return 0;
    // ("what month does it say": a time asked, which the article gives of the thing, not anyone's words.)
    if ((q.wh === 'what' || q.wh === 'which') && cueWords().timeNouns.has(q.lemmas[1] ?? '')) return 0;
    // ("which funds have said ...": a kind of speaker no one quoted is of, by name, title or description.)
    const kindAsked =
      q.wh === 'which' && q.normals[0] === 'which' && q.pos[1] === 'NOUN' ? q.lemmas[1] : undefined;
    if (
      kindAsked &&
      !q.mentions.some((m) => m.start === 1) &&
      !cueWords().personNouns.has(kindAsked) &&
      !cueWords().anyone.has(kindAsked) &&
      // (Nor a side, a body or a kind of party, which the article's parties are: "which countries claim <X>".)
      !cueWords().whoDidPersonNouns.has(kindAsked) &&
      !cueWords().organisationNouns.has(kindAsked) &&
      !store.facts.entities.some((e) => e.kind !== 'person' && kindAsked.startsWith(e.kind.slice(0, 5))) &&
      !store.statements.some((st) => {
        const e = store.entities.get(st.holder);
        return `${e?.name ?? ''} ${e?.title ?? ''} ${e?.description ?? ''}`
          .toLowerCase()
          .includes(kindAsked.slice(0, 5));
      })
    )
      return 0;
    // "territorial claims" names a dispute; only a saying word outside a name counts.
    const saying = q.normals.some(
      (w, i) =>
        // ("<person>'s position at the time": an office held, unless it is a position on something.)
        !(
          cueWords().officeQuestionWords.has(w) &&
          personsOwn(q, store, i) &&
          !/^(?:on|about|regarding|towards?|re|over)$/.test(q.normals[i + 1] ?? '')
        ) &&
        (cueWords().lists.sayWords.includes(w) ||
          cueWords().lists.sayWords.includes(q.lemmas[i] ?? '') ||
          (q.wh === 'what' && q.lemmas[i] === 'tell' && q.normals[i + 1] !== 'me') ||
          // ("who talked about <a topic>": who said something of it; a talk named is an event.)
          (q.wh === 'who' &&
            q.lemmas[i] === 'talk' &&
            q.pos[i] === 'VERB' &&
            q.normals[i + 1] === 'about')) &&
        !q.mentions.some((m) => m.start <= i && i <= m.end) &&
        // (Nor a noun of a claim to a place no one named holds: "what claims are in the <sea>"; not "<A>'s claim
        // over <a place>", "<A>'s stance on <it>".)
        !(
          q.pos[i] === 'NOUN' &&
          (q.wh === 'what' || q.wh === 'which') &&
          /^(?:what|which|of|the|any)$/.test(q.normals[i - 1] ?? '') &&
          !q.mentions.some((m) => m.start >= 0 && m.start < i) &&
          q.mentions.some((m) => {
            const kind = store.entities.get(m.id)?.kind;
            return (
              (kind === 'place' || kind === 'country') &&
              m.start > i &&
              m.start <= i + 4 &&
              q.normals.slice(i + 1, m.start).some((w) => /^(?:in|over)$/.test(w))
            );
          })
        ) &&
        // (Not what the article itself says: "how significant does the article say <X> is".)
        !(q.wh === 'how' && cueWords().articleNouns.has(q.normals[i - 1] ?? '')),
    );
    // "who called <X> crucial": calling something a quality is a judgment someone voiced; "<person>'s main point".
    const callAt = q.lemmas.indexOf('call');
    const judged =
      q.wh === 'who' && callAt > 0 && q.pos.some((p, i) => p === 'ADJ' && i > callAt + 1 && i <= callAt + 6);
    const point = q.normals.findIndex((w) => cueWords().pointNouns.has(w));
    // (Or "his point", of the person the conversation is on.)
    const ownPoint =
      point > 0 &&
      q.mentions.some(
        (m) =>
          ((m.start >= 0 && m.end < point) || (m.start < 0 && personsOwn(q, store, point))) &&
          store.entities.get(m.id)?.kind === 'person',
      );
    if ((judged || ownPoint) && (q.wh === 'who' || q.wh === 'what')) return MATCH.fairlyFirm;
    return saying &&
      (q.wh === 'what' || q.wh === 'which' || q.wh === 'who' || q.wh === 'how' || q.wh === undefined)
      ? MATCH.fairlyFirm
      : 0;
  },
  answer(q, { store, triggers }) {
    // ("which countries besides <A> claim ...": what <A> said is set aside; nobody else said it, nothing is.)
    const setAside = exclusionAt(q);
    // (The names straight after the word, "besides <A> (and <B>)", not the object further on.)
    const after = [...q.mentions]
      .filter((m) => setAside >= 0 && m.start > setAside)
      .sort((a, b) => a.start - b.start);
    const aside = after.filter(
      (m, k) =>
        (k === 0 && m.start <= setAside + 2) ||
        (k > 0 &&
          after[k - 1] !== undefined &&
          m.start === (after[k - 1]?.end ?? 0) + 2 &&
          q.normals[m.start - 1] === 'and'),
    );
    const asideIds = aside.map((m) => m.id);
    if (asideIds.length > 0 && q.wh !== undefined) {
      const others = store.statements.filter(
        (s) => !asideIds.some((id) => sameParty(store, s.holder, id)) && hasAnyOf(q, s.verbs),
      );
      if (others.length === 0)
        return notStated(`that anyone besides ${joinNames(asideIds.map((id) => store.nameOf(id)))} did that`);
    }
    const everyone = mentionedEntities(q, store).filter((e) => !asideIds.includes(e.id));
    const named = everyone.filter((e) => e.kind !== 'place' || e.standsFor);
    // "<a country> side" said what its people and officials said.
    const speaksFor = (holder: string, e: Entity) =>
      holder === e.id ||
      sameParty(store, holder, e.id) ||
      (e.kind === 'country' &&
        store.entities.get(holder)?.side === e.id &&
        ['person', 'group'].includes(store.entities.get(holder)?.kind ?? '')) ||
      // (A body's people speak for it: "<A>, <body>'s chief executive, said ...".)
      (e.kind === 'organization' && titledBy(store.entities.get(holder), e));
    // The one who said it is named before the verb of saying ("what did <A> say about <B>'s resignation"):
    // <B> is the topic, whatever <B> said elsewhere.
    // (Or straight after whoever is named, whatever wink tags it: "what did the <demonym> general say back".)
    // (Or a noun of saying that name owns: "<A>'s view on <B>".)
    const ownedByName = (i: number) =>
      q.normals[i - 1] === "'s" && q.mentions.some((m) => m.start >= 0 && m.end === i - 2);
    const sayAt = q.lemmas.findIndex(
      (l, i) => (verbOrAfterName(q, i) || ownedByName(i)) && cueWords().lists.sayWords.includes(l),
    );
    const subjects =
      sayAt > 0
        ? named.filter((e) => q.mentions.some((m) => m.id === e.id && m.start >= 0 && m.start < sayAt))
        : [];
    // ("what did <a place>'s government think": a place the article quotes nowhere said nothing it reports.)
    const speaker = everyone.find(
      (e) => sayAt > 0 && q.mentions.some((m) => m.id === e.id && m.start >= 0 && m.start < sayAt),
    );
    if (speaker && subjects.length === 0 && !store.statements.some((s) => speaksFor(s.holder, speaker)))
      return notStated(`what ${speaker.name} said or thought`);
    // ("what did they say to each other" of two people the conversation is about: their own words, not those of
    // officials on their side.)
    const pronounAt = q.normals.findIndex((w, i) => i < sayAt && /^(?:they|he|she)$/.test(w));
    // (A pronoun for the conversation's meeting stands for the people in it.)
    const referred =
      pronounAt >= 0 && subjects.length === 0 && !speaker
        ? [
            ...new Set(
              q.mentions
                .filter((m) => m.start < 0)
                .flatMap((m) =>
                  store.entities.get(m.id)?.kind === 'person'
                    ? [m.id]
                    : (store.events
                        .get(m.id)
                        ?.participants.filter((p) => store.entities.get(p.entity)?.kind === 'person')
                        .map((p) => p.entity) ?? []),
                ),
            ),
          ]
        : [];
    // (Only of people no sentence reports speaking: words the store missed are still the article's.)
    const quoted = (id: string) => {
      const surname = store.nameOf(id).split(' ').at(-1) ?? id;
      return store.sentences.some(
        (x) =>
          x.text.includes(surname) &&
          (/["“”]/.test(x.text) ||
            x.text
              .toLowerCase()
              .split(/[^a-z]+/)
              .some((w) => cueWords().speechForms.has(w))),
      );
    };
    if (
      referred.length > 0 &&
      !store.statements.some((s) => referred.includes(s.holder)) &&
      !referred.some(quoted)
    )
      return notStated(`what ${joinNames(referred.map((id) => store.nameOf(id)))} said`);
    // ("what did the joint statement after the talks say": a document the article never mentions said nothing it
    // reports; the words before "say", up to a preposition, are the sayer.)
    const didAt = q.normals.findIndex((w) => /^(?:did|does|do)$/.test(w));
    let sayerEnd = didAt + 1;
    while (sayerEnd < sayAt && q.pos[sayerEnd] !== 'ADP') sayerEnd++;
    const unknownSayer =
      didAt >= 0 && sayAt > didAt
        ? q.lemmas
            .slice(didAt + 1, sayerEnd)
            .find(
              (l, k) =>
                q.pos[didAt + 1 + k] === 'NOUN' &&
                cueWords().documentNouns.has(l) &&
                !q.mentions.some((m) => m.start <= didAt + 1 + k && didAt + 1 + k <= m.end) &&
                !store.sentences.some((x) => new RegExp(`\\b${escapeRegExp(l)}`, 'i').test(x.text)),
            )
        : undefined;
    if (unknownSayer) return notStated(`what any ${unknownSayer} said`);
    // ("what did the <body the article never names> say": a sayer with a word new to the article, naming no one.)
    const sayerWords = didAt >= 0 && sayAt > didAt ? q.normals.slice(didAt + 1, sayerEnd) : [];
    const sayerContent = sayerWords.filter((_w, k) =>
      /^(?:NOUN|PROPN|ADJ)$/.test(q.pos[didAt + 1 + k] ?? ''),
    );
    // (Not the article itself: "what does the article say <X> prevents".)
    const ofArticle = sayerWords.some((w) => cueWords().articleNouns.has(w));
    const strangeSayer =
      !ofArticle &&
      sayerContent.length > 0 &&
      sayerContent.some(
        (w) => q.unknownWords.includes(w) || !new RegExp(`\\b${escapeRegExp(w)}`, 'i').test(store.text),
      ) &&
      !q.mentions.some((m) => m.start > didAt && m.start < sayerEnd);
    if (strangeSayer) return notStated(`what ${q.raws.slice(didAt + 1, sayerEnd).join(' ')} said`);
    const voiceless = voicelessSayer(q, store, sayAt);
    if (voiceless) return notStated(`what ${voiceless} said`);
    // ("the <demonym> deputy assistant sec": a country naming a person's side only describes that person.)
    const whose = subjects.length ? subjects : named;
    // ("the <office> guy for <A>, <B> and <C>": the places of a person's title after "for" describe that person.)
    const personFor = q.mentions.find(
      (m) => store.entities.get(m.id)?.kind === 'person' && m.end >= 0 && q.normals[m.end + 1] === 'for',
    );
    const described = personFor && store.entities.get(personFor.id);
    const scope = described ? titleScope(described)?.toLowerCase() : undefined;
    // (Up to the clause's verb: "... say about <B>" names a topic.)
    const verbAt = personFor
      ? q.pos.findIndex((p, i) => i > personFor.end && (p === 'VERB' || p === 'AUX'))
      : -1;
    const forEnd = verbAt >= 0 ? verbAt : q.normals.length;
    const inTitle = (e: { id: string; name: string; kind: string }) =>
      scope !== undefined &&
      (e.kind === 'country' || e.kind === 'place') &&
      new RegExp(`\\b${escapeRegExp(e.name.toLowerCase())}\\b`).test(scope) &&
      q.mentions.some(
        (m) => m.id === e.id && personFor !== undefined && m.start > personFor.end && m.start < forEnd,
      );
    const describing = (e: { id: string; name: string; kind: string }) =>
      (e.kind === 'country' && whose.some((p) => p.kind === 'person' && sideOf(store, p.id) === e.id)) ||
      inTitle(e);
    // ("who is worried about <X>", "which side warned about <X>": whose words hold <X>, whatever the verb.)
    // ("who wants open lines of <X>": with no "about", the words after the verb are what they said, when at least
    // two nouns say it.)
    const verbAfterWho =
      q.wh === 'who' || q.wh === 'which' ? q.pos.findIndex((p, i) => p === 'VERB' && i > 0) : -1;
    // (Or a noun and the verb it follows: "who wants to prevent miscalculations".)
    const objectWords =
      q.normals.indexOf('about') < 0 && verbAfterWho > 0
        ? q.lemmas.filter(
            (l, i) => i > verbAfterWho && (q.pos[i] === 'NOUN' || q.pos[i] === 'VERB') && l.length > 3,
          )
        : [];
    const objectNouns = objectWords.length >= 2 ? objectWords : [];
    const aboutWord = objectNouns.length >= 2 ? verbAfterWho : q.normals.indexOf('about');
    const aboutNouns =
      (q.wh === 'who' || q.wh === 'which') && aboutWord > 0
        ? q.lemmas.filter(
            (l, i) =>
              i > aboutWord &&
              (q.pos[i] === 'NOUN' || (objectNouns.length > 0 && q.pos[i] === 'VERB')) &&
              l.length > 3 &&
              !q.mentions.some((m) => m.start <= i && i <= m.end && store.entities.has(m.id)),
          )
        : [];
    const holdsAbout = (s: Statement) =>
      aboutNouns.length > 0 && aboutNouns.every((w) => s.content.toLowerCase().includes(looseStem(w)));
    // Those of the statements whose words and verb the question has.
    const byWords = (from: readonly Statement[]) =>
      byWording(q, from).filter(
        (s) =>
          hasAnyOf(q, s.verbs) ||
          // ("who talked about <X>": any verb of saying, the wording decides.)
          hasPhrase(q, 'talked about') ||
          hasPhrase(q, 'talk about') ||
          holdsAbout(s) ||
          s.about.some((a) => named.some((e) => e.id === a)),
      );
    // ("which <side> official said <X>": the group asked of is whom to pick from, by the words, not one holder.)
    const whichAt = q.normals.indexOf('which');
    const groupAsked =
      q.wh === 'which' && whichAt >= 0
        ? q.mentions.find((m) => m.start === whichAt + 1 && store.entities.get(m.id)?.kind === 'group')
        : undefined;
    const groupSide = groupAsked && (sideOf(store, groupAsked.id) ?? groupAsked.id);
    const fromGroup = byWords(
      store.statements.filter(
        (s) =>
          s.holder === groupAsked?.id || (groupSide !== undefined && sideOf(store, s.holder) === groupSide),
      ),
    );
    const askedGroup = fromGroup.length > 0 ? groupAsked : undefined;
    const holderNamed = whose.filter(
      (e) =>
        !describing(e) && e.id !== askedGroup?.id && store.statements.some((s) => speaksFor(s.holder, e)),
    );
    // ("which side claims sovereignty over <X>": whose words, as "who" asks.)
    const asksWhichParty =
      q.wh === 'which' &&
      /^(?:side|country|party|nation|government)$/.test(q.normals[q.normals.indexOf('which') + 1] ?? '');
    const statements = holderNamed.length
      ? store.statements.filter((s) => holderNamed.some((e) => speaksFor(s.holder, e)))
      : askedGroup
        ? fromGroup
        : everyone.length === 0 || q.wh === 'who' || asksWhichParty
          ? byWords(store.statements)
          : [];
    // "What did <person> say about <a place>?": what he said must be about that.
    const topics = everyone.filter(
      (e) =>
        !holderNamed.includes(e) &&
        !inTitle(e) &&
        e.id !== askedGroup?.id &&
        !statements.some((s) => speaksFor(s.holder, e)),
    );
    // ... and hold the words the topic is given in ("about the <place> polls": the polls).
    // ("going on about during the talks": an "about" straight before another preposition gives no topic.)
    // ("<A>'s take on <X>", "what does <A> think of <X>": "on" and "of" after a word of a view do too.)
    const aboutAt = q.normals.findIndex(
      (w, i) =>
        w === 'about' ||
        ((w === 'of' || w === 'on') &&
          (cueWords().topicLeadWords.has(q.lemmas[i - 1] ?? '') ||
            cueWords().topicLeadWords.has(q.normals[i - 1] ?? ''))),
    );
    const about = q.pos[aboutAt + 1] === 'ADP' ? -1 : aboutAt;
    // ("about why <X> matter": the clause's last word says what of <X> is asked, whatever wink tags it.)
    const lastWord = q.normals.findLastIndex((_w, i) => q.pos[i] !== 'PUNCT');
    const predicateAt = ['why', 'how', 'whether'].includes(q.normals[about + 1] ?? '') ? lastWord : -1;
    const topicWords = q.lemmas.filter(
      (l, i) =>
        about >= 0 &&
        i > about &&
        i !== predicateAt &&
        q.pos[i] === 'NOUN' &&
        l.length > 3 &&
        // (Not the article itself: "<A>'s position on <X> in this article".)
        !cueWords().articleNouns.has(l) &&
        !q.mentions.some((m) => m.start <= i && i <= m.end && store.entities.has(m.id)),
    );
    // ("called the idea <X>": a thing pointed back at is what the sentence before it gives, "a ban on <Y>".)
    const before = (st: Statement) => {
      const said = `${st.content} ${st.evidence.join(' ')}`;
      if (!POINTED_BACK.test(said)) return '';
      const n = store.cite(st.evidence)[0]?.sentence ?? 0;
      return store.sentences.find((x) => x.n === n - 1)?.text ?? '';
    };
    const ownWordsOf = (st: Statement) =>
      `${st.content} ${st.evidence.join(' ')} ${st.context?.text ?? ''}`.toLowerCase();
    const wordsOf = (st: Statement) => `${ownWordsOf(st)} ${before(st).toLowerCase()}`;
    const holdsTopic = (st: Statement) => topicWords.every((w) => wordsOf(st).includes(looseStem(w)));
    // (A topic named in the words said is what they are about, whether or not ingestion tied them to it:
    // "<A> said the Gulf was already one of its biggest markets".)
    const namesTopic = (st: Statement, t: Entity) =>
      st.about.includes(t.id) ||
      [t.name, ...t.aliases].some(
        (n) => n.length > 2 && new RegExp(`\\b${escapeRegExp(n.toLowerCase())}\\b`).test(wordsOf(st)),
      );
    // ("think about having channels with <a party>": a party of the article's relationship, qualifying the
    // topic's words, is what any statement on that relationship is about.)
    const parties = new Set(store.facts.relationship?.parties.map((p) => sideOf(store, p) ?? p) ?? []);
    const needed = topics.filter((t) => !(topicWords.length > 0 && parties.has(sideOf(store, t.id) ?? t.id)));
    const topical = (
      needed.length === 0 ? statements : statements.filter((s) => needed.some((t) => namesTopic(s, t)))
    ).filter(holdsTopic);
    // ("say about how long this will take": a topic given by its verb alone prefers the words that hold it.)
    const topicVerbs =
      about >= 0 && topicWords.length === 0
        ? q.lemmas.filter((l, i) => i > about && q.pos[i] === 'VERB' && l.length > 3)
        : [];
    const byVerb = topical.filter((st) => topicVerbs.some((v) => wordsOf(st).includes(looseStem(v))));
    const onTopic = byVerb.length > 0 ? byVerb : topical;
    // "what did <a side> say in the talks": only what the article ties to that event.
    // ("in the talks", "during the meeting", "after the talks"; not "in restoring <X>", a topic.)
    // ("what did <a side> think the talks achieved", "want out of the talks": the event is what was thought of.)
    const ofEvent = (i: number) =>
      q.normals[i - 1] === 'the' &&
      sayAt >= 0 &&
      i > sayAt &&
      holderNamed.length > 0 &&
      cueWords().viewVerbs.has(q.lemmas[sayAt] ?? '') &&
      q.mentions.some((m) => m.start === i && store.events.has(m.id)) &&
      !['in', 'during', 'at', 'after', 'following', 'about', 'on', 'regarding'].includes(
        q.normals[i - 2] ?? '',
      );
    const during = q.lemmas.findIndex(
      (l, i) =>
        q.pos[i] === 'NOUN' &&
        (['during', 'after'].includes(q.normals[i - 1] ?? '') ||
          (q.normals[i - 1] === 'the' &&
            ['in', 'during', 'at', 'after', 'following'].includes(q.normals[i - 2] ?? '')) ||
          ofEvent(i)) &&
        (triggers.get(l)?.some((id) => id.startsWith('event:')) ?? false),
    );
    const events = during >= 0 ? (triggers.get(q.lemmas[during] ?? '') ?? []) : [];
    // ("what did <A> say after the ruling": what an ingested statement is about is not drafted; one reported after
    // the event's own sentence was said after it, as far as the article tells.)
    const afterAsked = /^(?:after|following)$/.test(
      q.normals[during - 1] === 'the' ? (q.normals[during - 2] ?? '') : (q.normals[during - 1] ?? ''),
    );
    const firstAt = (evidence: readonly string[] | undefined) => store.cite(evidence)[0]?.sentence;
    const saidLater = (st: Statement) =>
      st.provenance?.source === 'auto' &&
      events.some(
        (id) => (firstAt(store.events.get(id)?.evidence) ?? Infinity) < (firstAt(st.evidence) ?? 0),
      );
    const laterSaid = during >= 0 && afterAsked && onTopic.some(saidLater);
    if (
      statements.length > 0 &&
      during >= 0 &&
      !onTopic.some((st) => st.about.some((a) => events.includes(a))) &&
      !laterSaid
    )
      return notStated(
        `what ${store.nameOf(statements[0]?.holder ?? '')} said ${ofEvent(during) ? 'about' : q.normals[during - 1] === 'the' ? q.normals[during - 2] : q.normals[during - 1]} the ${q.normals[during]}`,
      );
    if (statements.length > 0 && onTopic.length === 0) {
      const phrase =
        about >= 0
          ? q.raws
              .slice(about + 1)
              .join(' ')
              .replace(/ (['’]s)\b/g, '$1')
              .replace(/\s*[?.!]+$/, '')
          : '';
      const subject =
        topicWords.length && phrase ? phrase : topics.length ? joinNames(topics.map((t) => t.name)) : 'that';
      // ("who talked about <X>": no one the question named, so no one is named in the reply.)
      if (holderNamed.length === 0 && q.wh === 'who') return notStated(`who said anything about ${subject}`);
      return notStated(`what ${store.nameOf(statements[0]?.holder ?? '')} said about ${subject}`);
    }
    if (statements.length === 0) {
      // (Whoever is named before the verb of saying, not someone spoken to: "say back to <A>".)
      const who = [...subjects, ...named].find((e) => e.kind === 'person' || e.kind === 'group');
      // (Of someone read from an article's text, whose words ingestion may have missed: the sentences'.)
      if (who?.provenance?.source === 'auto' && !who.provenance.reviewed) return undefined;
      return notStated(`what ${who?.name ?? 'they'} said`, undefined, store);
    }
    // ("what's <A>'s position on that" after an answer about an event: what <A> said of that event, if anything.)
    const pronounTopic = about >= 0 && about + 1 === lastWord && asksViewOfPronoun(q);
    const pointed = q.mentions.filter((m) => m.start < 0 && store.events.has(m.id)).map((m) => m.id);
    if (
      pronounTopic &&
      pointed.length > 0 &&
      statements.length > 0 &&
      !statements.some((s) => s.about.some((a) => pointed.includes(a)))
    )
      return notStated(
        `what ${store.nameOf(statements[0]?.holder ?? '')} said about ${store.events.get(pointed[0] ?? '')?.name ?? 'that'}`,
      );
    const said = topicWords.length || topics.length || byVerb.length ? onTopic : statements;
    // ("what did <A> say back", "in reply": an answer to someone, which a claim the article reports is not
    // unless it says it was one.)
    const replyAsked =
      q.normals.some((w) => cueWords().replyWords.has(w)) ||
      (sayAt >= 0 && q.normals.slice(sayAt + 1, sayAt + 3).includes('back'));
    if (replyAsked && !said.some((s) => /\b(?:respon|repl|answer|retort)/i.test(s.evidence.join(' '))))
      return notStated(`what ${store.nameOf(said[0]?.holder ?? '') || 'they'} said in reply`);
    // "which officials said that, names?": the article may only say "<group> officials".
    // ("which officials think <X>", naming no group: the group the article gives is the answer.)
    const unnamed = said.slice(0, 2).every((s) => store.entities.get(s.holder)?.kind === 'group');
    const groupTyped = q.mentions.some((m) => m.start >= 0 && said.some((s) => s.holder === m.id));
    if (unnamed && (hasAny(q, 'name', 'names') || (q.wh === 'which' && groupTyped))) {
      const [first] = said;
      return notStated(
        `who they are by name: it says only "${store.nameOf(first?.holder ?? '')}"`,
        first
          ? { text: `${store.nameOf(first.holder)} ${first.verb} ${first.content}`, evidence: first.evidence }
          : undefined,
        store,
      );
    }
    // (With what the article ties to the words, when that is what is asked: "... about stability".)
    // (And the sentence a "the idea" of it points back at, when that is where the topic is: "called the idea <X>".)
    const pointedBack = (st: Statement) =>
      topicWords.length > 0 && !topicWords.every((w) => ownWordsOf(st).includes(looseStem(w)))
        ? before(st)
        : '';
    const contexts = said.slice(0, 2).map((s) => {
      const back = pointedBack(s);
      return askedContext(q, s) ?? (back ? { text: '', evidence: [back] } : undefined);
    });
    const text = said
      .slice(0, 2)
      .map(
        (s, i) =>
          `${capitalize(store.nameOf(s.holder))} ${s.verb} ${s.content}.${contexts[i]?.text ? ` ${contexts[i].text}` : ''}`,
      )
      .join(' ');
    return {
      answered: true,
      text,
      citations: store.cite(...said.slice(0, 2).map((s) => s.evidence), ...contexts.map((c) => c?.evidence)),
      confidence: 0.85,
      focus: said.map((s) => s.holder),
      // (The event it was said after is read from where the article reports it, not from the words said.)
      ...(laterSaid ? { workedOut: [q.normals[during] ?? ''] } : {}),
    };
  },
};
