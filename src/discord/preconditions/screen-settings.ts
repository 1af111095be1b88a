import type { QuestionPlace } from '../../moderation/check-channel-policy.js';
import { DEFAULT_SETTINGS, type GuildSettings } from '../../storage/settings-repository.js';
import type { CheckRequest } from '../checks.js';
import type { ModerationServices } from '../moderation/moderation-services.js';

/** The settings that apply where the request was made: the server's, or the defaults with the DM switch. */
export async function settingsFor(
  request: CheckRequest,
  moderation: ModerationServices,
): Promise<Omit<GuildSettings, 'guildId'>> {
  const { settings } = moderation.store;
  return request.guildId === null
    ? { ...DEFAULT_SETTINGS, dmsEnabled: await settings.areDmsAllowed() }
    : settings.get(request.guildId);
}

/** Where the request was made; a thread counts as its parent channel for allowlists. */
export async function placeOf(request: CheckRequest, moderation: ModerationServices): Promise<QuestionPlace> {
  if (request.guildId === null) return { kind: 'dm' };
  const parentChannelId =
    request.parentChannelId ??
    (await moderation.store.threads.get(request.channelId))?.parentChannelId ??
    null;
  return { kind: 'guild', channelId: request.channelId, parentChannelId };
}
