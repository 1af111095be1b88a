/**
 * The sentence reader: find the sentence that holds every content word and name of the question close
 * together (a sentence opening with "It", "Its", "That ..." leans on the one before it; a reason may be in the
 * next one), and take from it the kind of thing asked for (src/engine/sentence-answers.ts). It answers only
 * when the question is grounded there, so a near miss stays a refusal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { FactStore } from '../facts/fact-store.js';
import { findDataDir } from '../facts/load-facts.js';
import { type FoundDate, findDates } from '../ingest/find-dates.js';
import type { Gazetteer } from '../ingest/gazetteer.js';
import { type TokenSentence, tokenizeSentences } from '../ingest/sentence-tokens.js';
import type { Nlp } from '../nlp/create-nlp.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { overlaps } from '../nlp/resolve-date.js';
import type { IntentReply } from './intent.js';
import { answerLead, roleUnheld } from './sentence-answers.js';

const CONTENT = /^(NOUN|PROPN|VERB|ADJ|NUM|ADV)$/;
/** Words that say how a question asks, not what it is about. */
const ASKING = new Set(
  (
    'who what when where why how which be do have did does happen many much long tell article say mention ' +
    'exactly also so far there get go know give kind thing just really actually currently now then ever ' +
    'hold take place occur like basically ok okay wait lol guy people person someone anyone right'
  ).split(' '),
);
/**
 * Words that help find the sentence but need not be in it: numbers and ordinals ("the two countries", "the
 * first attempt" of an article that says "originally"), and nouns for whoever is involved.
 */
const OPTIONAL = new Set(
  'first second third last country countries nation nations side sides party parties one two both'.split(' '),
);
const ANAPHORIC = new Set([
  'it',
  'this',
  'that',
  'these',
  'those',
  'they',
  'he',
  'she',
  'its',
  'their',
  'his',
  'her',
]);
/** A reason sits in the next sentence often enough to look there; other answers sit in the sentence itself. */
// Not for "who": there the verb is what is asked ("who leads ...").
const MAX_MISSING_VERBS: Partial<Record<string, number>> = { when: 1, where: 1, why: 1 };
/** Questions whose answer is a thing of a kind (a date, a place, a person, a number) that must be found. */
const TYPED = new Set(['when', 'where', 'who', 'whom']);

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

interface Term {
  keys: readonly string[];
  verb: boolean;
  /** A number in the question ("the two countries") helps find the sentence but need not be in it. */
  optional: boolean;
}

