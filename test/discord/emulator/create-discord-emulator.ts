import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { WebSocketServer } from 'ws';
import { createAttachmentHost } from './attachments.js';
import { EmulatedGateway } from './gateway.js';
import {
  addChannels,
  addGuilds,
  type EmulatedGuild,
  type EmulatedUser,
  type EmulatedWorld,
  everyoneRole,
  type InteractionInput,
  interactionPayload,
  type MessageInput,
  makeWorld,
  messagePayload,
} from './payloads.js';
import { ALL_PERMISSIONS, permissionBits, requirementOf } from './permissions.js';
import { createRestRoutes } from './rest-routes.js';

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
  /** When the request arrived (`performance.now()` of this process), for load measurements. */
  receivedAt: number;
}

export interface RequestMatch {
  method?: string;
  path?: string | RegExp;
}

export interface EmulatorOptions {
  /** The heartbeat interval HELLO asks for (Discord's is about 41 s). */
  heartbeatIntervalMs?: number;
  /** The shard count `GET /gateway/bot` recommends (1 by default). */
  recommendedShards?: number;
  /** How many shards may identify at once, per `GET /gateway/bot` (1 by default, as for most bots). */
  maxConcurrency?: number;
  /** Servers besides the main one, with one channel each (see `addGuilds`). */
  extraGuilds?: number;
  /** Text channels in the main server besides its first (none by default; see `addChannels`). */
  moreChannels?: number;
}

/** A request Discord actually answered (not rate limited, not a server error the client will retry). */
const answered = (request: RecordedRequest) => request.status !== 429 && request.status < 500;

const matches = (request: RecordedRequest, match: RequestMatch) =>
  (!match.method || request.method === match.method) &&
  (match.path === undefined ||
    (typeof match.path === 'string' ? request.path === match.path : match.path.test(request.path)));

/**
 * A loopback emulator of Discord's REST API v10 and gateway, enough for the real discord.js 14 client:
 * it records every REST request and lets tests inject gateway events and faults.
 */
export async function createDiscordEmulator(options: EmulatorOptions = {}) {
  const world: EmulatedWorld = makeWorld();
  addGuilds(world, options.extraGuilds ?? 0);
  addChannels(world, options.moreChannels ?? 0);
  const requests: RecordedRequest[] = [];
  const consumed = new Set<RecordedRequest>();
  let waiters: { match: RequestMatch; resolve: (r: RecordedRequest) => void }[] = [];
  const rateLimits: { match: RequestMatch; retryAfter: number }[] = [];
  const refusals: { match: RequestMatch; status: number; code: number; message: string }[] = [];
  /** Requests answered with a server error until the outage ends. */
  let outage: { match: RequestMatch; status: number } | undefined;
  /** Threads in the guild (created through REST or announced with `markThread`). */
  const threads = new Set<string>();
  const permissions = { granted: ALL_PERMISSIONS, used: 0n };

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
  const gateway = new EmulatedGateway(world, () => gatewayUrl, options.heartbeatIntervalMs);
  const route = createRestRoutes(world, gatewayUrl, threads, options);
  const attachments = createAttachmentHost(() => `http://127.0.0.1:${port}`);
  gateway.attach(wss);

  async function readBody(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? JSON.parse(text) : undefined;
  }

  async function handleRest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = performance.now();
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    // discord.js URL-encodes `@original`; decode so tests match on readable paths.
    const path = decodeURIComponent(url.pathname.replace(/^\/api(\/v\d+)?/, ''));
    const method = req.method ?? 'GET';
    if (attachments.serve(method, url.pathname, res)) return;
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
      const json = (body ?? {}) as Record<string, unknown>;
      const down = outage !== undefined && matches({ method, path } as RecordedRequest, outage.match);
      result = down
        ? { status: outage?.status ?? 500, json: { message: 'Internal Server Error', code: 0 } }
        : refusal
          ? { status: refusal.status, json: { message: refusal.message, code: refusal.code } }
          : (checkPermissions(method, path, json) ?? route(method, path, url.searchParams, json));
    }
    const recorded: RecordedRequest = {
      method,
      path,
      query: url.searchParams,
      body,
      status: result.status,
      response: result.json,
      authorization: req.headers.authorization,
      receivedAt,
    };
    requests.push(recorded);
    // A 204 has no body, so no content type (the client would try to parse nothing as JSON).
    res.writeHead(result.status, {
      ...(result.json === undefined ? {} : { 'content-type': 'application/json' }),
      ...result.headers,
    });
    res.end(result.json === undefined ? undefined : JSON.stringify(result.json));
    if (answered(recorded)) deliver(recorded);
  }

  /**
   * Applies Discord's permission rules: a missing permission refuses the call as Discord does (50001 without
   * View Channels, else 50013). Records what each allowed call needed.
   */
  function checkPermissions(method: string, path: string, body: Record<string, unknown>) {
    const channelId = path.match(/^\/channels\/(\d+)\//)?.[1];
    const inGuild = channelId !== undefined && channelId !== world.dmChannelId;
    const isThread = channelId !== undefined && threads.has(channelId);
    const needed = requirementOf(method, path, body, { inGuild, isThread });
    const missing = needed & ~permissions.granted;
    if (missing !== 0n) {
      const noAccess = (missing & permissionBits.ViewChannel) !== 0n;
      const json = noAccess
        ? { message: 'Missing Access', code: 50001 }
        : { message: 'Missing Permissions', code: 50013 };
      return { status: 403, json };
    }
    permissions.used |= needed;
    return undefined;
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
    /** Files members uploaded, served over HTTP like Discord's CDN (see `createAttachmentHost`). */
    attachments,

    /**
     * Resolves with the oldest not-yet-taken answered request (no 429 or 5xx) that matches (already made or yet to come).
     * Each request is handed out once, so consecutive calls walk through replies in order.
     */
    nextRequest(match: RequestMatch): Promise<RecordedRequest> {
      const found = requests.find((r) => answered(r) && !consumed.has(r) && matches(r, match));
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
    injectInteraction(input: InteractionInput, user: EmulatedUser = world.user, guild?: EmulatedGuild) {
      const payload = interactionPayload(world, input, user, guild);
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

    /** Answers every matching request with a server error (500 by default) until `endOutage()`. */
    startOutage(match: RequestMatch, status = 500): void {
      outage = { match, status };
    },

    endOutage(): void {
      outage = undefined;
    },

    /** Tells the emulator a channel is a thread (for the permission rules), e.g. one a test announced. */
    markThread(channelId: string): void {
      threads.add(channelId);
    },

    /**
     * Grants the bot exactly these permissions from now on: REST calls follow Discord's rules for them, and
     * the client is told through GUILD_ROLE_UPDATE (so its own permission maths agrees).
     */
    grantPermissions(bits: bigint): void {
      permissions.granted = bits;
      world.rolePermissions = bits.toString();
      gateway.dispatch('GUILD_ROLE_UPDATE', { guild_id: world.guildId, role: everyoneRole(world) });
    },

    /** Every permission the bot's REST calls have needed so far (guild channels only). */
    get permissionsUsed(): bigint {
      return permissions.used;
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
