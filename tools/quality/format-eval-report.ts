import type { EvalReport, Failure } from './evaluate.js';
import type { Metrics } from './metrics.js';
import { formatRefusalView } from './refusal-view.js';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const f2 = (x: number): string => x.toFixed(2);
const oneLine = (text: string, max = 140): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The headline figures as `label: value` lines. */
function summaryLines(m: Metrics): string[] {
  return [
    `Answer accuracy:            ${pct(m.accuracy)} (${m.correct}/${m.total})`,
    `Answerable accuracy:        ${pct(m.answerable.accuracy)} (${m.answerable.correct}/${m.answerable.total})`,
    `Intent accuracy:            ${pct(m.intentAccuracy)}`,
    `Unanswerable refused:       ${pct(m.unanswerable.refusalRate)} (${m.unanswerable.refused}/${m.unanswerable.total})`,
    `Answerable wrongly refused: ${pct(m.answerable.falseRefusalRate)} (${m.answerable.wronglyRefused}/${m.answerable.total})`,
  ];
}

/** A `rasa test`/scikit-learn style classification report. */
function classificationLines(m: Metrics): string[] {
  const width = Math.max(12, ...m.perIntent.map((s) => s.intent.length)) + 2;
  const row = (name: string, p: string, r: string, f: string, s: string): string =>
    `${name.padStart(width)} ${p.padStart(10)} ${r.padStart(10)} ${f.padStart(10)} ${s.padStart(8)}`;
  return [
    row('', 'precision', 'recall', 'f1-score', 'support'),
    '',
    ...m.perIntent.map((s) => row(s.intent, f2(s.precision), f2(s.recall), f2(s.f1), String(s.support))),
    '',
    row('accuracy', '', '', f2(m.intentAccuracy), String(m.total)),
    row('macro avg', f2(m.macro.precision), f2(m.macro.recall), f2(m.macro.f1), String(m.total)),
    row('weighted avg', f2(m.weighted.precision), f2(m.weighted.recall), f2(m.weighted.f1), String(m.total)),
  ];
}

/** The confusion matrix with numbered columns (rows: expected intent, columns: predicted). */
function confusionLines(m: Metrics): string[] {
  const width = Math.max(...m.labels.map((l) => l.length)) + 6;
  const header = `${'expected \\ predicted'.padEnd(width)}${m.labels.map((_, j) => String(j + 1).padStart(4)).join('')}`;
  const rows = m.labels.map((label, i) => {
    const cells = (m.confusion[i] ?? []).map((n, j) =>
      (n === 0 ? '.' : i === j ? `${n}` : `${n}*`).padStart(4),
    );
    return `${`${i + 1}. ${label}`.padEnd(width)}${cells.join('')}`;
  });
  return [header, ...rows, '(* = confused; . = 0)'];
}

function failureLine(f: Failure): string {
  const conv = f.conversation ? ` [${f.conversation}]` : '';
  return `- ${f.id}${conv} "${f.question}" expected ${f.expectedIntent}/${f.expectedAnswered ? 'answer' : 'refuse'}, got ${f.predictedIntent}/${f.answered ? 'answer' : 'refuse'}: ${f.reasons.join('; ')} -> "${oneLine(f.text)}"`;
}

/** The evaluation as console text: summary, classification report, confusion matrix and failures. */
export function formatEvalText(report: EvalReport, maxFailures = 60): string {
  const m = report.metrics;
  const shown = report.failures.slice(0, maxFailures);
  return [
    '== factdesk evaluation ==',
    ...summaryLines(m),
    '',
    '== Intent classification report ==',
    ...classificationLines(m),
    '',
    '== Confusion matrix ==',
    ...confusionLines(m),
    '',
    `== Refusals: ${report.refusals.answerableRefused.length} answerable refused, ${report.refusals.unanswerableAnswered.length} unanswerable answered, ${report.refusals.flagContradictsText.length} flags contradicting their text ==`,
    ...report.refusals.flagContradictsText.map((e) => `! ${e.id} ${JSON.stringify(e.question)}: ${e.text}`),
    '',
    `== Failed questions (${report.failures.length}) ==`,
    ...shown.map(failureLine),
    ...(report.failures.length > shown.length ? [`… and ${report.failures.length - shown.length} more`] : []),
  ].join('\n');
}

const mdEscape = (text: string): string => oneLine(text, 220).replace(/\|/g, '\\|');

/** The evaluation as a Markdown report with every failure listed. */
export function formatEvalMarkdown(report: EvalReport): string {
  const m = report.metrics;
  const perIntent = m.perIntent.map(
    (s) => `| ${s.intent} | ${f2(s.precision)} | ${f2(s.recall)} | ${f2(s.f1)} | ${s.support} |`,
  );
  const matrixHeader = `| expected \\ predicted | ${m.labels.map((_, j) => j + 1).join(' | ')} |`;
  const matrixRule = `|---|${m.labels.map(() => '---:').join('|')}|`;
  const matrixRows = m.labels.map(
    (label, i) =>
      `| ${i + 1}. ${label} | ${(m.confusion[i] ?? []).map((n) => (n === 0 ? '' : String(n))).join(' | ')} |`,
  );
  const failures = report.failures.map(
    (f) =>
      `| ${f.id} | ${mdEscape(f.question)}${f.conversation ? ` _(${f.conversation})_` : ''} | ${f.expectedIntent} → ${f.predictedIntent} | ${mdEscape(f.reasons.join('; '))} | ${mdEscape(f.text)} |`,
  );
  return [
    '# factdesk evaluation report',
    '',
    `Generated ${report.generatedAt} by \`npm run eval\` over \`test/quality/questions.jsonl\` (${m.total} questions).`,
    'A question is right when the answered flag matches its label and, if answered, every expected regex matches the text.',
    '',
    '## Summary',
    '',
    '| measure | value |',
    '|---|---|',
    `| answer accuracy | ${pct(m.accuracy)} (${m.correct}/${m.total}) |`,
    `| answerable accuracy | ${pct(m.answerable.accuracy)} (${m.answerable.correct}/${m.answerable.total}) |`,
    `| intent accuracy | ${pct(m.intentAccuracy)} |`,
    `| unanswerable correctly refused | ${pct(m.unanswerable.refusalRate)} (${m.unanswerable.refused}/${m.unanswerable.total}) |`,
    `| answerable wrongly refused | ${pct(m.answerable.falseRefusalRate)} (${m.answerable.wronglyRefused}/${m.answerable.total}) |`,
    `| intent macro F1 / weighted F1 | ${f2(m.macro.f1)} / ${f2(m.weighted.f1)} |`,
    '',
    '## Per intent (predicted = `answer.intent`)',
    '',
    '| intent | precision | recall | F1 | support |',
    '|---|---:|---:|---:|---:|',
    ...perIntent,
    '',
    '## Confusion matrix (rows expected, columns predicted)',
    '',
    matrixHeader,
    matrixRule,
    ...matrixRows,
    '',
    ...formatRefusalView(report.refusals),
    `## Failed questions (${report.failures.length})`,
    '',
    '| id | question | intent (expected → predicted) | why | answer |',
    '|---|---|---|---|---|',
    ...failures,
    '',
    `## Right answers from another intent (${report.intentMismatches.length})`,
    '',
    ...report.intentMismatches.map(
      (f) => `- ${f.id} "${mdEscape(f.question)}": ${f.expectedIntent} → ${f.predictedIntent}`,
    ),
    '',
  ].join('\n');
}
