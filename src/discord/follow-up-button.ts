import { replyWithAnswer } from './answer-flow.js';
import type { ButtonRoute } from './bot-context.js';
import { customIdPrefixes } from './custom-ids.js';
import { describeInteraction } from './describe-interaction.js';
import { questionChecks } from './preconditions/index.js';

/** A follow-up suggestion button (`ask:<question>`): asks its question and answers publicly. */
export const followUpButton: ButtonRoute = {
  prefix: customIdPrefixes.ask,
  payload: /^.+$/s,
  checks: questionChecks,
  async handle(interaction, _payload, ctx) {
    await replyWithAnswer(interaction, ctx, describeInteraction(interaction));
  },
};
