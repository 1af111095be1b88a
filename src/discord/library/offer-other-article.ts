import { type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import type { Answering } from '../../library/article-library.js';
import { labelOf } from '../answering-place.js';
import type { BotContext } from '../bot-context.js';
import type { CheckRequest } from '../checks.js';
import { limits, truncateText } from '../format/discord-limits.js';
import { formatArticleLabel } from '../format/format-answer.js';

/** `from:<articleId>:<question>`: answers the question from that article of the server. */
export const answerFromPrefix = 'from';

/** What a reply adds when another article answers: a sentence saying which, and a button to ask it. */
export interface ArticleOffer {
  text: string;
  button?: APIButtonComponent;
}

/**
 * When the question names things only another article of the server contains and that article answers it,
 * says which article that is and offers a button answering from it (never answering from it unasked).
 * @example const offer = answer.answered ? undefined : await offerOtherArticle(ctx, here, request);
 */
export async function offerOtherArticle(
  ctx: BotContext,
  here: Answering,
  request: CheckRequest,
): Promise<ArticleOffer | undefined> {
  if (!ctx.library || request.guildId === null || request.text.trim() === '') return undefined;
  const found = await ctx.library.elsewhere(request.guildId, request.text, here);
  if (!found) return undefined;
  const other = { title: found.article.title, date: found.article.referenceDate };
  const customId = `${answerFromPrefix}:${found.article.id}:${request.text.trim()}`;
  const text = `This channel answers from ${formatArticleLabel(labelOf(here.engine))}. Another article of this server, ${formatArticleLabel(other)}, answers that`;
  if (customId.length > limits.customId) {
    return { text: `${text}: ask in a channel that uses it (see \`/factdesk-article list\`).` };
  }
  return {
    text: `${text}: press the button to have it answered from there.`,
    button: {
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: truncateText(`Answer from “${found.article.title}”`, limits.buttonLabel),
      custom_id: customId,
    },
  };
}
