import { DiscordAPIError, type Message } from 'discord.js';
import { askEngine, componentsFor, notifyAnswer } from './answer-flow.js';
import { answeringAt, labelOf, placeOfMessage } from './answering-place.js';
import type { BotContext } from './bot-context.js';
import { type CheckRequest, type CheckResult, runChecks } from './checks.js';
import { extractQuestion } from './extract-question.js';
import { buildSuggestionButtons, toButtonRows } from './format/answer-components.js';
import { formatAnswerBlocks } from './format/format-answer.js';
import { formatHelpEmbed } from './format/format-help.js';
import { splitContent } from './format/split-content.js';
import { offerOtherArticle } from './library/offer-other-article.js';
import {
  explainMissingPermissions,
  isMissingPermissions,
  type MissingPermissions,
} from './permissions/explain-missing-permissions.js';
import { postReply, type ReplyBody } from './post-reply.js';
import { questionChecks } from './preconditions/index.js';
import { isTransient, retryTransient } from './retry-transient.js';

export const messageApology =
  'Sorry, something went wrong while answering that. Please ask again in a moment.';

/**
 * Tells the asker why their message was not answered without telling the channel: a reaction, or a DM
 * (in a DM the reply is private already). When their DMs are closed, a reaction says it instead.
 */
async function deliverDenial(message: Message, denial: Exclude<CheckResult, { ok: true }>, ctx: BotContext) {
  if (denial.reaction) {
    await message.react(denial.reaction);
    return;
  }
  if (!denial.notice) return;
  if (!denial.privately || !message.inGuild()) {
    await postReply(message, { content: denial.notice });
    return;
  }
  try {
    await message.author.send({ content: denial.notice });
  } catch (error) {
    ctx.logger.info('could not DM a notice; reacting instead', { error, message: message.id });
    await message.react(PRIVATE_NOTICE_FALLBACK);
  }
}

/**
 * The channel would not take the answer: log which permission is missing, and tell the asker by DM (the
 * channel is what failed), or nobody if their DMs are closed too.
 */
async function tellMissingPermission(message: Message, missing: MissingPermissions, ctx: BotContext) {
  ctx.logger.warn('missing permission', {
    channel: missing.channelId,
    message: message.id,
    permissions: missing.permissions,
  });
  try {
    await message.author.send({ content: missing.notice });
  } catch (error) {
    ctx.logger.info('could not DM the missing-permission notice', { error, message: message.id });
  }
}

/** Shown on a refused message when its author does not accept DMs. */
const PRIVATE_NOTICE_FALLBACK = '🚫';

/**
 * Answers a message that mentions the bot, a DM, or a reply to one of the bot's answers; ignores bots.
 * Long answers go out as several replies, split between citations.
 */
export async function handleMessage(message: Message, ctx: BotContext): Promise<void> {
  const botId = message.client.user.id;
  // In a discussion thread the bot opened, every message is a question (no mention needed).
  const inBotThread =
    message.channel.isThread() && (await ctx.moderation?.store.threads.get(message.channelId)) !== undefined;
  const question = extractQuestion(
    {
      content: message.content,
      authorIsBot: message.author.bot,
      inGuild: message.inGuild(),
      mentionsBot: message.mentions.users.has(botId) || inBotThread,
      repliesToBot: message.mentions.repliedUser?.id === botId,
    },
    botId,
  );
  if (question === undefined || (inBotThread && !question)) return;
  // During a REST outage a reply is retried with backoff, within the context's retry policy.
  const reply = (body: ReplyBody) => {
    ctx.metrics?.observeReply(message);
    return retryTransient(() => postReply(message, body), ctx.retryPolicy);
  };
  try {
    const request: CheckRequest = {
      source: 'message',
      userId: message.author.id,
      guildId: message.guildId,
      channelId: message.channelId,
      text: question,
      messageId: message.id,
      // A thread's channel for allowlists; null outside threads, so no thread lookup is needed.
      ...(!message.channel.isThread()
        ? { parentChannelId: null }
        : message.channel.parentId
          ? { parentChannelId: message.channel.parentId }
          : {}),
    };
    const denial = await runChecks(questionChecks, request, ctx);
    if (!denial.ok) {
      await deliverDenial(message, denial, ctx);
      return;
    }
    const here = await answeringAt(ctx, placeOfMessage(message));
    if (!question) {
      const help = here.engine.help();
      await reply({
        embeds: [formatHelpEmbed(help)],
        components: toButtonRows(buildSuggestionButtons(help.suggestions)),
      });
      return;
    }
    const answer = askEngine(ctx, here.engine, request, `${message.channelId}:${message.author.id}`);
    const offer = answer.answered ? undefined : await offerOtherArticle(ctx, here, request);
    const chunks = splitContent([
      ...formatAnswerBlocks(answer, labelOf(here.engine)),
      ...(offer ? [offer.text] : []),
    ]);
    const components = await componentsFor(ctx, answer, request, here.article?.id ?? null);
    // The offer's button first; Discord takes at most 5 rows.
    const rows = offer?.button ? [...toButtonRows([offer.button]), ...components].slice(0, 5) : components;
    let lastId: string | undefined;
    for (const [i, content] of chunks.entries()) {
      const sent = await reply({ content, components: i === chunks.length - 1 ? rows : [] });
      lastId = sent.id;
    }
    await notifyAnswer(ctx, request, answer, lastId);
  } catch (error) {
    if (isMissingPermissions(error)) {
      await tellMissingPermission(message, explainMissingPermissions(error, message.client), ctx);
      return;
    }
    // A refused token was reported once as fatal, and nothing more can be sent.
    if (error instanceof DiscordAPIError && error.status === 401) return;
    if (isTransient(error)) {
      // Discord stayed unreachable past the retry policy: say which reply was lost, never its text.
      ctx.logger.error('reply lost: Discord did not accept it in time', {
        channel: message.channelId,
        message: message.id,
        status: (error as { status?: unknown }).status,
      });
      return;
    }
    ctx.logger.error('message handler failed', { error, message: message.id });
    try {
      await postReply(message, { content: messageApology });
    } catch (apologyError) {
      ctx.logger.error('could not send the apology', { error: apologyError });
    }
  }
}
