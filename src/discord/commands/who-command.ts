import {
  ApplicationCommandOptionType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { escapeUserText } from '../../moderation/escape-user-text.js';
import { answeringAt, placeOfInteraction } from '../answering-place.js';
import { formatProfileEmbed } from '../format/format-profile.js';
import { questionChecks } from '../preconditions/index.js';
import { respondWithChoices } from './respond-with-choices.js';
import type { SlashCommand } from './slash-command.js';

const data = {
  name: 'who',
  description: 'A profile of a person or organisation in the article',
  contexts: [0, 1],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'name',
      description: 'Start typing a name',
      required: true,
      autocomplete: true,
      max_length: 100,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** `/who name`: a profile card from the fact store, or a short ephemeral note when nobody matches. */
export const whoCommand: SlashCommand = {
  data,
  checks: questionChecks,
  async execute(interaction, ctx) {
    const name = interaction.options.getString('name', true).trim();
    const { engine } = await answeringAt(ctx, placeOfInteraction(interaction));
    const profile = engine.profile(name);
    ctx.logger.info('profile', { user: interaction.user.id, name, found: Boolean(profile) });
    if (!profile) {
      await interaction.reply({
        content: `The article names nobody called **${escapeUserText(name)}**. Try picking a name from the list as you type.`,
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    await interaction.reply({ embeds: [formatProfileEmbed(profile)] });
  },
  async autocomplete(interaction, ctx) {
    await respondWithChoices(interaction, ctx, ['person', 'group', 'organization', 'country']);
  },
};
