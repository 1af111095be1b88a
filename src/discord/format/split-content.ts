import { limits } from './discord-limits.js';

/**
 * Packs blocks (paragraphs, quoted citations) into as few messages as fit `max` characters, joining
 * blocks with a blank line and never splitting a block unless it alone is longer than a message.
 * @example splitContent(['answer', '> [1] cited sentence']) // ['answer\n\n> [1] cited sentence']
 */
export function splitContent(blocks: readonly string[], max: number = limits.content): string[] {
  const messages: string[] = [];
  let current = '';
  for (const block of blocks.flatMap((b) => splitOversizeBlock(b, max))) {
    const joined = current ? `${current}\n\n${block}` : block;
    if (joined.length <= max) {
      current = joined;
    } else {
      messages.push(current);
      current = block;
    }
  }
  if (current) messages.push(current);
  return messages;
}

/** Only for a single block longer than a whole message: split at line breaks or spaces, never mid-word. */
function splitOversizeBlock(block: string, max: number): string[] {
  const parts: string[] = [];
  let rest = block;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const at = Math.max(window.lastIndexOf('\n'), window.lastIndexOf(' '));
    const cut = at > max / 2 ? at : max;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}
