import {
  ApplicationCommandType,
  MessageFlags,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { addArticle } from '../library/add-article.js';
import { moderatorOnly } from '../preconditions/moderator-only.js';
import type { MessageMenuCommand } from './message-menu-command.js';

const data = {
  name: 'Add as article',
  type: ApplicationCommandType.Message,
  default_member_permissions: '32',
  contexts: [0],
} satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

/**
 * Apps > "Add as article" on a message (moderators): its .txt attachment, or else its text, becomes an
 * article of the server's library, as with `/factdesk-article add`.
 */
export const addArticleMessageCommand: MessageMenuCommand = {
  data,
  checks: [moderatorOnly],
  async execute(interaction, ctx) {
    const message = interaction.targetMessage;
    const file = message.attachments.find((a) => /\.txt$/i.test(a.name)) ?? message.attachments.first();
    if (file) {
      const attachment = { url: file.url, name: file.name, size: file.size, contentType: file.contentType };
      await addArticle(interaction, ctx, { attachment });
      return;
    }
    if (!message.content.trim()) {
      await interaction.reply({
        content: 'That message has no text or .txt file to add as an article.',
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    await addArticle(interaction, ctx, { text: message.content });
  },
};
