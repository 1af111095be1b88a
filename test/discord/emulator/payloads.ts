/**
 * Builders for the gateway and REST payloads discord.js 14 needs, with just the fields it reads.
 * Field notes: ../../../../shared/notes/discord-testing.md.
 */
import { makeSnowflake } from './snowflake.js';

export interface EmulatedUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: null;
  bot: boolean;
}

/** A server (for sharding and load tests): its id and its text channel, and any more it has. */
export interface EmulatedGuild {
  id: string;
  channelId: string;
  /** More text channels (the main server's, see `addChannels`); other servers have one. */
  moreChannelIds?: readonly string[];
}

export interface EmulatedWorld {
  applicationId: string;
  bot: EmulatedUser;
  guildId: string;
  channelId: string;
  /** A DM channel between `user` and the bot. */
  dmChannelId: string;
  user: EmulatedUser;
  otherUser: EmulatedUser;
  otherBot: EmulatedUser;
  /** What the server's @everyone role grants, and so the bot, as a decimal bitfield (everything by default). */
  rolePermissions: string;
  /** More servers the bot is in (none by default); see `addGuilds`. */
  extraGuilds: EmulatedGuild[];
  /** The main server's text channels besides `channelId` (none by default); see `addChannels`. */
  moreChannelIds: string[];
}

export function makeUser(username: string, bot = false): EmulatedUser {
  return { id: makeSnowflake(), username, global_name: username, discriminator: '0', avatar: null, bot };
}

export function makeWorld(): EmulatedWorld {
  return {
    applicationId: makeSnowflake(),
    bot: makeUser('factdesk', true),
    guildId: makeSnowflake(),
    channelId: makeSnowflake(),
    dmChannelId: makeSnowflake(),
    user: makeUser('asker'),
    otherUser: makeUser('bystander'),
    otherBot: makeUser('otherbot', true),
    rolePermissions: '2251799813685247',
    extraGuilds: [],
    moreChannelIds: [],
  };
}

/** Adds `count` text channels to the main server, as a large community server has (up to 500 on Discord). */
export function addChannels(world: EmulatedWorld, count: number): string[] {
  const added = Array.from({ length: count }, () => makeSnowflake());
  world.moreChannelIds.push(...added);
  return added;
}

/** A server's text channels, its first one first. */
export function channelsOf(guild: EmulatedGuild): string[] {
  return [guild.channelId, ...(guild.moreChannelIds ?? [])];
}

const discordEpoch = 1420070400000n;
let guildClock = 0n;

/**
 * Adds `count` servers with one channel each. Their ids differ in their timestamp bits (consecutive
 * milliseconds), as real ids do, so `(id >> 22) % shardCount` spreads them over the shards round robin.
 */
export function addGuilds(world: EmulatedWorld, count: number): EmulatedGuild[] {
  // A million milliseconds back from now, then counting down: never the same as an id made by makeSnowflake.
  guildClock = guildClock === 0n ? BigInt(Date.now()) - discordEpoch - 1_000_000n : guildClock;
  const added: EmulatedGuild[] = [];
  for (let i = 0; i < count; i++) {
    guildClock -= 1n;
    added.push({ id: (guildClock << 22n).toString(), channelId: ((guildClock << 22n) | 1n).toString() });
  }
  world.extraGuilds.push(...added);
  return added;
}

/** Every server of the world, the main one first. */
export function allGuilds(world: EmulatedWorld): EmulatedGuild[] {
  return [
    { id: world.guildId, channelId: world.channelId, moreChannelIds: world.moreChannelIds },
    ...world.extraGuilds,
  ];
}

