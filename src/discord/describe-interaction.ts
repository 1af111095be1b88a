import type {
  ButtonInteraction,
  ChatInputCommandInteraction,
  CommandInteractionOption,
  MessageContextMenuCommandInteraction,
  ModalSubmitInteraction,
} from 'discord.js';
import type { CheckRequest } from './checks.js';
import { parseCustomId } from './custom-ids.js';

export type CheckedInteraction =
  | ChatInputCommandInteraction
  | ButtonInteraction
  | MessageContextMenuCommandInteraction
  | ModalSubmitInteraction;

/**
 * The check-facing view of an interaction: for a command its string options joined, for a follow-up
 * button the question it asks, for a context menu the message's text, for a form its fields' text.
 */
export function describeInteraction(interaction: CheckedInteraction): CheckRequest {
  const base = {
    userId: interaction.user.id,
    guildId: interaction.guildId,
    channelId: interaction.channelId ?? '',
    memberPermissions: interaction.memberPermissions?.bitfield ?? null,
  };
  if (interaction.isButton()) {
    const { prefix, payload } = parseCustomId(interaction.customId);
    // The question a button asks: `ask:<question>`, or `from:<articleId>:<question>` (another article).
    const text =
      prefix === 'ask' ? payload : prefix === 'from' ? payload.slice(payload.indexOf(':') + 1) : '';
    return { ...base, source: 'button', name: prefix, text };
  }
  if (interaction.isModalSubmit()) {
    const text = interaction.fields.fields.map((field) => ('value' in field ? field.value : '')).join(' ');
    return { ...base, source: 'modal', name: parseCustomId(interaction.customId).prefix, text };
  }
  if (interaction.isMessageContextMenuCommand()) {
    const text = interaction.targetMessage.content;
    return { ...base, source: 'context-menu', name: interaction.commandName, text };
  }
  return {
    ...base,
    source: 'command',
    name: interaction.commandName,
    text: stringValues(interaction.options.data),
  };
}

/** The string option values, subcommands' included, joined by spaces. */
function stringValues(options: readonly CommandInteractionOption[]): string {
  return options
    .flatMap((option) => [
      typeof option.value === 'string' ? option.value : '',
      stringValues(option.options ?? []),
    ])
    .filter(Boolean)
    .join(' ');
}
