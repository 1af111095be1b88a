import { askCommand } from './ask-command.js';
import { helpCommand } from './help-command.js';
import type { SlashCommand } from './slash-command.js';
import { sourceCommand } from './source-command.js';
import { timelineCommand } from './timeline-command.js';
import { whoCommand } from './who-command.js';

/** Every slash command, in the order Discord lists them; the bot and deploy-commands both read this. */
export const commands: readonly SlashCommand[] = [
  askCommand,
  timelineCommand,
  whoCommand,
  sourceCommand,
  helpCommand,
];

export type { SlashCommand } from './slash-command.js';
