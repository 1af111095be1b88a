/**
 * "is <person> with the <X> dept?", "does <person> work for the <X> ministry?": the department a title names
 * ("secretary of <Y>", "minister of <Y>") settles it, whatever else the article says of the person.
 */

import { cueWords } from '../../src/engine/cue-words.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import type { Entity } from '../../src/facts/schema.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { no, yes } from './verdicts.js';

const DEPARTMENT = /^(dept|department|ministry|agency|bureau)$/;
/** The field a title's office is of: "secretary of defense", "minister for finance". */
const OFFICE_OF =
  /\b(?:secretary|minister|ministry|department|director|commissioner)\s+(?:of|for)\s+([a-z]+)/i;

/** Words the same when they begin alike ("defense", "defence"). */
const same = (a: string, b: string) => a.slice(0, 5).toLowerCase() === b.slice(0, 5).toLowerCase();

export function checkDepartment(q: ParsedQuestion, kb: Knowledge, person: Entity): IntentReply | undefined {
  const at = q.normals.findIndex((w) => DEPARTMENT.test(w));
  if (at < 0) return undefined;
  // "the <X> dept" or "the department of <X>".
  const claimed =
    q.normals[at + 1] === 'of' ? q.normals[at + 2] : q.pos[at - 1] === 'DET' ? undefined : q.normals[at - 1];
  const field = OFFICE_OF.exec(`${person.title ?? ''} ${person.description ?? ''}`)?.[1];
  if (!claimed || !field || !/^[a-z]{3,}$/.test(claimed)) return undefined;
  // (A place is no field: "secretary for <a country>".)
  if (
    kb.store.facts.entities.some((e) => (e.kind === 'country' || e.kind === 'place') && same(e.name, field))
  )
    return undefined;
  const text = `${person.name} is ${person.description}.`;
  // (The department, and how one belongs to it, are read from the title, not from the sentence's words.)
  const workedOut = [
    q.normals[at] ?? '',
    claimed,
    ...q.normals.filter(
      (w, i) => cueWords().belongVerbs.has(q.lemmas[i] ?? '') || cueWords().belongVerbs.has(w),
    ),
  ];
  return same(claimed, field)
    ? { ...yes(text, [person.evidence], kb, [person.id]), workedOut }
    : { ...no(text, [person.evidence], kb, [person.id]), workedOut };
}
