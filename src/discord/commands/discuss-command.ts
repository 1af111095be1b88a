import {
  ApplicationCommandOptionType,
  ChannelType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Answer, Engine } from '../../engine/types.js';
import { answeringAt, labelOf, placeOfInteraction } from '../answering-place.js';
import { truncateText } from '../format/discord-limits.js';
import { formatAnswerEmbed } from '../format/format-answer.js';
import { parseArticleId, respondWithArticles, unknownArticleNotice } from '../library/article-choices.js';
import { questionChecks } from '../preconditions/index.js';
import { respondWithChoices } from './respond-with-choices.js';
import type { SlashCommand } from './slash-command.js';

const data = {
  name: 'discuss',
  description: 'Open a discussion thread on an event or dispute, or on one of the server’s articles',
  contexts: [0],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'topic',
      description: 'The event or dispute',
      required: false,
      autocomplete: true,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'article',
      description: 'An article of this server: the thread answers from it',
      required: false,
      autocomplete: true,
      max_length: 100,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Longest thread name Discord accepts. */
const THREAD_NAME_LIMIT = 100;

/** The article's own summary, as the first message of a thread on the whole article. */
function articleSummary(engine: Engine): Answer {
  return {
    answered: true,
    text: engine.article.summary,
    intent: 'article-summary',
    confidence: 1,
    citations: [],
    suggestions: [],
  };
}

/**
 * `/discuss topic:<event or dispute>`: opens a thread with a cited summary of the topic. The bot answers
 * every question in threads it opened, without being mentioned (same checks as anywhere else).
 */
export const discussCommand: SlashCommand = {
  data,
  checks: questionChecks,
  async autocomplete(interaction, ctx) {
    if (interaction.options.getFocused(true).name === 'article') await respondWithArticles(interaction, ctx);
    else await respondWithChoices(interaction, ctx, ['event', 'dispute']);
  },
  async execute(interaction, ctx) {
    const value = interaction.options.getString('topic');
    const articleValue = interaction.options.getString('article');
    const chosenId = articleValue === null ? undefined : parseArticleId(articleValue);
    const chosen =
      chosenId !== undefined && ctx.library && interaction.guildId
        ? await ctx.library.of(interaction.guildId, chosenId)
        : undefined;
    if (articleValue !== null && !chosen) {
      await interaction.reply({ content: unknownArticleNotice, flags: MessageFlags.Ephemeral });
      return;
    }
    const { engine, article } = chosen ?? (await answeringAt(ctx, placeOfInteraction(interaction)));
    const topic = value
      ? engine.topics().find((t) => t.id === value || t.label.toLowerCase() === value.trim().toLowerCase())
      : undefined;
    // Without a topic, the thread opens on the article itself.
    const summary = topic ? engine.summarize(topic.id) : value ? undefined : articleSummary(engine);
    const label = topic?.label ?? engine.article.title;
    const channel = interaction.channel;
    if (!summary || (!value && !chosen)) {
      await interaction.reply({
        content: value
          ? 'I don’t know that topic. Pick an event or dispute from the list.'
          : 'Pick a topic (an event or dispute) or an article to discuss.',
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    if (!ctx.moderation || !interaction.guildId || channel?.type !== ChannelType.GuildText) {
      await interaction.reply({
        content: 'I can open discussion threads only in a server’s text channels.',
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    const thread = await channel.threads.create({
      name: truncateText(`Discussion: ${label}`, THREAD_NAME_LIMIT),
      reason: `/discuss by ${interaction.user.id}`,
    });
    await ctx.moderation.store.threads.record({
      threadId: thread.id,
      guildId: interaction.guildId,
      parentChannelId: channel.id,
      topicId: topic?.id ?? `article:${article?.id}`,
      openedBy: interaction.user.id,
    });
    // A thread on a chosen article answers from it, whatever its channel uses.
    if (chosen?.article) {
      await ctx.library?.articles.bind(
        interaction.guildId,
        thread.id,
        chosen.article.id,
        interaction.user.id,
      );
    }
    await thread.send({
      embeds: [formatAnswerEmbed(summary, label, labelOf(engine))],
      allowedMentions: { parse: [] },
    });
    await interaction.reply({
      content: `Discussion opened: <#${thread.id}>`,
      allowedMentions: { parse: [] },
    });
  },
};
