import { performance } from 'node:perf_hooks';
import { type Client, Status } from 'discord.js';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** One gateway shard as `/healthz` reports it. */
export interface ShardState {
  id: number;
  /** discord.js's status name: `Ready`, `Connecting`, `Resuming`, ... */
  status: string;
  /** Last heartbeat round trip in milliseconds; -1 before the first one. */
  pingMs: number;
}

/** What the Discord layer reports about the questions it answers (see `createBotMetrics`). */
export interface BotMetrics {
  readonly registry: Registry;
  /** Counts one engine answer and records how long the engine took. */
  observeAnswer(answer: { answered: boolean; intent: string }, seconds: number): void;
  /** Remembers when a gateway event (a message, an interaction) reached its handler. */
  markEvent(event: object): void;
  /** The first reply to a marked event is being requested: records the time since the event arrived. */
  observeReply(event: object): void;
  /** Reports the client's guild count and shard pings at each scrape, and its shards in `shardStates`. */
  bindClient(client: Client): void;
  /** The bound client's shards (empty before `bindClient`). */
  shardStates(): ShardState[];
}

// Engine answers take tens of microseconds to a few milliseconds; replies add Discord round trips.
const answerBuckets = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25];
const replyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/**
 * The factdesk metrics in their own prom-client registry (with the default process metrics), so several
 * bots in one test process, or the shard manager's aggregate, never clash over the global registry.
 *
 * @example
 * const metrics = createBotMetrics();
 * metrics.bindClient(bot.client);
 * await metrics.registry.metrics(); // Prometheus text
 */
export function createBotMetrics(): BotMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const questions = new Counter({
    name: 'factdesk_questions_total',
    help: 'Questions the engine was asked, by outcome (answered or refused) and the intent that replied.',
    labelNames: ['outcome', 'intent'] as const,
    registers: [registry],
  });
  const answerDuration = new Histogram({
    name: 'factdesk_answer_duration_seconds',
    help: 'Time the answer engine spent on one question.',
    buckets: answerBuckets,
    registers: [registry],
  });
  const replyDuration = new Histogram({
    name: 'factdesk_reply_duration_seconds',
    help: 'Time from a gateway event reaching the bot to its reply being requested from Discord.',
    buckets: replyBuckets,
    registers: [registry],
  });
  let client: Client | undefined;
  new Gauge({
    name: 'factdesk_guilds',
    help: 'Servers this process serves (its shards only).',
    registers: [registry],
    collect() {
      this.set(client?.guilds.cache.size ?? 0);
    },
  });
  new Gauge({
    name: 'factdesk_shard_ping_seconds',
    help: 'Last gateway heartbeat round trip, per shard.',
    labelNames: ['shard'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const shard of readShards()) {
        if (shard.pingMs >= 0) this.set({ shard: String(shard.id) }, shard.pingMs / 1000);
      }
    },
  });
  // Keyed weakly by the discord.js object, so an event never replied to is simply forgotten.
  const arrivals = new WeakMap<object, number>();

  function readShards(): ShardState[] {
    if (!client) return [];
    return [...client.ws.shards.values()].map((shard) => ({
      id: shard.id,
      status: Status[shard.status] ?? String(shard.status),
      pingMs: shard.ping,
    }));
  }

  return {
    registry,
    observeAnswer(answer, seconds) {
      questions.inc({ outcome: answer.answered ? 'answered' : 'refused', intent: answer.intent });
      answerDuration.observe(seconds);
    },
    markEvent(event) {
      arrivals.set(event, performance.now());
    },
    observeReply(event) {
      const arrived = arrivals.get(event);
      if (arrived === undefined) return;
      arrivals.delete(event);
      replyDuration.observe((performance.now() - arrived) / 1000);
    },
    bindClient(bound) {
      client = bound;
    },
    shardStates: readShards,
  };
}
