import {
  type APIEmbed,
  ApplicationCommandOptionType,
  type ChatInputCommandInteraction,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { formatModLogEntry } from '../../moderation/format-mod-log.js';
import type { BotContext } from '../bot-context.js';
import { limits, truncateText } from '../format/discord-limits.js';
import { embedColors, formatArticleLabel } from '../format/format-answer.js';
import { addArticle, articleLogEvent } from '../library/add-article.js';
import {
  libraryMissingNotice,
  parseArticleId,
  respondWithArticles,
  unknownArticleNotice,
} from '../library/article-choices.js';
import { moderatorOnly } from '../preconditions/moderator-only.js';
import type { SlashCommand } from './slash-command.js';

const articleOption = {
  type: ApplicationCommandOptionType.String,
  name: 'article',
  description: 'Start typing a title or #id',
  required: true,
  autocomplete: true,
  max_length: 100,
} as const;

const data = {
  name: 'factdesk-article',
  description: 'The server’s articles: add one, answer from one in a channel, list, remove (moderators)',
  default_member_permissions: '32',
  dm_permission: false,
  contexts: [0],
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'add',
      description: 'Add an article: a .txt file, headline on the first line',
      options: [
        {
          type: ApplicationCommandOptionType.Attachment,
          name: 'file',
          description: 'The article as a .txt file (UTF-8, at most 200 KB)',
          required: true,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'date',
          description: 'The article’s date, YYYY-MM-DD (inferred from the text when left out)',
          min_length: 10,
          max_length: 10,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'title',
          description: 'A title (default: the headline)',
          max_length: 200,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'use',
      description: 'Answer from this article in this channel or thread',
      options: [articleOption],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'list', description: 'The server’s articles' },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'remove',
      description: 'Remove an article (its channels answer from the server’s default again)',
      options: [articleOption],
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const ephemeral = (content: string) =>
  ({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } }) as const;

/** The article the `article` option names, of this server and not removed. */
async function chosenArticle(interaction: ChatInputCommandInteraction, ctx: BotContext, guildId: string) {
  const id = parseArticleId(interaction.options.getString('article', true));
  return id === undefined ? undefined : ctx.library?.of(guildId, id);
}

/** The list: each article with its id, date and channels; the first is the server's default. */
function formatArticleList(
  articles: Awaited<ReturnType<NonNullable<BotContext['library']>['articles']['list']>>,
): APIEmbed {
  const lines = articles.map((a, i) => {
    const where = a.channelIds.map((c) => `<#${c}>`).join(', ');
    const uses = [i === 0 ? 'the server’s default' : '', where].filter(Boolean).join('; ');
    return `**#${a.id}** ${formatArticleLabel({ title: a.title, date: a.referenceDate })}${uses ? `: ${uses}` : ''}`;
  });
  return {
    color: embedColors.answered,
    title: `This server’s articles (${articles.length})`,
    description: truncateText(
      lines.join('\n') ||
        'None yet: the bot answers from its built-in article. Add one with `/factdesk-article add`.',
      limits.embedDescription,
    ),
  };
}

/**
 * `/factdesk-article add|use|list|remove`: the server's library of articles, for moderators (Manage
 * Server). Every reply is ephemeral; adding and removing are posted to the mod log.
 */
export const factdeskArticleCommand: SlashCommand = {
  data,
  checks: [moderatorOnly],
  async autocomplete(interaction, ctx) {
    await respondWithArticles(interaction, ctx);
  },
  async execute(interaction, ctx) {
    const guildId = interaction.guildId;
    if (!ctx.library || !guildId) {
      await interaction.reply(ephemeral(libraryMissingNotice));
      return;
    }
    const sub = interaction.options.getSubcommand(true);
    if (sub === 'add') {
      const file = interaction.options.getAttachment('file', true);
      await addArticle(
        interaction,
        ctx,
        { attachment: { url: file.url, name: file.name, size: file.size, contentType: file.contentType } },
        {
          date: interaction.options.getString('date')?.trim() || undefined,
          title: interaction.options.getString('title')?.trim() || undefined,
        },
      );
      return;
    }
    if (sub === 'list') {
      const articles = await ctx.library.articles.list(guildId);
      await interaction.reply({
        embeds: [formatArticleList(articles)],
        flags: MessageFlags.Ephemeral,
        allowedMentions: { parse: [] },
      });
      return;
    }
    const chosen = await chosenArticle(interaction, ctx, guildId);
    if (!chosen?.article) {
      await interaction.reply(ephemeral(unknownArticleNotice));
      return;
    }
    const { article } = chosen;
    const label = formatArticleLabel({ title: article.title, date: article.referenceDate });
    if (sub === 'use') {
      await ctx.library.articles.bind(guildId, interaction.channelId, article.id, interaction.user.id);
      await interaction.reply(
        ephemeral(`<#${interaction.channelId}> now answers from #${article.id} ${label}.`),
      );
      return;
    }
    const removed = await ctx.library.articles.remove(guildId, article.id, interaction.user.id);
    ctx.library.forget(article.id);
    await interaction.reply(
      ephemeral(
        `Removed #${article.id} ${label}. Channels that used it answer from the server’s default again; the mod log keeps the record.`,
      ),
    );
    if (removed) {
      await ctx.moderation?.postModLog(
        guildId,
        formatModLogEntry(articleLogEvent('article-removed', removed, interaction)),
      );
    }
  },
};
