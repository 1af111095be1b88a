import { type APIEmbed, escapeMarkdown } from 'discord.js';
import type { ArticleInfo } from '../../engine/types.js';
import { limits } from './discord-limits.js';
import { measureEmbed } from './fit-embed.js';
import { embedColors } from './format-answer.js';

/**
 * The article as embeds: title and summary, then every sentence numbered as citations refer to them.
 * Sentences are packed whole into descriptions; if the article outgrows one message's 6,000 characters
 * the last embed says how many sentences were left out.
 */
export function formatSourceEmbeds(article: ArticleInfo): APIEmbed[] {
  const head: APIEmbed = {
    color: embedColors.answered,
    title: escapeMarkdown(article.title).slice(0, limits.embedTitle),
    description: `${escapeMarkdown(article.summary)}\n\n*Written around ${article.referenceDate}: ${escapeMarkdown(article.referenceDateNote)}*`,
  };
  const embeds: APIEmbed[] = [head];
  let total = measureEmbed(head);
  let current: string[] = [];
  let omitted = 0;
  const flush = () => {
    if (current.length) embeds.push({ color: embedColors.answered, description: current.join('\n') });
    current = [];
  };
  for (const sentence of article.sentences) {
    const line = `**${sentence.n}.** ${escapeMarkdown(sentence.text)}`;
    const reserve = 40; // room for the "N sentences not shown" footer
    if (total + line.length + 1 + reserve > limits.embedTotal || embeds.length >= limits.embedsPerMessage) {
      omitted += 1;
      continue;
    }
    if ([...current, line].join('\n').length > limits.embedDescription) flush();
    current.push(line);
    total += line.length + 1;
  }
  flush();
  const last = embeds[embeds.length - 1];
  if (last) {
    last.footer = {
      text: omitted
        ? `${omitted} more sentences not shown.`
        : `${article.sentences.length} sentences; answers cite them by number.`,
    };
  }
  return embeds;
}
