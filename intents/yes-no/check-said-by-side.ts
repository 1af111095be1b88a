/**
 * "did anyone from <a country> say <X> will take a while?", "did <a body> say <X>?": what a side or body is
 * reported to have said on the claim's subject, given in their words with no verdict of ours (the claim's
 * wording may not be theirs). Only a statement sharing the claim's thing and another of its words counts.
 */
import { cueWords } from '../../src/engine/cue-words.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { sameParty, sideOf } from '../../src/engine/parties.js';
import { capitalize } from '../../src/engine/wording.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';

const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN']);
// Words compared by their first letters, so "develop" meets "developing".
const stem = (word: string) => word.toLowerCase().slice(0, 5);

export function checkSaidBySide(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const { store } = kb;
  const { claimSayingVerbs, lightVerbs } = cueWords();
  const sayAt = q.lemmas.findIndex((l, i) => i > 0 && claimSayingVerbs.has(l));
  if (sayAt < 0) return undefined;
  const sayer = q.mentions.find(
    (m) =>
      m.start >= 0 &&
      m.start < sayAt &&
      ['country', 'group', 'organization'].includes(store.entities.get(m.id)?.kind ?? ''),
  );
  if (!sayer) return undefined;
  const theirs = store.statements.filter(
    (s) => sameParty(store, s.holder, sayer.id) || sideOf(store, s.holder) === sayer.id,
  );
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
  let best: { statement: (typeof theirs)[number]; shared: number } | undefined;
  for (const s of theirs) {
    const words = new Set(
      `${s.content} ${s.evidence.join(' ')}`
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .map(stem),
    );
    const hits = claimed.filter(({ w, i }) => words.has(stem(w)) || words.has(stem(q.lemmas[i] ?? w)));
    const thing = hits.some(({ i }) => q.pos[i] === 'NOUN' || q.pos[i] === 'PROPN');
    if (thing && hits.length >= 2 && hits.length > (best?.shared ?? 0))
      best = { statement: s, shared: hits.length };
  }
  if (!best) return undefined;
  const { statement } = best;
  return {
    answered: true,
    text: `What the article reports: ${store.nameOf(statement.holder)} ${statement.verb} ${statement.content}.`.replace(
      /^What the article reports: (.)/,
      (_all, first: string) => `What the article reports: ${capitalize(first)}`,
    ),
    citations: store.cite(statement.evidence),
    confidence: 0.75,
    focus: [statement.holder],
  };
}
