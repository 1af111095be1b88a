import {
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
} from 'discord.js';
import { formatModLogEntry, type ModLogEvent } from '../../moderation/format-mod-log.js';
import type { StoredArticle } from '../../storage/article-repository.js';
import type { BotContext } from '../bot-context.js';
import { formatArticleSummary } from '../format/format-article-summary.js';
import { libraryMissingNotice } from './article-choices.js';
import { type AttachmentInfo, downloadArticleAttachment } from './download-attachment.js';

/** Where the article comes from: an attachment to download, or text already in hand (a message's). */
export type ArticleSource = { attachment: AttachmentInfo } | { text: string };

/**
 * Adds an article for a moderator and replies ephemerally with its summary or what is wrong with it.
 * The reply is deferred first: downloading and ingesting a long article takes longer than Discord waits.
 */
export async function addArticle(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  ctx: BotContext,
  source: ArticleSource,
  options: { date?: string | undefined; title?: string | undefined } = {},
): Promise<void> {
  const { library, moderation } = ctx;
  const guildId = interaction.guildId;
  if (!library || !guildId) {
    await interaction.reply({ content: libraryMissingNotice, flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const download =
    'attachment' in source
      ? await downloadArticleAttachment(source.attachment)
      : { ok: true as const, bytes: Buffer.from(source.text, 'utf8') };
  if (!download.ok) {
    await interaction.editReply({ content: download.problem });
    return;
  }
  const added = await library.add({
    guildId,
    addedBy: interaction.user.id,
    bytes: download.bytes,
    ...options,
  });
  if (!added.ok) {
    await interaction.editReply({ content: added.problem });
    return;
  }
  ctx.logger.info('article added', {
    guild: guildId,
    article: added.article.id,
    created: added.created,
    user: interaction.user.id,
  });
  await interaction.editReply({
    embeds: [formatArticleSummary(added.article, added.data, added.created)],
    allowedMentions: { parse: [] },
  });
  if (added.created) {
    await moderation?.postModLog(
      guildId,
      formatModLogEntry(articleLogEvent('article-added', added.article, interaction)),
    );
  }
}

/** The mod-log event of a moderator adding or removing an article, where they did it. */
export function articleLogEvent(
  kind: 'article-added' | 'article-removed',
  article: StoredArticle,
  by: { user: { id: string }; channelId: string | null },
): ModLogEvent {
  return {
    kind,
    articleId: article.id,
    title: article.title,
    referenceDate: article.referenceDate,
    moderatorId: by.user.id,
    guildId: article.guildId,
    channelId: by.channelId ?? '',
    messageId: null,
  };
}
