/**
 * A "Yes." reasoned from the facts must not rest on a claim with an action or thing the article never
 * mentions ("did <A> call <B> after the talks" answered from the sentence that says they agreed), nor on
 * names the cited sentences lack. Words the intent read as others ("stress" as "emphasise"), the event's own
 * words, and "cause" where a cited sentence gives a cause are the intent's to judge.
 */
import type { Gazetteer } from '../ingest/gazetteer.js';
import type { Lexicon } from '../nlp/build-lexicon.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords } from './cue-words.js';
import type { IntentReply } from './intent.js';
import type { SentenceIndex } from './sentence-index.js';
import { unstatedStanding } from './standing-claim.js';

/** Builds the check for one article: whether a "Yes." rests on what it cites. */
export function createYesCheck(sentenceIndex: SentenceIndex, lexicon: Lexicon, gazetteer: Gazetteer) {
  const connectives = gazetteer.causeConnectives.map((c) => new RegExp(`\\b${c}\\b`));
  return (q: ParsedQuestion, reply: IntentReply): boolean => {
    const { missing, unnamed } = sentenceIndex.missingIn(
      q,
      reply.citations.map((c) => c.sentence),
    );
    const focus = reply.focus ?? [];
    const understood = (w: string) =>
      lexicon.synonyms.has(w) ||
      focus.some((id) => lexicon.triggers.get(w)?.includes(id)) ||
      reply.workedOut?.includes(w) === true;
    // ("did the top generals talk": how high a plural of people ranks describes those the reply names; "the top
    // <demonym> general" picks out one, who may be someone else.)
    const seniority = (at: number) =>
      cueWords().seniorityWords.has(q.normals[at] ?? '') &&
      [1, 2].some((k) => q.pos[at + k] === 'NOUN' && q.normals[at + k] !== q.lemmas[at + k]);
    // ("did a politician visit <A>": a word for anyone, after "a" or "some", is whoever the reply names; not one
    // that says whether a man or a woman.)
    const anyPerson = (at: number) =>
      /^(?:a|an|some|someone|any)$/.test(q.normals[at - 1] ?? '') &&
      cueWords().anyone.has(q.normals[at] ?? '') &&
      !cueWords().maleNouns.has(q.normals[at] ?? '') &&
      !cueWords().femaleNouns.has(q.normals[at] ?? '');
    const cited = reply.citations.map((c) => c.text.toLowerCase()).join(' ');
    const causal = connectives.some((c) => c.test(cited));
    // ("is <X> still a thing": "still" is borne out by a word of going on in the sentences, "ongoing", "remains".)
    const citedWords = new Set(cited.split(/[^a-z]+/));
    // (Not of an event, held and over: "are the talks still going on" is not "the ongoing effort".)
    const goingOn =
      !(reply.focus ?? []).some((id) => id.startsWith('event:')) &&
      [...cueWords().continuingWords].some((w) => citedWords.has(w));
    // ("talking again" of "the effort to resume ties": a word of doing it again; not "again after this", a
    // later time than the article reports.)
    const resumed =
      !q.normals.some((w) => cueWords().relatingWords.has(w) || w === 'later') &&
      [...citedWords].some((w) => cueWords().resumingWords.has(w) && w !== 'again');
    // (A quality claimed of what the cited sentences report must be in them: "was the meeting tense?" is not
    // answered by another sentence's "tensions".)
    const unsupported = missing.filter(
      (t) =>
        (q.pos[t.at] === 'ADJ' || !sentenceIndex.uses(t)) &&
        !seniority(t.at) &&
        !anyPerson(t.at) &&
        !(goingOn && cueWords().continuingWords.has(q.normals[t.at] ?? '')) &&
        !(resumed && q.normals[t.at] === 'again') &&
        !understood(q.normals[t.at] ?? '') &&
        !understood(q.lemmas[t.at] ?? '') &&
        !(causal && gazetteer.causeVerbs.has(q.lemmas[t.at] ?? '')),
    );
    // (A name the reply worked out from the facts, a person's side from whom they met, needs no sentence.)
    const excused = (id: string) =>
      q.mentions.some(
        (m) =>
          m.id === id &&
          q.normals.slice(m.start, m.end + 1).every((w) => reply.workedOut?.includes(w) === true),
      );
    // (How people or parties get on is a quality too: "are <A> and <B> ok?".)
    const standing = unstatedStanding(q, cited, understood);
    return unsupported.length === 0 && !standing && unnamed.every(excused);
  };
}
