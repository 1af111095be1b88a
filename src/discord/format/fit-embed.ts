import type { APIEmbed } from 'discord.js';
import { limits, truncateText } from './discord-limits.js';

/** Characters Discord counts towards the 6,000 total of an embed. */
export function measureEmbed(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/**
 * Makes an embed fit Discord's limits: truncates title/description/footer at word boundaries and drops whole
 * trailing fields (never half a field) past 25 or past the 6,000-character total, saying how many in the footer.
 */
export function fitEmbed(embed: APIEmbed, budget: number = limits.embedTotal): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (fitted.title) fitted.title = truncateText(fitted.title, limits.embedTitle);
  if (fitted.description) fitted.description = truncateText(fitted.description, limits.embedDescription);
  const fields = (embed.fields ?? []).map((f) => ({
    ...f,
    name: truncateText(f.name, limits.fieldName),
    value: truncateText(f.value, limits.fieldValue),
  }));
  const noteFor = (dropped: number) => ` (${dropped} more not shown)`;
  const baseFooter = fitted.footer?.text ?? '';
  const kept: typeof fields = [];
  for (const [i, field] of fields.entries()) {
    const dropped = fields.length - i - 1;
    const footerAfter = baseFooter.length + (dropped > 0 ? noteFor(dropped).length + 1 : 0);
    const size = measureEmbed({ ...fitted, fields: [...kept, field], footer: undefined }) + footerAfter;
    if (kept.length >= limits.embedFields || size > budget) break;
    kept.push(field);
  }
  const dropped = fields.length - kept.length;
  if (dropped > 0) fitted.footer = { text: `${baseFooter}${noteFor(dropped)}`.trim() };
  if (fields.length > 0 || embed.fields) fitted.fields = kept;
  if (!fitted.fields?.length) delete fitted.fields;
  if (!fitted.footer?.text) delete fitted.footer;
  return fitted;
}
