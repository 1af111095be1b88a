import type { ButtonInteraction, ModalSubmitInteraction } from 'discord.js';
import type { Answer, Engine } from '../engine/types.js';
import type { Logger } from '../logging/create-logger.js';
import type { Check, CheckRequest } from './checks.js';
import type { MessageMenuCommand } from './commands/message-menu-command.js';
import type { SlashCommand } from './commands/slash-command.js';
import type { AnswerComponentContributor } from './format/answer-components.js';
import type { ModerationServices } from './moderation/moderation-services.js';
import type { TimelineSessions } from './timeline-sessions.js';

/** Handles presses of buttons whose custom id starts with `<prefix>:`. */
export interface ButtonRoute {
  prefix: string;
  handle(interaction: ButtonInteraction, payload: string, ctx: BotContext): Promise<void>;
}

/** Handles submits of modals whose custom id starts with `<prefix>:`. */
export interface ModalRoute {
  prefix: string;
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
  engine: Engine;
  logger: Logger;
  commands: readonly SlashCommand[];
  /** Run before every answer (messages, commands, buttons); the first denial is shown instead. */
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
  now(): number;
}
