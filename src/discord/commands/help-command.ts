import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { answeringAt, placeOfInteraction } from '../answering-place.js';
import { buildSuggestionButtons, toButtonRows } from '../format/answer-components.js';
import { formatHelpEmbed } from '../format/format-help.js';
import { questionChecks } from '../preconditions/index.js';
import type { SlashCommand } from './slash-command.js';

const data = {
  name: 'help',
  description: 'What this bot can answer, with example questions',
  contexts: [0, 1],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** `/help`: the engine's help with example questions as buttons. */
export const helpCommand: SlashCommand = {
  data,
  checks: questionChecks,
  async execute(interaction, ctx) {
    const help = (await answeringAt(ctx, placeOfInteraction(interaction))).engine.help();
    await interaction.reply({
      embeds: [formatHelpEmbed(help)],
      components: toButtonRows(buildSuggestionButtons(help.suggestions)),
    });
  },
};
