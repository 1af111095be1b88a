import type { WebSocket, WebSocketServer } from 'ws';
import { type EmulatedWorld, guildCreatePayload, readyPayload } from './payloads.js';
import { makeSnowflake } from './snowflake.js';

const messageContentIntent = 1 << 15;

interface Session {
  id: string;
  intents: number;
  seq: number;
  socket: WebSocket | undefined;
}

type GatewayEventName = 'identified' | 'resumed';

/**
 * The gateway half of the emulator: HELLO, heartbeat ACKs, IDENTIFY -> READY + GUILD_CREATE,
 * RESUME -> RESUMED, and dispatching events to the live session.
 */
export class EmulatedGateway {
  private session: Session | undefined;
  private waiters: { event: GatewayEventName; resolve: () => void }[] = [];
  /** When set, the next IDENTIFY is answered by closing with this code (e.g. 4014 for a privileged intent). */
  private identifyCloseCode: number | undefined;
  readonly sockets = new Set<WebSocket>();

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

  /** True when the live session asked for the MessageContent intent. */
  get hasMessageContent(): boolean {
    return ((this.session?.intents ?? 0) & messageContentIntent) !== 0;
  }

  /** Resolves at the next IDENTIFY or RESUME answered. */
  next(event: GatewayEventName): Promise<void> {
    return new Promise((resolve) => this.waiters.push({ event, resolve }));
  }

  dispatch(t: string, d: unknown): void {
    const session = this.session;
    if (!session?.socket) throw new Error(`No live gateway session to dispatch ${t} to`);
    session.seq += 1;
    session.socket.send(JSON.stringify({ op: 0, t, s: session.seq, d }));
  }

  /** Closes the live socket with a close code (4000 is resumable; 4004 is not). */
  close(code: number): void {
    this.session?.socket?.close(code, 'emulator close');
  }

  /** Answers the next IDENTIFY by closing the socket with `code`, as Discord does for a bad token or intent. */
  closeOnIdentify(code: number): void {
    this.identifyCloseCode = code;
  }

  /** Sends op 7: the client should reconnect and resume. */
  requestReconnect(): void {
    this.session?.socket?.send(JSON.stringify({ op: 7, d: null }));
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
        this.session = { id: makeSnowflake(), intents, seq: 0, socket };
        this.dispatch('READY', readyPayload(this.world, this.session.id, this.url()));
        this.dispatch('GUILD_CREATE', guildCreatePayload(this.world));
        this.settle('identified');
        return;
      }
      case 6: {
        if (!this.session || frame.d?.session_id !== this.session.id) {
          socket.send(JSON.stringify({ op: 9, d: false }));
          return;
        }
        this.session.socket = socket;
        this.dispatch('RESUMED', {});
        this.settle('resumed');
        return;
      }
      default:
        return;
    }
  }

  private settle(event: GatewayEventName): void {
    const ready = this.waiters.filter((w) => w.event === event);
    this.waiters = this.waiters.filter((w) => w.event !== event);
    for (const waiter of ready) waiter.resolve();
  }
}