/** Builds the reader once per article: the sentences' words and the names in them. */
export function createSentenceReader(nlp: Nlp, store: FactStore, gazetteer: Gazetteer): SentenceReader {
  const { roles } = gazetteer;
  const canon = loadEquivalents();
  // Equivalent words, then a five-letter stem: "negotiations" ~ "negotiators", "closed" ~ "closes".
  const key = (w: string) => {
    const c = canon.get(w) ?? w;
    return c.length > 5 ? c.slice(0, 5) : c;
  };
  const tokenized: TokenSentence[] = tokenizeSentences(nlp, store.sentences);
  const keysOf = tokenized.map((ts) => ts.tokens.map((t) => new Set([key(t.lemma), key(t.normal)])));
  const bags = keysOf.map((list) => new Set(list.flatMap((s) => [...s])));
  const leans = tokenized.map((ts, i) => i > 0 && ANAPHORIC.has(ts.tokens[0]?.normal ?? ''));
  // The words that name an entity in a sentence: its name's own words and one-word aliases, not the titles
  // or head nouns around them ("minister", "party" name nobody in particular).
  const generic = (w: string) =>
    roles.has(w.toLowerCase()) ||
    gazetteer.honorifics.has(w) ||
    gazetteer.organisationWords.has(w) ||
    gazetteer.placeWords.has(w) ||
    !/^\p{Lu}/u.test(w);
  const nameWords = new Map(
    store.facts.entities.map((e) => [
      e.id,
      new Set(
        [e.name, ...e.aliases.filter((a) => !a.includes(' '))]
          .flatMap((a) => a.split(/\s+/))
          .filter((w) => w.length > 2 && !generic(w))
          .map((w) => w.toLowerCase()),
      ),
    ]),
  );
  const names = (id: string, i: number): number[] => {
    const words = nameWords.get(id);
    // The raw word, not wink's normal form, which turns "Labour" into "labor".
    return (tokenized[i]?.tokens ?? []).flatMap((t, k) => (words?.has(t.raw.toLowerCase()) ? [k] : []));
  };
  const datesOf: FoundDate[][] = tokenized.map((ts) => findDates(ts, store.meta.referenceDate.date));
  const df = new Map<string, number>();
  for (const bag of bags) for (const w of bag) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log(1 + bags.length / (df.get(w) ?? 0.5));

  return (q) => {
    const mentioned = [...new Set(q.mentions.map((m) => m.id))].filter((id) => store.entities.has(id));
    const inMention = (i: number) => q.mentions.some((m) => m.start <= i && i <= m.end);
    const inDate = (i: number) => q.dates.some((d) => d.tokens.includes(i));
    const terms: Term[] = [];
    q.lemmas.forEach((l, i) => {
      if (!CONTENT.test(q.pos[i] ?? '') || ASKING.has(l) || ASKING.has(q.normals[i] ?? '')) return;
      if (inMention(i) || inDate(i) || !/^[a-z0-9]/.test(l) || l.length < 2) return;
      const keys = [...new Set([key(l), key(q.normals[i] ?? l)])];
      if (!terms.some((t) => t.keys[0] === keys[0]))
        terms.push({
          keys,
          verb: q.pos[i] === 'VERB',
          optional: q.pos[i] === 'NUM' || OPTIONAL.has(q.normals[i] ?? ''),
        });
    });
    if (terms.length + mentioned.length === 0 || roleUnheld(q, store, roles)) return undefined;

    // Positions of each term and name in sentence i; a term found only in the sentence leant on sits at -1.
    const find = (i: number): number[][] => {
      const own = keysOf[i] ?? [];
      const lists = terms.map((t) => own.flatMap((s, k) => (t.keys.some((x) => s.has(x)) ? [k] : [])));
      for (const id of mentioned) lists.push(names(id, i));
      if (leans[i]) {
        const before = bags[i - 1];
        terms.forEach((t, k) => {
          if (lists[k]?.length === 0 && t.keys.some((x) => before?.has(x))) lists[k] = [-1];
        });
        mentioned.forEach((id, k) => {
          const at = terms.length + k;
          if (lists[at]?.length === 0 && names(id, i - 1).length) lists[at] = [-1];
        });
      }
      return lists;
    };
    const spanOf = (lists: number[][]): number => {
      const present = lists.filter((l) => l.length > 0);
      const all = present.flatMap((l, k) => l.map((p) => ({ p, k }))).sort((x, y) => x.p - y.p);
      let best = Number.POSITIVE_INFINITY;
      const count = new Map<number, number>();
      let left = 0;
      for (const item of all) {
        count.set(item.k, (count.get(item.k) ?? 0) + 1);
        while (count.size === present.length) {
          const first = all[left];
          if (!first) break;
          best = Math.min(best, item.p - Math.max(0, first.p));
          const c = (count.get(first.k) ?? 1) - 1;
          if (c === 0) count.delete(first.k);
          else count.set(first.k, c);
          left++;
        }
      }
      return best;
    };
    const maxSpan = Math.max(20, (terms.length + mentioned.length) * 5);
    const allowedMissingVerbs =
      terms.length + mentioned.length >= 3 ? (MAX_MISSING_VERBS[q.wh ?? ''] ?? 0) : 0;

    const ranked: Array<{ units: number[]; score: number; missing: number; lists: number[][] }> = [];
    for (let i = 0; i < tokenized.length; i++) {
      const own = find(i);
      const candidates: Array<{ units: number[]; lists: number[][] }> = [{ units: [i], lists: own }];
      // A reason may follow in the next sentence: "... was called off. Strong winds ..."
      if (q.wh === 'why' && i + 1 < tokenized.length) {
        const next = find(i + 1).map((l) => l.map((p) => p + (tokenized[i]?.tokens.length ?? 0)));
        candidates.push({ units: [i, i + 1], lists: own.map((l, k) => [...l, ...(next[k] ?? [])]) });
      }
      for (const c of candidates) {
        // A date in the question must be a date of the sentence ("seats won in <another year>").
        if (
          q.dates.length &&
          !c.units.some((u) => datesOf[u]?.some((d) => q.dates.some((qd) => overlaps(qd, d.spec))))
        )
          continue;
        const missingTerms = terms.filter((t, k) => c.lists[k]?.length === 0 && !t.optional);
        const missingNames = mentioned.filter((_id, k) => c.lists[terms.length + k]?.length === 0);
        if (missingNames.length > 0) continue;
        const missingVerbs = missingTerms.filter((t) => t.verb).length;
        if (missingTerms.length > missingVerbs || missingVerbs > allowedMissingVerbs) continue;
        if (spanOf(c.lists) > maxSpan) continue;
        let score = mentioned.length * 2 - (c.units.length - 1) * 0.5 - missingVerbs * 1.5;
        terms.forEach((t, k) => {
          if ((c.lists[k]?.length ?? 0) > 0) score += idf(t.keys[0] ?? '');
        });
        ranked.push({ ...c, score, missing: missingTerms.length });
      }
    }
    ranked.sort((a, b) => a.missing - b.missing || b.score - a.score);
    const matcher = (ts: TokenSentence) => {
      const i = tokenized.indexOf(ts);
      return i < 0
        ? []
        : find(i)
            .flat()
            .filter((p) => p >= 0);
    };
    const howMany = q.wh === 'how' && (q.words.has('many') || q.words.has('much'));
    // The best-grounded sentences first; of those, the first that holds an answer of the kind asked for.
    let best: (typeof ranked)[number] | undefined;
    let lead: string | undefined;
    let sentences: TokenSentence[] = [];
    for (const c of ranked.slice(0, 6)) {
      if (c.missing > (ranked[0]?.missing ?? 0)) break;
      const first = c.units[0] ?? 0;
      const units = leans[first] ? [first - 1, ...c.units] : c.units;
      const these = units.map((i) => tokenized[i]).filter((t) => t !== undefined);
      const found = answerLead(q, these, matcher, store);
      // A date, place, person or number asked for must be there; with a verb of the question missing, so
      // must any answer.
      if (!found && (TYPED.has(q.wh ?? '') || howMany || c.missing > 0)) continue;
      best = c;
      lead = found;
      sentences = these;
      break;
    }
    if (!best || (best.score < 1 && mentioned.length === 0)) return undefined;
    const quote = sentences.map((s) => s.sentence.text).join(' ');
    return {
      answered: true,
      text: lead ? `${lead} The article: "${quote}"` : `The article says: "${quote}"`,
      citations: sentences.map((s) => ({ sentence: s.sentence.n, text: s.sentence.text })),
      confidence:
        Math.round(Math.min(0.85, 0.4 + best.score / 20) * (best.missing > 0 ? 0.8 : 1) * 100) / 100,
    };
  };
}
