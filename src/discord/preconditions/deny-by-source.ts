import type { Denied } from '../../moderation/check-result.js';
import type { CheckRequest, CheckResult } from '../checks.js';

/** The reaction a message gets when its author asks again within the cooldown. */
export const COOLDOWN_REACTION = '⏳';

/**
 * How a moderation denial reaches the member. An interaction must be answered, and ephemerally nobody else
 * sees it, so it always gets the notice. On a message nothing goes to the channel: a cooldown gets a
 * reaction (once), anything else a private notice, and the rest of a burst is denied silently.
 */
export function denyBySource(request: CheckRequest, verdict: Denied): CheckResult {
  if (request.source !== 'message') return { ok: false, notice: verdict.notice };
  if (!verdict.notify) return { ok: false, notice: '' };
  if (verdict.reason === 'cooldown') return { ok: false, notice: '', reaction: COOLDOWN_REACTION };
  return { ok: false, notice: verdict.notice, privately: true };
}
