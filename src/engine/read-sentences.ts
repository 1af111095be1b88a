/**
 * The sentence reader: when no intent can answer from the facts, find the sentence (or two adjacent ones)
 * that holds every content word of the question, and take from it the kind of thing asked for: a date for
 * "when", a place for "where", a person for "who", a number for "how many", the reason for "why". It answers
 * only when the question is fully grounded in those sentences, so a near miss stays a refusal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { FactStore } from '../facts/fact-store.js';
import { findDataDir } from '../facts/load-facts.js';
import { findDates } from '../ingest/find-dates.js';
import { type TokenSentence, tokenizeSentences } from '../ingest/sentence-tokens.js';
import type { Nlp } from '../nlp/create-nlp.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import type { IntentReply } from './intent.js';

const CONTENT = /^(NOUN|PROPN|VERB|ADJ|NUM|ADV)$/;
const ASKING = new Set([
  'who',
  'what',
  'when',
  'where',
  'why',
  'how',
  'which',
  'be',
  'do',
  'have',
  'did',
  'does',
  'happen',
  'many',
  'much',
  'long',
  'tell',
  'article',
  'say',
  'mention',
  'exactly',
  'also',
  'so',
  'far',
  'there',
  'get',
  'go',
  'know',
  'give',
  'kind',
  'thing',
  'just',
  'really',
  'actually',
  'currently',
  'now',
  'then',
  'ever',
]);
const CAUSE =
  /\b(because of|because|due to|after|in response to|so that|since|thanks to|owing to|to prevent|in order to|as a result of|using)\b/i;

/** Word groups that count as the same (data/language/equivalents.json). */
function loadEquivalents(dataDir = findDataDir()): Map<string, string> {
  const schema = z.object({ groups: z.array(z.array(z.string().min(1)).min(2)) });
  const { groups } = schema.parse(
    JSON.parse(readFileSync(join(dataDir, 'language', 'equivalents.json'), 'utf8')),
  );
  const canon = new Map<string, string>();
  for (const group of groups) for (const w of group) if (!canon.has(w)) canon.set(w, group[0] ?? w);
  return canon;
}

export type SentenceReader = (q: ParsedQuestion) => IntentReply | undefined;

/** Builds the reader once per article: sentence words, their dates and the names in them. */
export function createSentenceReader(nlp: Nlp, store: FactStore, roles: ReadonlySet<string>): SentenceReader {
  const canon = loadEquivalents();
  const key = (w: string) => {
    const c = canon.get(w) ?? w;
    return c.length > 5 ? c.slice(0, 5) : c;
  };
  const tokenized: TokenSentence[] = tokenizeSentences(nlp, store.sentences);
  const reference = store.meta.referenceDate.date;
  const bags = tokenized.map((ts) => {
    const bag = new Set<string>();
    for (const t of ts.tokens) {
      bag.add(key(t.lemma));
      bag.add(key(t.normal));
    }
    return bag;
  });
  // The sentences that name each entity, by any of its aliases.
  const named = new Map<string, Set<number>>();
  for (const e of store.facts.entities) {
    const aliases = [e.name, ...e.aliases].map((a) => a.toLowerCase());
    const hits = new Set<number>();
    store.sentences.forEach((s, i) => {
      const lower = s.text.toLowerCase();
      if (aliases.some((a) => a.length > 2 && lower.includes(a))) hits.add(i);
    });
    named.set(e.id, hits);
  }
  const df = new Map<string, number>();
  for (const bag of bags) for (const w of bag) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log(1 + bags.length / (df.get(w) ?? 0.5));

  return (q) => {
    const mentioned = [...new Set(q.mentions.map((m) => m.id))].filter((id) => store.entities.has(id));
    const inMention = (i: number) => q.mentions.some((m) => m.start <= i && i <= m.end);
    const terms = [
      ...new Set(
        q.lemmas
          .map((l, i) => ({ l, i }))
          .filter(
            ({ l, i }) =>
              CONTENT.test(q.pos[i] ?? '') &&
              !ASKING.has(l) &&
              !inMention(i) &&
              /^[a-z0-9]/.test(l) &&
              l.length > 1,
          )
          .map(({ l, i }) => [key(l), key(q.normals[i] ?? l)] as const),
      ),
    ];
    if (terms.length === 0 && mentioned.length === 0) return undefined;
    if (roleUnheld(q, store, roles)) return undefined;
    // Where each question word and name occurs in sentence i (positions offset by `base`).
    const positions = (i: number, base: number): number[][] => {
      const tokens = tokenized[i]?.tokens ?? [];
      const lists = terms.map(([a, b]) =>
        tokens.flatMap((t, k) =>
          [key(t.lemma), key(t.normal)].some((w) => w === a || w === b) ? [base + k] : [],
        ),
      );
      for (const id of mentioned) {
        const e = store.entities.get(id);
        const words = new Set(
          [e?.name ?? '', ...(e?.aliases ?? [])]
            .flatMap((a) => a.toLowerCase().split(/\s+/))
            .filter((w) => w.length > 2),
        );
        lists.push(tokens.flatMap((t, k) => (words.has(t.normal) ? [base + k] : [])));
      }
      return lists;
    };
    // The shortest stretch of tokens holding every word and name: words scattered over a long sentence
    // ("the president ... of <place>") are not one fact.
    const span = (i: number, j: number): number => {
      const a = positions(i, 0);
      const b = j === i ? a.map(() => []) : positions(j, tokenized[i]?.tokens.length ?? 0);
      const lists = a.map((l, k) => [...l, ...(b[k] ?? [])]);
      if (lists.some((l) => l.length === 0)) return Number.POSITIVE_INFINITY;
      const all = lists.flatMap((l, k) => l.map((p) => ({ p, k }))).sort((x, y) => x.p - y.p);
      let bestSpan = Number.POSITIVE_INFINITY;
      const count = new Map<number, number>();
      let left = 0;
      for (const item of all) {
        count.set(item.k, (count.get(item.k) ?? 0) + 1);
        while (count.size === lists.length) {
          const first = all[left];
          if (!first) break;
          bestSpan = Math.min(bestSpan, item.p - first.p);
          const c = (count.get(first.k) ?? 1) - 1;
          if (c === 0) count.delete(first.k);
          else count.set(first.k, c);
          left++;
        }
      }
      return bestSpan;
    };
    const maxSpan = Math.max(20, (terms.length + mentioned.length) * 5);
    let best: { i: number; j: number; score: number; missing: number } | undefined;
    for (let i = 0; i < bags.length; i++) {
      // Two sentences only for a reason, which an article often gives in the sentence after the fact.
      for (const j of q.wh === 'why' ? [i, i + 1] : [i]) {
        if (j >= bags.length) continue;
        const has = (w: string) => bags[i]?.has(w) || bags[j]?.has(w);
        let score = 0;
        let missing = 0;
        for (const [a, b] of terms) {
          if (has(a) || has(b)) score += idf(a);
          else missing++;
        }
        for (const id of mentioned) {
          const hits = named.get(id);
          if (hits?.has(i) || hits?.has(j)) score += 2;
          else missing++;
        }
        // A pair must be worth more than its first sentence alone.
        if (j !== i) score -= 0.5;
        if (missing === 0 && span(i, j) > maxSpan) continue;
        if (!best || missing < best.missing || (missing === best.missing && score > best.score))
          best = { i, j, score, missing };
      }
    }
    if (!best || best.missing > 0 || best.score < 2) return undefined;
    const chosen = [...new Set([best.i, best.j])];
    // "It was that dispute ...": a sentence that opens with a reference leans on the one before it.
    const opener = tokenized[best.i]?.tokens[0]?.normal ?? '';
    if (
      best.i > 0 &&
      ['it', 'this', 'that', 'these', 'those', 'they', 'he', 'she', 'its', 'their'].includes(opener)
    )
      chosen.unshift(best.i - 1);
    const sentences = chosen.map((i) => tokenized[i]).filter((t) => t !== undefined);
    const lead = leadOf(q, sentences, store, reference);
    const quote = sentences.map((s) => s.sentence.text).join(' ');
    return {
      answered: true,
      text: lead ? `${lead} The article: "${quote}"` : `The article says: "${quote}"`,
      citations: sentences.map((s) => ({ sentence: s.sentence.n, text: s.sentence.text })),
      confidence: Math.min(0.85, 0.4 + best.score / 20),
    };
  };
}

