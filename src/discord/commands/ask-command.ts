import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { replyWithAnswer } from '../answer-flow.js';
import { describeInteraction } from '../describe-interaction.js';
import { questionChecks } from '../preconditions/index.js';
import type { SlashCommand } from './slash-command.js';

const data = {
  name: 'ask',
  description: 'Ask a question about the article',
  contexts: [0, 1],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'Your question, e.g. who led the talks?',
      required: true,
      max_length: 500,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** `/ask question:<text>`: the answer as an embed quoting the cited sentences, with follow-up buttons. */
export const askCommand: SlashCommand = {
  data,
  checks: questionChecks,
  async execute(interaction, ctx) {
    await replyWithAnswer(interaction, ctx, describeInteraction(interaction));
  },
};
