import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BotMetrics, ShardState } from './bot-metrics.js';

/** What the endpoint serves: the Prometheus text, and the shards behind `/healthz`. */
export interface MetricsSource {
  metrics(): Promise<string>;
  contentType: string;
  shardStates(): Promise<ShardState[]> | ShardState[];
}

/** One process's own metrics and shards as the endpoint's source. */
export function metricsSourceOf(metrics: BotMetrics): MetricsSource {
  return {
    metrics: () => metrics.registry.metrics(),
    contentType: metrics.registry.contentType,
    shardStates: () => metrics.shardStates(),
  };
}

export interface MetricsServer {
  /** The URL it listens on, e.g. `http://127.0.0.1:9464`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves `GET /metrics` (Prometheus text format) and `GET /healthz`: 200 with the shard states when there is
 * at least one shard and every shard is ready, 503 with the same body otherwise (so a load balancer or an
 * orchestrator's probe can act on the status alone). Anything else is 404.
 *
 * @example
 * const server = await startMetricsServer(source, { port: 9464, host: '127.0.0.1' });
 */
export async function startMetricsServer(
  source: MetricsSource,
  address: { port: number; host: string },
): Promise<MetricsServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://metrics').pathname;
    const respond = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (req.method !== 'GET') return respond(405, 'text/plain', 'GET only\n');
    const served =
      path === '/metrics'
        ? source.metrics().then((text) => respond(200, source.contentType, text))
        : path === '/healthz'
          ? Promise.resolve(source.shardStates()).then((shards) => {
              const ready = shards.length > 0 && shards.every((shard) => shard.status === 'Ready');
              respond(ready ? 200 : 503, 'application/json', `${JSON.stringify({ ready, shards })}\n`);
            })
          : Promise.resolve(respond(404, 'text/plain', 'not found: try /metrics or /healthz\n'));
    served.catch((error: unknown) =>
      respond(500, 'text/plain', `${error instanceof Error ? error.message : String(error)}\n`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(address.port, address.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = address.host.includes(':') ? `[${address.host}]` : address.host;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
