import type {
  MessageContextMenuCommandInteraction,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from '../bot-context.js';
import type { Check } from '../checks.js';

/** A message context-menu command (Apps > name on a message): registration data and its handler. */
export interface MessageMenuCommand {
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  /** Preconditions run before `execute`, for every way the command arrives (see src/discord/preconditions). */
  checks: readonly Check[];
  execute(interaction: MessageContextMenuCommandInteraction, ctx: BotContext): Promise<void>;
}
