import { describe, expect, it } from 'vitest';
import { checkTargets } from '../../tools/quality/bench-targets.js';
import type { BenchReport, SystemFigures } from '../../tools/quality/bench-types.js';
import { formatBenchMarkdown, formatBenchTable } from '../../tools/quality/format-bench-report.js';
import { summarizeLatencies } from '../../tools/quality/latency-stats.js';
import { articleFigures } from './article-figures.js';

const system = (name: string, over: Partial<SystemFigures>): SystemFigures => ({
  system: name,
  label: `${name} label`,
  accuracy: 0.9,
  answerableAccuracy: 0.9,
  intentAccuracy: 0.8,
  refusalRate: 0.9,
  falseRefusalRate: 0.02,
  latency: summarizeLatencies([50, 60, 70, 80, 900]),
  passes: 10,
  qps: 12_000,
  maxRssMb: 140,
  firstRssMb: 110,
  slowest: [{ id: 'a', question: 'slow one?', medianUs: 900 }],
  startupMs: 400,
  startupRuns: [400, 410, 390],
  startupMarks: { 'first answer': 400 },
  ...over,
});

const report = (fd: Partial<SystemFigures>, nlp: Partial<SystemFigures>): BenchReport => ({
  generatedAt: '2024-01-10T00:00:00Z',
  machine: {
    cpu: 'test cpu',
    cores: 2,
    memoryGb: 4,
    node: 'v20',
    platform: 'linux x64',
    loadAverage: { start: 0.1, end: 0.2 },
  },
  questions: { total: 5, answerable: 4, unanswerable: 1 },
  systems: [system('factdesk', fd), system('nlpjs', nlp), system('bm25', { accuracy: 0.4 })],
  cli: [
    { command: 'npm run ask -- "q"', medianMs: 550, runs: [550] },
    { command: 'node dist/src/cli/ask.js "q"', medianMs: 400, runs: [400] },
  ],
  nlpjs: { trainMs: 1000, examples: 100, intents: 15, namedEntities: 20, modelBytes: 2048 },
  bm25: { threshold: 2.5, note: 'tuned' },
  durationMs: 60_000,
});

const met = (r: BenchReport): Record<string, boolean> =>
  Object.fromEntries(checkTargets(r).map((t) => [t.target, t.met]));

describe('checkTargets', () => {
  it('marks every target met when factdesk beats the absolute and NLP.js-relative bars', () => {
    const r = report(
      {},
      { accuracy: 0.8, latency: summarizeLatencies([5000]), startupMs: 1200, maxRssMb: 300, firstRssMb: 200 },
    );
    expect(Object.values(met(r)).every(Boolean)).toBe(true);
  });

  it('reports each missed target, including less than a third less memory than NLP.js', () => {
    const r = report(
      { latency: summarizeLatencies([150, 2000]), qps: 5000, maxRssMb: 190, firstRssMb: 160, startupMs: 700 },
      { accuracy: 0.95, latency: summarizeLatencies([40]), startupMs: 1000, maxRssMb: 200, firstRssMb: 200 },
    );
    r.cli[0] = { command: 'npm run ask -- "q"', medianMs: 800, runs: [800] };
    const m = met(r);
    expect(Object.values(m).some(Boolean)).toBe(false);
    expect(Object.keys(m)).toContain('≥ ⅓ less memory than NLP.js (fresh bot)');
  });
});

describe('bench report formatting', () => {
  it('puts every system and target in the table and the Markdown report', () => {
    const r = report({}, { accuracy: 0.5 });
    const table = formatBenchTable(r);
    const md = formatBenchMarkdown(r);
    for (const label of ['factdesk label', 'nlpjs label', 'bm25 label']) {
      expect(table).toContain(label);
      expect(md).toContain(label);
    }
    expect(md).toContain('![latency distributions](bench-latency.svg)');
    expect(md).toContain('engine.answerAs');
    expect(table).toMatch(/met\s+more accurate than NLP\.js: 90\.0% vs 50\.0%/);
  });

  it('says which node flags the children ran with, and uses the flagged CLI timing in the start-up note', () => {
    const r = report({}, {});
    expect(formatBenchMarkdown(r)).toContain("node's default flags");
    r.nodeFlags = ['--max-semi-space-size=2'];
    r.cli[1] = {
      command: 'node --max-semi-space-size=2 dist/src/cli/ask.js "q"',
      medianMs: 390,
      runs: [390],
    };
    expect(formatBenchMarkdown(r)).toContain(
      'every child (all three systems) runs with `--max-semi-space-size=2`',
    );
    const startup = checkTargets(r).find((t) => t.target.startsWith('first answer'));
    expect(startup?.note).toContain('`node --max-semi-space-size=2 dist/src/cli/ask.js` 390 ms');
  });

  it('adds the any-article targets, the per-article table and its section when they were measured', () => {
    const r = report({}, { accuracy: 0.5 });
    expect(formatBenchMarkdown(r)).not.toContain('## Any article');
    r.articles = articleFigures();
    const table = formatBenchTable(r);
    const md = formatBenchMarkdown(r);
    expect(table).toMatch(/met\s+1,000 articles ingested in < 60 s on one core: 11\.0 s for 1,000/);
    expect(table).toContain('== Any article: per article, factdesk beside BM25 ==');
    expect(table).toMatch(/01-chile \(shared\)\s+510\s+30/);
    expect(md).toContain('| memory per loaded article < 1 MB | heap 0.80 MB, RSS 0.70 MB | ✅ met |');
    expect(md).toContain('## Any article: ingestion, and answering per article beside BM25');
  });
});
