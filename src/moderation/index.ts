/** Moderation checks and mod-log formatting: plain data in, plain data out, no Discord library. */
export {
  type ChannelPolicySettings,
  checkChannelPolicy,
  type QuestionPlace,
} from './check-channel-policy.js';
export {
  type ContentLimits,
  checkContent,
  DEFAULT_MAX_LENGTH,
  DEFAULT_MAX_MENTIONS,
} from './check-content.js';
export { collapseSpacedLetters, containsProfanity } from './check-profanity.js';
export { ALLOWED, type CheckResult, type Denied, type DenyReason } from './check-result.js';
export {
  type CooldownTracker,
  type CooldownTrackerOptions,
  createCooldownTracker,
} from './cooldown-tracker.js';
export { escapeUserText } from './escape-user-text.js';
export {
  formatModLogEntry,
  type MessageRef,
  type ModLogEntry,
  type ModLogEvent,
  messageLink,
} from './format-mod-log.js';
export { formatReview, type HandleableItem, type ReviewData, type ReviewView } from './format-review.js';
export { formatSettings } from './format-settings.js';
export { ADMINISTRATOR, hasManageGuild, MANAGE_GUILD } from './has-manage-guild.js';
export { NOTICES, noticeFor } from './notices.js';
export { REVIEW_PERIODS, type ReviewPeriod, resolveReviewPeriod } from './review-period.js';
