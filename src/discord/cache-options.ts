import { type ClientOptions, Options } from 'discord.js';

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
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
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
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      // Threads (the /discuss ones included) are dropped an hour after they are archived; the database, not
      // the cache, says which threads the bot opened.
      threads: { interval: 3_600, lifetime: 3_600 },
    },
  };
}
