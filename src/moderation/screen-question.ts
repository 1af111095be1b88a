import type { GuildSettings } from '../storage/settings-repository.js';
import { checkChannelPolicy, type QuestionPlace } from './check-channel-policy.js';
import { type ContentLimits, checkContent } from './check-content.js';
import { ALLOWED, type CheckResult } from './check-result.js';
import type { CooldownTracker } from './cooldown-tracker.js';

export interface QuestionToScreen {
  text: string;
  userId: string;
  /** `null` in DMs. */
  guildId: string | null;
  place: QuestionPlace;
}

export type ScreenSettings = Pick<
  GuildSettings,
  'answerMode' | 'allowedChannelIds' | 'dmsEnabled' | 'cooldownSeconds'
>;

/**
 * Runs every pre-answer check in order: where it was asked, then the content filter, then the cooldown.
 * Content comes before the cooldown so that a filtered message is always stopped and logged, and does not
 * use up the asker's next answer.
 *
 * @example
 * const verdict = screenQuestion({ text, userId, guildId, place }, store.settings.get(guildId), cooldowns,
 *   { ignoreMentionIds: [botId] });
 * if (!verdict.ok) { ... notify if verdict.notify, mod-log if verdict.logToModLog ...; return; }
 */
export function screenQuestion(
  question: QuestionToScreen,
  settings: ScreenSettings,
  cooldowns: CooldownTracker,
  limits: ContentLimits = {},
): CheckResult {
  const place = checkChannelPolicy(question.place, settings);
  if (!place.ok) return place;
  const content = checkContent(question.text, limits);
  if (!content.ok) return content;
  const cooldown = cooldowns.take(question.guildId, question.userId, settings.cooldownSeconds);
  if (!cooldown.ok) return cooldown;
  return ALLOWED;
}
