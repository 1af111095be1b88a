import {
  type CacheFactory,
  type CacheWithLimitsOptions,
  type ClientOptions,
  LimitedCollection,
  Options,
} from 'discord.js';

/** Caches discord.js makes through makeCache that its typings do not list yet. */
const UNLISTED_LIMITS = { GuildSoundboardSoundManager: 0 };

const CACHE_LIMITS: CacheWithLimitsOptions = {
  ...Options.DefaultMakeCacheSettings,
  ...UNLISTED_LIMITS,
  // The bot replies to the message object it was handed; it never looks one up again.
  MessageManager: 0,
  // permissionsFor(bot) needs the bot's own member; nobody else's is read from the cache.
  GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
  UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
  PresenceManager: 0,
  ReactionManager: 0,
  ReactionUserManager: 0,
  GuildEmojiManager: 0,
  GuildStickerManager: 0,
  GuildBanManager: 0,
  GuildInviteManager: 0,
  GuildScheduledEventManager: 0,
  StageInstanceManager: 0,
  VoiceStateManager: 0,
  ThreadMemberManager: 0,
  AutoModerationRuleManager: 0,
  ApplicationCommandManager: 0,
  BaseGuildEmojiManager: 0,
  GuildMessageManager: 0,
  DMMessageManager: 0,
};

/**
 * `Options.cacheWithLimits(limits)`, except that every cache limited to nothing is one shared collection:
 * it never holds an entry (a LimitedCollection of size 0 refuses every set), so sharing it changes nothing
 * but memory. discord.js makes a dozen such caches per server, each an empty Map of its own: about 2 KB
 * per server, 20 MB at 10,000 servers.
 */
function keepingNothingShared(limits: CacheWithLimitsOptions): CacheFactory {
  const limited = Options.cacheWithLimits(limits);
  const keepsNothing = new LimitedCollection({ maxSize: 0 });
  const settings = limits as Record<string, unknown>;
  return ((managerType, holds, manager) =>
    (settings[manager.name] ?? settings[managerType.name]) === 0
      ? keepsNothing
      : limited(managerType, holds, manager)) as CacheFactory;
}

/**
 * What discord.js keeps in memory: only what factdesk reads back. Guilds, their channels and roles, and the
 * bot's own member stay (message routing and permission checks use them); members, users, messages,
 * presences, reactions, emojis, stickers and the like are built for the event that carries them and never
 * cached, so memory grows with the number of servers, not with their members or messages.
 *
 * @example new Client({ ...limitedCaches(), intents });
 */
export function limitedCaches(): Pick<ClientOptions, 'makeCache' | 'sweepers'> {
  return {
    makeCache: keepingNothingShared(CACHE_LIMITS),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      // Threads (the /discuss ones included) are dropped an hour after they are archived; the database, not
      // the cache, says which threads the bot opened.
      threads: { interval: 3_600, lifetime: 3_600 },
    },
  };
}
