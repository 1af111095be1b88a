import type { EngineOptions } from '../engine/create-engine.js';
import type { Engine } from '../engine/types.js';
import { answerJsonl } from './answer-jsonl.js';
import { takeArticleOption } from './article-option.js';
import { formatAnswer } from './format-answer.js';

/**
 * `npm run ask`'s program, given how to get the engine for its options: `createEngine` when started the
 * normal way, the engine already in the heap when started from the start-up snapshot (startup-snapshot.ts).
 * The engine is made before anything else, so a bad article or fact store fails the same way either way.
 * @example runAsk(['who is <person>?'], createEngine)
 */
export function runAsk(args: string[], engineFor: (options: EngineOptions) => Engine): Promise<void> {
  const engine = engineFor(takeArticleOption(args));
  if (args.includes('--jsonl')) return answerJsonlOnStdio(engine);
  if (args.length === 0) {
    process.stderr.write(
      'usage: npm run ask -- "who is <a name in the article>?"   |   npm run --silent ask -- --jsonl < questions.jsonl\n',
    );
    process.exitCode = 2;
  } else {
    process.stdout.write(`${formatAnswer(engine.ask(args.join(' ')))}\n`);
  }
  return Promise.resolve();
}

async function answerJsonlOnStdio(engine: Engine): Promise<void> {
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
}
