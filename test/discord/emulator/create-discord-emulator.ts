import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { EmulatedGateway } from './gateway.js';
import {
  botMessagePayload,
  type EmulatedUser,
  type EmulatedWorld,
  type InteractionInput,
  interactionPayload,
  type MessageInput,
  makeWorld,
  messagePayload,
} from './payloads.js';
import { makeSnowflake } from './snowflake.js';

/** One REST request the bot made, with what the emulator answered. */
export interface RecordedRequest {
  method: string;
  /** Decoded path below `/api/v10`, e.g. `/channels/123/messages` or `/webhooks/1/tok/messages/@original`. */
  path: string;
  query: URLSearchParams;
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are arbitrary JSON the tests inspect freely.
  body: any;
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: as above, the JSON the emulator answered.
  response: any;
  authorization: string | undefined;
}

export interface RequestMatch {
  method?: string;
  path?: string | RegExp;
}

const matches = (request: RecordedRequest, match: RequestMatch) =>
  (!match.method || request.method === match.method) &&
  (match.path === undefined ||
    (typeof match.path === 'string' ? request.path === match.path : match.path.test(request.path)));

/**
 * A loopback emulator of Discord's REST API v10 and gateway, enough for the real discord.js 14 client:
 * it records every REST request and lets tests inject gateway events and faults.
 */
export async function createDiscordEmulator() {
  const world: EmulatedWorld = makeWorld();
  const requests: RecordedRequest[] = [];
  const consumed = new Set<RecordedRequest>();
  let waiters: { match: RequestMatch; resolve: (r: RecordedRequest) => void }[] = [];
  const rateLimits: { match: RequestMatch; retryAfter: number }[] = [];
  const refusals: { match: RequestMatch; status: number; code: number; message: string }[] = [];

  const server = createServer((req, res) => {
    void handleRest(req, res);
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
  const gateway = new EmulatedGateway(world, () => gatewayUrl);
  gateway.attach(wss);

  async function readBody(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? JSON.parse(text) : undefined;
  }

  function route(method: string, path: string, query: URLSearchParams, body: Record<string, unknown>) {
    if (method === 'GET' && path === '/gateway/bot') {
      return {
        status: 200,
        json: {
          url: gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
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
      return {
        status: 201,
        json: {
          id: makeSnowflake(),
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
  }

  async function handleRest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    // discord.js URL-encodes `@original`; decode so tests match on readable paths.
    const path = decodeURIComponent(url.pathname.replace(/^\/api(\/v\d+)?/, ''));
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    const limitIndex = rateLimits.findIndex((r) => matches({ method, path } as RecordedRequest, r.match));
    let result: { status: number; json: unknown; headers?: Record<string, string> };
    if (limitIndex >= 0) {
      const [limit] = rateLimits.splice(limitIndex, 1);
      const retryAfter = limit?.retryAfter ?? 0.05;
      result = {
        status: 429,
        json: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
        headers: { 'retry-after': String(retryAfter), 'x-ratelimit-scope': 'user' },
      };
    } else {
      const refusalIndex = refusals.findIndex((r) => matches({ method, path } as RecordedRequest, r.match));
      const [refusal] = refusalIndex >= 0 ? refusals.splice(refusalIndex, 1) : [];
      result = refusal
        ? { status: refusal.status, json: { message: refusal.message, code: refusal.code } }
        : route(method, path, url.searchParams, (body ?? {}) as Record<string, unknown>);
    }
    const recorded: RecordedRequest = {
      method,
      path,
      query: url.searchParams,
      body,
      status: result.status,
      response: result.json,
      authorization: req.headers.authorization,
    };
    requests.push(recorded);
    // A 204 has no body, so no content type (the client would try to parse nothing as JSON).
    res.writeHead(result.status, {
      ...(result.json === undefined ? {} : { 'content-type': 'application/json' }),
      ...result.headers,
    });
    res.end(result.json === undefined ? undefined : JSON.stringify(result.json));
    if (result.status !== 429) deliver(recorded);
  }

  function deliver(request: RecordedRequest): void {
    const waiter = waiters.find((w) => matches(request, w.match));
    if (!waiter) return;
    consumed.add(request);
    waiters = waiters.filter((w) => w !== waiter);
    waiter.resolve(request);
  }

  return {
    world,
    /** The value for DISCORD_API_URL / discord.js `rest.api`. */
    apiUrl: `http://127.0.0.1:${port}/api`,
    /** Every REST request so far, in arrival order (including ones answered 429). */
    requests,
    gateway,

    /**
     * Resolves with the oldest not-yet-taken successful request that matches (already made or yet to come).
     * Each request is handed out once, so consecutive calls walk through replies in order.
     */
    nextRequest(match: RequestMatch): Promise<RecordedRequest> {
      const found = requests.find((r) => r.status !== 429 && !consumed.has(r) && matches(r, match));
      if (found) {
        consumed.add(found);
        return Promise.resolve(found);
      }
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },

    /** The next message the bot posts in a channel (the guild channel unless another id is given). */
    nextMessage(channelId = world.channelId): Promise<RecordedRequest> {
      return this.nextRequest({ method: 'POST', path: `/channels/${channelId}/messages` });
    },

    /** Sends MESSAGE_CREATE, applying Discord's content rule for apps without the MessageContent intent. */
    injectMessage(input: MessageInput) {
      const payload = messagePayload(world, input);
      const inGuild = input.guild ?? true;
      const mentionsBot = (input.mentions ?? []).some((u) => u.id === world.bot.id);
      if (inGuild && !mentionsBot && input.author.id !== world.bot.id && !gateway.hasMessageContent) {
        payload.content = '';
      }
      gateway.dispatch('MESSAGE_CREATE', payload);
      return payload;
    },

    /** Sends INTERACTION_CREATE from `user` (the asker by default); returns the payload (id, token). */
    injectInteraction(input: InteractionInput, user: EmulatedUser = world.user) {
      const payload = interactionPayload(world, input, user);
      gateway.dispatch('INTERACTION_CREATE', payload);
      return payload;
    },

    /** The callback the bot sent for one injected interaction. */
    nextCallback(interaction: { id: string; token: string }): Promise<RecordedRequest> {
      return this.nextRequest({
        method: 'POST',
        path: `/interactions/${interaction.id}/${interaction.token}/callback`,
      });
    },

    /** Answers the next matching request with 429 and `retry-after` (seconds). */
    rateLimitNext(match: RequestMatch, retryAfter = 0.05): void {
      rateLimits.push({ match, retryAfter });
    },

    /** Answers the next matching request with an error, as Discord does (e.g. 403 50007: the user's DMs are closed). */
    refuseNext(
      match: RequestMatch,
      status = 403,
      code = 50007,
      message = 'Cannot send messages to this user',
    ): void {
      refusals.push({ match, status, code, message });
    },

    /** Closes the gateway socket with `code`; resolves once the client has resumed. */
    async closeGatewayAndAwaitResume(code = 4000): Promise<void> {
      const resumed = gateway.next('resumed');
      gateway.close(code);
      await resumed;
    },

    /** Sends op 7 (reconnect); resolves once the client has resumed. */
    async reconnectAndAwaitResume(): Promise<void> {
      const resumed = gateway.next('resumed');
      gateway.requestReconnect();
      await resumed;
    },

    /** Stops the servers; call after the client is destroyed. */
    async close(): Promise<void> {
      for (const socket of gateway.sockets) socket.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type DiscordEmulator = Awaited<ReturnType<typeof createDiscordEmulator>>;
