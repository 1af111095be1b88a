import { type APIButtonComponent, ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import type { HandleableItem } from '../../moderation/format-review.js';
import { NOTICES } from '../../moderation/notices.js';
import type { ButtonRoute } from '../bot-context.js';
import { limits, truncateText } from '../format/discord-limits.js';
import { moderatorOnly, moderatorScope } from '../preconditions/moderator-only.js';
import type { ModerationServices } from './moderation-services.js';

/** `rv:w:<reportId>` marks a wrong-answer report handled, `rv:m:<reportId>` a message report. */
export const reviewPrefix = 'rv';

/** One "Handled" button per review item (at most 25: five rows of five). */
export function makeReviewButtons(items: readonly HandleableItem[]): APIButtonComponent[] {
  return items.slice(0, limits.buttonsPerRow * limits.rowsPerMessage).map((item) => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: truncateText(item.label, limits.buttonLabel),
    custom_id: `${reviewPrefix}:${item.kind === 'wrong-answer' ? 'w' : 'm'}:${item.id}`,
  }));
}

/** The "Handled" buttons of `/factdesk-review`; moderators only (re-checked on every press). */
export function createReviewButton(_moderation: ModerationServices): ButtonRoute {
  return {
    prefix: reviewPrefix,
    payload: /^[wm]:\d+$/,
    checks: [moderatorOnly],
    async handle(interaction, payload, ctx) {
      const [kind, id] = payload.split(':');
      const reportId = Number(id);
      const reports = moderatorScope(interaction, ctx).moderation.store.reports;
      const done =
        kind === 'w'
          ? await reports.markWrongReportHandled(reportId, interaction.user.id)
          : await reports.markMessageReportHandled(reportId, interaction.user.id);
      await interaction.reply({
        content: done ? NOTICES.reviewHandled : NOTICES.reviewAlreadyHandled,
        flags: MessageFlags.Ephemeral,
      });
    },
  };
}
