import { checkChannelPolicy } from '../../moderation/check-channel-policy.js';
import type { Check } from '../checks.js';
import { denyBySource } from './deny-by-source.js';
import { placeOf, settingsFor } from './screen-settings.js';

/**
 * The bot works here: the server answers everywhere or lists this channel (or the thread's parent), or,
 * in a DM, DMs are on. Always ok without moderation (no settings to apply).
 */
export const allowedHere: Check = async (request, ctx) => {
  const moderation = ctx.moderation;
  if (!moderation) return { ok: true };
  const [place, settings] = await Promise.all([
    placeOf(request, moderation),
    settingsFor(request, moderation),
  ]);
  const verdict = checkChannelPolicy(place, settings);
  return verdict.ok ? verdict : denyBySource(request, verdict);
};
