import { type APIEmbed, escapeMarkdown } from 'discord.js';
import type { Answer } from '../../engine/types.js';
import { fitEmbed } from './fit-embed.js';
import { embedColors } from './format-answer.js';

const commandList = [
  '`/ask question` — ask anything about the article',
  '`/timeline [from] [to] [about]` — the events in date order',
  '`/who name` — a profile of a person or organisation',
  '`/source` — the article, sentence by sentence',
  '`/help` — this message',
].join('\n');

/** The engine's help text with its example questions, plus the slash commands and how to ask by message. */
export function formatHelpEmbed(help: Answer): APIEmbed {
  return fitEmbed({
    color: embedColors.answered,
    title: 'What I can answer',
    description: escapeMarkdown(help.text),
    fields: [
      ...(help.suggestions.length
        ? [{ name: 'Try asking', value: help.suggestions.map((s) => `• ${escapeMarkdown(s)}`).join('\n') }]
        : []),
      { name: 'Commands', value: commandList },
      {
        name: 'By message',
        value: 'Mention me with a question, send me a DM, or reply to one of my answers.',
      },
    ],
  });
}
