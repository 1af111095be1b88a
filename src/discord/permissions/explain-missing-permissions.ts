import { type Client, DiscordAPIError, PermissionFlagsBits, RESTJSONErrorCodes } from 'discord.js';
import { type BotPermission, botPermissionNames, permissionLabel } from './bot-permissions.js';

/** A request Discord refused for want of a permission: 50013 Missing Permissions or 50001 Missing Access. */
export function isMissingPermissions(error: unknown): error is DiscordAPIError {
  return (
    error instanceof DiscordAPIError &&
    (error.code === RESTJSONErrorCodes.MissingPermissions || error.code === RESTJSONErrorCodes.MissingAccess)
  );
}

/** Which permissions a refused request lacked, and in which channel, in words for members and logs. */
export interface MissingPermissions {
  channelId: string | undefined;
  permissions: BotPermission[];
  /** e.g. "Create Public Threads", or "Send Messages and Embed Links". */
  labels: string;
  /** The member-facing sentence. */
  notice: string;
}

/**
 * Works out which permission a refused request lacked. Discord's error does not say, so this takes what the
 * request needs (by its route and body) and keeps those the bot lacks in that channel by the client's own
 * permission maths; when the cache cannot tell, it names everything the request needs.
 * @example explainMissingPermissions(error, client).notice // 'I can’t do that in <#1>: I’m missing …'
 */
export function explainMissingPermissions(error: DiscordAPIError, client: Client): MissingPermissions {
  const path = new URL(error.url, 'https://discord.invalid').pathname.replace(/^\/api(\/v\d+)?/, '');
  const channelId = path.match(/^\/channels\/(\d+)/)?.[1];
  const channel = channelId ? client.channels.cache.get(channelId) : undefined;
  const needed = neededFor(error.method, path, error.requestBody.json, channel?.isThread() ?? false);
  const granted =
    channel && 'permissionsFor' in channel && client.user ? channel.permissionsFor(client.user) : null;
  const lacking = granted ? needed.filter((name) => !granted.has(PermissionFlagsBits[name])) : [];
  const permissions = lacking.length > 0 ? lacking : needed;
  const labels = listLabels(permissions);
  const where = channelId ? `in <#${channelId}>` : 'here';
  const noun = permissions.length === 1 ? 'permission' : 'permissions';
  return {
    channelId,
    permissions,
    labels,
    notice: `I can’t do that ${where}: I’m missing the ${labels} ${noun} there. A server admin can grant ${permissions.length === 1 ? 'it' : 'them'} in the channel or server settings.`,
  };
}

/** What a request to this route needs, by Discord's rules for the calls the bot makes. */
function neededFor(method: string, path: string, json: unknown, inThread: boolean): BotPermission[] {
  const body = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (method === 'POST' && /^\/channels\/\d+\/messages$/.test(path)) {
    return [
      'ViewChannel',
      inThread ? 'SendMessagesInThreads' : 'SendMessages',
      ...(body.message_reference ? (['ReadMessageHistory'] as const) : []),
      ...(Array.isArray(body.embeds) && body.embeds.length > 0 ? (['EmbedLinks'] as const) : []),
    ];
  }
  if (method === 'PUT' && /\/reactions\//.test(path))
    return ['ViewChannel', 'ReadMessageHistory', 'AddReactions'];
  if (method === 'POST' && /^\/channels\/\d+\/threads$/.test(path))
    return ['ViewChannel', 'CreatePublicThreads'];
  return [...botPermissionNames];
}

function listLabels(names: readonly BotPermission[]): string {
  const labels = names.map(permissionLabel);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}
