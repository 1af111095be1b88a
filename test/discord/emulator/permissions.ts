/**
 * Discord's permission rules for the REST calls the bot makes, written from Discord's API documentation
 * (Create Message, Create Reaction, Start Thread without Message), independently of the bot's own table, so
 * a test can check that table against what the bot's features actually need.
 */
export const permissionBits = {
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  ReadMessageHistory: 1n << 16n,
  CreatePublicThreads: 1n << 35n,
  SendMessagesInThreads: 1n << 38n,
} as const;

/** Every permission bit Discord defines today (what the emulator's role grants by default). */
export const ALL_PERMISSIONS = 2251799813685247n;

/**
 * What a REST call needs, given whether its channel is a guild channel and whether it is a thread; without
 * them Discord refuses it (403, code 50001 Missing Access without View Channels, else 50013).
 */
export function requirementOf(
  method: string,
  path: string,
  body: Record<string, unknown>,
  channel: { inGuild: boolean; isThread: boolean },
): bigint {
  if (!channel.inGuild) return 0n;
  const b = permissionBits;
  if (method === 'POST' && /^\/channels\/\d+\/messages$/.test(path)) {
    const reply = body.message_reference ? b.ReadMessageHistory : 0n;
    const send = channel.isThread ? b.SendMessagesInThreads : b.SendMessages;
    const embeds = Array.isArray(body.embeds) && body.embeds.length > 0 ? b.EmbedLinks : 0n;
    return b.ViewChannel | send | reply | embeds;
  }
  if (method === 'PUT' && /^\/channels\/\d+\/messages\/\d+\/reactions\/[^/]+\/@me$/.test(path)) {
    return b.ViewChannel | b.ReadMessageHistory | b.AddReactions;
  }
  if (method === 'POST' && /^\/channels\/\d+\/threads$/.test(path)) {
    return b.ViewChannel | b.CreatePublicThreads;
  }
  return 0n;
}
