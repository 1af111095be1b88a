import { checkContent } from '../../moderation/check-content.js';
import { formatModLogEntry } from '../../moderation/format-mod-log.js';
import type { Check } from '../checks.js';
import { denyBySource } from './deny-by-source.js';

/**
 * The member's text passes the content filter (profanity, invites, mass mentions, length). A filtered
 * request is counted and posted to the mod log by reason, member and link, never by its text.
 */
export const cleanText: Check = async (request, ctx) => {
  const moderation = ctx.moderation;
  if (!moderation) return { ok: true };
  const verdict = checkContent(request.text);
  if (verdict.ok) return verdict;
  const asked = { guildId: request.guildId, channelId: request.channelId, userId: request.userId };
  await moderation.store.recordFiltered(asked);
  await moderation.postModLog(
    request.guildId,
    formatModLogEntry({
      kind: 'filtered',
      reason: verdict.reason,
      ...asked,
      messageId: request.messageId ?? null,
    }),
  );
  return denyBySource(request, verdict);
};
