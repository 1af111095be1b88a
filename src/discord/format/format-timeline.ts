import { type APIEmbed, ButtonStyle, ComponentType, escapeMarkdown } from 'discord.js';
import type { TimelineQuery, TimelineResult } from '../../engine/types.js';
import { escapeUserText } from '../../moderation/escape-user-text.js';
import { customIdPrefixes } from '../custom-ids.js';
import type { ButtonRow } from './answer-components.js';
import { limits, truncateText } from './discord-limits.js';
import { fitEmbed } from './fit-embed.js';
import { embedColors } from './format-answer.js';

/** Events per page; five keeps a page readable on a phone. */
export const timelinePageSize = 5;

export function countTimelinePages(result: TimelineResult): number {
  return Math.max(1, Math.ceil(result.entries.length / timelinePageSize));
}

/** A line describing the filters, with user text escaped, e.g. `from 2023 · about <a place>`. */
function describeQuery(query: TimelineQuery): string {
  const parts = [
    query.from ? `from ${escapeUserText(query.from)}` : '',
    query.to ? `to ${escapeUserText(query.to)}` : '',
    query.about ? `about ${escapeUserText(query.about)}` : '',
  ].filter(Boolean);
  return parts.join(' · ');
}

/**
 * One page of the timeline as an embed: each event with its date as the article words it and as resolved.
 * @param page zero-based; clamped to the available pages.
 */
export function formatTimelinePage(result: TimelineResult, query: TimelineQuery, page: number): APIEmbed {
  const pages = countTimelinePages(result);
  const current = Math.min(Math.max(page, 0), pages - 1);
  const entries = result.entries.slice(current * timelinePageSize, (current + 1) * timelinePageSize);
  const filters = describeQuery(query);
  const description = [
    filters ? `Events ${filters}, in date order.` : 'The article’s events in date order.',
    // The note may repeat what the member typed ("mentions nothing called …").
    result.note ? `_${escapeUserText(result.note)}_` : '',
    result.entries.length === 0 ? 'No events in the article match.' : '',
  ]
    .filter(Boolean)
    .join('\n');
  return fitEmbed({
    color: embedColors.answered,
    title: 'Timeline',
    description,
    fields: entries.map((entry) => ({
      name: truncateText(`${entry.resolved} — ${escapeMarkdown(entry.label)}`, limits.fieldName),
      value: truncateText(
        [
          `Article says “${escapeMarkdown(entry.dateText)}” → ${escapeMarkdown(entry.resolved)}`,
          escapeMarkdown(entry.summary),
          entry.citations.length
            ? `${entry.citations.length === 1 ? 'Sentence' : 'Sentences'} ${entry.citations.map((c) => c.sentence).join(', ')}`
            : '',
        ]
          .filter(Boolean)
          .join('\n'),
        limits.fieldValue,
      ),
    })),
    footer: pages > 1 ? { text: `Page ${current + 1} of ${pages}` } : undefined,
  });
}

/** Previous/Next buttons for a timeline session, or no rows when everything fits one page. */
export function buildTimelineButtons(sessionId: string, page: number, pages: number): ButtonRow[] {
  if (pages <= 1) return [];
  const button = (label: string, target: number, disabled: boolean) => ({
    type: ComponentType.Button as const,
    style: ButtonStyle.Primary as const,
    label,
    custom_id: `${customIdPrefixes.timelinePage}:${sessionId}:${target}`,
    disabled,
  });
  return [
    {
      type: ComponentType.ActionRow,
      components: [button('Previous', page - 1, page <= 0), button('Next', page + 1, page >= pages - 1)],
    },
  ];
}
