import { Client, type ClientOptions, Events, GatewayIntentBits, Partials, RESTEvents } from 'discord.js';
import type { Config } from '../config/load-config.js';
import type { Engine } from '../engine/types.js';
import type { ArticleLibrary } from '../library/article-library.js';
import type { Logger } from '../logging/create-logger.js';
import type { BotMetrics } from '../metrics/bot-metrics.js';
import type { AnswerListener, BotContext, ButtonRoute, ModalRoute } from './bot-context.js';
import { limitedCaches, REST_HANDLER_SWEEP_MS } from './cache-options.js';
import type { Check } from './checks.js';
import {
  commands as defaultCommands,
  messageCommands as defaultMessageCommands,
  type SlashCommand,
} from './commands/index.js';
import type { MessageMenuCommand } from './commands/message-menu-command.js';
import { timelinePageButton } from './commands/timeline-command.js';
import { type FatalDiscordError, fatalClose, fatalUnauthorized } from './fatal-errors.js';
import { followUpButton } from './follow-up-button.js';
import type { AnswerComponentContributor } from './format/answer-components.js';
import { handleInteraction } from './handle-interaction.js';
import { handleMessage } from './handle-message.js';
import { answerFromArticleButton } from './library/answer-from-article-button.js';
import { limitInFlight } from './limit-in-flight.js';
import type { ModerationServices } from './moderation/moderation-services.js';
import { defaultRetryPolicy, type RetryPolicy } from './retry-transient.js';
import { createTimelineSessions } from './timeline-sessions.js';

export interface CreateBotOptions {
  engine: Engine;
  config: Pick<Config, 'discordToken' | 'discordApiUrl' | 'messageContentIntent'> &
    Partial<Pick<Config, 'globalRateLimit'>>;
  logger: Logger;
  /** Extension points for later layers (moderation): appended to the built-in ones. */
  checks?: readonly Check[];
  answerComponents?: readonly AnswerComponentContributor[];
  buttons?: readonly ButtonRoute[];
  answerListeners?: readonly AnswerListener[];
  commands?: readonly SlashCommand[];
  modals?: readonly ModalRoute[];
  messageCommands?: readonly MessageMenuCommand[];
  /** Settings, votes and reports (see `createModeration`); the moderation commands need it. */
  moderation?: ModerationServices;
  /** Each server's articles (needs moderation's database); without it every channel answers from `engine`. */
  library?: ArticleLibrary;
  now?: () => number;
  /** Prometheus metrics to report to (see `createBotMetrics`); bound to this bot's client. */
  metrics?: BotMetrics;
  /** Extra discord.js options (tests use a short waitGuildTimeout and no identify throttling). */
  clientOptions?: Partial<ClientOptions>;
  /** How long replies are retried while Discord's REST API fails (default: about a minute). */
  retryPolicy?: RetryPolicy;
  /**
   * Called once when Discord will not serve the bot again without an operator (a fatal gateway close such as
   * 4004 or 4014, or a 401 on a REST call); the reason is already logged as one error line. `npm start`
   * stops and exits non-zero, so a supervisor sees it.
   */
  onFatal?: (error: FatalDiscordError) => void;
}

/**
 * Messages handled at once; the rest wait their turn in arrival order (see `limitInFlight`). Enough to keep
 * the database, the engine and Discord's REST queue busy together: at 500 questions/s with replies in
 * 20 ms, about 10 are in flight.
 */
const MESSAGES_IN_FLIGHT = 64;

/**
 * Builds the Discord bot around an engine: a discord.js client with only non-privileged intents
 * (plus MessageContent when configured), mentions disabled globally, and handlers wired to a `BotContext`.
 * @example const bot = createBot({ engine, config, logger }); await bot.start(); ... await bot.stop();
 */
