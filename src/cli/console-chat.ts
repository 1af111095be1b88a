import type { Engine, TimelineQuery } from '../engine/types.js';
import { formatAnswer } from './format-answer.js';
import { parseTimelineArgs } from './parse-timeline-args.js';

/** The console's commands, as the banner and the unknown-command reply list them. */
const COMMANDS = '/timeline [from:<date>] [to:<date>] [about:<name>], /help, /source, /quit';
const banner = (engine: Engine) =>
  `factdesk console: ask about the article "${engine.article.title}". ${COMMANDS}.`;
/** A line that starts with a slash and a word is a command, never a question. */
const COMMAND_WORD = /^\/([\p{L}\d_-]+)/u;

/** Answers one console line; returns undefined for /quit. */
export function answerConsoleLine(engine: Engine, line: string, conversation: string): string | undefined {
  const trimmed = line.trim();
  const word = trimmed.match(COMMAND_WORD)?.[1]?.toLowerCase();
  if (word === undefined) return formatAnswer(engine.ask(line, conversation));
  switch (word) {
    case 'quit':
    case 'exit':
      return undefined;
    case 'timeline':
      return formatTimeline(engine, parseTimelineArgs(trimmed.slice('/timeline'.length)));
    case 'help':
      return formatAnswer(engine.help());
    case 'source':
      return [
        engine.article.title,
        engine.article.summary,
        ...engine.article.sentences.map((s) => `[${s.n}] ${s.text}`),
      ].join('\n');
    default:
      return `Unknown command /${word}. Commands: ${COMMANDS}.`;
  }
}

/** The timeline as lines: both date forms, the label and the cited sentences, as /timeline on Discord. */
function formatTimeline(engine: Engine, query: TimelineQuery): string {
  const { entries, note } = engine.timeline(query);
  const rows = entries.map(
    (e) =>
      `${e.resolved} (article: "${e.dateText}"): ${e.label} [${e.citations.map((c) => c.sentence).join(', ')}]`,
  );
  return [...rows, ...(note ? [note] : [])].join('\n') || 'No events match.';
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
  // (Loaded when first used, as in answer-jsonl.ts.)
  const rl = process.getBuiltinModule('node:readline').createInterface({
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
