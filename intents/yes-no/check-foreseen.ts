/**
 * "will it take time to build <X>?": a future the article itself foresees, in what someone is reported to
 * have said ("<officials> cautioned that <X> will take time"), is answered from that statement.
 */
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { capitalize } from '../../src/engine/wording.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { stem, stemsOf } from './check-said-by-side.js';
import { yes } from './verdicts.js';

const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN']);
const FUTURE_WORDS = new Set(['will', 'be', 'go', 'going', 'gonna', 'to']);

export function checkForeseen(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const named = (i: number) => q.mentions.some((m) => m.start <= i && i <= m.end);
  const words = q.normals.filter(
    (w, i) => CONTENT_POS.has(q.pos[i] ?? '') && !FUTURE_WORDS.has(q.lemmas[i] ?? w) && !named(i),
  );
  if (words.length === 0) return undefined;
  const statement = kb.store.statements.find((s) => {
    if (!/\bwill\b/i.test(s.content)) return false;
    const said = stemsOf(s.content);
    return words.every((w) => said.has(stem(w)));
  });
  if (!statement) return undefined;
  const holder = capitalize(kb.store.nameOf(statement.holder));
  return yes(`${holder} ${statement.verb} ${statement.content}.`, [statement.evidence], kb, [
    statement.holder,
  ]);
}
