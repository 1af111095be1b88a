/**
 * `npm run eval [-- --out DIR]`: asks the engine every labelled question, prints a rasa-style report and
 * writes eval-report.json and eval-report.md to var/reports/ (git-ignored) or DIR.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEngine } from '../../src/engine/create-engine.js';
import { type EvalReport, evaluate } from './evaluate.js';
import { formatEvalMarkdown, formatEvalText } from './format-eval-report.js';
import { loadQuestionSet } from './question-set.js';
import { questionSetPath, reportsOutDir } from './repo-paths.js';

/**
 * Grades the engine on the labelled set and writes both reports into `outDir`.
 * @returns the report and the files written.
 */
export function runEval(outDir: string): { report: EvalReport; files: string[] } {
  const engine = createEngine();
  const report = evaluate(engine, loadQuestionSet(questionSetPath()), engine.intentIds);
  mkdirSync(outDir, { recursive: true });
  const files = [join(outDir, 'eval-report.json'), join(outDir, 'eval-report.md')];
  writeFileSync(files[0] as string, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(files[1] as string, formatEvalMarkdown(report));
  return { report, files };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { report, files } = runEval(reportsOutDir(process.argv.slice(2)));
  console.log(formatEvalText(report));
  console.log(`\nWrote ${files.join(' and ')}`);
}
