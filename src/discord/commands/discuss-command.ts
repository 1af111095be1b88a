import {
  ApplicationCommandOptionType,
  ChannelType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { truncateText } from '../format/discord-limits.js';
import { formatAnswerEmbed } from '../format/format-answer.js';
import { questionChecks } from '../preconditions/index.js';
import { respondWithChoices } from './respond-with-choices.js';
import type { SlashCommand } from './slash-command.js';

const data = {
  name: 'discuss',
  description: 'Open a discussion thread on an event or dispute from the article',
  contexts: [0],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'topic',
      description: 'The event or dispute',
      required: true,
      autocomplete: true,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Longest thread name Discord accepts. */
const THREAD_NAME_LIMIT = 100;

/**
 * `/discuss topic:<event or dispute>`: opens a thread with a cited summary of the topic. The bot answers
 * every question in threads it opened, without being mentioned (same checks as anywhere else).
 */
export const discussCommand: SlashCommand = {
  data,
  checks: questionChecks,
  async autocomplete(interaction, ctx) {
    await respondWithChoices(interaction, ctx, ['event', 'dispute']);
  },
  async execute(interaction, ctx) {
    const value = interaction.options.getString('topic', true);
    const topic = ctx.engine
      .topics()
      .find((t) => t.id === value || t.label.toLowerCase() === value.trim().toLowerCase());
    const summary = topic ? ctx.engine.summarize(topic.id) : undefined;
    const channel = interaction.channel;
    if (!topic || !summary) {
      await interaction.reply({
        content: 'I don’t know that topic. Pick an event or dispute from the list.',
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
      name: truncateText(`Discussion: ${topic.label}`, THREAD_NAME_LIMIT),
      reason: `/discuss by ${interaction.user.id}`,
    });
    await ctx.moderation.store.threads.record({
      threadId: thread.id,
      guildId: interaction.guildId,
      parentChannelId: channel.id,
      topicId: topic.id,
      openedBy: interaction.user.id,
    });
    await thread.send({ embeds: [formatAnswerEmbed(summary, topic.label)], allowedMentions: { parse: [] } });
    await interaction.reply({
      content: `Discussion opened: <#${thread.id}>`,
      allowedMentions: { parse: [] },
    });
  },
};
