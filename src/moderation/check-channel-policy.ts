import type { GuildSettings } from '../storage/settings-repository.js';
import { ALLOWED, type CheckResult } from './check-result.js';
import { noticeFor } from './notices.js';

/** Where a question was asked. A thread passes its parent channel, so allowlisting a channel covers its threads. */
export type QuestionPlace =
  | { kind: 'dm' }
  | { kind: 'guild'; channelId: string; parentChannelId?: string | null };

export type ChannelPolicySettings = Pick<GuildSettings, 'answerMode' | 'allowedChannelIds' | 'dmsEnabled'>;

/**
 * Whether the bot answers in this place under the server's settings: everywhere (default) or only in
 * allowlisted channels and their threads; in DMs only when DMs are on. For a DM, pass settings whose
 * `dmsEnabled` is `store.settings.areDmsAllowed(...)`.
 *
 * @example
 * checkChannelPolicy({ kind: 'guild', channelId, parentChannelId }, store.settings.get(guildId))
 */
export function checkChannelPolicy(place: QuestionPlace, settings: ChannelPolicySettings): CheckResult {
  if (place.kind === 'dm') {
    return settings.dmsEnabled
      ? ALLOWED
      : { ok: false, reason: 'dms-off', notice: noticeFor('dms-off'), notify: true, logToModLog: false };
  }
  if (settings.answerMode === 'everywhere') return ALLOWED;
  const allowed = new Set(settings.allowedChannelIds);
  if (allowed.has(place.channelId) || (place.parentChannelId != null && allowed.has(place.parentChannelId))) {
    return ALLOWED;
  }
  return {
    ok: false,
    reason: 'channel-not-allowed',
    notice: noticeFor('channel-not-allowed', { channelIds: settings.allowedChannelIds }),
    notify: true,
    logToModLog: false,
  };
}
