/**
 * "who's the chairman of the <body> now": the one person the article titles with every role word of the
 * question, as of the article's date. Said beside the refusal (the article cannot say who holds it today), and
 * who "he" means next.
 */
import type { FactStore } from '../facts/fact-store.js';
import type { Entity } from '../facts/schema.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';

/** The one person whose title holds each role word of the question and most of its other nouns, or undefined. */
export function titleHolder(
  q: ParsedQuestion,
  store: FactStore,
  roles: ReadonlySet<string>,
): Entity | undefined {
  const roleWords = q.normals.filter((w) => roles.has(w));
  if (roleWords.length === 0) return undefined;
  const nouns = q.normals.filter(
    (w, i) => (q.pos[i] === 'NOUN' || q.pos[i] === 'PROPN') && !roles.has(w) && w.length > 2,
  );
  const holds = (title: string, w: string) => new RegExp(`\\b${w.slice(0, 5)}`, 'i').test(title);
  let best: Entity[] = [];
  let most = -1;
  for (const e of store.facts.entities) {
    const title = e.kind === 'person' ? (e.title ?? '') : '';
    if (!title || !roleWords.every((w) => holds(title, w))) continue;
    const n = nouns.filter((w) => holds(title, w)).length;
    if (n > most) [best, most] = [[e], n];
    else if (n === most) best.push(e);
  }
  return best.length === 1 ? best[0] : undefined;
}
