import {
  type APIButtonComponent,
  type APIModalInteractionResponseCallbackData,
  ButtonStyle,
  ComponentType,
  MessageFlags,
  TextInputStyle,
} from 'discord.js';
import type { Answer } from '../../engine/types.js';
import { NOTICES } from '../../moderation/notices.js';
import type { AnswerListener, ButtonRoute } from '../bot-context.js';
import type { AnswerComponentContributor } from '../format/answer-components.js';
import type { ModerationServices } from './moderation-services.js';

/** Custom id prefixes: `vote:h:<answerId>` / `vote:w:<answerId>` buttons, `wrong:<answerId>` modal. */
export const votePrefix = 'vote';
export const wrongModalPrefix = 'wrong';
export const wrongCommentId = 'comment';

export interface VoteParts {
  answerComponents: AnswerComponentContributor;
  answerListener: AnswerListener;
  button: ButtonRoute;
}

/**
 * Helpful / Wrong buttons under every answer. The contributor records the reply (its id goes into the
 * buttons), the listener links it to the sent message, and the button route records one vote per user
 * (changeable). Wrong opens a modal asking what is wrong; its submit is handled by `wrongAnswerModal`.
 */
export function createVoteParts(moderation: ModerationServices): VoteParts {
  // The answer object is shared between contributor and listener within one reply.
  const recorded = new WeakMap<Answer, number>();
  return {
    async answerComponents(input) {
      if (input.channelId === undefined || input.guildId === undefined) return [];
      const record = await moderation.store.recordReply(
        {
          guildId: input.guildId,
          channelId: input.channelId,
          userId: input.userId,
          question: input.question,
          articleId: input.articleId ?? null,
        },
        input.answer,
      );
      recorded.set(input.answer, record.id);
      return makeVoteButtons(record.id);
    },
    async answerListener({ answer, messageId }) {
      const answerId = recorded.get(answer);
      if (answerId !== undefined && messageId !== undefined) {
        await moderation.store.answers.setMessageId(answerId, messageId);
      }
    },
    button: {
      prefix: votePrefix,
      payload: /^[hw]:\d+$/,
      // A vote on an answer already given: open to anyone who sees it, never rate limited.
      checks: [],
      async handle(interaction, payload) {
        const [kind, id] = payload.split(':');
        const answerId = Number(id);
        if (!Number.isInteger(answerId) || !(await moderation.store.answers.get(answerId))) {
          await interaction.reply({
            content: 'This answer is no longer on record.',
            flags: MessageFlags.Ephemeral,
          });
          return;
        }
        if (kind === 'w') {
          await interaction.showModal(makeWrongModal(answerId));
          return;
        }
        await moderation.store.answers.vote(answerId, interaction.user.id, 'helpful');
        await interaction.reply({ content: NOTICES.feedbackThanks, flags: MessageFlags.Ephemeral });
      },
    },
  };
}

function makeVoteButtons(answerId: number): APIButtonComponent[] {
  return [
    {
      type: ComponentType.Button,
      style: ButtonStyle.Success,
      label: 'Helpful',
      custom_id: `${votePrefix}:h:${answerId}`,
    },
    {
      type: ComponentType.Button,
      style: ButtonStyle.Danger,
      label: 'Wrong',
      custom_id: `${votePrefix}:w:${answerId}`,
    },
  ];
}

function makeWrongModal(answerId: number): APIModalInteractionResponseCallbackData {
  return {
    custom_id: `${wrongModalPrefix}:${answerId}`,
    title: 'What is wrong with this answer?',
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: wrongCommentId,
            label: 'What is wrong?',
            style: TextInputStyle.Paragraph,
            required: true,
            max_length: 1000,
            placeholder: 'e.g. the article says the talks were in January',
          },
        ],
      },
    ],
  };
}
