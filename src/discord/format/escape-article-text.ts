import { escapeMarkdown } from 'discord.js';

/** Escaped texts kept: the sentences of the articles answering now (8 engines of some 50 sentences). */
const KEPT = 1024;
const escaped = new Map<string, string>();

/**
 * An article's sentence or title with Discord markdown escaped. The same sentences are cited answer after
 * answer, and escapeMarkdown runs a dozen regular expressions over each, so each is escaped once.
 *
 * @example escapeArticleText('The *only* meeting') // 'The \\*only\\* meeting'
 */
export function escapeArticleText(text: string): string {
  let result = escaped.get(text);
  if (result === undefined) {
    result = escapeMarkdown(text);
    // Past the bound (many articles in turn), start over rather than grow.
    if (escaped.size >= KEPT) escaped.clear();
    escaped.set(text, result);
  }
  return result;
}
