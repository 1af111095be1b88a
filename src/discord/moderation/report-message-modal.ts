import {
  type APIModalInteractionResponseCallbackData,
  ComponentType,
  MessageFlags,
  TextInputStyle,
} from 'discord.js';
import { formatModLogEntry } from '../../moderation/format-mod-log.js';
import { NOTICES } from '../../moderation/notices.js';
import { MAX_REPORT_TEXT } from '../../storage/report-repository.js';
import { placeOfReported } from '../answering-place.js';
import type { ModalRoute } from '../bot-context.js';
import type { ModerationServices } from './moderation-services.js';

/** Modal custom id: `report:<channelId>:<messageId>:<authorId>` (snowflakes keep it under 100 characters). */
export const reportModalPrefix = 'report';
const reasonId = 'reason';

/** The "Why are you reporting this message?" modal shown by the context-menu command. */
export function makeReportModal(
  channelId: string,
  messageId: string,
  authorId: string,
): APIModalInteractionResponseCallbackData {
  return {
    custom_id: `${reportModalPrefix}:${channelId}:${messageId}:${authorId}`,
    title: 'Report to moderators',
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: reasonId,
            label: 'Why are you reporting this message?',
            style: TextInputStyle.Paragraph,
            required: true,
            max_length: Math.min(MAX_REPORT_TEXT, 1000),
          },
        ],
      },
    ],
  };
}

/** The report modal's submit: files the report, posts it to the mod log, thanks the reporter privately. */
export function createReportMessageModal(moderation: ModerationServices): ModalRoute {
  return {
    prefix: reportModalPrefix,
    payload: /^\d{17,20}:\d{17,20}:\d{17,20}$/,
    fields: [reasonId],
    // The second half of "Report to moderators", which has no checks either.
    checks: [],
    async handle(interaction, payload, ctx) {
      const [channelId = '', messageId = '', authorId = ''] = payload.split(':');
      const article = await ctx.library?.articleAt(placeOfReported(interaction, channelId));
      const report = await moderation.store.reports.reportMessage({
        guildId: interaction.guildId,
        channelId,
        messageId,
        targetAuthorId: authorId || null,
        reporterId: interaction.user.id,
        reason: interaction.fields.getTextInputValue(reasonId),
        articleId: article?.id ?? null,
      });
      const posted = await moderation.postModLog(
        interaction.guildId,
        formatModLogEntry({
          kind: 'message-report',
          reportId: report.id,
          reporterId: report.reporterId,
          targetAuthorId: report.targetAuthorId,
          reason: report.reason,
          guildId: report.guildId,
          channelId: report.channelId,
          messageId: report.messageId,
        }),
      );
      await interaction.reply({
        content: posted ? NOTICES.reportSent : NOTICES.reportNoModLog,
        flags: MessageFlags.Ephemeral,
      });
    },
  };
}
