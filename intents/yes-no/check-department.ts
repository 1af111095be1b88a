/**
 * "is <person> with the <X> dept?", "does <person> work for the <X> ministry?": the department a title names
 * ("secretary of <Y>", "minister of <Y>") settles it, whatever else the article says of the person.
 */

import { cueWords } from '../../src/engine/cue-words.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { identify, sameField, titleField } from '../../src/engine/parties.js';
import type { Entity } from '../../src/facts/schema.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { no, yes } from './verdicts.js';

/** "does <person> work for <the field of their title>?" ("for defense"): yes, read from the title. */
function worksInField(q: ParsedQuestion, kb: Knowledge, person: Entity): IntentReply | undefined {
  const verb = q.lemmas.findIndex(
    (l, i) => cueWords().belongVerbs.has(l) && /^(?:for|in|at)$/.test(q.normals[i + 1] ?? ''),
  );
  if (verb < 0) return undefined;
  const word = q.normals[verb + 2] === 'the' ? q.normals[verb + 3] : q.normals[verb + 2];
  const field = titleField(kb.store, person);
  if (!word || !field || word.length < 5 || !sameField(word, field)) return undefined;
  return {
    ...yes(`${identify(person)}.`, [person.evidence], kb, [person.id]),
    workedOut: [q.normals[verb] ?? '', q.normals[verb + 1] ?? '', word],
  };
}

export function checkDepartment(q: ParsedQuestion, kb: Knowledge, person: Entity): IntentReply | undefined {
  const at = q.normals.findIndex((w) => cueWords().departmentNouns.has(w));
  if (at < 0) return worksInField(q, kb, person);
  // "the <X> dept" or "the department of <X>".
  const claimed =
    q.normals[at + 1] === 'of' ? q.normals[at + 2] : q.pos[at - 1] === 'DET' ? undefined : q.normals[at - 1];
  if (!claimed || !/^[a-z]{3,}$/.test(claimed)) return undefined;
  // (A title of no field may still name the body the person is of: "deputy director of the <X> office".)
  const body = /\b(?:of|at|in) the ([a-z ]+)/i
    .exec(person.title ?? person.description ?? '')?.[1]
    ?.toLowerCase();
  const field = titleField(kb.store, person) ?? (body && !body.includes(claimed) ? body : undefined);
  if (!field) return undefined;
  const text = `${identify(person)}.`;
  // (The department, and how one belongs to it, are read from the title, not from the sentence's words.)
  const workedOut = [
    q.normals[at] ?? '',
    claimed,
    ...q.normals.filter(
      (w, i) => cueWords().belongVerbs.has(q.lemmas[i] ?? '') || cueWords().belongVerbs.has(w),
    ),
  ];
  return sameField(claimed, field)
    ? { ...yes(text, [person.evidence], kb, [person.id]), workedOut }
    : { ...no(text, [person.evidence], kb, [person.id]), workedOut };
}
