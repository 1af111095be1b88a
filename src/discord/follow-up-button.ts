import { replyWithAnswer } from './answer-flow.js';
import type { ButtonRoute } from './bot-context.js';
import { customIdPrefixes } from './custom-ids.js';
import { describeInteraction } from './describe-interaction.js';

/** A follow-up suggestion button (`ask:<question>`): asks its question and answers publicly. */
export const followUpButton: ButtonRoute = {
  prefix: customIdPrefixes.ask,
  async handle(interaction, _payload, ctx) {
    await replyWithAnswer(interaction, ctx, describeInteraction(interaction));
  },
};
