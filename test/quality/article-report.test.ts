import { describe, expect, it } from 'vitest';
import type { ArticleBenchFigures } from '../../tools/quality/article-bench-types.js';
import { checkArticleTargets, memoryPerArticle } from '../../tools/quality/article-targets.js';
import { formatArticleMarkdown, whereTheyDiffer } from '../../tools/quality/format-article-report.js';
import { summarizeLatencies } from '../../tools/quality/latency-stats.js';
import { articleFigures, MB } from './article-figures.js';

const met = (a: ArticleBenchFigures): boolean[] => checkArticleTargets(a).map((t) => t.met);

describe('checkArticleTargets', () => {
  it('meets the four targets with figures under every bar, and says how each was measured', () => {
    const checks = checkArticleTargets(articleFigures());
    expect(checks.map((c) => c.met)).toEqual([true, true, true, true]);
    expect(checks.map((c) => c.measured)).toEqual([
      'p50 9.5 ms, p99 11.9 ms',
      '11.0 s for 1,000',
      'p50 75.0 µs, p99 390.7 µs',
      'heap 0.80 MB, RSS 0.70 MB',
    ]);
    expect(checks[1]?.note).toContain('pinned to CPU 1');
    expect(checks[2]?.note).toContain('`ground` 30%');
    expect(checks[2]?.note).not.toContain('`ask`');
  });

  it('misses each target on its own figure', () => {
    const slow = articleFigures();
    slow.ingest.latency = summarizeLatencies([9000, 60_000]);
    slow.ingest.totalMs = 61_000;
    slow.loaded.latency = summarizeLatencies([150]);
    slow.loaded.memory.loaded = MB(140, 180);
    expect(met(slow)).toEqual([false, false, false, false]);
    const fewer = articleFigures();
    fewer.ingest.count = 999;
    expect(met(fewer)[1]).toBe(false);
    const rss = articleFigures();
    rss.loaded.memory.loaded = MB(110, 230);
    expect(met(rss)[3]).toBe(false);
  });

  it('divides the memory deltas by the number of engines, drafts apart', () => {
    expect(memoryPerArticle(articleFigures())).toEqual({
      heapMb: 0.8,
      rssMb: 0.7,
      draftHeapMb: 0.1,
      afterHeapMb: 0.82,
      afterRssMb: 0.8,
    });
  });
});

describe('formatArticleMarkdown', () => {
  it('shows ingestion, a row per article beside BM25 with totals over the article sets, and the profiles', () => {
    const md = formatArticleMarkdown(articleFigures());
    expect(md).toContain('## Any article');
    expect(md).toContain('| us-china-defense-talks (ingested; labelled set) | 510 | 391 |');
    expect(md).toContain('| 01-chile (shared) | 510 | 30 | 9.0 ms | 40.0 ms | 24/30 (80%) | 15/30 (50%) |');
    expect(md).toContain('| **all 2 article sets** |  | 62 |  |  | **48/62 (77%)** | **30/62 (48%)** |');
    expect(md).toContain('pinned to CPU 1 with `taskset`');
    expect(md).toContain('**0.80 MB heap, 0.70 MB RSS per loaded article**');
    expect(md).toContain('No graded answer changed');
    expect(md).toContain('`loadWordNet src/engine/word-tables.js:7`');
  });

  it('explains answers that changed once the other engines were loaded, with an example', () => {
    const a = articleFigures();
    a.loaded.changed = 3;
    a.loaded.changedExamples = [
      { article: '11-courier', question: 'Who ruled?', alone: 'The court.', loaded: 'No.' },
    ];
    const md = formatArticleMarkdown(a);
    expect(md).toContain('**3 of 3000 graded answers changed**');
    expect(md).toContain('learnCustomEntities');
    expect(md).toContain('E.g. 11-courier, "Who ruled?": "The court." became "No."');
  });

  it('quotes two answers from a little before where they start to differ', () => {
    expect(whereTheyDiffer('The court ruled in May.', 'The court ruled in June.')).toBe(
      '"…court ruled in May." became "…court ruled in June."',
    );
    const long = `${'word '.repeat(40)}end`;
    expect(whereTheyDiffer(`${long} one`, `${long} two`)).toBe(
      '"…word word word end one" became "…word word word end two"',
    );
    expect(whereTheyDiffer('a', 'b')).toBe('"a" became "b"');
  });
});
