import type { AutocompleteInteraction } from 'discord.js';
import type { BotContext } from '../bot-context.js';
import { limits, truncateText } from '../format/discord-limits.js';

export const libraryMissingNotice = 'The article library needs the bot’s database, which is not set up.';
export const unknownArticleNotice =
  'This server has no such article. Pick one from the list as you type (`/factdesk-article list` shows them all).';

/**
 * The server's articles matching what is typed (by id or words of the title): `#3 Title (2025-06-06)`, with
 * the article id as the value.
 */
export async function respondWithArticles(
  interaction: AutocompleteInteraction,
  ctx: BotContext,
): Promise<void> {
  if (!ctx.library || !interaction.guildId) {
    await interaction.respond([]);
    return;
  }
  const typed = String(interaction.options.getFocused()).trim().replace(/^#/, '').toLowerCase();
  const articles = await ctx.library.articles.list(interaction.guildId);
  const choices = articles
    .filter((a) => typed === '' || String(a.id) === typed || a.title.toLowerCase().includes(typed))
    .slice(0, limits.autocompleteChoices)
    .map((a) => ({
      name: truncateText(`#${a.id} ${a.title} (${a.referenceDate})`, limits.choiceName),
      value: String(a.id),
    }));
  await interaction.respond(choices);
}

/** An article option's value as an id: the chosen value, or what was typed (`3`, `#3`). */
export function parseArticleId(value: string): number | undefined {
  const id = Number(value.trim().replace(/^#/, ''));
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}
