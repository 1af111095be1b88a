import { MessageFlags } from 'discord.js';
import { askEngine, componentsFor, notifyAnswer } from '../answer-flow.js';
import { labelOf } from '../answering-place.js';
import type { ButtonRoute } from '../bot-context.js';
import { describeInteraction } from '../describe-interaction.js';
import { formatAnswerEmbed, formatArticleLabel } from '../format/format-answer.js';
import { questionChecks } from '../preconditions/index.js';
import { answerFromPrefix } from './offer-other-article.js';

export const articleGoneNotice = 'That article is no longer in this server’s library.';

/**
 * The button under an answer offering another article of the server (`from:<articleId>:<question>`):
 * answers publicly from that article, saying it is not the one the channel uses.
 */
export const answerFromArticleButton: ButtonRoute = {
  prefix: answerFromPrefix,
  payload: /^\d+:.+$/s,
  checks: questionChecks,
  async handle(interaction, payload, ctx) {
    const at = payload.indexOf(':');
    const articleId = Number(payload.slice(0, at));
    const other =
      ctx.library && interaction.guildId ? await ctx.library.of(interaction.guildId, articleId) : undefined;
    if (!other?.article) {
      await interaction.reply({ content: articleGoneNotice, flags: MessageFlags.Ephemeral });
      return;
    }
    const request = describeInteraction(interaction);
    const answer = askEngine(ctx, other.engine, request, `${interaction.channelId}:${interaction.user.id}`);
    const label = labelOf(other.engine);
    const components = await componentsFor(ctx, answer, request, other.article.id);
    const response = await interaction.reply({
      content: `Answered from ${formatArticleLabel(label)}, not the article this channel uses.`,
      embeds: [formatAnswerEmbed(answer, request.text, label)],
      components,
      allowedMentions: { parse: [] },
      withResponse: true,
    });
    await notifyAnswer(ctx, request, answer, response.resource?.message?.id);
  },
};
