import { checkArticleTargets } from './article-targets.js';
import { checkTargets, ROW_HEADERS, rowFigures, type TargetCheck } from './bench-targets.js';
import type { BenchReport } from './bench-types.js';
import { ARTICLE_HEADERS, articleCells, formatArticleMarkdown } from './format-article-report.js';

const us = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(2)} ms` : `${x.toFixed(1)} µs`);

/** Every target of the run: the first article's, then the "any article" ones when they were measured. */
export function allTargets(report: BenchReport): TargetCheck[] {
  return [...checkTargets(report), ...(report.articles ? checkArticleTargets(report.articles) : [])];
}

/** Rows of cells as fixed-width lines, the first column left-aligned and the others right-aligned. */
function alignRows(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  '),
  );
}

/** The comparison as a fixed-width console table, the per-article table when measured, and the targets. */
export function formatBenchTable(report: BenchReport): string {
  const targets = allTargets(report).map(
    (t) => `${t.met ? 'met    ' : 'NOT met'}  ${t.target}: ${t.measured}`,
  );
  // The per-article table without its last two columns (with all loaded), which the Markdown report explains.
  const perArticle = report.articles
    ? [
        '',
        '== Any article: per article, factdesk beside BM25 ==',
        ...alignRows([ARTICLE_HEADERS, ...report.articles.rows.map(articleCells)].map((r) => r.slice(0, -2))),
      ]
    : [];
  return [
    `== Benchmark: ${report.questions.total} questions, ${report.machine.cores} × ${report.machine.cpu}, node ${report.machine.node} ==`,
    ...alignRows([ROW_HEADERS, ...report.systems.map(rowFigures)]),
    '',
    ...report.cli.map(
      (c) => `${c.command}: ${c.error ? 'failed' : `${Math.round(c.medianMs)} ms median (spawn to exit)`}`,
    ),
    ...perArticle,
    '',
    '== Targets (factdesk) ==',
    ...targets,
  ].join('\n');
}

const mdRow = (cells: readonly string[]): string =>
  `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;

