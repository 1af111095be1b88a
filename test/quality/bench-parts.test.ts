import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBm25Bot } from '../../tools/quality/bm25-bot.js';
import { classifyUrl, summarizeCpuProfile } from '../../tools/quality/cpu-profile-summary.js';
import { renderLatencyChart } from '../../tools/quality/latency-chart.js';
import { median, quantile, summarizeLatencies } from '../../tools/quality/latency-stats.js';
import { withArticleExamples } from '../../tools/quality/nlpjs-classifier.js';
import type { LabelledQuestion } from '../../tools/quality/question-set.js';
import { findRepoRoot } from '../../tools/quality/repo-paths.js';
import { tuneBm25Threshold } from '../../tools/quality/tune-bm25.js';

describe('latency statistics', () => {
  it('interpolates quantiles and summarises a sample', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
    const stats = summarizeLatencies(Array.from({ length: 101 }, (_, i) => 100 - i));
    expect(stats).toMatchObject({ count: 101, min: 0, p50: 50, p95: 95, p99: 99, max: 100, mean: 50 });
    expect(stats.percentiles).toHaveLength(101);
  });
});

describe('renderLatencyChart', () => {
  it('draws one curve and one legend line per series, with their percentiles', () => {
    const svg = renderLatencyChart([
      { label: 'fast <one>', stats: summarizeLatencies([40, 50, 60, 900]) },
      { label: 'slow', stats: summarizeLatencies([4000, 5000, 7000]), dashed: true },
    ]);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(svg).toContain('fast &lt;one&gt;: p50 55 µs');
    expect(svg).toContain('slow: p50 5.0 ms');
    expect(svg).toContain('stroke-dasharray');
  });
});

describe('summarizeCpuProfile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-prof-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds up self time per function and per area from the samples', () => {
    const path = join(dir, 'x.cpuprofile');
    const frame = (functionName: string, url: string) => ({
      functionName,
      url,
      lineNumber: 0,
      scriptId: '0',
      columnNumber: 0,
    });
    writeFileSync(
      path,
      JSON.stringify({
        nodes: [
          { id: 1, callFrame: frame('(root)', '') },
          { id: 2, callFrame: frame('readDoc', 'file:///r/node_modules/wink-nlp/src/wink-nlp.js') },
          { id: 3, callFrame: frame('answer', 'file:///r/dist/intents/who-is.js') },
          { id: 4, callFrame: frame('(idle)', '') },
        ],
        samples: [2, 2, 3, 4, 2],
        timeDeltas: [0, 100, 100, 100, 100],
        startTime: 0,
        endTime: 500,
      }),
    );
    const summary = summarizeCpuProfile(path);
    expect(summary.totalMs).toBeCloseTo(0.3);
    expect(summary.areas[0]).toMatchObject({ name: 'wink-nlp', share: 2 / 3 });
    expect(summary.functions.map((f) => f.name)).toEqual([
      'readDoc wink-nlp/src/wink-nlp.js:1',
      'answer intents/who-is.js:1',
    ]);
    expect(classifyUrl('file:///r/dist/src/engine/create-engine.js')).toBe('factdesk src/engine');
  });

  it("counts factdesk's own functions inclusively: a sample for every one of them on its stack, once each", () => {
    const path = join(dir, 'y.cpuprofile');
    const node = (id: number, functionName: string, url: string, children: number[] = []) => ({
      id,
      callFrame: { functionName, url, lineNumber: 0, scriptId: '0', columnNumber: 0 },
      children,
    });
    const engine = 'file:///r/dist/src/engine/create-engine.js';
    writeFileSync(
      path,
      JSON.stringify({
        nodes: [
          node(1, '(root)', '', [2]),
          node(2, 'ask', engine, [3, 4]),
          node(3, 'ask', engine, [5]),
          node(4, 'parseQuestion', 'file:///r/dist/src/nlp/parse-question.js'),
          node(5, 'readDoc', 'file:///r/node_modules/wink-nlp/src/wink-nlp.js'),
        ],
        samples: [5, 5, 4, 2, 5],
        timeDeltas: [0, 100, 100, 100, 100],
        startTime: 0,
        endTime: 500,
      }),
    );
    const { inclusive } = summarizeCpuProfile(path);
    expect(inclusive.map((f) => [f.name, f.ms])).toEqual([
      ['ask src/engine/create-engine.js:1', 0.4],
      ['parseQuestion src/nlp/parse-question.js:1', 0.1],
    ]);
  });
});

describe('tuneBm25Threshold', () => {
  it('picks a threshold that refuses the off-topic question and answers the on-topic one', () => {
    const bot = createBm25Bot(
      readFileSync(join(findRepoRoot(), 'data', 'articles', 'us-china-defense-talks', 'article.txt'), 'utf8'),
      0,
    );
    const q = (id: string, question: string, answered: boolean, re: string[] = []): LabelledQuestion => ({
      id,
      question,
      intent: answered ? 'when' : 'not-covered',
      expect: { answered, re },
    });
    const items = [
      q('a', 'When was the spy balloon downed?', true, ['february']),
      q('b', 'What is the population of China?', false),
    ];
    const tuned = tuneBm25Threshold(bot, items);
    expect(tuned.accuracy).toBe(1);
    expect(bot.bestScore('What is the population of China?')).toBeLessThan(tuned.threshold);
  });
});

describe('withArticleExamples', () => {
  it("adds the article's examples of each intent after the intent's own, and leaves intents without any", () => {
    const training = withArticleExamples(
      [
        { id: 'when', examples: ['when was it?'] },
        { id: 'help', examples: ['help'] },
      ],
      { when: { examples: ['when did they meet?'] }, unknown: { examples: ['x'] } },
    );
    expect(training).toEqual([
      { id: 'when', examples: ['when was it?', 'when did they meet?'] },
      { id: 'help', examples: ['help'] },
    ]);
  });
});
