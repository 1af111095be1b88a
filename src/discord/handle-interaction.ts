import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';
import type { BotContext } from './bot-context.js';
import { type CheckResult, runChecks } from './checks.js';
import { parseCustomId } from './custom-ids.js';
import { describeInteraction } from './describe-interaction.js';

export const apology = 'Sorry, something went wrong while answering that. Please try again in a moment.';

/** Replies or follows up ephemerally, whichever the interaction's state allows. */
async function sendEphemeral(interaction: RepliableInteraction, content: string): Promise<void> {
  const options = { content, flags: MessageFlags.Ephemeral } as const;
  if (interaction.replied || interaction.deferred) await interaction.followUp(options);
  else await interaction.reply(options);
}

/**
 * Routes one interaction: autocomplete to its command, slash commands and buttons through the checks to
 * their handler. A thrown error is logged and the user gets a short ephemeral apology; nothing escapes.
 */
/** A check's refusal, ephemeral unless the check asked otherwise. */
async function replyDenied(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  denial: Exclude<CheckResult, { ok: true }>,
): Promise<void> {
  await interaction.reply({
    content: denial.notice,
    ...(denial.ephemeral === false ? {} : { flags: MessageFlags.Ephemeral }),
  });
}

export async function handleInteraction(interaction: Interaction, ctx: BotContext): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      const command = ctx.commands.find((c) => c.data.name === interaction.commandName);
      await command?.autocomplete?.(interaction, ctx);
      return;
    }
    if (interaction.isChatInputCommand()) {
      const command = ctx.commands.find((c) => c.data.name === interaction.commandName);
      if (!command) {
        await sendEphemeral(interaction, 'I no longer know that command; it may have been removed.');
        return;
      }
      const denial = await runChecks(ctx.checks, describeInteraction(interaction), ctx);
      if (!denial.ok) {
        await replyDenied(interaction, denial);
        return;
      }
      await command.execute(interaction, ctx);
      return;
    }
    if (interaction.isModalSubmit()) {
      const { prefix, payload } = parseCustomId(interaction.customId);
      const route = ctx.modals.find((r) => r.prefix === prefix);
      if (!route) {
        await sendEphemeral(interaction, 'This form no longer works.');
        return;
      }
      await route.handle(interaction, payload, ctx);
      return;
    }
    if (interaction.isMessageContextMenuCommand()) {
      const command = ctx.messageCommands.find((c) => c.data.name === interaction.commandName);
      if (!command) {
        await sendEphemeral(interaction, 'I no longer know that command; it may have been removed.');
        return;
      }
      await command.execute(interaction, ctx);
      return;
    }
    if (interaction.isButton()) {
      const { prefix, payload } = parseCustomId(interaction.customId);
      const route = ctx.buttons.find((r) => r.prefix === prefix);
      if (!route) {
        await sendEphemeral(interaction, 'This button no longer works.');
        return;
      }
      const denial = await runChecks(ctx.checks, describeInteraction(interaction), ctx);
      if (!denial.ok) {
        await replyDenied(interaction, denial);
        return;
      }
      await route.handle(interaction, payload, ctx);
    }
  } catch (error) {
    ctx.logger.error('interaction handler failed', {
      error,
      kind: interaction.type,
      command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
      customId: interaction.isButton() || interaction.isModalSubmit() ? interaction.customId : undefined,
    });
    if (!interaction.isRepliable()) return;
    try {
      await sendEphemeral(interaction, apology);
    } catch (apologyError) {
      ctx.logger.error('could not send the apology', { error: apologyError });
    }
  }
}
