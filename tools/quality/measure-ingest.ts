import type { Gazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import type { Nlp } from '../../src/nlp/create-nlp.js';
import type { IngestFigures } from './article-bench-types.js';
import { distinctCopy } from './article-corpus.js';
import { median, summarizeLatencies } from './latency-stats.js';
import { sinceUs } from './pass-timing.js';

/** A text to ingest: its name, words and text. */
export interface IngestText {
  name: string;
  words: number;
  text: string;
}

/**
 * Ingests `count` distinct texts back to back, cycling through `texts` (copy i gets a sentence of its own),
 * and times each ingestion and the whole run. The drafts are dropped as they come, as `npm run ingest`
 * would write them out; the first one is the process's first (V8 has not compiled the code yet).
 * @example measureIngestion(createNlp(), loadGazetteer(), texts, 1000).latency.p50
 */
export function measureIngestion(
  nlp: Nlp,
  gazetteer: Gazetteer,
  texts: readonly IngestText[],
  count: number,
): Omit<IngestFigures, 'modelLoadMs' | 'pinnedCpu' | 'maxRssMb'> {
  if (texts.length === 0) throw new Error('no article texts to ingest');
  const samples: number[] = [];
  const byText = texts.map(() => [] as number[]);
  let facts = 0;
  const began = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const at = i % texts.length;
    const source = texts[at] as IngestText;
    const text = distinctCopy(source.text, i + 1);
    const start = process.hrtime.bigint();
    const draft = ingestArticle(nlp, gazetteer, text, { slug: `${source.name}-${i + 1}` });
    const us = sinceUs(start);
    // Read the result, so no part of the work can be skipped as unused.
    facts += draft.facts.entities.length;
    samples.push(us);
    byText[at]?.push(us);
  }
  const totalMs = sinceUs(began) / 1000;
  if (facts === 0) throw new Error('ingestion found no entity in any article');
  return {
    texts: texts.map(({ name, words }) => ({ name, words })),
    firstMs: (samples[0] ?? Number.NaN) / 1000,
    count,
    totalMs,
    latency: summarizeLatencies(samples),
    perText: texts.map(({ name, words }, i) => ({ name, words, p50Us: median(byText[i] ?? []) })),
  };
}
