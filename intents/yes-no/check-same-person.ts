/**
 * "Is <A> the same guy as <B>?", "is he the <other name>?": two people of the fact store are two people, each
 * as the article describes them; one person named two ways ("<Dr. X>" and "<first name> X") is one.
 */
import { cueWords } from '../../src/engine/cue-words.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { fullName } from '../../src/engine/parties.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { no, yes } from './verdicts.js';

const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

export function checkSamePerson(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const named = q.mentions.filter(
    (m) => m.via !== 'context' && kb.store.entities.get(m.id)?.kind === 'person',
  );
  // ("the same guy/person as", "the same as"; not "on the same day as".)
  const same = q.normals.indexOf('same');
  const next = q.lemmas[same + 1] ?? '';
  const asksSame =
    same >= 0 &&
    (next === 'as' ||
      cueWords().anyone.has(next) ||
      cueWords().anyPersonNouns.has(next) ||
      cueWords().personNouns.has(next));
  // ("is he the <other name>?", "is <A> <B>?": one named as the other.)
  const firstEnd = PRONOUNS.has(q.normals[1] ?? '') ? 1 : named.find((m) => m.start === 1)?.end;
  const asOther =
    q.lemmas[0] === 'be' &&
    firstEnd !== undefined &&
    named.some(
      (m) =>
        // (Past "the" and quote marks: "is he the 'dr <B>' mentioned later".)
        m.start > firstEnd &&
        q.normals
          .slice(firstEnd + 1, m.start)
          .every((w, k) => q.pos[firstEnd + 1 + k] === 'DET' || /^['"‘’“”]$/.test(w)) &&
        // (Not someone of theirs: "is <A> <B>'s boss".)
        q.normals[m.end + 1] !== "'s" &&
        // (By a name, not a title: "is <A> the deputy secretary" claims an office.)
        q.normals
          .slice(m.start, m.end + 1)
          .some((w) => kb.store.entities.get(m.id)?.name.toLowerCase().split(' ').includes(w)),
    );
  if (!asksSame && !asOther) return undefined;
  // ("was the <A> <B> meeting the same as the <C> talks": events compared, which the people only name.)
  const events = q.mentions.some((m) => m.start >= 0 && kb.store.events.has(m.id));
  const eventWord = q.lemmas.some(
    (l, i) =>
      q.pos[i] === 'NOUN' &&
      (kb.triggers.get(l)?.length ?? 0) > 0 &&
      !q.mentions.some((m) => m.start <= i && i <= m.end),
  );
  if (events || eventWord) return undefined;
  const ids = [...new Set(named.map((m) => m.id))];
  const people = ids.flatMap((id) => kb.store.entities.get(id) ?? []);
  const [a, b] = people;
  if (a && b && people.length === 2)
    return no(
      `They are two people: ${fullName(a)} is ${a.description}; ${fullName(b)} is ${b.description}.`,
      [a.evidence, b.evidence],
      kb,
      ids,
    );
  // (Named twice, in two ways: the same person. Worked out from the names, not read in a sentence.)
  if (a && people.length === 1 && named.length >= 2)
    return {
      ...yes(`Both name ${fullName(a)}, ${a.description}.`, [a.evidence], kb, ids),
      workedOut: q.normals.filter((_w, i) => !named.some((m) => m.start <= i && i <= m.end)),
    };
  return undefined;
}
