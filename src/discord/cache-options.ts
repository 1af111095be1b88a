import {
  type AnyThreadChannel,
  type CacheFactory,
  type CacheWithLimitsOptions,
  type ClientOptions,
  type GlobalSweepFilter,
  LimitedCollection,
  Options,
  type Snowflake,
  Sweepers,
} from 'discord.js';

/**
 * How often discord.js's REST client drops its idle per-route queues. It keeps one (a SequentialHandler with
 * its queue, about 650 bytes) for every channel it has posted to, for an hour by default: at 10,000 servers
 * that is one per channel answered in the last hour. An idle queue holds nothing worth keeping (a limited
 * one is never dropped, and a new one learns its bucket from the first response), so it goes after 10 s.
 */
export const REST_HANDLER_SWEEP_MS = 10_000;

/** Caches discord.js makes through makeCache that its typings do not list yet. */
const UNLISTED_LIMITS = {
  GuildSoundboardSoundManager: 0,
  // Commands are deployed through REST (deploy-commands.ts); a server's commands are never read back.
  GuildApplicationCommandManager: 0,
};

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
  // A channel's own list of its threads (discord.js keeps one per text channel, an empty Map in most); the
  // threads themselves stay in the client's channel cache, which message routing reads.
  ThreadManager: 0,
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

/** The threads sweeper's test: archived an hour ago, or left without its parent channel. */
const sweepThreads: GlobalSweepFilter<Snowflake, AnyThreadChannel> = () => {
  const archivedLongAgo = Sweepers.archivedThreadSweepFilter(3_600)();
  return (thread, id, threads) => thread.parent === null || (archivedLongAgo?.(thread, id, threads) ?? false);
};

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
      // Threads (the /discuss ones included) are dropped an hour after they are archived, or once their
      // channel is gone (with no per-channel thread lists, deleting a channel does not drop its threads); the
      // database, not the cache, says which threads the bot opened.
      threads: { interval: 3_600, filter: sweepThreads },
    },
  };
}
