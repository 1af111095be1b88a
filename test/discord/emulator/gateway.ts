import type { WebSocket, WebSocketServer } from 'ws';
import { allGuilds, type EmulatedWorld, guildCreatePayload, readyPayload, shardOf } from './payloads.js';
import { makeSnowflake } from './snowflake.js';

const messageContentIntent = 1 << 15;

interface Session {
  id: string;
  intents: number;
  seq: number;
  socket: WebSocket | undefined;
  /** `[shard id, shard count]` as the client identified. */
  shard: [number, number];
}

type GatewayEventName = 'identified' | 'resumed';

/** One IDENTIFY the emulator answered, and one event it sent to a shard. */
export interface GatewayRecord {
  identifies: [number, number][];
  /** Events dispatched with a guild id: which shard got which server's event. */
  deliveries: { shard: number; t: string; guildId: string }[];
}

/**
 * The gateway half of the emulator: HELLO, heartbeat ACKs, IDENTIFY -> READY + GUILD_CREATE (the servers of
 * the identified shard), RESUME -> RESUMED, and dispatching events to the shard that owns their server, as
 * Discord does: `(guild_id >> 22) % shard count`, and shard 0 for events without a server (DMs).
 */
export class EmulatedGateway {
  /** The live session of each shard, by shard id. */
  private readonly shards = new Map<number, Session>();
  private waiters: { event: GatewayEventName; shard?: number; resolve: () => void }[] = [];
  /** When set, the next IDENTIFY is answered by closing with this code (e.g. 4014 for a privileged intent). */
  private identifyCloseCode: number | undefined;
  readonly sockets = new Set<WebSocket>();
  readonly record: GatewayRecord = { identifies: [], deliveries: [] };

  constructor(
    private readonly world: EmulatedWorld,
    private readonly url: () => string,
    /** Discord asks for about 41 s; tests of heartbeat pings ask for less. */
    private readonly heartbeatIntervalMs = 41_250,
  ) {}

  attach(server: WebSocketServer): void {
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('message', (raw) => this.onFrame(socket, JSON.parse(String(raw))));
      socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } }));
    });
  }

  /** True when the live session (shard 0's) asked for the MessageContent intent. */
  get hasMessageContent(): boolean {
    return ((this.shards.get(0)?.intents ?? 0) & messageContentIntent) !== 0;
  }

  /** Shards with a live session, by id. */
  get liveShards(): number[] {
    return [...this.shards.entries()]
      .filter(([, session]) => session.socket !== undefined && session.socket.readyState === 1)
      .map(([id]) => id)
      .sort((a, b) => a - b);
  }

  /** Resolves at the next IDENTIFY or RESUME answered (of one shard, when given). */
  next(event: GatewayEventName, shard?: number): Promise<void> {
    return new Promise((resolve) => this.waiters.push({ event, shard, resolve }));
  }

  /** Sends an event to the shard that owns its server (`d.guild_id`), or to shard 0. */
  dispatch(t: string, d: unknown): void {
    const guildId = (d as { guild_id?: unknown } | null)?.guild_id;
    const count = this.shards.get(0)?.shard[1] ?? [...this.shards.values()][0]?.shard[1] ?? 1;
    const shard = typeof guildId === 'string' ? shardOf(guildId, count) : 0;
    const session = this.shards.get(shard);
    if (!session?.socket) throw new Error(`No live gateway session on shard ${shard} to dispatch ${t} to`);
    if (typeof guildId === 'string') this.record.deliveries.push({ shard, t, guildId });
    this.send(session, t, d);
  }

  /** Closes a shard's live socket with a close code (4000 is resumable; 4004 is not). */
  close(code: number, shard = 0): void {
    this.shards.get(shard)?.socket?.close(code, 'emulator close');
  }

  /** Answers the next IDENTIFY by closing the socket with `code`, as Discord does for a bad token or intent. */
  closeOnIdentify(code: number): void {
    this.identifyCloseCode = code;
  }

  /** Sends op 7: the client should reconnect and resume. */
  requestReconnect(shard = 0): void {
    this.shards.get(shard)?.socket?.send(JSON.stringify({ op: 7, d: null }));
  }

  private send(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    session.socket?.send(JSON.stringify({ op: 0, t, s: session.seq, d }));
  }

  private onFrame(socket: WebSocket, frame: { op: number; d: Record<string, unknown> | null }): void {
    switch (frame.op) {
      case 1:
        socket.send(JSON.stringify({ op: 11 }));
        return;
      case 2: {
        if (this.identifyCloseCode !== undefined) {
          socket.close(this.identifyCloseCode, 'emulator refused identify');
          this.identifyCloseCode = undefined;
          return;
        }
        const intents = Number(frame.d?.intents ?? 0);
        const [id = 0, count = 1] = (frame.d?.shard as [number, number] | undefined) ?? [0, 1];
        const session: Session = { id: makeSnowflake(), intents, seq: 0, socket, shard: [id, count] };
        this.shards.set(id, session);
        this.record.identifies.push([id, count]);
        this.send(session, 'READY', readyPayload(this.world, session.id, this.url(), session.shard));
        for (const guild of allGuilds(this.world)) {
          if (shardOf(guild.id, count) === id)
            this.send(session, 'GUILD_CREATE', guildCreatePayload(this.world, guild));
        }
        this.settle('identified', id);
        return;
      }
      case 6: {
        const session = [...this.shards.values()].find((s) => s.id === frame.d?.session_id);
        if (!session) {
          socket.send(JSON.stringify({ op: 9, d: false }));
          return;
        }
        session.socket = socket;
        this.send(session, 'RESUMED', {});
        this.settle('resumed', session.shard[0]);
        return;
      }
      default:
        return;
    }
  }

  private settle(event: GatewayEventName, shard: number): void {
    const ready = this.waiters.filter((w) => w.event === event && (w.shard ?? shard) === shard);
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const waiter of ready) waiter.resolve();
  }
}
