import { hasManageGuild } from '../../moderation/has-manage-guild.js';
import { NOTICES } from '../../moderation/notices.js';
import type { BotContext } from '../bot-context.js';
import type { Check } from '../checks.js';
import type { ModerationServices } from '../moderation/moderation-services.js';

export const moderationMissingNotice = 'Moderation is not set up on this bot (no database).';

/**
 * A member with Manage Server, in a server, on a bot with moderation. Uses the permissions Discord sent
 * with this interaction, re-checked every time: a server can change who sees a command.
 */
export const moderatorOnly: Check = (request, ctx) => {
  if (request.guildId === null || !hasManageGuild(request.memberPermissions)) {
    return { ok: false, notice: NOTICES.noPermission };
  }
  if (!ctx.moderation) return { ok: false, notice: moderationMissingNotice };
  return { ok: true };
};

/**
 * What a handler that declares `moderatorOnly` may rely on: the moderation services and the server.
 * @throws when the handler forgot to declare the precondition (a programming error, never a member's).
 */
export function moderatorScope(
  interaction: { guildId: string | null },
  ctx: BotContext,
): { moderation: ModerationServices; guildId: string } {
  if (!ctx.moderation || interaction.guildId === null) {
    throw new Error('moderatorScope used by a handler that does not declare moderatorOnly');
  }
  return { moderation: ctx.moderation, guildId: interaction.guildId };
}
