import { describe, expect, it } from 'vitest';
import { indexArticle } from '../../src/facts/load-facts.js';
import { factsSchema } from '../../src/facts/schema.js';
import { formatIngestSummary } from '../../src/ingest/format-summary.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp, splitSentences } from '../../src/nlp/create-nlp.js';

// An invented article: every cause and number below comes only from how it is written.
const text = [
  'Harbour city reopens ferry route after storm repairs',
  '',
  'Ferry services between Port Alder and Kessin Island resumed on Monday, March 3, after repairs to the storm-damaged pier were finished on Friday, Feb. 28. The route had been closed in January because high waves cracked the pilings. The closure forced about 1,200 commuters onto a longer road detour. Because the pier is old, the council voted 5-2 to spend $4.5 million on a new one.',
  '',
  'Harbour master Lena Voss said the council had acted to prevent another winter without a crossing. The storm killed two people and damaged 40 homes. Fares rose by 12 percent in February. The ferry is due to restart its night sailings next month, and ticket sales have since recovered. The pier was last rebuilt four years ago.',
].join('\n');

const nlp = createNlp();
const gazetteer = loadGazetteer();
const article = ingestArticle(nlp, gazetteer, text, { date: '2025-03-04' });
const summary = formatIngestSummary(article);
const section = (title: string) => {
  const lines = summary.split('\n');
  const at = lines.findIndex((l) => l.startsWith(title));
  const end = lines.findIndex((l, i) => i > at && l === '');
  return lines.slice(at, end < 0 ? undefined : end);
};

describe('causes in the summary a person checks', () => {
  it('lists each connective with what was caused and its cause, in the article order', () => {
    expect(section('Causes')).toEqual([
      'Causes (6):',
      '  - sequence: [Harbour city reopens ferry route] after [storm repairs]',
      '  - sequence: [Ferry services between Port Alder and Kessin Island resumed on Monday, March 3] after [repairs to the storm-damaged pier were finished on Friday, Feb. 28] (both events)',
      '  - cause: [The route had been closed in January] because [high waves cracked the pilings]',
      '  - cause: [The closure] forced [about 1,200 commuters onto a longer road detour]',
      '  - cause: [the council voted 5-2 to spend $4.5 million on a new one] because [the pier is old]',
      '  - purpose: [the council had acted] to prevent [another winter without a crossing]',
    ]);
  });

  it('reads no cause into a timetable ("due to restart") or an adverb ("have since recovered")', () => {
    const connectives = article.facts.causes?.map((c) => c.connective.toLowerCase());
    expect(connectives).not.toContain('due to');
    expect(connectives).not.toContain('since');
  });

  it('links two dated events the way a curated store does: the later one follows the earlier', () => {
    const resumed = article.facts.events.find((e) => e.date.start === '2025-03-03');
    const finished = article.facts.events.find((e) => e.date.start === '2025-02-28');
    expect(resumed?.follows?.event).toBe(finished?.id);
    expect(article.facts.relations).toContainEqual(
      expect.objectContaining({ type: 'followed', from: finished?.id, to: resumed?.id }),
    );
  });
});

describe('numbers in the summary a person checks', () => {
  it('gives each number with what it counts, its value and its unit', () => {
    expect(section('Numbers')).toEqual([
      'Numbers (6):',
      '  - commuters: about 1,200 (1200)',
      '  - vote: 5-2 (5 to 2)',
      '  - dollar: $4.5 million (4500000 dollar)',
      '  - people killed: two (2)',
      '  - homes damaged: 40 (40)',
      '  - Fares: 12 percent (12 %)',
    ]);
  });

  it('takes no year, day of the month, date or time ago as a quantity', () => {
    const values = article.facts.quantities?.map((q) => q.value);
    for (const dateNumber of [3, 4, 28, 2025]) expect(values).not.toContain(dateNumber);
  });
});

describe('what ingestion could not place', () => {
  it('names the date expressions it could not resolve', () => {
    expect(summary).toMatch(/^Could not place: .*no date for "four years ago"\.$/m);
    expect(article.meta.unresolvedDates).toEqual([
      { text: 'four years ago', evidence: ['The pier was last rebuilt four years ago.'] },
    ]);
  });
});

describe('the drafted causes and numbers as data', () => {
  it('are valid, unreviewed and quote the article verbatim, so the store loads', () => {
    expect(factsSchema.safeParse(article.facts).success).toBe(true);
    for (const f of [...(article.facts.causes ?? []), ...(article.facts.quantities ?? [])]) {
      expect(f.provenance).toEqual({ source: 'auto', reviewed: false });
      for (const quote of f.evidence) expect(text).toContain(quote);
    }
    for (const c of article.facts.causes ?? []) {
      expect(c.evidence[0]).toContain(c.effect.text);
      expect(c.evidence[0]).toContain(c.cause.text);
    }
    expect(() => indexArticle(article, (t) => splitSentences(nlp, t))).not.toThrow();
  });

  it('is reproducible: the same text gives the same store and the same summary', () => {
    const again = ingestArticle(nlp, gazetteer, text, { date: '2025-03-04' });
    expect(again).toEqual(article);
    expect(formatIngestSummary(again)).toBe(summary);
  });
});
