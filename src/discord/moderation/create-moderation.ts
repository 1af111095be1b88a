import type { Logger } from '../../logging/create-logger.js';
import type { ModerationStore } from '../../storage/moderation-store.js';
import type { AnswerListener, ButtonRoute, ModalRoute } from '../bot-context.js';
import type { AnswerComponentContributor } from '../format/answer-components.js';
import { createModerationServices, type ModerationServices } from './moderation-services.js';
import { createReportMessageModal } from './report-message-modal.js';
import { createReviewButton } from './review-button.js';
import { createVoteParts } from './vote-buttons.js';
import { createWrongAnswerModal } from './wrong-answer-modal.js';

/** The createBot options that plug moderation in: spread them into `createBot({ engine, config, logger, ...})`. */
export interface ModerationBotOptions {
  moderation: ModerationServices;
  answerComponents: AnswerComponentContributor[];
  buttons: ButtonRoute[];
  modals: ModalRoute[];
  answerListeners: AnswerListener[];
}

/**
 * Wires the moderation domain into the Discord bot's extension points: Helpful / Wrong buttons with their
 * modal, the review queue's Handled buttons and the message-report modal. The preconditions (channel
 * policy, filter, cooldown, moderator gate), the `/factdesk-*` commands and context menus read `ctx.moderation`.
 * @example const bot = createBot({ engine, config, logger, ...createModeration({ store, logger }) });
 */
export function createModeration(options: {
  store: ModerationStore;
  logger: Logger;
  now?: () => number;
}): ModerationBotOptions {
  const moderation = createModerationServices(options);
  const votes = createVoteParts(moderation);
  return {
    moderation,
    answerComponents: [votes.answerComponents],
    buttons: [votes.button, createReviewButton(moderation)],
    modals: [createWrongAnswerModal(moderation), createReportMessageModal(moderation)],
    answerListeners: [votes.answerListener],
  };
}
