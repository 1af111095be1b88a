import type { DenyReason } from '../../moderation/check-result.js';
import { formatModLogEntry } from '../../moderation/format-mod-log.js';
import { screenQuestion } from '../../moderation/screen-question.js';
import { DEFAULT_SETTINGS } from '../../storage/settings-repository.js';
import type { Check, CheckRequest } from '../checks.js';
import type { ModerationServices } from './moderation-services.js';

/** The reaction a message gets when its author asks again within the cooldown. */
export const COOLDOWN_REACTION = '⏳';

/** Requests that are moderation tools or navigation, not questions: never screened or rate limited. */
const UNSCREENED_NAMES = new Set(['factdesk-settings', 'factdesk-review', 'vote', 'rv', 'tl']);

/**
 * The moderation check: channel allowlist, DMs on/off, content filter and cooldown (`screenQuestion`).
 * A filtered question is never echoed: the asker gets a private notice, the mod log a link and a reason.
 * The rest of a cooldown burst on messages is denied silently (empty notice).
 * @example createBot({ ..., checks: [createScreenCheck(moderation)] })
 */
export function createScreenCheck(moderation: ModerationServices): Check {
  return async (request) => {
    if (request.name !== undefined && UNSCREENED_NAMES.has(request.name)) return { ok: true };
    const { store } = moderation;
    const settings =
      request.guildId === null
        ? { ...DEFAULT_SETTINGS, dmsEnabled: store.settings.areDmsAllowed() }
        : store.settings.get(request.guildId);
    const verdict = screenQuestion(
      {
        text: request.text,
        userId: request.userId,
        guildId: request.guildId,
        place: placeOf(request, moderation),
      },
      settings,
      moderation.cooldowns,
    );
    if (verdict.ok) return verdict;
    if (verdict.logToModLog) await logFiltered(request, verdict.reason, moderation);
    // Interactions must be answered, and ephemerally nobody else sees it. On a message, nothing goes to the
    // channel: a cooldown gets a reaction (once), everything else a private notice; the rest stays silent.
    if (request.source !== 'message') return { ok: false, notice: verdict.notice };
    if (!verdict.notify) return { ok: false, notice: '' };
    if (verdict.reason === 'cooldown') return { ok: false, notice: '', reaction: COOLDOWN_REACTION };
    return { ok: false, notice: verdict.notice, privately: true };
  };
}

function placeOf(request: CheckRequest, moderation: ModerationServices) {
  if (request.guildId === null) return { kind: 'dm' } as const;
  const parentChannelId =
    request.parentChannelId ?? moderation.store.threads.get(request.channelId)?.parentChannelId ?? null;
  return { kind: 'guild', channelId: request.channelId, parentChannelId } as const;
}

async function logFiltered(
  request: CheckRequest,
  reason: DenyReason,
  moderation: ModerationServices,
): Promise<void> {
  const asked = { guildId: request.guildId, channelId: request.channelId, userId: request.userId };
  moderation.store.recordFiltered(asked);
  await moderation.postModLog(
    request.guildId,
    formatModLogEntry({ kind: 'filtered', reason, ...asked, messageId: request.messageId ?? null }),
  );
}