/** The shard Discord sends a server's events to. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

function memberOf(user: EmulatedUser) {
  return {
    user,
    roles: [],
    joined_at: new Date(0).toISOString(),
    deaf: false,
    mute: false,
    flags: 0,
    // All permissions, so permission checks inside discord.js never get in the way.
    permissions: '2251799813685247',
  };
}

export function readyPayload(
  world: EmulatedWorld,
  sessionId: string,
  resumeUrl: string,
  shard: [number, number] = [0, 1],
) {
  return {
    v: 10,
    user: { ...world.bot, verified: true, mfa_enabled: false, flags: 0 },
    guilds: allGuilds(world)
      .filter((guild) => shardOf(guild.id, shard[1]) === shard[0])
      .map((guild) => ({ id: guild.id, unavailable: true })),
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    shard,
    application: { id: world.applicationId, flags: 0 },
  };
}

/** The server's @everyone role; its permissions are what the bot holds (it has no other role). */
export function everyoneRole(world: EmulatedWorld, guildId = world.guildId) {
  return {
    id: guildId,
    name: '@everyone',
    permissions: world.rolePermissions,
    position: 0,
    color: 0,
    hoist: false,
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

export function guildCreatePayload(
  world: EmulatedWorld,
  guild: EmulatedGuild = allGuilds(world)[0] as EmulatedGuild,
) {
  const main = guild.id === world.guildId;
  return {
    id: guild.id,
    name: 'Factdesk test guild',
    icon: null,
    owner_id: world.user.id,
    unavailable: false,
    large: false,
    member_count: 3,
    joined_at: new Date(0).toISOString(),
    features: [],
    emojis: [],
    stickers: [],
    presences: [],
    voice_states: [],
    threads: [],
    stage_instances: [],
    guild_scheduled_events: [],
    roles: [everyoneRole(world, guild.id)],
    channels: channelsOf(guild).map((id, i) => ({
      id,
      type: 0,
      name: i === 0 ? 'general' : `channel-${i}`,
      position: i,
      permission_overwrites: [],
    })),
    // Other servers list only the bot, as Discord does for large ones.
    members: main ? [memberOf(world.bot), memberOf(world.user)] : [memberOf(world.bot)],
  };
}

export interface MessageInput {
  author: EmulatedUser;
  content: string;
  /** Users the message mentions (Discord resolves `<@id>` into this list; discord.js does not). */
  mentions?: EmulatedUser[];
  mentionEveryone?: boolean;
  mentionRoles?: string[];
  /** Omit for a DM. */
  guild?: boolean;
  /** A guild channel or thread other than the default one. */
  channelId?: string;
  /** Another server of the world (its channel, unless `channelId` says otherwise). */
  in?: EmulatedGuild;
  /** The message this one replies to (a full message object as the emulator returned it). */
  replyTo?: Record<string, unknown>;
}

export function messagePayload(world: EmulatedWorld, input: MessageInput) {
  const inGuild = input.guild ?? true;
  const id = makeSnowflake();
  return {
    id,
    type: input.replyTo ? 19 : 0,
    channel_id: inGuild ? (input.channelId ?? input.in?.channelId ?? world.channelId) : world.dmChannelId,
    // Discord sends the channel type; discord.js needs it to build an uncached DM channel.
    channel_type: inGuild ? 0 : 1,
    ...(inGuild
      ? { guild_id: input.in?.id ?? world.guildId, member: { ...memberOf(input.author), user: undefined } }
      : {}),
    author: input.author,
    content: input.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: input.mentionEveryone ?? false,
    mentions: input.mentions ?? [],
    mention_roles: input.mentionRoles ?? [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: 0,
    ...(input.replyTo
      ? {
          message_reference: {
            type: 0,
            message_id: input.replyTo.id,
            channel_id: input.replyTo.channel_id,
            guild_id: inGuild ? world.guildId : undefined,
          },
          referenced_message: input.replyTo,
        }
      : {}),
  };
}

/** The message object the emulator answers a message POST/PATCH with. */
export function botMessagePayload(world: EmulatedWorld, channelId: string, body: Record<string, unknown>) {
  return {
    id: makeSnowflake(),
    type: body.message_reference ? 19 : 0,
    channel_id: channelId,
    ...(channelId === world.channelId ? { guild_id: world.guildId } : {}),
    author: world.bot,
    content: typeof body.content === 'string' ? body.content : '',
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: Array.isArray(body.components) ? body.components : [],
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    flags: typeof body.flags === 'number' ? body.flags : 0,
  };
}

export type InteractionInput =
  | { kind: 'command'; name: string; options?: { name: string; type: number; value: string | number }[] }
  | {
      kind: 'autocomplete';
      name: string;
      options: { name: string; type: number; value: string; focused?: boolean }[];
    }
  | { kind: 'button'; customId: string; message: Record<string, unknown> };

export function interactionPayload(
  world: EmulatedWorld,
  input: InteractionInput,
  user: EmulatedUser,
  guild: EmulatedGuild = allGuilds(world)[0] as EmulatedGuild,
) {
  const base = {
    id: makeSnowflake(),
    application_id: world.applicationId,
    token: `itoken-${makeSnowflake()}`,
    version: 1,
    guild_id: guild.id,
    channel_id: guild.channelId,
    channel: { id: guild.channelId, type: 0, guild_id: guild.id, name: 'general' },
    member: memberOf(user),
    app_permissions: '2251799813685247',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': guild.id },
    context: 0,
    attachment_size_limit: 8388608,
  };
  if (input.kind === 'button') {
    return {
      ...base,
      type: 3,
      message: input.message,
      data: { custom_id: input.customId, component_type: 2 },
    };
  }
  return {
    ...base,
    type: input.kind === 'command' ? 2 : 4,
    data: { id: makeSnowflake(), name: input.name, type: 1, options: input.options ?? [] },
  };
}
