import { type Client, Routes } from 'discord.js';
import type { Logger } from '../../logging/create-logger.js';
import { type CooldownTracker, createCooldownTracker } from '../../moderation/cooldown-tracker.js';
import type { ModLogEntry } from '../../moderation/format-mod-log.js';
import type { ModerationStore } from '../../storage/moderation-store.js';
import {
  explainMissingPermissions,
  isMissingPermissions,
} from '../permissions/explain-missing-permissions.js';

/** What moderation handlers share: the store, the cooldowns, the clock and a way to post to the mod log. */
export interface ModerationServices {
  store: ModerationStore;
  cooldowns: CooldownTracker;
  now(): number;
  /**
   * Posts an entry to the server's mod-log channel, when one is set; false when none is set or the post
   * failed (logged, never thrown: a missing mod log must not break answering).
   */
  postModLog(guildId: string | null, entry: ModLogEntry): Promise<boolean>;
  /** Gives the services the client to post with; createBot calls it. */
  bindClient(client: Client): void;
}

export interface ModerationServicesOptions {
  store: ModerationStore;
  logger: Logger;
  now?: () => number;
}

/**
 * Builds the moderation services over an open store.
 * @example const moderation = createModerationServices({ store: openModerationStore(path), logger });
 */
export function createModerationServices(options: ModerationServicesOptions): ModerationServices {
  const now = options.now ?? Date.now;
  let client: Client | undefined;
  return {
    store: options.store,
    cooldowns: createCooldownTracker({ repository: options.store.cooldowns, now }),
    now,
    bindClient(bound) {
      client = bound;
    },
    async postModLog(guildId, entry) {
      if (guildId === null || !client) return false;
      const channelId = (await options.store.settings.get(guildId)).modLogChannelId;
      if (channelId === null) return false;
      try {
        // Straight to REST: the mod-log channel need not be in discord.js's cache.
        await client.rest.post(Routes.channelMessages(channelId), {
          body: { embeds: [entry], allowed_mentions: { parse: [] } },
        });
        return true;
      } catch (error) {
        const permissions =
          client && isMissingPermissions(error)
            ? explainMissingPermissions(error, client).permissions
            : undefined;
        options.logger.warn('could not post to the mod log', {
          guild: guildId,
          channel: channelId,
          permissions,
          error,
        });
        return false;
      }
    },
  };
}
