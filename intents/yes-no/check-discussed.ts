/**
 * "Did <A> bring up <a thing> with <B>?", "did they discuss <a thing>?": a claim about what a meeting covered.
 * It is answered from the meeting's topics when the store has them, and otherwise the article does not say;
 * that another event happened, or that A and B met, is no answer either way.
 */
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { sameParty } from '../../src/engine/parties.js';
import { hasAny, hasPhrase } from '../../src/engine/question-cues.js';
import { notStated } from '../../src/engine/replies.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';

const DISCUSS = [
  'discuss',
  'discussed',
  'raise',
  'raised',
  'mention',
  'mentioned',
  'cover',
  'covered',
  'regarding',
  'concerning',
];
const DISCUSS_PHRASES = [
  'bring up',
  'brought up',
  'talk about',
  'talked about',
  'speak about',
  'spoke about',
];

const AT_MEETING = new Set(['during', 'at', 'in', 'on', 'while']);

export function checkDiscussed(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  if (!hasAny(q, ...DISCUSS) && !DISCUSS_PHRASES.some((p) => hasPhrase(q, p))) return undefined;
  const { store } = kb;
  const people = q.mentions.filter((m) => store.entities.get(m.id)?.kind === 'person').map((m) => m.id);
  // The meeting is the one the people named took part in, or the event named as where it was said ("during
  // the talks"); the thing discussed is anything else named but the meeting's own parties.
  const meeting =
    store.facts.events.find(
      (e) => people.length > 0 && people.every((p) => e.participants.some((x) => x.entity === p)),
    ) ??
    (people.length === 0
      ? store.events.get(
          q.mentions.find(
            (m) =>
              store.events.has(m.id) &&
              q.normals.slice(Math.max(0, m.start - 3), m.start).some((w) => AT_MEETING.has(w)),
          )?.id ?? '',
        )
      : undefined);
  const things = q.mentions.filter(
    (m) =>
      !people.includes(m.id) &&
      m.id !== meeting?.id &&
      m.id !== meeting?.place?.entity &&
      !meeting?.participants.some((p) => sameParty(store, p.entity, m.id)),
  );
  if (!meeting || things.length === 0) return undefined;
  const topics = meeting.topics ?? [];
  const names = things.flatMap((m) => {
    const e = store.entities.get(m.id) ?? store.events.get(m.id);
    return e ? [e.name.toLowerCase(), ...(e.aliases ?? []).map((a) => a.toLowerCase())] : [];
  });
  if (topics.some((t) => names.some((n) => t.text.toLowerCase().includes(n)))) return undefined;
  return notStated(
    `that ${meeting.name} covered that`,
    { text: meeting.summary, evidence: meeting.evidence },
    store,
  );
}
