import { MessageFlags } from 'discord.js';
import { formatModLogEntry } from '../../moderation/format-mod-log.js';
import { NOTICES } from '../../moderation/notices.js';
import type { ModalRoute } from '../bot-context.js';
import type { ModerationServices } from './moderation-services.js';
import { wrongCommentId, wrongModalPrefix } from './vote-buttons.js';

/**
 * The submit of the "What is wrong?" modal: files the report (which also sets the vote to wrong) and
 * posts question, answer, citations and comment to the mod log.
 */
export function createWrongAnswerModal(moderation: ModerationServices): ModalRoute {
  return {
    prefix: wrongModalPrefix,
    payload: /^\d+$/,
    fields: [wrongCommentId],
    // The second half of a Wrong vote, which has no checks either.
    checks: [],
    async handle(interaction, payload) {
      const answerId = Number(payload);
      const answer = Number.isInteger(answerId) ? await moderation.store.answers.get(answerId) : undefined;
      if (!answer) {
        await interaction.reply({
          content: 'This answer is no longer on record.',
          flags: MessageFlags.Ephemeral,
        });
        return;
      }
      const comment = interaction.fields.getTextInputValue(wrongCommentId);
      const report = await moderation.store.reports.reportWrongAnswer(answerId, interaction.user.id, comment);
      await moderation.postModLog(
        answer.guildId,
        formatModLogEntry({
          kind: 'wrong-answer',
          reportId: report.id,
          reporterId: interaction.user.id,
          comment: report.comment,
          question: answer.question,
          answerText: answer.answerText,
          citations: answer.citations,
          guildId: answer.guildId,
          channelId: answer.channelId,
          messageId: answer.messageId,
        }),
      );
      await interaction.reply({ content: NOTICES.wrongReportSent, flags: MessageFlags.Ephemeral });
    },
  };
}
