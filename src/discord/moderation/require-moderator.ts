import { type ButtonInteraction, type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { hasManageGuild } from '../../moderation/has-manage-guild.js';
import { NOTICES } from '../../moderation/notices.js';
import type { BotContext } from '../bot-context.js';
import type { ModerationServices } from './moderation-services.js';

/**
 * The moderation services when the member may moderate here, else undefined after replying with the
 * ephemeral denial. Re-checked at run time: a server can change who sees a command.
 */
export async function requireModerator(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  ctx: BotContext,
): Promise<{ moderation: ModerationServices; guildId: string } | undefined> {
  // What Discord sent for this member in this channel (`member.permissions`), not a recomputation from cache.
  const bits = interaction.memberPermissions?.bitfield;
  if (!interaction.guildId || !hasManageGuild(bits)) {
    await interaction.reply({ content: NOTICES.noPermission, flags: MessageFlags.Ephemeral });
    return undefined;
  }
  if (!ctx.moderation) {
    await interaction.reply({
      content: 'Moderation is not set up on this bot (no database).',
      flags: MessageFlags.Ephemeral,
    });
    return undefined;
  }
  return { moderation: ctx.moderation, guildId: interaction.guildId };
}
