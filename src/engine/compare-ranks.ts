/**
 * "who outranks who, <A> or <B>", "is <A> more senior than <B>?": two people's military ranks, as the article
 * gives them, compared by grade (data/language/rank-grades.json). Worked out, and said so; with one rank
 * missing, the article does not compare them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { FactStore } from '../facts/fact-store.js';
import { findDataDir } from '../facts/load-facts.js';
import { oncePerDataDir } from '../facts/once-per-data-dir.js';
import type { Entity } from '../facts/schema.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import type { IntentReply } from './intent.js';

const schema = z.object({
  grades: z.array(z.array(z.string().min(1)).min(1)).min(2),
  higherWords: z.array(z.string()),
  lowerWords: z.array(z.string()),
  rankWords: z.array(z.string()),
});

const gradesOf = oncePerDataDir((dataDir) => {
  const data = schema.parse(JSON.parse(readFileSync(join(dataDir, 'language', 'rank-grades.json'), 'utf8')));
  const grade = new Map(data.grades.flatMap((names, g) => names.map((n) => [n, g] as const)));
  return { ...data, grade, rankWords: new Set(data.rankWords), lowerWords: new Set(data.lowerWords) };
});

const gradeOf = (e: Entity, grade: ReadonlyMap<string, number>) =>
  e.rank ? grade.get(e.rank.toLowerCase()) : undefined;

/** Whether a message has a word of ranking at all: the cheap test before it is parsed for the comparison. */
export const asksRankOrder = (text: string, dataDir: string = findDataDir()): boolean => {
  const data = gradesOf(dataDir);
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).some(
    (w) => data.rankWords.has(w) || data.higherWords.includes(w) || data.lowerWords.has(w),
  );
};

/** The one of `people` whose rank is the highest grade ("the top <demonym> general"), when all have graded ranks
 * and one outranks every other; else undefined. */
export function highestRanked(
  people: readonly Entity[],
  dataDir: string = findDataDir(),
): Entity | undefined {
  const { grade } = gradesOf(dataDir);
  const grades = people.map((e) => gradeOf(e, grade));
  if (grades.some((g) => g === undefined)) return undefined;
  const top = Math.min(...(grades as number[]));
  const at = grades.indexOf(top);
  return grades.lastIndexOf(top) === at ? people[at] : undefined;
}

export function compareRanks(
  q: ParsedQuestion,
  store: FactStore,
  dataDir: string = findDataDir(),
): IntentReply | undefined {
  const data = gradesOf(dataDir);
  // (A word of ranking, or "higher"/"more senior" beside one: "higher-ranking" is typed as one word or two.)
  const asks =
    q.normals.some((w) => data.rankWords.has(w)) ||
    (q.normals.some((w) => data.higherWords.includes(w) || data.lowerWords.has(w)) &&
      q.normals.some((w) => /^(?:rank|ranked|ranking|senior|junior|up)$/.test(w)));
  if (!asks) return undefined;
  const people = [
    ...new Set(q.mentions.filter((m) => store.entities.get(m.id)?.kind === 'person').map((m) => m.id)),
  ].flatMap((id) => store.entities.get(id) ?? []);
  const [a, b] = people;
  if (!a || !b || people.length !== 2) return undefined;
  const [ga, gb] = [gradeOf(a, data.grade), gradeOf(b, data.grade)];
  const cite = store.cite(a.evidence, b.evidence);
  // ("which of them has a military rank, <A> or <B>": whether each has one, not which is higher.)
  const hasRank = q.lemmas.includes('have') && !q.normals.some((w) => data.higherWords.includes(w));
  const ranked = people.filter((e) => e.rank);
  if (hasRank && q.wh === 'which' && ranked.length === 1 && ranked[0]) {
    const [one] = ranked;
    return {
      answered: true,
      text: `${one.name}: ${one.name} is a ${one.rank}; ${people.find((e) => e !== one)?.name ?? ''} has no military rank in the article.`,
      citations: cite,
      confidence: 0.8,
      focus: [one.id],
    };
  }
  if (ga === undefined || gb === undefined) {
    // (A rank the grades do not hold, or none at all: no comparison the article makes, nor one worked out.)
    const said = (e: Entity) =>
      e.rank && gradeOf(e, data.grade) !== undefined
        ? `${e.name} is a ${e.rank}`
        : `${e.name} ${e.rank ? `is a ${e.rank}` : `has no military rank (${e.title ?? e.description})`}`;
    return {
      answered: false,
      text: `The article doesn't compare them: ${said(a)}; ${said(b)}.`,
      citations: cite,
      confidence: 0.85,
      settled: true,
      focus: [a.id, b.id],
    };
  }
  const worked = `worked out from the ranks the article gives: ${a.name} is a ${a.rank}, ${b.name} a ${b.rank}`;
  const reply = (text: string, verdict?: 'yes' | 'no'): IntentReply => ({
    answered: true,
    text,
    citations: cite,
    confidence: 0.85,
    workedOut: q.normals.filter(
      (w) => data.rankWords.has(w) || data.higherWords.includes(w) || data.lowerWords.has(w),
    ),
    focus: [a.id, b.id],
    ...(verdict ? { verdict } : {}),
  });
  if (ga === gb)
    return reply(
      `${q.yesNo ? 'No. ' : ''}Neither outranks the other (${worked}).`,
      q.yesNo ? 'no' : undefined,
    );
  const [high, low] = ga < gb ? [a, b] : [b, a];
  const text = `${high.name} outranks ${low.name} (${worked}).`;
  if (!q.yesNo) return reply(text);
  // "is <A> more senior than <B>?": the first named claimed higher, unless the words ask for the lower.
  const lower = q.normals.some((w) => data.lowerWords.has(w));
  const claimedHigh = lower ? b : a;
  return claimedHigh.id === high.id ? reply(`Yes. ${text}`, 'yes') : reply(`No. ${text}`, 'no');
}
