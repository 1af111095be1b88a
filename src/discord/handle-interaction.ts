import {
  type AutocompleteInteraction,
  type CommandInteractionOption,
  DiscordAPIError,
  type Interaction,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';
import type { BotContext } from './bot-context.js';
import { type CheckResult, runChecks } from './checks.js';
import {
  explainMissingPermissions,
  isMissingPermissions,
} from './permissions/explain-missing-permissions.js';
import { isTransient } from './retry-transient.js';
import { routeInteraction } from './route-interaction.js';

export const apology = 'Sorry, something went wrong while answering that. Please try again in a moment.';

/** Replies or follows up ephemerally, whichever the interaction's state allows. */
async function sendEphemeral(interaction: RepliableInteraction, content: string): Promise<void> {
  const options = { content, flags: MessageFlags.Ephemeral } as const;
  if (interaction.replied || interaction.deferred) await interaction.followUp(options);
  else await interaction.reply(options);
}

/** A precondition's refusal, ephemeral unless the check asked otherwise. */
async function replyDenied(
  interaction: RepliableInteraction,
  denial: Exclude<CheckResult, { ok: true }>,
): Promise<void> {
  await interaction.reply({
    content: denial.notice,
    ...(denial.ephemeral === false ? {} : { flags: MessageFlags.Ephemeral }),
  });
}

/** True when one of the options (a subcommand's included) is the one being typed. */
function hasFocused(options: readonly CommandInteractionOption[]): boolean {
  return options.some((o) => o.focused === true || hasFocused(o.options ?? []));
}

/** Suggestions for the option being typed; none (never an error) when there is nothing to suggest for. */
async function answerAutocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const command = ctx.commands.find((c) => c.data.name === interaction.commandName);
  if (!command?.autocomplete || !hasFocused(interaction.options.data)) {
    await interaction.respond([]);
    return;
  }
  await command.autocomplete(interaction, ctx);
}

/**
 * Handles one interaction. Autocomplete goes to its command. Every other kind (slash command, context
 * menu, button, form) is routed to its handler, whose declared preconditions run first; a malformed payload
 * or an unknown id gets an ephemeral reply saying so. A thrown error is logged and the member gets a short
 * ephemeral apology; nothing escapes.
 */
export async function handleInteraction(interaction: Interaction, ctx: BotContext): Promise<void> {
  ctx.metrics?.markEvent(interaction);
  try {
    if (interaction.isAutocomplete()) {
      await answerAutocomplete(interaction, ctx);
      return;
    }
    if (!interaction.isRepliable()) return;
    const route = routeInteraction(interaction, ctx);
    if ('problem' in route) {
      await sendEphemeral(interaction, route.problem);
      return;
    }
    const verdict = await runChecks(route.checks, route.request, ctx);
    if (!verdict.ok) {
      await replyDenied(interaction, verdict);
      return;
    }
    await route.run();
  } catch (error) {
    if (isMissingPermissions(error) && interaction.isRepliable()) {
      // A server setting, not a bug: say which permission, to the member and in the log.
      const missing = explainMissingPermissions(error, interaction.client);
      ctx.logger.warn('missing permission', { channel: missing.channelId, permissions: missing.permissions });
      await sendEphemeral(interaction, missing.notice).catch((replyError: unknown) =>
        ctx.logger.error('could not say which permission is missing', { error: replyError }),
      );
      return;
    }
    // A refused token was reported once as fatal, and nothing more can be sent.
    if (error instanceof DiscordAPIError && error.status === 401) return;
    if (isTransient(error)) {
      // Discord's REST API is failing: an apology would fail too. An interaction must be answered within
      // seconds, so there is no time to retry beyond discord.js's own attempts; say which reply was lost.
      ctx.logger.error('reply lost: Discord did not accept it in time', {
        channel: interaction.channelId,
        interaction: interaction.id,
        status: (error as { status?: unknown }).status,
      });
      return;
    }
    ctx.logger.error('interaction handler failed', {
      error,
      kind: interaction.type,
      command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
      customId: interaction.isButton() || interaction.isModalSubmit() ? interaction.customId : undefined,
    });
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
      } else if (interaction.isRepliable()) {
        await sendEphemeral(interaction, apology);
      }
    } catch (apologyError) {
      ctx.logger.error('could not send the apology', { error: apologyError });
    }
  }
}
