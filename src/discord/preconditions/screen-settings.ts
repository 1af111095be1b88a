import type { QuestionPlace } from '../../moderation/check-channel-policy.js';
import { DEFAULT_SETTINGS, type GuildSettings } from '../../storage/settings-repository.js';
import type { CheckRequest } from '../checks.js';
import type { ModerationServices } from '../moderation/moderation-services.js';

type PlaceSettings = Omit<GuildSettings, 'guildId'>;

/** Settings read for a run of checks (each run has its own request object), so they are read once per run. */
const readFor = new WeakMap<CheckRequest, Promise<PlaceSettings>>();

/** The settings that apply where the request was made: the server's, or the defaults with the DM switch. */
export function settingsFor(request: CheckRequest, moderation: ModerationServices): Promise<PlaceSettings> {
  let read = readFor.get(request);
  if (read === undefined) {
    read = readSettings(request, moderation);
    readFor.set(request, read);
  }
  return read;
}

async function readSettings(request: CheckRequest, moderation: ModerationServices): Promise<PlaceSettings> {
  const { settings } = moderation.store;
  return request.guildId === null
    ? { ...DEFAULT_SETTINGS, dmsEnabled: await settings.areDmsAllowed() }
    : settings.get(request.guildId);
}

/** Where the request was made; a thread counts as its parent channel for allowlists. */
export async function placeOf(request: CheckRequest, moderation: ModerationServices): Promise<QuestionPlace> {
  if (request.guildId === null) return { kind: 'dm' };
  // Null: the request knows it is not in a thread, so there is nothing to look up.
  const parentChannelId =
    request.parentChannelId !== undefined
      ? request.parentChannelId
      : ((await moderation.store.threads.get(request.channelId))?.parentChannelId ?? null);
  return { kind: 'guild', channelId: request.channelId, parentChannelId };
}
