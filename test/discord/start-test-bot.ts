import { expect } from 'vitest';
import type { AnswerListener } from '../../src/discord/bot-context.js';
import type { Check } from '../../src/discord/checks.js';
import { type CreateBotOptions, createBot } from '../../src/discord/create-bot.js';
import type { AnswerComponentContributor } from '../../src/discord/format/answer-components.js';
import type { Engine } from '../../src/engine/types.js';
import { createLogger, type Logger } from '../../src/logging/create-logger.js';
import { createDiscordEmulator, type DiscordEmulator } from './emulator/create-discord-emulator.js';

/** A token of the right shape; the emulator accepts any. */
export const testToken = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.emulat.ed-token-for-loopback-tests-only';

export interface TestBotOptions {
  engine: Engine;
  checks?: Check[];
  answerComponents?: AnswerComponentContributor[];
  answerListeners?: AnswerListener[];
  now?: () => number;
  messageContentIntent?: boolean;
  /** Log in to an existing emulator (the same "Discord" across a bot restart); stop() then leaves it open. */
  emulator?: DiscordEmulator;
  /** More createBot options built with the test logger (the moderation layer, say). */
  extend?: (logger: Logger) => Partial<CreateBotOptions>;
}

/**
 * Starts an emulator and the real bot logged in to it. Collects client `error` events, unhandled
 * rejections and log lines so tests can fail on any of them. Call `stop()` in afterAll.
 */
export async function startTestBot(options: TestBotOptions) {
  const emulator = options.emulator ?? (await createDiscordEmulator());
  const errors: unknown[] = [];
  const logLines: string[] = [];
  const logger = createLogger({ level: 'debug', secrets: [testToken], write: (line) => logLines.push(line) });
  const bot = createBot({
    engine: options.engine,
    logger,
    checks: options.checks,
    answerComponents: options.answerComponents,
    answerListeners: options.answerListeners,
    now: options.now,
    ...options.extend?.(logger),
    config: {
      discordToken: testToken,
      discordApiUrl: emulator.apiUrl,
      messageContentIntent: options.messageContentIntent ?? false,
    },
    clientOptions: {
      waitGuildTimeout: 100,
      rest: { globalRequestsPerSecond: 10_000 },
      // Re-identifying otherwise waits ~5 s for the identify rate limit Discord imposes.
      ws: { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }) },
    },
  });
  bot.client.on('error', (error) => errors.push(error));
  const onRejection = (reason: unknown) => errors.push(reason);
  process.on('unhandledRejection', onRejection);
  await bot.start();
  let checkedLines = 0;
  return {
    emulator,
    bot,
    world: emulator.world,
    /** Client errors and unhandled rejections so far; tests expect none. */
    errors,
    logLines,
    /** Log lines at error level since the last `expectClean()`. */
    errorLogs: () => logLines.slice(checkedLines).filter((line) => JSON.parse(line).level === 'error'),
    /** Fails on client errors, unhandled rejections or error logs since the last call (use in afterEach). */
    expectClean(): void {
      const found = { errors: [...errors], errorLogs: this.errorLogs() };
      errors.length = 0;
      checkedLines = logLines.length;
      expect(found).toEqual({ errors: [], errorLogs: [] });
    },
    async stop(): Promise<void> {
      // Destroy the client before closing its sockets, or it would try to reconnect.
      await bot.stop();
      if (!options.emulator) await emulator.close();
      process.off('unhandledRejection', onRejection);
    },
  };
}

export type TestBot = Awaited<ReturnType<typeof startTestBot>>;
