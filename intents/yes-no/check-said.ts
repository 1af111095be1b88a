/**
 * "did <A> say <X> should be cut?", "<A> said <X> doesn't matter, right?": a claim about what someone said,
 * checked against what the article reports they said. A word of the claim whose opposite their words use
 * ("cut" where they said "open"), or the claim denying what they stressed, gets "No" with their words.
 */
import { oppositesOf } from '../../src/engine/antonyms.js';
import { cueWords } from '../../src/engine/cue-words.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { sameParty } from '../../src/engine/parties.js';
import { capitalize } from '../../src/engine/wording.js';
import type { Entity } from '../../src/facts/schema.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { no } from './verdicts.js';

const NEGATION = /^(?:not|n't|never|no|dont|don't|doesnt|doesn't|didnt|didn't|isnt|isn't|arent|aren't)$/;

/** Where the verb of saying right after the person is ("<A> said", "did <A> say", "<A> basically said"), or -1. */
/** "is <A> called a <title>?": a passive verb of calling names someone, it reports nothing said. */
export const namesInPassive = (q: ParsedQuestion, i: number): boolean =>
  q.lemmas[0] === 'be' &&
  /^(?:called|named|termed|labelled|labeled)$/.test(q.normals[i] ?? '') &&
  q.pos[i + 1] !== 'ADP';

export function sayingVerbAt(q: ParsedQuestion, entity: Entity): number {
  const mention = q.mentions.find((m) => m.id === entity.id && m.start >= 0);
  let at = mention ? mention.end + 1 : -1;
  while (at > 0 && cueWords().hedges.has(q.normals[at] ?? '')) at++;
  return at > 0 && cueWords().claimSayingVerbs.has(q.lemmas[at] ?? '') && !namesInPassive(q, at) ? at : -1;
}

export function checkSaid(q: ParsedQuestion, kb: Knowledge, entity: Entity): IntentReply | undefined {
  const { store } = kb;
  // The verb of saying right after the person ("<A> said", "did <A> say").
  const verbAt = sayingVerbAt(q, entity);
  if (verbAt < 0) return undefined;
  const said = store.statements.filter((s) => sameParty(store, s.holder, entity.id));
  if (said.length === 0) return undefined;
  const claimed = q.normals.slice(verbAt + 1);
  const lemmas = q.lemmas.slice(verbAt + 1);
  for (const s of said) {
    const words = ` ${`${s.content} ${s.evidence.join(' ')}`.toLowerCase().replace(/[^a-z' ]+/g, ' ')} `;
    const opposed = claimed
      .flatMap((w, i) => [...oppositesOf(w), ...oppositesOf(lemmas[i] ?? '')])
      .find((o) => words.includes(` ${o} `));
    // ("<X> doesn't matter" against words that call <X> critical or crucial: importance denied.)
    // (The negation must be of the word of importance, just before it: not "need <X> so <Y> doesn't <Z>".)
    const denied =
      claimed.some(
        (w, i) =>
          cueWords().importanceWords.has(lemmas[i] ?? w) &&
          claimed.slice(Math.max(0, i - 3), i).some((x) => NEGATION.test(x)),
      ) && [...cueWords().importanceWords].some((w) => words.includes(` ${w} `));
    if (opposed || denied)
      return {
        ...no(`${capitalize(store.nameOf(s.holder))} ${s.verb} ${s.content}.`, [s.evidence], kb, [s.holder]),
        workedOut: claimed.filter((w) => q.unknownWords.includes(w)),
      };
  }
  return undefined;
}
