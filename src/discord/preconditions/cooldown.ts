import type { Check } from '../checks.js';
import { denyBySource } from './deny-by-source.js';
import { settingsFor } from './screen-settings.js';

/** One answered request per member per the server's cooldown; the rest of a burst is denied. */
export const cooldown: Check = async (request, ctx) => {
  const moderation = ctx.moderation;
  if (!moderation) return { ok: true };
  const seconds = (await settingsFor(request, moderation)).cooldownSeconds;
  const verdict = await moderation.cooldowns.take(request.guildId, request.userId, seconds);
  return verdict.ok ? verdict : denyBySource(request, verdict);
};
