import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from '../bot-context.js';
import type { Check } from '../checks.js';

/** A slash command: its registration data (plain JSON, reused by deploy-commands) and its handlers. */
export interface SlashCommand {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Preconditions run before `execute`, for every way the command arrives (see src/discord/preconditions). */
  checks: readonly Check[];
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}
