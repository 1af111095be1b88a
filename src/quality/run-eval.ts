/**
 * `npm run eval`: asks the engine every labelled question, prints a rasa-style report and writes
 * reports/eval-report.json and reports/eval-report.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../engine/create-engine.js';
import { evaluate } from './evaluate.js';
import { formatEvalMarkdown, formatEvalText } from './format-eval-report.js';
import { loadQuestionSet } from './question-set.js';
import { questionSetPath, reportsDir } from './repo-paths.js';

const items = loadQuestionSet(questionSetPath());
const engine = createEngine();
const report = evaluate(engine, items, engine.intentIds);
console.log(formatEvalText(report));

const dir = reportsDir();
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'eval-report.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(dir, 'eval-report.md'), formatEvalMarkdown(report));
console.log(`\nWrote ${join(dir, 'eval-report.json')} and ${join(dir, 'eval-report.md')}`);
