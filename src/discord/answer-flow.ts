import { performance } from 'node:perf_hooks';
import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { Answer } from '../engine/types.js';
import type { BotContext } from './bot-context.js';
import type { CheckRequest } from './checks.js';
import { buildAnswerComponents } from './format/answer-components.js';
import { formatAnswerEmbed } from './format/format-answer.js';

/**
 * Asks the engine and logs one line per question: what was asked, which intent answered, how long it took.
 * @example askEngine(ctx, request, `${channelId}:${userId}`).text
 */
export function askEngine(ctx: BotContext, request: CheckRequest, conversation: string): Answer {
  const started = performance.now();
  const answer = ctx.engine.ask(request.text, conversation);
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

/** Answers an interaction (a slash command or a follow-up button) with the answer embed and its buttons. */
export async function replyWithAnswer(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  ctx: BotContext,
  request: CheckRequest,
): Promise<void> {
  const conversation = `${interaction.channelId}:${interaction.user.id}`;
  const answer = askEngine(ctx, request, conversation);
  const components = await buildAnswerComponents(
    {
      answer,
      question: request.text,
      source: request.source,
      userId: request.userId,
      guildId: request.guildId,
      channelId: request.channelId,
    },
    ctx.answerComponents,
  );
  ctx.metrics?.observeReply(interaction);
  const response = await interaction.reply({
    embeds: [formatAnswerEmbed(answer, request.text)],
    components,
    withResponse: true,
  });
  await notifyAnswer(ctx, request, answer, response.resource?.message?.id);
}
