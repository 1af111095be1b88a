import type { Answer } from '../engine/types.js';

/** An answer as plain text for a terminal: the reply, then the cited sentences numbered as in /source. */
export function formatAnswer(answer: Answer): string {
  const cites = answer.citations.map((c) => `  [${c.sentence}] ${c.text}`);
  return [answer.text, ...(cites.length ? ['Source:', ...cites] : [])].join('\n');
}
