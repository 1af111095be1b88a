import type { Interaction, Message } from 'discord.js';
import type { Engine } from '../engine/types.js';
import type { Answering, ArticlePlace } from '../library/article-library.js';
import type { BotContext } from './bot-context.js';

/** Where a message was asked: its server, channel or thread, and a thread's channel. */
export function placeOfMessage(message: Message): ArticlePlace {
  return {
    guildId: message.guildId,
    channelId: message.channelId,
    parentChannelId: message.channel.isThread() ? (message.channel.parentId ?? undefined) : undefined,
  };
}

/** Where an interaction came from (the thread's channel when discord.js knows the thread). */
export function placeOfInteraction(interaction: Interaction): ArticlePlace {
  const channel = interaction.channel;
  return {
    guildId: interaction.guildId,
    channelId: interaction.channelId ?? '',
    parentChannelId: channel?.isThread() ? (channel.parentId ?? undefined) : undefined,
  };
}

/**
 * Where a reported message was: the interaction's place when the menu was used in its channel or thread (it
 * knows a thread's channel), else just its channel.
 */
export function placeOfReported(interaction: Interaction, channelId: string): ArticlePlace {
  return interaction.channelId === channelId
    ? placeOfInteraction(interaction)
    : { guildId: interaction.guildId, channelId };
}

/**
 * The engine that answers at a place: the library's choice (thread, channel, server default), or the one
 * engine of a bot without a library.
 * @example const { engine, article } = await answeringAt(ctx, placeOfInteraction(interaction));
 */
export async function answeringAt(ctx: BotContext, place: ArticlePlace): Promise<Answering> {
  return ctx.library ? ctx.library.at(place) : { engine: ctx.engine };
}

/** How replies name an article: its title and reference date. */
export interface ArticleLabel {
  title: string;
  date: string;
}

/** @example labelOf(engine) // { title: 'Chile and Korea …', date: '2025-06-06' } */
export function labelOf(engine: Engine): ArticleLabel {
  return { title: engine.article.title, date: engine.article.referenceDate };
}
