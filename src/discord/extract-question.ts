/** The parts of a message that decide whether the bot answers it. */
export interface IncomingMessage {
  content: string;
  authorIsBot: boolean;
  inGuild: boolean;
  /** The bot user is among the message's user mentions (not @everyone or a role). */
  mentionsBot: boolean;
  /** The message replies to a message the bot wrote. */
  repliesToBot: boolean;
}

/**
 * What the user asks, or undefined when the bot should stay quiet. An empty string means "show help"
 * (a bare mention, or an empty DM).
 * @example extractQuestion({ content: '<@42> who led the talks?', mentionsBot: true, ... }, '42') // 'who led the talks?'
 */
export function extractQuestion(message: IncomingMessage, botId: string): string | undefined {
  if (message.authorIsBot) return undefined;
  const text = message.content
    .replaceAll(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!message.inGuild || message.mentionsBot) return text;
  // A reply that does not ping the bot arrives with empty content unless the MessageContent intent is on:
  // nothing to answer then, and help would be noise.
  if (message.repliesToBot && text) return text;
  return undefined;
}
