/**
 * `npm run ask -- "question"` prints one answer; `npm run --silent ask -- --jsonl` answers JSON lines from stdin
 * ({"id","question","conversation"?}) with one JSON line each, in order, and nothing else on stdout.
 * Exit status: 0, including for bad lines (each gets an error line); 1 when stdin cannot be read; 2 for usage.
 */
import { createEngine } from '../engine/create-engine.js';
import { answerJsonl } from './answer-jsonl.js';
import { takeArticleOption } from './article-option.js';
import { formatAnswer } from './format-answer.js';

const args = process.argv.slice(2);
const engine = createEngine(takeArticleOption(args));
if (args.includes('--jsonl')) {
  // A reader that goes away (EPIPE) ends the run; there is nobody left to answer.
  process.stdout.on('error', () => process.exit(process.exitCode ?? 0));
  try {
    await answerJsonl(engine, process.stdin, process.stdout);
  } catch (error) {
    process.stderr.write(
      `ask: cannot read stdin: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  }
} else if (args.length === 0) {
  process.stderr.write(
    'usage: npm run ask -- "who is <a name in the article>?"   |   npm run --silent ask -- --jsonl < questions.jsonl\n',
  );
  process.exitCode = 2;
} else {
  process.stdout.write(`${formatAnswer(engine.ask(args.join(' ')))}\n`);
}
