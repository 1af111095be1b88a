import { performance } from 'node:perf_hooks';
import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { Answer, Engine } from '../engine/types.js';
import { answeringAt, labelOf, placeOfInteraction } from './answering-place.js';
import type { BotContext } from './bot-context.js';
import type { CheckRequest } from './checks.js';
import { buildAnswerComponents, toButtonRows } from './format/answer-components.js';
import { formatAnswerEmbed } from './format/format-answer.js';
import { offerOtherArticle } from './library/offer-other-article.js';

/**
 * Asks the engine and logs one line per question: what was asked, which intent answered, how long it took.
 * @example askEngine(ctx, engine, request, `${channelId}:${userId}`).text
 */
export function askEngine(
  ctx: BotContext,
  engine: Engine,
  request: CheckRequest,
  conversation: string,
): Answer {
  const started = performance.now();
  const answer = engine.ask(request.text, conversation);
  const seconds = (performance.now() - started) / 1000;
  ctx.metrics?.observeAnswer(answer, seconds);
  ctx.logger.info('answered', {
    source: request.source,
    user: request.userId,
    guild: request.guildId,
    question: request.text,
    intent: answer.intent,
    answered: answer.answered,
    confidence: answer.confidence,
    ms: Math.round(seconds * 10_000) / 10,
  });
  return answer;
}

/** Tells every answer listener; a failing listener is logged and never breaks the reply. */
export async function notifyAnswer(
  ctx: BotContext,
  request: CheckRequest,
  answer: Answer,
  messageId?: string,
): Promise<void> {
  for (const listener of ctx.answerListeners) {
    try {
      await listener({ request, answer, messageId });
    } catch (error) {
      ctx.logger.error('answer listener failed', { error });
    }
  }
}

/** The buttons under an answer to a request, recorded with the article that answered it. */
export function componentsFor(
  ctx: BotContext,
  answer: Answer,
  request: CheckRequest,
  articleId: number | null,
) {
  return buildAnswerComponents(
    {
      answer,
      question: request.text,
      source: request.source,
      userId: request.userId,
      guildId: request.guildId,
      channelId: request.channelId,
      articleId,
    },
    ctx.answerComponents,
  );
}

/**
 * Answers an interaction (a slash command or a follow-up button) from the article of its channel with the
 * answer embed and its buttons; when another article of the server answers instead, says so and offers it.
 */
export async function replyWithAnswer(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  ctx: BotContext,
  request: CheckRequest,
): Promise<void> {
  const conversation = `${interaction.channelId}:${interaction.user.id}`;
  const here = await answeringAt(ctx, placeOfInteraction(interaction));
  const answer = askEngine(ctx, here.engine, request, conversation);
  const offer = answer.answered ? undefined : await offerOtherArticle(ctx, here, request);
  const components = await componentsFor(ctx, answer, request, here.article?.id ?? null);
  ctx.metrics?.observeReply(interaction);
  const response = await interaction.reply({
    ...(offer ? { content: offer.text } : {}),
    embeds: [formatAnswerEmbed(answer, request.text, labelOf(here.engine))],
    components: offer?.button ? [...toButtonRows([offer.button]), ...components].slice(0, 5) : components,
    withResponse: true,
  });
  await notifyAnswer(ctx, request, answer, response.resource?.message?.id);
}
