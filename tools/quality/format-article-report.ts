import type { ArticleBenchFigures, ArticleRow, ProfileSummary } from './article-bench-types.js';
import { memoryPerArticle } from './article-targets.js';

const us = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(2)} ms` : `${x.toFixed(0)} µs`);
const ms = (x: number): string => `${x.toFixed(1)} ms`;
const share = (right: number, of: number): string =>
  `${right}/${of} (${of ? ((right / of) * 100).toFixed(0) : '?'}%)`;
const mdRow = (cells: readonly (string | number)[]): string =>
  `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;

export const ARTICLE_HEADERS = [
  'article',
  'words',
  'graded',
  'ingest',
  'engine',
  'factdesk right',
  'BM25 right',
  'factdesk p50',
  'factdesk p99',
  'BM25 p50',
  'BM25 p99',
  'BM25 index',
  'right, all loaded',
  'changed',
];

/** One article's row of the per-article table. */
export function articleCells(r: ArticleRow): string[] {
  const name = r.source === 'shared' ? `${r.name} (shared)` : r.name;
  return [
    r.questionSet === 'labelled' ? `${name} (ingested; labelled set)` : name,
    String(r.words),
    String(r.graded),
    ms(r.ingestMs),
    ms(r.engineMs),
    share(r.factdesk.right, r.graded),
    share(r.bm25.right, r.graded),
    us(r.factdesk.latency.p50),
    us(r.factdesk.latency.p99),
    us(r.bm25.latency.p50),
    us(r.bm25.latency.p99),
    ms(r.bm25.buildMs),
    r.loaded ? `${share(r.loaded.right, r.loaded.graded)} ×${r.loaded.copies}` : '',
    r.loaded ? String(r.loaded.changed) : '',
  ];
}

/**
 * Two texts from where they start to differ (a few words before it), at most about 100 characters each.
 * @example whereTheyDiffer('The court ruled in May.', 'The court ruled in June.') // '"…court ruled in May." became "…court ruled in June."'
 */
export function whereTheyDiffer(before: string, after: string): string {
  let at = 0;
  while (at < before.length && before[at] === after[at]) at++;
  const from = Math.max(0, before.lastIndexOf(' ', Math.max(0, at - 16)) + 1);
  const cut = (t: string): string =>
    `"${from > 0 ? '…' : ''}${t.slice(from, from + 100)}${t.length > from + 100 ? '…' : ''}"`;
  return `${cut(before)} became ${cut(after)}`;
}

function profileLines(p: ProfileSummary): string[] {
  return [
    `**${p.what}** (${(p.totalMs / 1000).toFixed(1)} s of CPU, sampled every 100 µs): by area ${p.areas
      .slice(0, 6)
      .map((a) => `${a.name} ${(a.share * 100).toFixed(1)}%`)
      .join(', ')}.`,
    '',
    mdRow(['factdesk function (with what it calls)', 'ms', 'share', 'self: top functions', 'ms', 'share']),
    '|---|---:|---:|---|---:|---:|',
    ...Array.from({ length: Math.max(p.inclusive.length, p.functions.length) }, (_, i) => {
      const inc = p.inclusive[i];
      const self = p.functions[i];
      return mdRow([
        inc ? `\`${inc.name}\`` : '',
        inc ? inc.ms.toFixed(0) : '',
        inc ? `${(inc.share * 100).toFixed(1)}%` : '',
        self ? `\`${self.name}\`` : '',
        self ? self.ms.toFixed(0) : '',
        self ? `${(self.share * 100).toFixed(1)}%` : '',
      ]);
    }),
    '',
  ];
}

