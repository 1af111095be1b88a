/**
 * "Was <A> longer than <B>?": compared only when the article gives both lengths; else it does not say how long
 * the one without a length lasted (never a verdict from a date alone).
 */
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { hasAny } from '../../src/engine/question-cues.js';
import { notStated } from '../../src/engine/replies.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { no, yes } from './verdicts.js';

export function checkLength(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const longer = hasAny(q, 'longer', 'lengthier');
  if (!longer && !hasAny(q, 'shorter', 'briefer')) return undefined;
  const events = [...new Set(q.mentions.map((m) => m.id))].flatMap((id) => kb.store.events.get(id) ?? []);
  if (events.length < 2) return undefined;
  const unknown = events.find((e) => !e.duration);
  if (unknown)
    return notStated(
      `how long ${unknown.name} lasted`,
      { text: unknown.summary, evidence: unknown.evidence },
      kb.store,
    );
  const [a, b] = events as [(typeof events)[0], (typeof events)[0]];
  const days = (e: typeof a) => e.duration?.days ?? 0;
  const holds = longer ? days(a) > days(b) : days(a) < days(b);
  const said = `${a.name} lasted ${a.duration?.text}, ${b.name} ${b.duration?.text}.`;
  return (holds ? yes : no)(said, [a.evidence, b.evidence], kb, [a.id, b.id]);
}
