/**
 * "how much of the <1.5 million> programme will <A> pay?": a part of a whole the question gives is asked. An
 * answer that is that whole again, the figure typed, says nothing of the part.
 */

import type { ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords } from './cue-words.js';
import type { IntentReply } from './intent.js';

const FIGURE = /\d[\d,.]*\d|\d/g;

/** Whether the question asks for a part ("how much of", "what share of") and the answer's figures are all typed. */
export function echoesWhole(q: ParsedQuestion, reply: IntentReply): boolean {
  if (!reply.answered || q.yesNo) return false;
  const ofAt = q.normals.indexOf('of');
  const part =
    ofAt > 0 &&
    ((q.normals[ofAt - 1] === 'much' && q.normals[ofAt - 2] === 'how') ||
      (q.normals[ofAt - 1] === 'many' && q.normals[ofAt - 2] === 'how') ||
      cueWords().shareNouns.has(q.normals[ofAt - 1] ?? ''));
  if (!part) return false;
  const typed = new Set((q.text.match(FIGURE) ?? []).map((f) => f.replace(/,/g, '')));
  if (typed.size === 0) return false;
  // (The answer's own lead, before the sentence it quotes.)
  const lead = reply.text.split(/ The article\b|: "/)[0] ?? '';
  const given = (lead.match(FIGURE) ?? []).map((f) => f.replace(/,/g, ''));
  return given.length > 0 && given.every((f) => typed.has(f));
}
