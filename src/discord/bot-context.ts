import type { ButtonInteraction, ModalSubmitInteraction } from 'discord.js';
import type { Answer, Engine } from '../engine/types.js';
import type { ArticleLibrary } from '../library/article-library.js';
import type { Logger } from '../logging/create-logger.js';
import type { BotMetrics } from '../metrics/bot-metrics.js';
import type { Check, CheckRequest } from './checks.js';
import type { MessageMenuCommand } from './commands/message-menu-command.js';
import type { SlashCommand } from './commands/slash-command.js';
import type { AnswerComponentContributor } from './format/answer-components.js';
import type { ModerationServices } from './moderation/moderation-services.js';
import type { RetryPolicy } from './retry-transient.js';
import type { TimelineSessions } from './timeline-sessions.js';

/** Handles presses of buttons whose custom id is `<prefix>:<payload>`. */
export interface ButtonRoute {
  prefix: string;
  /** What a well-formed payload looks like; a press with any other is told the button is malformed. */
  payload: RegExp;
  /** Preconditions run before `handle` (see src/discord/preconditions). */
  checks: readonly Check[];
  handle(interaction: ButtonInteraction, payload: string, ctx: BotContext): Promise<void>;
}

/** Handles submits of modals whose custom id is `<prefix>:<payload>`. */
export interface ModalRoute {
  prefix: string;
  payload: RegExp;
  /** The text inputs `handle` reads; a submit without one of them is told so instead. */
  fields: readonly string[];
  checks: readonly Check[];
  handle(interaction: ModalSubmitInteraction, payload: string, ctx: BotContext): Promise<void>;
}

/** Told about every answer the bot sends (e.g. to record it for votes or statistics). */
export type AnswerListener = (event: {
  request: CheckRequest;
  answer: Answer;
  /** The id of the message carrying the answer, when known. */
  messageId?: string;
}) => void | Promise<void>;

/**
 * Everything handlers depend on, passed explicitly (no global container), so tests build it with real parts
 * and later layers extend it by adding checks, component contributors, button routes and listeners.
 */
export interface BotContext {
  /** The engine of a bot without a library, and the built-in article of one with it. */
  engine: Engine;
  /** Each server's articles and which channel answers from which (see `answeringAt`). */
  library?: ArticleLibrary;
  logger: Logger;
  commands: readonly SlashCommand[];
  /**
   * Checks added by other layers, run on every question (messages, and the interactions that declare
   * `questionChecks`) after the built-in ones; the first denial is shown instead.
   */
  checks: readonly Check[];
  /** Extra buttons under answers, after the follow-up suggestions. */
  answerComponents: readonly AnswerComponentContributor[];
  buttons: readonly ButtonRoute[];
  /** Modal submits, routed like buttons by custom id prefix. */
  modals: readonly ModalRoute[];
  /** Message context-menu commands (right-click > Apps). */
  messageCommands: readonly MessageMenuCommand[];
  /** Settings, votes and reports storage; absent when the bot runs without moderation. */
  moderation?: ModerationServices;
  answerListeners: readonly AnswerListener[];
  timelines: TimelineSessions;
  /** How long replies to messages are retried while Discord's REST API fails. */
  retryPolicy: RetryPolicy;
  now(): number;
  /** Prometheus metrics (questions, engine and reply times); absent when no metrics endpoint is configured. */
  metrics?: BotMetrics;
}
