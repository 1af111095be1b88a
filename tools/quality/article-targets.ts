import type { ArticleBenchFigures, ProfileSummary } from './article-bench-types.js';
import type { TargetCheck } from './bench-targets.js';

const ms = (us: number): string => `${(us / 1000).toFixed(1)} ms`;
const us = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(2)} ms` : `${x.toFixed(1)} µs`);
const mb = (x: number): string => `${x.toFixed(2)} MB`;
const pct = (x: number): string => `${(x * 100).toFixed(0)}%`;

/**
 * Per loaded article, from the memory readings: (loaded − before) / engines, heap and RSS; the drafts'
 * share (drafts − before) / engines; and the same after the timed passes.
 */
export function memoryPerArticle(a: ArticleBenchFigures): {
  heapMb: number;
  rssMb: number;
  draftHeapMb: number;
  afterHeapMb: number;
  afterRssMb: number;
} {
  const { before, drafts, loaded, after } = a.loaded.memory;
  const n = Math.max(1, a.loaded.engines);
  return {
    heapMb: (loaded.heapMb - before.heapMb) / n,
    rssMb: (loaded.rssMb - before.rssMb) / n,
    draftHeapMb: (drafts.heapMb - before.heapMb) / n,
    afterHeapMb: (after.heapMb - before.heapMb) / n,
    afterRssMb: (after.rssMb - before.rssMb) / n,
  };
}

/** The largest inclusive shares of factdesk's own functions in a profile, as "name share" text. */
export function topInclusive(profile: ProfileSummary | undefined, count: number, skip: RegExp): string {
  return (profile?.inclusive ?? [])
    .filter((f) => !skip.test(f.name))
    .slice(0, count)
    .map((f) => `\`${f.name.replace(/ .*/, '')}\` ${pct(f.share)}`)
    .join(', ');
}

/**
 * Checks the "any article" figures against the issue's targets: ingestion per article and for 1,000
 * articles, answering with 100 articles loaded, memory per loaded article.
 */
export function checkArticleTargets(a: ArticleBenchFigures): TargetCheck[] {
  const { ingest, loaded } = a;
  const answer = a.profiles[1];
  const words = ingest.texts.map((t) => t.words);
  const slowest = [...ingest.perText].sort((x, y) => y.p50Us - x.p50Us)[0];
  const alone = a.rows.filter((r) => r.questionSet === 'article').map((r) => r.factdesk.latency.p50);
  const memory = memoryPerArticle(a);
  const articlesPerS = ingest.count / (ingest.totalMs / 1000);
  return [
    {
      target: 'ingesting a ~500-word article ≤ 50 ms (wink model loaded)',
      measured: `p50 ${ms(ingest.latency.p50)}, p99 ${ms(ingest.latency.p99)}`,
      met: ingest.latency.p99 <= 50_000,
      note: `met when p99 ≤ 50 ms; ${ingest.count.toLocaleString('en-US')} distinct copies of ${ingest.texts.length} articles (${Math.min(...words)}-${Math.max(...words)} words); max ${ms(ingest.latency.max)}, the process's first ${ingest.firstMs.toFixed(0)} ms (code not yet compiled by V8); slowest article ${slowest?.name ?? '?'} p50 ${ms(slowest?.p50Us ?? Number.NaN)}; model load ${ingest.modelLoadMs.toFixed(0)} ms not counted`,
    },
    {
      target: '1,000 articles ingested in < 60 s on one core',
      measured: `${(ingest.totalMs / 1000).toFixed(1)} s for ${ingest.count.toLocaleString('en-US')}`,
      met: ingest.count >= 1000 && ingest.totalMs < 60_000,
      note: `${articlesPerS.toFixed(0)} articles/s; ${ingest.pinnedCpu === undefined ? 'one thread, not pinned (no taskset)' : `the process pinned to CPU ${ingest.pinnedCpu} with taskset (V8's GC threads too)`}; making an article answerable also takes \`createEngine\`: median ${loaded.engineMedianMs.toFixed(0)} ms more`,
    },
    {
      target: `answering with ${loaded.engines} articles loaded: p50 < 100 µs`,
      measured: `p50 ${us(loaded.latency.p50)}, p99 ${us(loaded.latency.p99)}`,
      met: loaded.latency.p50 < 100,
      note: `engine time in-process, ${loaded.passes} passes of ${loaded.questionsPerPass.toLocaleString('en-US')} questions; one article alone: p50 ${us(Math.min(...alone))}-${us(Math.max(...alone))}; profile: ${topInclusive(answer, 4, /^(ask|answerOne|parse|\(anonymous\)) /)}`,
    },
    {
      target: 'memory per loaded article < 1 MB',
      measured: `heap ${mb(memory.heapMb)}, RSS ${mb(memory.rssMb)}`,
      met: memory.heapMb < 1 && memory.rssMb < 1,
      note: `(loaded − before) / ${loaded.engines} after a full GC (--expose-gc), each engine asked its questions once; the drafts alone (ingested data) ${mb(memory.draftHeapMb)} of heap, their engines the rest; after ${loaded.passes} more passes: heap ${mb(memory.afterHeapMb)}, RSS ${mb(memory.afterRssMb)}`,
    },
  ];
}
