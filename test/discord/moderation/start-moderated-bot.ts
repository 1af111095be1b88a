import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ModalRoute } from '../../../src/discord/bot-context.js';
import { createModeration } from '../../../src/discord/moderation/create-moderation.js';
import type { Engine } from '../../../src/engine/types.js';
import { createArticleLibrary } from '../../../src/library/article-library.js';
import { type ModerationStore, openStore } from '../../../src/storage/moderation-store.js';
import type { DiscordEmulator } from '../emulator/create-discord-emulator.js';
import { type EmulatedUser, interactionPayload, makeUser, messagePayload } from '../emulator/payloads.js';
import { makeSnowflake } from '../emulator/snowflake.js';
import { startTestBot } from '../start-test-bot.js';

/** Manage Server (0x20) plus the basics; and the basics without it. */
export const MODERATOR_PERMISSIONS = String(0x20 | 0x400 | 0x800);
export const MEMBER_PERMISSIONS = String(0x400 | 0x800);

export interface ModeratedBotOptions {
  engine: Engine;
  /** Reuse a database file (for restart tests); a fresh temp folder otherwise. */
  databasePath?: string;
  /** A PostgreSQL database instead of the SQLite file. */
  databaseUrl?: string;
  now?: () => number;
  messageContentIntent?: boolean;
  /** Log in to an existing emulator (the same "Discord" across a bot restart); stop() then leaves it open. */
  emulator?: DiscordEmulator;
  /** More form handlers beside the moderation ones (to exercise the dispatcher). */
  extraModals?: ModalRoute[];
}

/**
 * Starts the emulator and the real bot with moderation wired in over a real SQLite file in a temp folder
 * (or the PostgreSQL database at `databaseUrl`).
 * Helpers inject messages and interactions the way Discord would; `stop()` tears everything down.
 */
