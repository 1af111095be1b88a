import { addArticleMessageCommand } from './add-article-message-command.js';
import { askCommand } from './ask-command.js';
import { checkMessageCommand } from './check-message-command.js';
import { discussCommand } from './discuss-command.js';
import { factdeskArticleCommand } from './factdesk-article-command.js';
import { factdeskReviewCommand } from './factdesk-review-command.js';
import { factdeskSettingsCommand } from './factdesk-settings-command.js';
import { helpCommand } from './help-command.js';
import type { MessageMenuCommand } from './message-menu-command.js';
import { reportMessageCommand } from './report-message-command.js';
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
  discussCommand,
  factdeskSettingsCommand,
  factdeskReviewCommand,
  factdeskArticleCommand,
];

/** Message context-menu commands (Apps on a message); deploy-commands registers them with the list above. */
export const messageCommands: readonly MessageMenuCommand[] = [
  reportMessageCommand,
  checkMessageCommand,
  addArticleMessageCommand,
];

export type { SlashCommand } from './slash-command.js';
