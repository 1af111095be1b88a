/**
 * "will it take time to build <X>?": a future the article itself foresees, in what someone is reported to
 * have said ("<officials> cautioned that <X> will take time"), is answered from that statement.
 */
import { isDoneWord, reportsUnderway } from '../../src/engine/check-progress.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { capitalize } from '../../src/engine/wording.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { stem, stemsOf } from './check-said-by-side.js';
import { no, yes } from './verdicts.js';

const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN']);
const FUTURE_WORDS = new Set(['will', 'be', 'go', 'going', 'gonna', 'to']);

export function checkForeseen(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const named = (i: number) => q.mentions.some((m) => m.start <= i && i <= m.end);
  const words = q.normals.filter(
    (w, i) => CONTENT_POS.has(q.pos[i] ?? '') && !FUTURE_WORDS.has(q.lemmas[i] ?? w) && !named(i),
  );
  if (words.length === 0) return undefined;
  const foreseen = kb.store.statements.filter((s) => /\bwill\b/i.test(s.content));
  const statement = foreseen.find((s) => {
    const said = stemsOf(s.content);
    return words.every((w) => said.has(stem(w)));
  });
  // ("will <X> be quick?" of "<X> will take time": what is left unsaid only claims it done, which the
  // statement's "take time" denies.)
  const slower = statement
    ? undefined
    : foreseen.find((s) => {
        const said = stemsOf(s.content);
        const unsaid = words.filter((w) => !said.has(stem(w)));
        return (
          unsaid.length > 0 &&
          unsaid.length < words.length &&
          unsaid.every((w) => isDoneWord(w)) &&
          reportsUnderway(s.content)
        );
      });
  const found = statement ?? slower;
  if (!found) return undefined;
  const holder = capitalize(kb.store.nameOf(found.holder));
  const text = `${holder} ${found.verb} ${found.content}.`;
  if (slower)
    return {
      ...no(text, [found.evidence], kb, [found.holder]),
      workedOut: words.filter((w) => isDoneWord(w)),
    };
  return yes(text, [found.evidence], kb, [found.holder]);
}