export function createBot(options: CreateBotOptions) {
  const now = options.now ?? Date.now;
  const context: BotContext = {
    engine: options.engine,
    logger: options.logger,
    commands: options.commands ?? defaultCommands,
    checks: options.checks ?? [],
    answerComponents: options.answerComponents ?? [],
    buttons: [followUpButton, timelinePageButton, answerFromArticleButton, ...(options.buttons ?? [])],
    answerListeners: options.answerListeners ?? [],
    modals: options.modals ?? [],
    messageCommands: options.messageCommands ?? defaultMessageCommands,
    ...(options.moderation ? { moderation: options.moderation } : {}),
    ...(options.library ? { library: options.library } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
    // In the database when there is one, so page buttons work on every shard and after a restart.
    timelines: createTimelineSessions(now, options.moderation?.store.timelineSessions),
    retryPolicy: options.retryPolicy ?? defaultRetryPolicy,
    now,
  };

  const intents = [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.DirectMessages,
  ];
  if (options.config.messageContentIntent) intents.push(GatewayIntentBits.MessageContent);
  const extra = options.clientOptions ?? {};
  const client = new Client({
    ...limitedCaches(),
    ...extra,
    intents,
    // DMs arrive for channels discord.js has not cached; without this partial they are dropped.
    partials: [Partials.Channel],
    // Nothing the bot says may ping anyone, whatever the text contains.
    allowedMentions: { parse: [], repliedUser: false },
    // If the question was deleted meanwhile, still answer rather than fail the reply.
    failIfNotExists: false,
    rest: {
      handlerSweepInterval: REST_HANDLER_SWEEP_MS,
      ...(options.config.globalRateLimit ? { globalRequestsPerSecond: options.config.globalRateLimit } : {}),
      ...extra.rest,
      ...(options.config.discordApiUrl ? { api: options.config.discordApiUrl } : {}),
    },
  });

  let fatal: FatalDiscordError | undefined;
  const fatalListeners: ((error: FatalDiscordError) => void)[] = [];
  /** Logs the one line an operator needs, once, and tells whoever runs the bot. */
  function fail(error: FatalDiscordError, fields: Record<string, unknown> = {}): void {
    if (fatal) return;
    fatal = error;
    options.logger.error(error.message, fields);
    for (const listener of fatalListeners) listener(error);
    options.onFatal?.(error);
  }

  options.moderation?.bindClient(client);
  options.metrics?.bindClient(client);
  const answerInTurn = limitInFlight(MESSAGES_IN_FLIGHT);
  client.on(Events.MessageCreate, (message) => {
    // Marked on arrival, so the reply metric includes any wait for a place.
    context.metrics?.markEvent(message);
    void answerInTurn(() => handleMessage(message, context));
  });
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, context));
  client.on(Events.Error, (error) => options.logger.error('discord client error', { error }));
  client.on(Events.Warn, (message) => options.logger.warn('discord client warning', { message }));
  client.on(Events.ShardResume, (shard, replayed) =>
    options.logger.info('gateway resumed', { shard, replayed }),
  );
  // discord.js emits this only for close codes it will not reconnect after.
  client.on(Events.ShardDisconnect, (event, shard) => fail(fatalClose(event.code), { shard }));
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status === 401 && request.data.auth !== false) {
      fail(fatalUnauthorized(request.method, request.route));
    }
  });

  return {
    client,
    context,
    /**
     * Logs in and resolves once the client is ready (guilds received).
     * @throws {FatalDiscordError} when Discord refuses the bot for good while it connects (e.g. 4014).
     */
    async start(): Promise<void> {
      const token = options.config.discordToken;
      if (!token) throw new Error('DISCORD_TOKEN is not set');
      const ready = new Promise<void>((resolve, reject) => {
        client.once(Events.ClientReady, () => resolve());
        fatalListeners.push(reject);
      });
      await Promise.all([client.login(token), ready]);
      options.logger.info('discord ready', { user: client.user?.tag, guilds: client.guilds.cache.size });
    },
    /** Closes the gateway connection and stops all timers. */
    async stop(): Promise<void> {
      await client.destroy();
      options.logger.info('discord stopped');
    },
  };
}

export type Bot = ReturnType<typeof createBot>;
