/**
 * "Did <A> bring up <a thing> with <B>?", "did they discuss <a thing>?": a claim about what a meeting covered.
 * It is answered from the meeting's topics when the store has them, and otherwise the article does not say;
 * that another event happened, or that A and B met, is no answer either way.
 */

import { cueWords } from '../../src/engine/cue-words.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { sameParty } from '../../src/engine/parties.js';
import { hasAnyOf, hasPhrase, looseStem } from '../../src/engine/question-cues.js';
import { notStated } from '../../src/engine/replies.js';
import { capitalize, joinNames } from '../../src/engine/wording.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { no, yes } from './verdicts.js';

const AT_MEETING = new Set(['during', 'at', 'in', 'on', 'while']);

export function checkDiscussed(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const { store } = kb;
  // ("the talks were about keeping lines open?": what a meeting the question names was about.)
  // ("were the talks about <X>?": the same, asked.)
  // ("was this about <X>?": the event the pronoun stands for.)
  const pointed = ['this', 'that', 'it'].includes(q.normals[1] ?? '') && q.normals[2] === 'about';
  // (With nothing named, "this" is the one meeting the article gives topics for.)
  const onlyTopics = store.facts.events.filter((e) => e.topics?.length).length === 1;
  const bare = pointed && q.lemmas[0] === 'be' && q.mentions.length === 0 && onlyTopics;
  const aboutMeeting =
    bare ||
    q.mentions.some(
      (m) =>
        store.events.get(m.id)?.topics?.length &&
        ((m.start >= 0 &&
          (hasPhrase(q, 'be about') || (q.lemmas[0] === 'be' && q.normals[m.end + 1] === 'about'))) ||
          (m.start < 0 && q.lemmas[0] === 'be' && pointed)),
    );
  if (
    !hasAnyOf(q, cueWords().lists.discussWords) &&
    !cueWords().lists.discussPhrases.some((p) => hasPhrase(q, p)) &&
    !aboutMeeting
  )
    return undefined;
  const people = q.mentions.filter((m) => store.entities.get(m.id)?.kind === 'person').map((m) => m.id);
  // The meeting is the one the people named took part in, or the event named as where it was said ("during
  // the talks"); the thing discussed is anything else named but the meeting's own parties.
  // ("was <a thing> discussed?", "did they discuss <a thing>?": with no meeting named, the conversation's
  // event, else the one meeting the article gives topics for.)
  const withTopics = store.facts.events.filter((e) => e.topics?.length);
  const meeting =
    store.facts.events.find(
      (e) => people.length > 0 && people.every((p) => e.participants.some((x) => x.entity === p)),
    ) ??
    (people.length === 0
      ? (store.events.get(
          q.mentions.find(
            (m) =>
              store.events.has(m.id) &&
              (m.start < 0 ||
                q.normals.slice(Math.max(0, m.start - 3), m.start).some((w) => AT_MEETING.has(w))),
          )?.id ?? '',
        ) ?? (withTopics.length === 1 ? withTopics[0] : undefined))
      : undefined);
  const things = q.mentions.filter(
    (m) =>
      !people.includes(m.id) &&
      m.id !== meeting?.id &&
      m.id !== meeting?.place?.entity &&
      !meeting?.participants.some((p) => sameParty(store, p.entity, m.id)),
  );
  if (!meeting) return undefined;
  const topics = meeting.topics ?? [];
  // ("were defense relations discussed?": no name, but words the listed topics hold, all of them.)
  if (things.length === 0) {
    const words = q.lemmas.filter(
      (l, i) =>
        /^(NOUN|ADJ|PROPN)$/.test(q.pos[i] ?? '') &&
        l.length > 3 &&
        !cueWords().topicNouns.has(l) &&
        // ("trade stuff": the vague noun says nothing of the subject.)
        !cueWords().vagueNouns.has(l) &&
        !kb.triggers.get(l)?.includes(meeting.id) &&
        !q.mentions.some((m) => m.start <= i && i <= m.end),
    );
    const holding = topics.find((t) => words.every((w) => t.text.toLowerCase().includes(looseStem(w))));
    if (words.length > 0 && holding)
      return yes(
        `${capitalize(meeting.name)} covered ${holding.text}.`,
        [holding.evidence, meeting.evidence],
        kb,
        [meeting.id],
      );
    // "the talks were about <a subject the article never mentions>?": what a meeting was about is what it
    // covered, and the article lists that.
    if (!aboutMeeting || topics.length === 0 || words.length === 0) return undefined;
    const typed = (l: string) => q.normals[q.lemmas.indexOf(l)] ?? l;
    const unheard = words.filter((w) => q.unknownWords.includes(typed(w))).map(typed);
    const covered = joinNames(topics.map((t) => t.text));
    const evidence = [meeting.evidence, ...topics.map((t) => t.evidence)];
    // (A word the article uses elsewhere may still bear on the meeting: then it does not say.)
    if (unheard.length < words.length)
      return {
        ...notStated(`that ${meeting.name} was about that; it says it covered ${covered}`),
        citations: store.cite(...evidence),
        settled: true,
      };
    return {
      ...no(
        `${capitalize(meeting.name)} covered ${covered}; the article never mentions ${joinNames(unheard)}.`,
        evidence,
        kb,
        [meeting.id],
      ),
      workedOut: unheard,
      settled: true,
    };
  }
  const names = things.flatMap((m) => {
    const e = store.entities.get(m.id) ?? store.events.get(m.id);
    return e ? [e.name.toLowerCase(), ...(e.aliases ?? []).map((a) => a.toLowerCase())] : [];
  });
  const held = topics.find((t) => names.some((n) => t.text.toLowerCase().includes(n)));
  if (held)
    return yes(`${capitalize(meeting.name)} covered ${held.text}.`, [held.evidence], kb, [meeting.id]);
  // (Said with what it did cover, when the article lists that.)
  const covered = topics.length
    ? `; it says the two sides delved into ${joinNames(topics.map((t) => t.text))}`
    : '';
  const reply = notStated(
    `that ${meeting.name} covered that${covered}`,
    topics.length ? undefined : { text: meeting.summary, evidence: meeting.evidence },
    store,
  );
  return topics.length
    ? { ...reply, citations: store.cite(...topics.map((t) => t.evidence)), settled: true }
    : reply;
}
