import {
  ApplicationCommandType,
  MessageFlags,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { makeReportModal } from '../moderation/report-message-modal.js';
import type { MessageMenuCommand } from './message-menu-command.js';

const data = {
  name: 'Report to moderators',
  type: ApplicationCommandType.Message,
  contexts: [0],
} satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

/** Apps > "Report to moderators" on a message: asks why, then files the report (see report-message-modal). */
export const reportMessageCommand: MessageMenuCommand = {
  data,
  // A moderation tool, not a question: open in every channel and not held to the question cooldown.
  checks: [],
  async execute(interaction, ctx) {
    if (!ctx.moderation || !interaction.guildId) {
      await interaction.reply({
        content: 'Reports work in servers where moderation is set up.',
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    const target = interaction.targetMessage;
    await interaction.showModal(makeReportModal(target.channelId, target.id, target.author.id));
  },
};
