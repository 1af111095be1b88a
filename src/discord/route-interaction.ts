import type { Interaction } from 'discord.js';
import type { BotContext } from './bot-context.js';
import type { Check, CheckRequest } from './checks.js';
import { parseCustomId } from './custom-ids.js';
import { describeInteraction } from './describe-interaction.js';
import { findOptionProblem } from './find-option-problem.js';

/** Where an interaction goes: its handler's preconditions and the handler, or why it cannot go anywhere. */
export type InteractionRoute =
  | { checks: readonly Check[]; request: CheckRequest; run: () => Promise<void> }
  | { problem: string };

/** The replies to interactions that cannot be handled, each saying what is wrong (always ephemeral). */
export const routeProblems = {
  unknownCommand: 'I no longer know that command; it may have been removed.',
  unknownButton: 'This button no longer works.',
  unknownForm: 'This form no longer works.',
  unknownMenu: 'This menu no longer works; it may be from an older message.',
  malformedButton: 'This button’s data is damaged, so I can’t tell what it should do.',
  malformedForm: 'This form’s data is damaged, so I can’t tell what it is for. Please open it again.',
  missingField: (field: string) => `The form arrived without its “${field}” field. Please open it again.`,
  unsupported: 'I can’t handle this kind of interaction.',
} as const;

/**
 * Finds the handler of a command, context menu, button or form (not autocomplete) and checks the payload
 * is well formed against what that handler declares, so handlers never meet a malformed payload.
 */
export function routeInteraction(interaction: Interaction, ctx: BotContext): InteractionRoute {
  if (interaction.isChatInputCommand()) {
    const command = ctx.commands.find((c) => c.data.name === interaction.commandName);
    if (!command) return { problem: routeProblems.unknownCommand };
    const problem = findOptionProblem(command.data, interaction.options.data);
    if (problem) return { problem };
    const run = () => command.execute(interaction, ctx);
    return { checks: command.checks, request: describeInteraction(interaction), run };
  }
  if (interaction.isMessageContextMenuCommand()) {
    const command = ctx.messageCommands.find((c) => c.data.name === interaction.commandName);
    if (!command) return { problem: routeProblems.unknownCommand };
    const run = () => command.execute(interaction, ctx);
    return { checks: command.checks, request: describeInteraction(interaction), run };
  }
  // The bot registers no user context menus; one arriving is stale.
  if (interaction.isUserContextMenuCommand()) return { problem: routeProblems.unknownCommand };
  if (interaction.isButton()) {
    const { prefix, payload } = parseCustomId(interaction.customId);
    const route = ctx.buttons.find((r) => r.prefix === prefix);
    if (!route) return { problem: routeProblems.unknownButton };
    if (!route.payload.test(payload)) return { problem: routeProblems.malformedButton };
    const run = () => route.handle(interaction, payload, ctx);
    return { checks: route.checks, request: describeInteraction(interaction), run };
  }
  if (interaction.isModalSubmit()) {
    const { prefix, payload } = parseCustomId(interaction.customId);
    const route = ctx.modals.find((r) => r.prefix === prefix);
    if (!route) return { problem: routeProblems.unknownForm };
    if (!route.payload.test(payload)) return { problem: routeProblems.malformedForm };
    const missing = route.fields.find((id) => !interaction.fields.fields.has(id));
    if (missing !== undefined) return { problem: routeProblems.missingField(missing) };
    const run = () => route.handle(interaction, payload, ctx);
    return { checks: route.checks, request: describeInteraction(interaction), run };
  }
  if (interaction.isAnySelectMenu()) return { problem: routeProblems.unknownMenu };
  return { problem: routeProblems.unsupported };
}
