/**
 * `npm run measure:extractor [-- --article data/articles/<slug>] [--json]`: ingests a curated article's text
 * with no hand edits (no --date either), compares the draft with the curated facts.json
 * (compare-extraction.ts) and times ingestion. Prints the figures the README quotes; writes nothing.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultArticleDir, readArticle } from '../../src/facts/load-facts.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';
import { compareExtraction, type ExtractorFigures } from './compare-extraction.js';

export interface Measurement extends ExtractorFigures {
  slug: string;
  words: number;
  /** Median of 20 ingestions after one to warm up, the model already loaded. */
  ingestMs: number;
  loadAverage: number;
}

/**
 * Measures the extractor on one curated article folder (the library's default article when none is given).
 * @example measureExtractor().links.filter((l) => l.found).length
 */
export function measureExtractor(dir: string = defaultArticleDir()): Measurement {
  const curated = readArticle(dir);
  const nlp = createNlp();
  const gazetteer = loadGazetteer();
  const drafted = ingestArticle(nlp, gazetteer, curated.text);
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const start = performance.now();
    ingestArticle(nlp, gazetteer, curated.text);
    if (i > 0) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    slug: curated.slug,
    words: curated.text.split(/\s+/).filter(Boolean).length,
    ingestMs: times[Math.floor(times.length / 2)] ?? 0,
    loadAverage: loadavg()[0] ?? 0,
    ...compareExtraction(curated, drafted),
  };
}

/**
 * The figures as lines for a person.
 * @example formatMeasurement(measureExtractor()).split('\n')[1] // '  reference date 2024-01-09 (curated 2024-01-09): right'
 */
export function formatMeasurement(m: Measurement): string {
  const of = (n: number, total: number) => `${n} of ${total}`;
  const kinds = [...new Set(m.links.map((l) => l.kind))].map((kind) => {
    const links = m.links.filter((l) => l.kind === kind);
    return `${kind} ${of(links.filter((l) => l.found).length, links.length)}`;
  });
  const found = m.links.filter((l) => l.found);
  const eventLinks = m.links.filter((l) => l.kind !== 'purpose');
  return [
    `The extractor against the curated store of ${m.slug} (its text ingested with no hand edits):`,
    `  reference date ${m.referenceDate.drafted} (curated ${m.referenceDate.curated}): ${m.referenceDate.right ? 'right' : 'wrong'}`,
    `  people: ${of(m.people.found, m.people.curated)} found, ${m.people.titled} with the curated title or rank${m.people.missing.length ? `; missing ${m.people.missing.join(', ')}` : ''}`,
    `  events: ${of(m.events.dated, m.events.curated)} with the curated date (not: ${m.events.missing.join('; ') || '-'})`,
    `  statements: ${of(m.statements.found, m.statements.curated)} (same holder, same sentence)`,
    ...m.statements.missing.map((s) => `    missing: ${s}`),
    `  causal links: ${of(found.length, m.links.length)} found (${kinds.join(', ')}), ${found.filter((l) => l.bothSides).length} with both sides; ${of(eventLinks.filter((l) => l.eventLink).length, eventLinks.length)} as links between events`,
    ...m.links.map((l) => `    ${l.kind}: ${l.curated}\n      ${l.found ? `found ${l.found}` : 'not found'}`),
    `  causes found that the curated store does not have: ${m.extra.length}`,
    ...m.extra.map((x) => `    ${x}`),
    `  ingestion: median ${m.ingestMs.toFixed(1)} ms for ${m.words} words (${((m.ingestMs * 500) / m.words).toFixed(1)} ms per 500 words), load average ${m.loadAverage.toFixed(1)}`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--article');
  const dir = at >= 0 && args[at + 1] ? resolve(args[at + 1] as string) : undefined;
  const m = measureExtractor(dir);
  console.log(args.includes('--json') ? JSON.stringify(m, null, 2) : formatMeasurement(m));
}
