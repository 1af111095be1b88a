import { botMessagePayload, type EmulatedWorld } from './payloads.js';
import { makeSnowflake } from './snowflake.js';

/** What a REST route answers: a status and a JSON body (none for 204). */
export interface RestResult {
  status: number;
  json: unknown;
  headers?: Record<string, string>;
}

/**
 * The REST routes the bot calls, answered as Discord would (just the fields discord.js reads). Threads the
 * bot creates are added to `threads`, so the permission rules know them.
 */
export function createRestRoutes(
  world: EmulatedWorld,
  gatewayUrl: string,
  threads: Set<string>,
  sharding: { recommendedShards?: number; maxConcurrency?: number } = {},
) {
  return function route(
    method: string,
    path: string,
    query: URLSearchParams,
    body: Record<string, unknown>,
  ): RestResult {
    if (method === 'GET' && path === '/gateway/bot') {
      return {
        status: 200,
        json: {
          url: gatewayUrl,
          shards: sharding.recommendedShards ?? 1,
          session_start_limit: {
            total: 1000,
            remaining: 1000,
            reset_after: 0,
            max_concurrency: sharding.maxConcurrency ?? 1,
          },
        },
      };
    }
    if (method === 'GET' && (path === '/applications/@me' || path === '/oauth2/applications/@me')) {
      return { status: 200, json: { id: world.applicationId, name: 'factdesk', flags: 0, bot: world.bot } };
    }
    const channelPost = method === 'POST' ? path.match(/^\/channels\/(\d+)\/messages$/) : null;
    if (channelPost) {
      return { status: 200, json: botMessagePayload(world, channelPost[1] ?? '', body) };
    }
    // Opening a DM (the bot messaging a member privately) returns the member's DM channel.
    if (method === 'POST' && path === '/users/@me/channels') {
      return {
        status: 200,
        json: {
          id: world.dmChannelId,
          type: 1,
          last_message_id: null,
          recipients: [{ id: body.recipient_id, username: 'member', discriminator: '0', avatar: null }],
        },
      };
    }
    if (method === 'PUT' && /^\/channels\/\d+\/messages\/\d+\/reactions\/[^/]+\/@me$/.test(path)) {
      return { status: 204, json: undefined };
    }
    const threadPost = method === 'POST' ? path.match(/^\/channels\/(\d+)\/threads$/) : null;
    if (threadPost) {
      const id = makeSnowflake();
      threads.add(id);
      return {
        status: 201,
        json: {
          id,
          type: 11,
          guild_id: world.guildId,
          parent_id: threadPost[1],
          owner_id: world.bot.id,
          name: typeof body.name === 'string' ? body.name : 'thread',
          last_message_id: null,
          message_count: 0,
          member_count: 1,
          rate_limit_per_user: 0,
          flags: 0,
          thread_metadata: {
            archived: false,
            auto_archive_duration: body.auto_archive_duration ?? 1440,
            archive_timestamp: new Date().toISOString(),
            locked: false,
          },
        },
      };
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      if (query.get('with_response') !== 'true') return { status: 204, json: undefined };
      const message = botMessagePayload(world, world.channelId, (body.data ?? {}) as Record<string, unknown>);
      return {
        status: 200,
        json: { interaction: { id: makeSnowflake(), type: 2 }, resource: { type: body.type, message } },
      };
    }
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/.+)?$/.test(path)) {
      return { status: 200, json: botMessagePayload(world, world.channelId, body) };
    }
    const commandsPut =
      method === 'PUT' ? path.match(/^\/applications\/\d+(\/guilds\/(\d+))?\/commands$/) : null;
    if (commandsPut) {
      const guildId = commandsPut[2];
      const commands = Array.isArray(body) ? body : [];
      return {
        status: 200,
        json: commands.map((command: Record<string, unknown>) => ({
          id: makeSnowflake(),
          application_id: world.applicationId,
          version: makeSnowflake(),
          type: 1,
          default_member_permissions: null,
          ...command,
          ...(guildId ? { guild_id: guildId } : {}),
        })),
      };
    }
    return { status: 404, json: { message: '404: Not Found', code: 0 } };
  };
}
