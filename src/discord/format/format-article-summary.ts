import { type APIEmbed, escapeMarkdown } from 'discord.js';
import { compareIsoDates } from '../../facts/compare-iso-dates.js';
import type { ArticleData } from '../../facts/load-facts.js';
import type { StoredArticle } from '../../storage/article-repository.js';
import { limits, truncateText } from './discord-limits.js';
import { fitEmbed } from './fit-embed.js';
import { embedColors } from './format-answer.js';

const MAX_PEOPLE = 12;
const MAX_EVENTS = 8;

/** Lines that fit one embed field, with "and N more" when some do not. */
function listField(name: string, lines: readonly string[], max: number): APIEmbed['fields'] {
  if (lines.length === 0) return [];
  const shown = lines.slice(0, max);
  const more = lines.length - shown.length;
  const value = [...shown, ...(more > 0 ? [`…and ${more} more`] : [])].join('\n');
  return [{ name, value: truncateText(value, limits.fieldValue) }];
}

/**
 * What a moderator sees after adding an article: its id, title and date, the people with their roles, a
 * short timeline, and the people it could not place, for them to check.
 * @example formatArticleSummary(article, data, true).title // 'Added article #3: <headline>'
 */
export function formatArticleSummary(article: StoredArticle, data: ArticleData, created: boolean): APIEmbed {
  const { facts, meta } = data;
  const people = facts.entities.filter((e) => e.kind === 'person');
  const unplaced = people.filter((p) => p.description.startsWith('mentioned in the article'));
  const placed = people.filter((p) => !unplaced.includes(p));
  const timeline = [...facts.events].sort((a, b) => compareIsoDates(a.date.start, b.date.start));
  const dateNote = meta.referenceDate.inferred ? ` (inferred: ${meta.referenceDate.note})` : '';
  return fitEmbed({
    color: embedColors.answered,
    title: truncateText(
      `${created ? 'Added' : 'Already in the library:'} article #${article.id}: ${article.title}`,
      limits.embedTitle,
    ),
    description: truncateText(
      `Dated ${article.referenceDate}${escapeMarkdown(dateNote)}. Use \`/factdesk-article use article:#${article.id}\` in a channel to answer from it there.`,
      limits.embedDescription,
    ),
    fields: [
      ...(listField(
        `People (${placed.length})`,
        placed.map((p) => `**${escapeMarkdown(p.name)}**: ${escapeMarkdown(p.description)}`),
        MAX_PEOPLE,
      ) ?? []),
      ...(listField(
        `Timeline (${timeline.length} dated events)`,
        timeline.map(
          (e) => `${escapeMarkdown(e.date.resolved)}: ${escapeMarkdown(truncateText(e.label, 90))}`,
        ),
        MAX_EVENTS,
      ) ?? []),
      ...(listField(
        'Could not place (no role found: check)',
        unplaced.map((p) => escapeMarkdown(p.name)),
        MAX_PEOPLE,
      ) ?? []),
    ],
  });
}
