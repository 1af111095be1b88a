import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInMessageActionRow,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { Answer } from '../../engine/types.js';
import type { CheckRequest } from '../checks.js';
import { makeAskCustomId } from '../custom-ids.js';
import { limits, truncateText } from './discord-limits.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** What a component contributor knows about the answer it decorates. */
export interface AnswerComponentsInput {
  answer: Answer;
  question: string;
  source: CheckRequest['source'];
  userId: string;
  /** Where the answer goes (null guild in DMs); lets contributors record it, e.g. for votes. */
  guildId?: string | null;
  channelId?: string;
  /** The library article the answer came from; null or absent for the built-in one. */
  articleId?: number | null;
}

/**
 * Adds buttons under an answer (e.g. Helpful/Wrong votes). Registered in `BotContext.answerComponents`;
 * each contributor's buttons go on their own row(s) below the follow-up suggestions.
 */
export type AnswerComponentContributor = (
  input: AnswerComponentsInput,
) => APIButtonComponent[] | Promise<APIButtonComponent[]>;

/**
 * Follow-up suggestion buttons (at most 5, one row). Suggestions too long for a custom id are skipped.
 * @example buildSuggestionButtons(['Who is <person>?'])[0].custom_id // 'ask:Who is <person>?'
 */
export function buildSuggestionButtons(suggestions: readonly string[]): APIButtonComponent[] {
  const buttons: APIButtonComponent[] = [];
  for (const suggestion of new Set(suggestions)) {
    const customId = makeAskCustomId(suggestion);
    if (!customId || buttons.length >= limits.buttonsPerRow) continue;
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: truncateText(suggestion, limits.buttonLabel),
      custom_id: customId,
    });
  }
  return buttons;
}

/** Lays buttons out in rows of 5. */
export function toButtonRows(buttons: readonly APIButtonComponent[]): ButtonRow[] {
  const rows: ButtonRow[] = [];
  for (let i = 0; i < buttons.length; i += limits.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + limits.buttonsPerRow) });
  }
  return rows;
}

/**
 * The one place answer components are built: suggestion buttons first, then each contributor's buttons,
 * capped at Discord's 5 rows (later rows are dropped, so contributors should stay small). Contributors run in
 * order (one may record the answer in the database first).
 */
export async function buildAnswerComponents(
  input: AnswerComponentsInput,
  contributors: readonly AnswerComponentContributor[] = [],
): Promise<APIActionRowComponent<APIComponentInMessageActionRow>[]> {
  const rows = toButtonRows(buildSuggestionButtons(input.answer.suggestions));
  for (const contribute of contributors) rows.push(...toButtonRows(await contribute(input)));
  return rows.slice(0, limits.rowsPerMessage);
}