/** The benchmark as a Markdown report: method, table, targets, chart and profile. */
export function formatBenchMarkdown(report: BenchReport): string {
  const m = report.machine;
  const parts = report.systems.flatMap((s) =>
    Object.entries(s.parts ?? {}).map(([label, st]) => mdRow([label, us(st.p50), us(st.p95), us(st.p99)])),
  );
  const profile = report.profile;
  return [
    '# factdesk benchmark',
    '',
    `Generated ${report.generatedAt} by \`npm run bench\` in ${(report.durationMs / 1000).toFixed(0)} s on ${m.cores} × ${m.cpu}, ${m.memoryGb} GB, node ${m.node}, ${m.platform}; 1-minute load average ${m.loadAverage.start.toFixed(2)} at the start and ${m.loadAverage.end.toFixed(2)} at the end (anything else running on these ${m.cores} cores slows every figure; compare runs at similar load).`,
    `Same ${report.questions.total} labelled questions for every system (\`test/quality/questions.jsonl\`: ${report.questions.answerable} answerable, ${report.questions.unanswerable} unanswerable), asked in file order with follow-ups in their conversations.`,
    '',
    `| ${ROW_HEADERS.join(' | ')} |`,
    `|---|${ROW_HEADERS.slice(1)
      .map(() => '---:')
      .join('|')}|`,
    ...report.systems.map((s) => mdRow(rowFigures(s))),
    '',
    '![latency distributions](bench-latency.svg)',
    '',
    '## What is measured, and how',
    '',
    '- Each system runs in its own child process (`dist/tools/quality/bench-child.js`), one after the other, so start-up and peak memory are its own.',
    `- **Node flags**: ${report.nodeFlags?.length ? `every child (all three systems) runs with \`${report.nodeFlags.join(' ')}\`, the flags of \`npm run ask\` in package.json, so the engine is measured as users run it and the comparison is like for like` : "every child runs with node's default flags"}.`,
    '- **accuracy**: the share of questions whose answer passes the same grading as `npm run eval` (answered flag, every expected regex). **unanswerable refused**: share of unanswerable questions refused; **answerable refused**: share of answerable ones wrongly refused.',
    `- **latency**: \`process.hrtime.bigint()\` around each question after one graded pass and one warm-up pass, over ≥ 3 passes and ≥ 5 s (${report.systems.map((s) => `${s.system} ${s.passes} passes`).join(', ')}).`,
    '- **questions/s**: back-to-back questions for 2 s on one thread, without the per-question timer.',
    `- **start → 1st answer**: from spawning the system's process to its first answer on stdout, median of ${report.systems[0]?.startupRuns.length ?? 0} runs.${report.startupSnapshot ? " factdesk's start from `npm run ask`'s start-up snapshot, as `npm run ask` does (its start-up steps below are one of them); its measuring run, which gives the other figures and the RSS, starts plain, as the Discord bot does." : ''}`,
    '- **RSS at 1st answer**: `process.resourceUsage().maxRSS` when the first answer is ready (a freshly started bot). **peak RSS under load**: the same at the end of the run, after tens of thousands of questions back to back (V8 lets the heap grow under allocation pressure, so this is the worst case).',
    `- **NLP.js**: \`NlpManager({ languages: ['en'], forceNER: true, nlu: { log: false } })\` trained on the ${report.nlpjs.examples} examples of the ${report.nlpjs.intents} intents (\`intents/\` and the article's \`examples.json\`), with ${report.nlpjs.namedEntities} fact-store names and aliases as named entities. It was trained ahead (${(report.nlpjs.trainMs / 1000).toFixed(1)} s, not counted) and saved (${Math.round(report.nlpjs.modelBytes / 1024)} KB); the measured process loads the saved model. A predicted intent of \`None\` (below NLP.js's threshold) refuses; otherwise **factdesk's own handler for that intent writes the answer** (\`engine.answerAs\`). So the answers are identical in kind and the comparison isolates the intent classifier; NLP.js's latency includes that handler.`,
    `- **BM25**: Okapi BM25 (k1 1.2, b 0.75) over the article's ${'12'} sentences (wink split, stop words dropped, stems); the answer is the best sentence, or a refusal when its score is below ${report.bm25.threshold.toFixed(2)} (${report.bm25.note}).`,
    '',
    '### Parts of the NLP.js pipeline (same questions)',
    '',
    mdRow(['part', 'p50', 'p95', 'p99']),
    '|---|---:|---:|---:|',
    ...parts,
    '',
    '### Slowest questions (median over the passes)',
    '',
    ...report.systems.map(
      (s) =>
        `- ${s.label}: ${s.slowest
          .slice(0, 5)
          .map((q) => `"${q.question}" ${us(q.medianUs)}`)
          .join('; ')}`,
    ),
    '',
    '### Start-up steps (ms since each child process started, one run)',
    '',
    ...report.systems.map(
      (s) =>
        `- ${s.label}: ${Object.entries(s.startupMarks)
          .map(([step, ms]) => `${step} ${Math.round(ms)}`)
          .join(' → ')}`,
    ),
    '',
    '### The real CLI (factdesk), spawn to exit',
    '',
    ...report.cli.map((c) =>
      c.error
        ? `- \`${c.command}\`: failed (${c.error.split('\n')[0]})`
        : `- \`${c.command}\`: median ${Math.round(c.medianMs)} ms (runs: ${c.runs.map((r) => Math.round(r)).join(', ')} ms)`,
    ),
    '',
    '## Targets for factdesk',
    '',
    mdRow(['target', 'measured', 'met', 'note']),
    '|---|---|---|---|',
    ...allTargets(report).map((t) => mdRow([t.target, t.measured, t.met ? '✅ met' : '❌ not met', t.note])),
    '',
    '## Where the engine spends its time',
    '',
    profile
      ? `V8 CPU profile (the sampler \`--cpu-prof\` uses, driven through \`node:inspector\` after start-up and warm-up so it covers only answering) of ${profile.asked.toLocaleString('en-US')} questions in ${(profile.totalMs / 1000).toFixed(1)} s of CPU, sampled every 50 µs (the sampling slows answering down; shares matter, not absolute times).`
      : 'No profile.',
    '',
    '**By area (self time)**',
    '',
    mdRow(['area', 'self ms', 'share']),
    '|---|---:|---:|',
    ...(profile?.areas ?? [])
      .slice(0, 10)
      .map((a) => mdRow([a.name, a.ms.toFixed(0), `${(a.share * 100).toFixed(1)}%`])),
    '',
    '**Top functions (self time)**',
    '',
    mdRow(['function', 'self ms', 'share']),
    '|---|---:|---:|',
    ...(profile?.functions ?? []).map((f) =>
      mdRow([`\`${f.name}\``, f.ms.toFixed(0), `${(f.share * 100).toFixed(1)}%`]),
    ),
    '',
    ...(report.articles ? ['', formatArticleMarkdown(report.articles)] : []),
    'Reproduce: `npm install && npm run bench` (about four minutes on a 2-core machine).',
    '',
  ].join('\n');
}
