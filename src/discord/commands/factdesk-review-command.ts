import {
  ApplicationCommandOptionType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { formatReview } from '../../moderation/format-review.js';
import { resolveReviewPeriod } from '../../moderation/review-period.js';
import { toButtonRows } from '../format/answer-components.js';
import { makeReviewButtons } from '../moderation/review-button.js';
import { moderatorOnly, moderatorScope } from '../preconditions/moderator-only.js';
import type { SlashCommand } from './slash-command.js';

const data = {
  name: 'factdesk-review',
  description: 'Usage, knowledge gaps and pending reports (moderators)',
  default_member_permissions: '32',
  dm_permission: false,
  contexts: [0],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'period',
      description: 'How far back (default: week)',
      required: false,
      choices: [
        { name: 'last 24 hours', value: 'day' },
        { name: 'last 7 days', value: 'week' },
        { name: 'last 30 days', value: 'month' },
        { name: 'all time', value: 'all' },
      ],
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** `/factdesk-review [period]`: the review card, with a "Handled" button per pending report. */
export const factdeskReviewCommand: SlashCommand = {
  data,
  checks: [moderatorOnly],
  async execute(interaction, ctx) {
    const { moderation, guildId } = moderatorScope(interaction, ctx);
    const period = resolveReviewPeriod(interaction.options.getString('period'), moderation.now());
    const scope = { guildId, since: period.since };
    const review = moderation.store.review;
    const [usage, gaps, wrongAnswers, messageReports, articles] = await Promise.all([
      review.usage(scope),
      review.knowledgeGaps(scope),
      review.pendingWrongAnswers(scope),
      review.pendingMessageReports(scope),
      review.usageByArticle(scope),
    ]);
    const view = formatReview({
      guildId,
      periodLabel: period.label,
      usage,
      gaps,
      wrongAnswers,
      messageReports,
      articles,
    });
    await interaction.reply({
      embeds: [view.card],
      components: toButtonRows(makeReviewButtons(view.items)),
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });
  },
};
