/**
 * `npm run ask -- "question"` prints one answer; `npm run --silent ask -- --jsonl` answers JSON lines from stdin
 * ({"id","question","conversation"?}) with one JSON line each, in order, and nothing else on stdout.
 */
import { createInterface } from 'node:readline';
import { createEngine } from '../engine/create-engine.js';
import type { Engine } from '../engine/types.js';
import { takeArticleOption } from './article-option.js';
import { formatAnswer } from './format-answer.js';

async function answerJsonl(engine: Engine): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let request: { id?: unknown; question?: unknown; conversation?: unknown };
    try {
      request = JSON.parse(line) as typeof request;
    } catch {
      request = { id: null, question: '' };
    }
    const conversation = typeof request.conversation === 'string' ? request.conversation : undefined;
    const a = engine.ask(typeof request.question === 'string' ? request.question : '', conversation);
    const out = {
      id: request.id ?? null,
      answered: a.answered,
      text: a.text,
      intent: a.intent,
      confidence: a.confidence,
      citations: a.citations,
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}

const args = process.argv.slice(2);
const engine = createEngine(takeArticleOption(args));
if (args.includes('--jsonl')) {
  await answerJsonl(engine);
} else if (args.length === 0) {
  process.stderr.write(
    'usage: npm run ask -- "who is <a name in the article>?"   |   npm run --silent ask -- --jsonl < questions.jsonl\n',
  );
  process.exitCode = 2;
} else {
  process.stdout.write(`${formatAnswer(engine.ask(args.join(' ')))}\n`);
}
