/**
 * "why didn't the judge accept the argument": why someone did the opposite, "why did the judge reject the
 * argument", which is what a sentence reports ("The judge rejected that argument, finding ..."). Read so only
 * when the question as typed finds no answer.
 */

const NEGATED = /^(.*?\bwhy)\s+(did|does|do|would|will|could)(?:n'?t|\s+not)\s+(.+)$/i;

/**
 * The question with its first word that has an opposite turned into it, the negation dropped, that opposite and
 * the subject before it (which the sentence answering it must hold, the subject first); else undefined.
 */
export interface PositiveReading {
  readonly question: string;
  readonly opposite: string;
  readonly subject: string;
}

export function positiveWhy(
  text: string,
  opposites: (word: string) => readonly string[],
): PositiveReading | undefined {
  const m = NEGATED.exec(text.trim());
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  const words = m[3].split(/\s+/);
  // (After the subject's first word, within a few words: the verb, not a word of the subject or the object.)
  for (let i = 1; i < Math.min(words.length, 5); i++) {
    const [opposite] = opposites((words[i] ?? '').toLowerCase()).filter((o) => /^[a-z]+$/.test(o));
    if (!opposite) continue;
    const subject = words
      .slice(0, i)
      .filter((w) => !/^(?:the|a|an|his|her|their|its)$/i.test(w))
      .join(' ');
    words[i] = opposite;
    return { question: `${m[1]} ${m[2]} ${words.join(' ')}`, opposite, subject };
  }
  return undefined;
}

/**
 * Whether a sentence says the subject did the opposite ("the judge rejected"): the opposite's stem, with a word
 * of the subject shortly before it; not any reason near the question's words, nor someone else's rejecting.
 */
export function saysOpposite(text: string, reading: PositiveReading): boolean {
  const lower = text.toLowerCase();
  const stem = reading.opposite.slice(0, Math.max(4, reading.opposite.length - 2));
  const at = lower.indexOf(stem);
  const by = reading.subject
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 2);
  return at >= 0 && by.some((w) => lower.lastIndexOf(w, at) >= Math.max(0, at - 60));
}