/** The part of the sentences that answers the kind of question asked, when it can be picked out. */
function leadOf(
  q: ParsedQuestion,
  sentences: TokenSentence[],
  store: FactStore,
  reference: string,
): string | undefined {
  const asked = new Set(q.mentions.map((m) => m.id));
  if (q.wh === 'when') {
    const date = sentences.flatMap((ts) => findDates(ts, reference))[0];
    return date
      ? `${date.spec.text}${date.spec.resolved !== date.spec.text ? ` (${date.spec.resolved})` : ''}.`
      : undefined;
  }
  if (q.wh === 'where' || q.wh === 'who' || q.wh === 'whom') {
    const kinds = q.wh === 'where' ? ['place', 'country'] : ['person', 'organization', 'group'];
    const text = sentences.map((s) => s.sentence.text).join(' ');
    const hit = store.facts.entities.find(
      (e) =>
        kinds.includes(e.kind) &&
        !asked.has(e.id) &&
        [e.name, ...e.aliases].some((a) => a.length > 2 && text.includes(a)),
    );
    return hit ? `${hit.name}.` : undefined;
  }
  if (q.wh === 'how' && (q.words.has('many') || q.words.has('much'))) {
    const text = sentences.map((s) => s.sentence.text).join(' ');
    const number = /(\$|€|£)?\d[\d,.]*\s*(percent|%|million|billion|thousand)?/i.exec(text);
    return number ? `${number[0].trim()}.` : undefined;
  }
  if (q.wh === 'why') {
    for (const s of sentences) {
      const m = CAUSE.exec(s.sentence.text);
      if (m) return `${s.sentence.text.slice(m.index).replace(/[.]$/, '')}.`;
    }
  }
  return undefined;
}

/**
 * "Who is the president of <place>?": a role asked of a place or party is held by someone only when the
 * article gives that person the role there; a sentence that merely has both words does not say who.
 */
export function roleUnheld(q: ParsedQuestion, store: FactStore, roles: ReadonlySet<string>): boolean {
  if (q.wh !== 'who') return false;
  const asked = q.lemmas.filter((l, i) => q.pos[i] === 'NOUN' && roles.has(l));
  if (asked.length === 0) return false;
  const places = q.mentions.filter((m) => store.entities.get(m.id)?.kind !== 'person').map((m) => m.id);
  if (places.length === 0) return false;
  const namesOf = (id: string) => {
    const e = store.entities.get(id);
    return [e?.name ?? '', ...(e?.aliases ?? [])].filter((a) => a.length > 1).map((a) => a.toLowerCase());
  };
  return !store.facts.entities.some((e) => {
    if (e.kind !== 'person') return false;
    const about = `${e.title ?? ''} ${e.description}`.toLowerCase();
    return (
      asked.every((r) => about.includes(r)) &&
      places.every((p) => e.side === p || e.memberOf === p || namesOf(p).some((a) => about.includes(a)))
    );
  });
}
