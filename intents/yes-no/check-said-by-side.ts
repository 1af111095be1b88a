/**
 * "did anyone from <a country> say <X> will take a while?", "did <a body> say <X>?", "did anyone warn <X>?": what
 * a side, a body or anyone at all is reported to have said on the claim's subject, given in their words with no
 * verdict of ours (the claim's wording may not be theirs). Only a statement sharing the claim's thing and another
 * of its words counts.
 */
import { cueWords } from '../../src/engine/cue-words.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { sameParty, sideOf } from '../../src/engine/parties.js';
import { capitalize } from '../../src/engine/wording.js';
import type { Statement } from '../../src/facts/schema.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';

const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN']);
// Words compared by their first letters, so "develop" meets "developing".
export const stem = (word: string) => word.toLowerCase().slice(0, 5);

/** The stems of the words a text holds. */
export const stemsOf = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map(stem),
  );

/** The statement of those given sharing most of the claim's words after its verb of saying, with whether it has all. */
export function closestStatement(
  q: ParsedQuestion,
  statements: readonly Statement[],
): { statement: Statement; all: boolean } | undefined {
  const { claimSayingVerbs, lightVerbs } = cueWords();
  const sayAt = q.lemmas.findIndex((l, i) => i > 0 && claimSayingVerbs.has(l));
  if (sayAt < 0) return undefined;
  const named = (i: number) => q.mentions.some((m) => m.start <= i && i <= m.end);
  const claimed = q.normals
    .map((w, i) => ({ w, i }))
    .filter(
      ({ w, i }) =>
        i > sayAt &&
        CONTENT.has(q.pos[i] ?? '') &&
        !lightVerbs.has(q.lemmas[i] ?? w) &&
        !named(i) &&
        w.length > 2,
    );
  let best: { statement: Statement; shared: number; all: boolean } | undefined;
  for (const s of statements) {
    const words = stemsOf(`${s.content} ${s.evidence.join(' ')}`);
    const hits = claimed.filter(({ w, i }) => words.has(stem(w)) || words.has(stem(q.lemmas[i] ?? w)));
    const thing = hits.some(({ i }) => q.pos[i] === 'NOUN' || q.pos[i] === 'PROPN');
    if (thing && hits.length >= 2 && hits.length > (best?.shared ?? 0))
      best = { statement: s, shared: hits.length, all: hits.length === claimed.length };
  }
  return best && { statement: best.statement, all: best.all };
}

/** What the article reports someone said, in their words, with no verdict. */
export function reportedWords(statement: Statement, kb: Knowledge): IntentReply {
  return {
    answered: true,
    text: `What the article reports: ${capitalize(kb.store.nameOf(statement.holder))} ${statement.verb} ${statement.content}.`,
    citations: kb.store.cite(statement.evidence),
    confidence: 0.75,
    focus: [statement.holder],
  };
}

export function checkSaidBySide(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const { store } = kb;
  const sayAt = q.lemmas.findIndex((l, i) => i > 0 && cueWords().claimSayingVerbs.has(l));
  if (sayAt < 0) return undefined;
  const sayer = q.mentions.find(
    (m) =>
      m.start >= 0 &&
      m.start < sayAt &&
      ['country', 'group', 'organization'].includes(store.entities.get(m.id)?.kind ?? ''),
  );
  // ("did anyone warn it'll take time": someone or other, so whoever the article reports saying it.)
  const anyone = q.normals.some((w, i) => i < sayAt && cueWords().indefinitePeople.has(w));
  if (!sayer && !anyone) return undefined;
  const theirs = sayer
    ? store.statements.filter(
        (s) => sameParty(store, s.holder, sayer.id) || sideOf(store, s.holder) === sayer.id,
      )
    : store.statements;
  const closest = closestStatement(q, theirs);
  return closest && reportedWords(closest.statement, kb);
}
