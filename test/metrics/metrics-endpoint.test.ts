import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBotMetrics } from '../../src/metrics/bot-metrics.js';
import {
  type MetricsServer,
  metricsSourceOf,
  startMetricsServer,
} from '../../src/metrics/start-metrics-server.js';
import { createDiscordEmulator } from '../discord/emulator/create-discord-emulator.js';
import { startTestBot, type TestBot } from '../discord/start-test-bot.js';
import { sharedEngine } from '../engine/engine-fixture.js';

/** One sample's value from Prometheus text, e.g. `sample(text, 'factdesk_guilds')`. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

// The real discord.js client against the emulator, scraped over HTTP as Prometheus would.
describe('the metrics endpoint', () => {
  const metrics = createBotMetrics();
  let t: TestBot;
  let server: MetricsServer;
  const scrape = async (path: string) => {
    const response = await fetch(`${server.url}${path}`);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
    };
  };

  beforeAll(async () => {
    // A short heartbeat, so the shard's ping is measured within the test; not so short that a busy CI
    // machine misses an acknowledgement and the client reconnects (a zombie connection to discord.js).
    const emulator = await createDiscordEmulator({ heartbeatIntervalMs: 1_000 });
    server = await startMetricsServer(metricsSourceOf(metrics), { port: 0, host: '127.0.0.1' });
    t = await startTestBot({ engine: sharedEngine(), emulator, extend: () => ({ metrics }) });
  });
  afterEach(() => t.expectClean());
  afterAll(async () => {
    await t?.stop();
    await t?.emulator.close();
    await server?.close();
  });

  it('listens on loopback', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('reports healthy with the shard states once every shard is ready', async () => {
    const health = await scrape('/healthz');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text)).toEqual({
      ready: true,
      shards: [{ id: 0, status: 'Ready', pingMs: expect.any(Number) }],
    });
  });

  it('counts answered and refused questions by intent, with engine and reply times', async () => {
    for (const content of ['Who is Michael Chase?', 'Who won the election in Taiwan?']) {
      t.emulator.injectMessage({
        author: t.world.user,
        content: `<@${t.world.bot.id}> ${content}`,
        mentions: [t.world.bot],
      });
      await t.emulator.nextMessage();
    }
    const { status, type, text } = await scrape('/metrics');
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(sample(text, 'factdesk_questions_total', '{outcome="answered",intent="who-is"}')).toBe(1);
    const refused = text
      .split('\n')
      .filter((l) => l.startsWith('factdesk_questions_total{outcome="refused"'));
    expect(refused).toHaveLength(1);
    expect(sample(text, 'factdesk_answer_duration_seconds_count')).toBe(2);
    expect(sample(text, 'factdesk_answer_duration_seconds_sum')).toBeGreaterThan(0);
    expect(sample(text, 'factdesk_reply_duration_seconds_count')).toBe(2);
    // Every reply left well within a second of its event (the buckets are cumulative).
    expect(sample(text, 'factdesk_reply_duration_seconds_bucket', '{le="1"}')).toBe(2);
  });

  it('reports the servers, the shard ping and the default process metrics', async () => {
    await expect.poll(() => metrics.shardStates()[0]?.pingMs, { timeout: 5_000 }).toBeGreaterThanOrEqual(0);
    const { text } = await scrape('/metrics');
    expect(sample(text, 'factdesk_guilds')).toBe(1);
    expect(sample(text, 'factdesk_shard_ping_seconds', '{shard="0"}')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(10e6);
    expect(text).toContain('# TYPE nodejs_eventloop_lag_seconds gauge');
  });

  it('answers 404 elsewhere', async () => {
    expect((await scrape('/')).status).toBe(404);
  });
});

describe('/healthz before and after the gateway', () => {
  it('is 503 while no shard is connected, 200 once ready, 503 again after stop', async () => {
    const metrics = createBotMetrics();
    const server = await startMetricsServer(metricsSourceOf(metrics), { port: 0, host: '127.0.0.1' });
    const health = async () => {
      const response = await fetch(`${server.url}/healthz`);
      return { status: response.status, body: (await response.json()) as { ready: boolean } };
    };
    try {
      expect(await health()).toEqual({ status: 503, body: { ready: false, shards: [] } });
      const t = await startTestBot({ engine: sharedEngine(), extend: () => ({ metrics }) });
      expect((await health()).status).toBe(200);
      await t.stop();
      const after = await health();
      expect(after.status).toBe(503);
      expect(after.body.ready).toBe(false);
    } finally {
      await server.close();
    }
  });
});
