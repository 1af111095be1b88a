import { limits } from './format/discord-limits.js';

/**
 * Button custom ids are `<prefix>:<payload>` and at most 100 characters. The prefix routes the press
 * (see `ButtonRoute`); other layers (e.g. moderation votes) register their own prefixes.
 */
export const customIdPrefixes = { ask: 'ask', timelinePage: 'tl' } as const;

/**
 * The custom id of a follow-up button, or undefined when the question is too long to carry in one.
 * @example makeAskCustomId('Who is <person>?') // 'ask:Who is <person>?'
 */
export function makeAskCustomId(question: string): string | undefined {
  const id = `${customIdPrefixes.ask}:${question}`;
  return id.length <= limits.customId ? id : undefined;
}

/**
 * Splits a custom id at its first colon.
 * @example parseCustomId('tl:abc:2') // { prefix: 'tl', payload: 'abc:2' }
 */
export function parseCustomId(customId: string): { prefix: string; payload: string } {
  const at = customId.indexOf(':');
  return at < 0
    ? { prefix: customId, payload: '' }
    : { prefix: customId.slice(0, at), payload: customId.slice(at + 1) };
}
