import { containsProfanity } from './check-profanity.js';
import { ALLOWED, type CheckResult, type DenyReason } from './check-result.js';
import { noticeFor } from './notices.js';

export interface ContentLimits {
  /** Longest question answered, in characters (default 600). */
  maxLength?: number;
  /** Most distinct user and role mentions allowed in one question (default 4). */
  maxMentions?: number;
  /** Mentions that do not count, e.g. the bot's own user id. */
  ignoreMentionIds?: readonly string[];
}

export const DEFAULT_MAX_LENGTH = 600;
export const DEFAULT_MAX_MENTIONS = 4;

const INVITE =
  /(?:discord(?:app)?\s*\.\s*com\s*\/\s*invite|discord\s*\.\s*(?:gg|io|me|li)|dsc\s*\.\s*gg)\s*\/\s*[\w-]{2,}/i;
const EVERYONE = /@(?:everyone|here)\b/i;
const MENTION = /<@[!&]?(\d+)>/g;

/**
 * Checks a question's text before it reaches the engine: profanity and abuse, invite links, mass
 * mentions, and length. A denied question must not be answered or echoed anywhere; the mod log gets the
 * reason and a link only.
 *
 * @example
 * const result = checkContent(message.content, { ignoreMentionIds: [botId] });
 * if (!result.ok) { if (result.notify) notifyPrivately(result.notice); return; }
 */
export function checkContent(text: string, limits: ContentLimits = {}): CheckResult {
  const maxLength = limits.maxLength ?? DEFAULT_MAX_LENGTH;
  if (containsProfanity(text)) return deny('profanity');
  if (INVITE.test(text)) return deny('invite');
  if (countMassMentions(text, limits.ignoreMentionIds ?? []) > (limits.maxMentions ?? DEFAULT_MAX_MENTIONS)) {
    return deny('mass-mention');
  }
  if ([...text].length > maxLength) return deny('too-long', maxLength);
  return ALLOWED;
}

/** @everyone / @here count as "too many" at once; otherwise the number of distinct user and role mentions. */
function countMassMentions(text: string, ignore: readonly string[]): number {
  if (EVERYONE.test(text)) return Number.POSITIVE_INFINITY;
  const ids = new Set<string>();
  for (const match of text.matchAll(MENTION)) {
    const id = match[1];
    if (id !== undefined && !ignore.includes(id)) ids.add(id);
  }
  return ids.size;
}

function deny(reason: DenyReason, maxLength?: number): CheckResult {
  return {
    ok: false,
    reason,
    notice: noticeFor(reason, maxLength === undefined ? {} : { maxLength }),
    notify: true,
    logToModLog: true,
  };
}
