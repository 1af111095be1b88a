/**
 * An article in, a draft fact store out: wink-nlp reads the sentences, the extractors find names, dates,
 * events, statements, causes and quantities, and the result is validated against the same schema as a
 * hand-made store.
 */

import { FactStoreError } from '../facts/fact-store-error.js';
import type { ArticleData } from '../facts/load-facts.js';
import { articleMetaSchema, factsSchema } from '../facts/schema.js';
import { type Nlp, splitSentences } from '../nlp/create-nlp.js';
import { bodiesByKind } from './bodies-by-kind.js';
import { addCauses } from './build-causes.js';
import { buildFacts } from './build-facts.js';
import { buildQuantities } from './build-quantities.js';
import { findCauses } from './find-causes.js';
import { type FoundDate, lastYearIn, readDates } from './find-dates.js';
import { findNames } from './find-names.js';
import { findQuantities } from './find-quantities.js';
import type { Gazetteer } from './gazetteer.js';
import { inferReferenceDate } from './infer-reference-date.js';
import { tokenizeSentences } from './sentence-tokens.js';

export interface IngestOptions {
  /** The article's reference date (yyyy-mm-dd), when known; otherwise inferred from the text. */
  date?: string;
  slug?: string;
  title?: string;
  /** The file name the text is kept under in the article's folder. */
  file?: string;
}

/** Headline (first line, when a blank line follows it) and body. */
export function splitHeadline(text: string): { headline?: string; body: string } {
  const m = /^([^\n]{3,200})\n\s*\n/.exec(text);
  return m?.[1] ? { headline: m[1].trim(), body: text.slice(m[0].length) } : { body: text };
}

const slugOf = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-') || 'article';

/**
 * Builds an article's data from its text. Deterministic: the same text and options give the same store.
 * @example ingestArticle(nlp, gazetteer, 'Headline\n\nBody...', { date: '2025-06-06' }).facts.entities
 */
export function ingestArticle(
  nlp: Nlp,
  gazetteer: Gazetteer,
  text: string,
  options: IngestOptions = {},
): ArticleData {
  const { headline, body } = splitHeadline(text);
  const referenceDate = inferReferenceDate(text, options.date);
  const sentences = splitSentences(nlp, text);
  const tokens = tokenizeSentences(nlp, sentences);
  const { names, mentions } = findNames(tokens, gazetteer);
  // ("the winery", "the company": a business called back by its kind is called so in questions too.)
  for (const [name, aliases] of bodiesByKind(tokens, mentions)) for (const a of aliases) name.aliases.add(a);
  const dates = new Map<number, FoundDate[]>();
  const unresolvedDates: { text: string; evidence: string[] }[] = [];
  for (const [k, ts] of tokens.entries()) {
    // ("... in 2023. The association filed its lawsuit in August of that year": the year written just before.)
    const yearBefore = lastYearIn(tokens[k - 1]?.sentence.text ?? '');
    const reading = readDates(ts, referenceDate.date, yearBefore);
    dates.set(ts.sentence.n, reading.found);
    for (const text of reading.unresolved) unresolvedDates.push({ text, evidence: [ts.sentence.text] });
  }
  // Every extractor reads the same tokens and dates: nothing is parsed twice.
  const datesOf = (ts: (typeof tokens)[number]) => dates.get(ts.sentence.n) ?? [];
  const drafted = buildFacts({ sentences: tokens, names, mentions, dates, gazetteer });
  const withCauses = addCauses(
    drafted,
    tokens.map((ts) => ({ ts, causes: findCauses(ts, gazetteer, datesOf(ts)), dates: datesOf(ts) })),
  );
  const quantities = buildQuantities(
    tokens.map((ts) => ({ ts, quantities: findQuantities(ts, gazetteer, datesOf(ts)) })),
  );
  const facts = factsSchema.parse({ ...withCauses, quantities });
  const first = sentences.find((s) => s.text !== headline) ?? sentences[0];
  const opening = first?.text ?? '';
  const title =
    options.title ??
    headline ??
    (opening.length > 80
      ? `${opening.slice(0, 80).replace(/\s+\S*$/, '')}...`
      : opening || 'Untitled article');
  const meta = articleMetaSchema.safeParse({
    file: options.file ?? 'article.txt',
    title,
    ...(headline
      ? {}
      : { titleNote: 'The article has no headline; the title is the start of its first sentence.' }),
    summary: first?.text ?? body.slice(0, 200),
    summaryEvidence: [first?.text ?? ''],
    referenceDate,
    ...(unresolvedDates.length ? { unresolvedDates } : {}),
  });
  if (!meta.success)
    throw new FactStoreError(meta.error.issues.map((i) => `article ${i.path.join('.')}: ${i.message}`));
  return { slug: options.slug ?? slugOf(title), meta: meta.data, facts, text, examples: {} };
}
