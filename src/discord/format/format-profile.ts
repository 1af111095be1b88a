import { type APIEmbed, escapeMarkdown } from 'discord.js';
import type { Profile } from '../../engine/types.js';
import { limits, truncateText } from './discord-limits.js';
import { fitEmbed } from './fit-embed.js';
import { embedColors } from './format-answer.js';

/** A profile card: name, kind, summary, the fact-store fields inline, then the cited sentences. */
export function formatProfileEmbed(profile: Profile): APIEmbed {
  return fitEmbed({
    color: embedColors.answered,
    title: escapeMarkdown(profile.name),
    description: `*${escapeMarkdown(profile.kind)}*\n${escapeMarkdown(profile.summary)}`,
    fields: [
      ...profile.fields.map((field) => ({
        name: escapeMarkdown(field.label),
        value: truncateText(escapeMarkdown(field.value), limits.fieldValue) || '—',
        inline: true,
      })),
      ...profile.citations.map((citation) => ({
        name: `Sentence ${citation.sentence}`,
        value: `> ${escapeMarkdown(citation.text)}`,
      })),
    ],
  });
}
