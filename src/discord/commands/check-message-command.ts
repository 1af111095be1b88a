import {
  ApplicationCommandType,
  MessageFlags,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { checkContent } from '../../moderation/check-content.js';
import { answeringAt, labelOf, placeOfInteraction } from '../answering-place.js';
import { formatAnswerEmbed } from '../format/format-answer.js';
import { allowedHere, cooldown } from '../preconditions/index.js';
import type { MessageMenuCommand } from './message-menu-command.js';

const data = {
  name: 'Check against the article',
  type: ApplicationCommandType.Message,
  contexts: [0, 1],
} satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

/** Longest message checked; a Discord message holds at most 2000 characters. */
const MAX_CHECKED_LENGTH = 2000;

/**
 * Apps > "Check against the article" on a message: what the article says about the claim, with
 * citations, shown only to the person who asked. Filtered text is refused without being echoed.
 */
export const checkMessageCommand: MessageMenuCommand = {
  data,
  // An answer like any other: where the bot answers, and within the member's cooldown. The message's own
  // text is filtered below without a mod-log entry, since the member did not write it.
  checks: [allowedHere, cooldown],
  async execute(interaction, ctx) {
    const text = interaction.targetMessage.content.trim();
    if (!text) {
      await interaction.reply({
        content: 'That message has no text I can check.',
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    const screened = checkContent(text, { maxLength: MAX_CHECKED_LENGTH });
    if (!screened.ok) {
      await interaction.reply({ content: screened.notice, flags: MessageFlags.Ephemeral });
      return;
    }
    const here = await answeringAt(ctx, placeOfInteraction(interaction));
    const answer = here.engine.check(text);
    await interaction.reply({
      embeds: [formatAnswerEmbed(answer, undefined, labelOf(here.engine))],
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });
  },
};