export async function startModeratedBot(options: ModeratedBotOptions) {
  const external = options.databasePath ?? options.databaseUrl;
  const folder = external ? undefined : mkdtempSync(join(tmpdir(), 'factdesk-mod-'));
  const databasePath = options.databasePath ?? join(folder ?? '', 'factdesk.sqlite');
  let store: ModerationStore | undefined = await openStore(
    { databasePath, databaseUrl: options.databaseUrl },
    { now: options.now },
  );
  const t = await startTestBot({
    engine: options.engine,
    now: options.now,
    messageContentIntent: options.messageContentIntent,
    emulator: options.emulator,
    // Built lazily so the bot and its moderation share the test logger.
    extend: (logger) => {
      const moderation = createModeration({ store: store as ModerationStore, logger, now: options.now });
      // As `npm start` wires it: each server's articles from the same database.
      const library = createArticleLibrary({
        articles: (store as ModerationStore).articles,
        builtIn: options.engine,
      });
      return { ...moderation, library, modals: [...moderation.modals, ...(options.extraModals ?? [])] };
    },
  });
  const { emulator, world, bot } = t;
  const moderator = makeUser('moderator');

  /** Makes a text channel (or a thread under `parentId`) known to the client. */
  function addChannel(name: string, parentId?: string): string {
    const id = makeSnowflake();
    const channel = {
      id,
      guild_id: world.guildId,
      name,
      position: 1,
      permission_overwrites: [],
      ...(parentId
        ? {
            type: 11,
            parent_id: parentId,
            owner_id: world.bot.id,
            thread_metadata: { archived: false, auto_archive_duration: 1440, locked: false },
          }
        : { type: 0 }),
    };
    emulator.gateway.dispatch(parentId ? 'THREAD_CREATE' : 'CHANNEL_CREATE', channel);
    if (parentId) emulator.markThread(id);
    return id;
  }

  /** A member's message in a guild channel (mentioning the bot unless `mention: false`). */
  function say(
    text: string,
    opts: { user?: EmulatedUser; channelId?: string; mention?: boolean; dm?: boolean } = {},
  ) {
    const mention = opts.mention ?? true;
    const payload = messagePayload(world, {
      author: opts.user ?? world.user,
      content: mention && !opts.dm ? `<@${world.bot.id}> ${text}` : text,
      mentions: mention && !opts.dm ? [world.bot] : [],
      guild: !opts.dm,
    });
    if (opts.channelId) payload.channel_id = opts.channelId;
    emulator.gateway.dispatch('MESSAGE_CREATE', payload);
    return payload;
  }

  /** An interaction from `user` with the given member permissions; `patch` overrides the payload. */
  function interact(
    input: Parameters<typeof interactionPayload>[1],
    opts: { user?: EmulatedUser; permissions?: string; channelId?: string } = {},
    patch: Record<string, unknown> = {},
  ) {
    const payload = interactionPayload(world, input, opts.user ?? world.user) as Record<string, unknown> & {
      id: string;
      token: string;
      member: { permissions: string };
    };
    if (opts.permissions) payload.member.permissions = opts.permissions;
    if (opts.channelId) {
      payload.channel_id = opts.channelId;
      payload.channel = { id: opts.channelId, type: 0, guild_id: world.guildId, name: 'other' };
    }
    Object.assign(payload, patch);
    emulator.gateway.dispatch('INTERACTION_CREATE', payload);
    return payload;
  }

  /** A moderator's `/factdesk-settings` (or other command) with subcommand options. */
  function moderatorCommand(
    name: string,
    subcommand: string | undefined,
    options: { name: string; type: number; value: string | number }[] = [],
    permissions = MODERATOR_PERMISSIONS,
  ) {
    const data = {
      id: makeSnowflake(),
      name,
      type: 1,
      options: subcommand ? [{ name: subcommand, type: 1, options }] : options,
    };
    return interact({ kind: 'command', name }, { user: moderator, permissions }, { data });
  }

  /** Submits a modal (INTERACTION_CREATE type 5) with one text input. */
  function submitModal(customId: string, inputId: string, value: string, user = world.user) {
    return interact(
      { kind: 'command', name: 'x' },
      { user },
      {
        type: 5,
        data: {
          custom_id: customId,
          components: [{ type: 1, components: [{ type: 4, custom_id: inputId, value }] }],
        },
      },
    );
  }

  /** A message context-menu command ("Apps" on a message) run on a message with `content` by `otherUser`. */
  function messageMenu(
    name: string,
    content: string,
    opts: { user?: EmulatedUser; channelId?: string } = {},
  ) {
    const target = messagePayload(world, { author: world.otherUser, content });
    const data = {
      id: makeSnowflake(),
      name,
      type: 3,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
    };
    return interact({ kind: 'command', name }, opts, { data });
  }

  /** Every REST body the bot sent so far, as one string (to prove something was never echoed). */
  const allBodies = () => emulator.requests.map((r) => JSON.stringify(r.body ?? '')).join('\n');

  return {
    emulator,
    world,
    bot,
    moderator,
    databasePath,
    get store(): ModerationStore {
      if (!store) throw new Error('store closed');
      return store;
    },
    addChannel,
    say,
    interact,
    moderatorCommand,
    submitModal,
    messageMenu,
    allBodies,
    expectClean: () => t.expectClean(),
    /** Every log line so far (JSON strings). */
    logLines: () => [...t.logLines],
    /** Stops bot and emulator; `closeStore: false` leaves the SQLite connection as a crash would. */
    async stop(opts: { closeStore?: boolean; removeFiles?: boolean } = {}): Promise<void> {
      await t.stop();
      if (opts.closeStore ?? true) await store?.close();
      store = undefined;
      if (folder && (opts.removeFiles ?? true)) rmSync(folder, { recursive: true, force: true });
    },
  };
}

export type ModeratedBot = Awaited<ReturnType<typeof startModeratedBot>>;

/**
 * The usual moderator setup for tests that read the mod log: a "mod-log" channel set as the mod log and no
 * cooldown, so one member can ask several questions. Returns the mod-log channel id.
 */
export async function useModLogWithoutCooldown(t: ModeratedBot): Promise<string> {
  const modLog = t.addChannel('mod-log');
  await t.emulator.nextCallback(
    t.moderatorCommand('factdesk-settings', 'mod-log', [{ name: 'channel', type: 7, value: modLog }]),
  );
  await t.emulator.nextCallback(
    t.moderatorCommand('factdesk-settings', 'cooldown', [{ name: 'seconds', type: 4, value: 0 }]),
  );
  return modLog;
}