/** The "any article" part of the Markdown report: ingestion, the per-article table, many articles loaded. */
export function formatArticleMarkdown(a: ArticleBenchFigures): string {
  const { ingest, loaded } = a;
  const sets = a.rows.filter((r) => r.questionSet === 'article');
  const sum = (f: (r: ArticleRow) => number): number => sets.reduce((s, r) => s + f(r), 0);
  const graded = sum((r) => r.graded);
  const memory = memoryPerArticle(a);
  const m = loaded.memory;
  const flags = a.nodeFlags.length ? `\`${a.nodeFlags.join(' ')}\` (the flags of \`npm start\`)` : 'no flags';
  return [
    '## Any article: ingestion, and answering per article beside BM25',
    '',
    `Three more child processes (\`dist/tools/quality/bench-articles-child.js\`), node with ${flags}, one wink instance each, loaded before anything is timed. Articles: \`data/articles/*/article.txt\`, \`test/quality/articles/**/*.txt\`${a.sharedDir ? ` and, for answering only, the team's shared articles read at bench time from \`${a.sharedDir}\` (marked "shared"; not in this repository)` : ''}. Every copy ingested is a distinct text (a sentence "This is benchmark copy N." appended), so nothing keyed by the text is reused.`,
    '',
    '### Ingestion',
    '',
    `- ${ingest.count.toLocaleString('en-US')} articles ingested back to back (\`ingestArticle\`: text to validated draft store), cycling through the ${ingest.texts.length} texts of the repository, in ${(ingest.totalMs / 1000).toFixed(1)} s (${(ingest.count / (ingest.totalMs / 1000)).toFixed(0)} articles/s) ${ingest.pinnedCpu === undefined ? 'on one thread' : `pinned to CPU ${ingest.pinnedCpu} with \`taskset\``}; loading the wink model and the gazetteer first took ${ingest.modelLoadMs.toFixed(0)} ms.`,
    `- Per article: p50 ${us(ingest.latency.p50)}, p95 ${us(ingest.latency.p95)}, p99 ${us(ingest.latency.p99)}, max ${us(ingest.latency.max)}; the first one in the process ${ms(ingest.firstMs)}.`,
    `- Median per text: ${ingest.perText.map((t) => `${t.name} (${t.words} words) ${us(t.p50Us)}`).join('; ')}.`,
    '',
    '### Per article: factdesk beside BM25',
    '',
    "Each article's graded questions (its `.questions.jsonl`, graded as `tools/quality/grade.ts` does: the answered flag, then every regex, `order` and `alt` as the team's grader reads them; first turns of conversations are asked but not graded). **ingest** and **engine** (`createEngine` on the draft): medians over 5 distinct copies, after a full GC. **factdesk**: a fresh engine on the article's own text, asked right after it is created; latency over warm passes after the graded one. **BM25**: the existing baseline (wink's BM25 vectorizer over the article's sentences), built per article (**BM25 index**), its refusal threshold tuned on the article's own questions (which favours it). **right, all loaded** and **changed**: its copies among the engines loaded together below, and how many of their graded answers differ from the same engine's answers right after it was created.",
    '',
    mdRow(ARTICLE_HEADERS),
    `|---|${ARTICLE_HEADERS.slice(1)
      .map(() => '---:')
      .join('|')}|`,
    ...a.rows.map((r) => mdRow(articleCells(r))),
    mdRow([
      `**all ${sets.length} article sets**`,
      '',
      graded,
      '',
      '',
      `**${share(
        sum((r) => r.factdesk.right),
        graded,
      )}**`,
      `**${share(
        sum((r) => r.bm25.right),
        graded,
      )}**`,
      ...Array.from({ length: 5 }, () => ''),
      share(loaded.right, loaded.graded),
      loaded.changed,
    ]),
    '',
    `### ${loaded.engines} articles loaded in one process`,
    '',
    `- ${loaded.engines} engines, one per distinct copy of the ${loaded.texts} articles with a question set in turn, all sharing one wink instance (\`createEngine({ article, nlp })\`); ingestion took ${ms(loaded.ingestMedianMs)} and \`createEngine\` ${ms(loaded.engineMedianMs)} per article at the median, ${(loaded.createTotalMs / 1000).toFixed(1)} s in all.`,
    `- Answering, every engine its article's questions: p50 ${us(loaded.latency.p50)}, p95 ${us(loaded.latency.p95)}, p99 ${us(loaded.latency.p99)} (engine time, \`process.hrtime.bigint()\` around \`engine.ask\`, ${loaded.passes} warm passes of ${loaded.questionsPerPass.toLocaleString('en-US')} questions).`,
    `- Memory after a full GC (heap used / RSS): ${m.before.heapMb.toFixed(1)} / ${m.before.rssMb.toFixed(0)} MB before; ${m.drafts.heapMb.toFixed(1)} / ${m.drafts.rssMb.toFixed(0)} MB with the ${loaded.engines} drafts alone (**${memory.draftHeapMb.toFixed(2)} MB heap per draft**); ${m.loaded.heapMb.toFixed(1)} / ${m.loaded.rssMb.toFixed(0)} MB with every engine created and asked its questions once: **${memory.heapMb.toFixed(2)} MB heap, ${memory.rssMb.toFixed(2)} MB RSS per loaded article**; ${m.after.heapMb.toFixed(1)} / ${m.after.rssMb.toFixed(0)} MB after the timed passes.`,
    `- Right with all loaded: ${share(loaded.right, loaded.graded)}; the same engines right after each was created: ${share(loaded.rightAlone, loaded.graded)}. ${loaded.changed === 0 ? 'No graded answer changed once the other engines were created.' : `**${loaded.changed} of ${loaded.graded} graded answers changed** once the other engines were created: each engine teaches the shared wink instance its article's names as custom entities, and wink keeps only the last set taught (\`learnCustomEntities\`; src/nlp/build-lexicon.ts), so every engine but the last parses questions with another article's names.`}${loaded.changedExamples
      .slice(0, 2)
      .map((e) => ` E.g. ${e.article}, "${e.question}": ${whereTheyDiffer(e.alone, e.loaded)}.`)
      .join('')}`,
    '',
    '### Where the time goes with articles ingested',
    '',
    ...a.profiles.flatMap(profileLines),
  ].join('\n');
}
