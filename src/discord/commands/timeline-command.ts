import {
  ApplicationCommandOptionType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Engine, TimelineQuery } from '../../engine/types.js';
import { answeringAt, placeOfInteraction } from '../answering-place.js';
import type { ButtonRoute } from '../bot-context.js';
import { customIdPrefixes } from '../custom-ids.js';
import { buildTimelineButtons, countTimelinePages, formatTimelinePage } from '../format/format-timeline.js';
import { questionChecks } from '../preconditions/index.js';
import { respondWithChoices } from './respond-with-choices.js';
import type { SlashCommand } from './slash-command.js';

const data = {
  name: 'timeline',
  description: 'The article’s events in date order',
  contexts: [0, 1],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'from',
      description: 'Only events from this date: a year, or a month and year',
      max_length: 100,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'to',
      description: 'Only events up to this date',
      max_length: 100,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'about',
      description: 'Only events involving a person, place or event',
      autocomplete: true,
      max_length: 100,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The query with the `about` id replaced by its display name, for the embed header. */
function displayQuery(query: TimelineQuery, engine: Engine): TimelineQuery {
  return query.about ? { ...query, about: engine.profile(query.about)?.name ?? query.about } : query;
}

function renderPage(query: TimelineQuery, page: number, sessionId: string, engine: Engine) {
  const result = engine.timeline(query);
  const pages = countTimelinePages(result);
  const current = Math.min(Math.max(page, 0), pages - 1);
  return {
    embeds: [formatTimelinePage(result, displayQuery(query, engine), current)],
    components: buildTimelineButtons(sessionId, current, pages),
  };
}

/** `/timeline [from] [to] [about]`: paginated with Previous/Next buttons that only the asker can use. */
export const timelineCommand: SlashCommand = {
  data,
  checks: questionChecks,
  async execute(interaction, ctx) {
    const query: TimelineQuery = {};
    for (const key of ['from', 'to', 'about'] as const) {
      const value = interaction.options.getString(key)?.trim();
      if (value) query[key] = value;
    }
    const { engine } = await answeringAt(ctx, placeOfInteraction(interaction));
    const result = engine.timeline(query);
    ctx.logger.info('timeline', { user: interaction.user.id, query, events: result.entries.length });
    const sessionId =
      countTimelinePages(result) > 1 ? await ctx.timelines.create(interaction.user.id, query) : '';
    await interaction.reply(renderPage(query, 0, sessionId, engine));
  },
  async autocomplete(interaction, ctx) {
    await respondWithChoices(interaction, ctx, [
      'person',
      'group',
      'organization',
      'country',
      'place',
      'event',
    ]);
  },
};

export const timelineNotices = {
  expired: 'This timeline has timed out. Run `/timeline` again to browse it.',
  notOwner: 'These buttons belong to whoever ran this `/timeline`. Run `/timeline` yourself to browse.',
} as const;

/** Previous/Next presses: `tl:<session>:<page>`. */
export const timelinePageButton: ButtonRoute = {
  prefix: customIdPrefixes.timelinePage,
  payload: /^[\w-]+:\d+$/,
  // Paging through a timeline already answered is navigation, not a new question.
  checks: [],
  async handle(interaction, payload, ctx) {
    const [sessionId = '', pageText = '0'] = payload.split(':');
    const session = await ctx.timelines.use(sessionId);
    if (!session) {
      await interaction.reply({ content: timelineNotices.expired, flags: MessageFlags.Ephemeral });
      return;
    }
    if (session.ownerId !== interaction.user.id) {
      await interaction.reply({ content: timelineNotices.notOwner, flags: MessageFlags.Ephemeral });
      return;
    }
    // The article of the channel the timeline was opened in.
    const { engine } = await answeringAt(ctx, placeOfInteraction(interaction));
    await interaction.update(renderPage(session.query, Number(pageText) || 0, sessionId, engine));
  },
};
