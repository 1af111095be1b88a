import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { answeringAt, placeOfInteraction } from '../answering-place.js';
import { formatSourceEmbeds } from '../format/format-source.js';
import { questionChecks } from '../preconditions/index.js';
import type { SlashCommand } from './slash-command.js';

const data = {
  name: 'source',
  description: 'The article, with its sentences numbered as answers cite them',
  contexts: [0, 1],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** `/source`: title, summary and every sentence numbered. */
export const sourceCommand: SlashCommand = {
  data,
  checks: questionChecks,
  async execute(interaction, ctx) {
    const { engine } = await answeringAt(ctx, placeOfInteraction(interaction));
    await interaction.reply({ embeds: formatSourceEmbeds(engine.article) });
  },
};
