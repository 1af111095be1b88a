import type { APIEmbed } from 'discord.js';
import type { Answer, Citation } from '../../engine/types.js';
import { escapeUserText } from '../../moderation/escape-user-text.js';
import type { ArticleLabel } from '../answering-place.js';
import { limits, truncateText } from './discord-limits.js';
import { escapeArticleText } from './escape-article-text.js';
import { fitEmbed } from './fit-embed.js';

export const embedColors = { answered: 0x2b6cb0, notAnswered: 0x718096 } as const;

/** One citation as a quoted line: `> **[3]** sentence text`. */
export function formatCitationQuote(citation: Citation): string {
  return `> **[${citation.sentence}]** ${escapeArticleText(citation.text)}`;
}

/**
 * An answer as plain message content: the answer, then each cited sentence quoted. Returns the blocks
 * (answer, then one per citation) so the caller can split them without cutting a citation.
 * @example formatAnswerBlocks(answer) // ['<person> led…', '> **[3]** <person>, the deputy…']
 */
export function formatAnswerBlocks(answer: Answer, article?: ArticleLabel): string[] {
  // The answer may repeat the member's words ("doesn't say anything about …"): escaped as their text.
  const source = article && answer.citations.length > 0 ? [`-# From ${formatArticleLabel(article)}:`] : [];
  return [escapeUserText(answer.text), ...source, ...answer.citations.map(formatCitationQuote)];
}

/** An article as replies name it: “Title” (yyyy-mm-dd). */
export function formatArticleLabel(article: ArticleLabel): string {
  return `“${escapeArticleText(article.title)}” (${article.date})`;
}

/**
 * An answer as an embed: the question as title, the answer as description, one field per cited sentence.
 * Citations that do not fit Discord's limits are dropped whole and counted in the footer.
 */
export function formatAnswerEmbed(answer: Answer, question?: string, article?: ArticleLabel): APIEmbed {
  const embed: APIEmbed = {
    color: answer.answered ? embedColors.answered : embedColors.notAnswered,
    description: truncateText(escapeUserText(answer.text), limits.embedDescription),
    fields: answer.citations.map((citation) => ({
      name: `Sentence ${citation.sentence}`,
      value: truncateText(`> ${escapeArticleText(citation.text)}`, limits.fieldValue),
    })),
    footer:
      answer.citations.length > 0
        ? {
            text: `${article ? `From “${article.title}” (${article.date}). ` : ''}Numbers refer to the article sentences shown by /source.`,
          }
        : undefined,
  };
  if (question?.trim()) embed.title = truncateText(escapeUserText(question.trim()), limits.embedTitle);
  return fitEmbed(embed);
}
