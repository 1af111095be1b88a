import { createInterface } from 'node:readline';
import type { Engine } from '../engine/types.js';
import { formatAnswer } from './format-answer.js';

const banner = (engine: Engine) =>
  `factdesk console: ask about the article "${engine.article.title}". /timeline, /help, /source, /quit.`;

/** Answers one console line; returns undefined for /quit. */
export function answerConsoleLine(engine: Engine, line: string, conversation: string): string | undefined {
  const command = line.trim().toLowerCase();
  if (command === '/quit' || command === '/exit') return undefined;
  if (command.startsWith('/timeline')) {
    const about = line.trim().slice('/timeline'.length).trim();
    const { entries, note } = engine.timeline(about ? { about } : {});
    const rows = entries.map(
      (e) =>
        `${e.resolved} (article: "${e.dateText}"): ${e.label} [${e.citations.map((c) => c.sentence).join(', ')}]`,
    );
    return [...rows, ...(note ? [note] : [])].join('\n') || 'No events match.';
  }
  if (command === '/help') return formatAnswer(engine.help());
  if (command === '/source') {
    return [
      engine.article.title,
      engine.article.summary,
      ...engine.article.sentences.map((s) => `[${s.n}] ${s.text}`),
    ].join('\n');
  }
  return formatAnswer(engine.ask(line, conversation));
}

/**
 * The local chat `npm start` opens without a DISCORD_TOKEN: the same engine, a prompt, citations. Piped stdin
 * is answered line by line, so it can be scripted. Ctrl-D or /quit leaves.
 */
export async function runConsoleChat(
  engine: Engine,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  const rl = createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const conversation = `console-${process.pid}`;
  if (interactive) {
    output.write(`${banner(engine)}\n`);
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (!line.trim()) {
      if (interactive) rl.prompt();
      continue;
    }
    const reply = answerConsoleLine(engine, line, conversation);
    if (reply === undefined) break;
    output.write(`${reply}\n\n`);
    if (interactive) rl.prompt();
  }
  rl.close();
}
