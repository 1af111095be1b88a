/**
 * Folds a question to the key used to group "the same question" in the knowledge-gaps list: Discord
 * mentions dropped, lowercase, accents removed, punctuation and runs of spaces folded to one space.
 *
 * @example
 * normalizeQuestion('<@123> Who shot down the  drone?!') // 'who shot down the drone'
 */
export function normalizeQuestion(text: string): string {
  return text
    .replace(/<(?:@[!&]?|#)\d+>/g, ' ')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
