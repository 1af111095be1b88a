import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { CheckRequest } from './checks.js';
import { parseCustomId } from './custom-ids.js';

/**
 * The check-facing view of an interaction: for a command its string options joined, for a follow-up
 * button the question it asks.
 */
export function describeInteraction(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
): CheckRequest {
  const base = {
    userId: interaction.user.id,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
  };
  if (interaction.isButton()) {
    const { prefix, payload } = parseCustomId(interaction.customId);
    return { ...base, source: 'button', name: prefix, text: prefix === 'ask' ? payload : '' };
  }
  const text = interaction.options.data
    .map((option) => (typeof option.value === 'string' ? option.value : ''))
    .filter(Boolean)
    .join(' ');
  return { ...base, source: 'command', name: interaction.commandName, text };
}
