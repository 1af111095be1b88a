import type { Db } from './tables.js';

export type AnswerMode = 'everywhere' | 'allowlist';

/** A server's settings; a server that never changed anything gets `DEFAULT_SETTINGS`. */
export interface GuildSettings {
  guildId: string;
  /** `everywhere`: wherever the bot is mentioned; `allowlist`: only in `allowedChannelIds` (and their threads). */
  answerMode: AnswerMode;
  allowedChannelIds: string[];
  /** Whether members may ask the bot in direct messages. */
  dmsEnabled: boolean;
  /** Minimum seconds between two answered questions from one member. */
  cooldownSeconds: number;
  modLogChannelId: string | null;
}

export type SettingsPatch = Partial<
  Pick<GuildSettings, 'answerMode' | 'dmsEnabled' | 'cooldownSeconds' | 'modLogChannelId'>
>;

export const DEFAULT_SETTINGS: Readonly<Omit<GuildSettings, 'guildId'>> = Object.freeze({
  answerMode: 'everywhere',
  allowedChannelIds: [],
  dmsEnabled: true,
  cooldownSeconds: 5,
  modLogChannelId: null,
});

export const MAX_COOLDOWN_SECONDS = 3600;

export interface SettingsRepository {
  /** The server's settings, defaults filled in. */
  get(guildId: string): Promise<GuildSettings>;
  /** Changes some settings and returns the result; durable once it resolves. */
  update(guildId: string, patch: SettingsPatch): Promise<GuildSettings>;
  /** Adds a channel to the allowlist (does not change the mode). */
  allowChannel(guildId: string, channelId: string): Promise<GuildSettings>;
  /** Removes a channel from the allowlist. */
  disallowChannel(guildId: string, channelId: string): Promise<GuildSettings>;
  /** Whether DMs may be answered: true unless one of `guildIds` (default: every configured server) turned them off. */
  areDmsAllowed(guildIds?: readonly string[]): Promise<boolean>;
}

/**
 * Server settings, on either engine.
 *
 * @example
 * const settings = createSettingsRepository(db);
 * await settings.update(guildId, { cooldownSeconds: 10 });
 */
export function createSettingsRepository(db: Db, now: () => number = Date.now): SettingsRepository {
  async function get(guildId: string, from: Db = db): Promise<GuildSettings> {
    const row = await from
      .selectFrom('guild_settings')
      .select(['answer_mode', 'dms_enabled', 'cooldown_seconds', 'mod_log_channel_id'])
      .where('guild_id', '=', guildId)
      .executeTakeFirst();
    // Most servers never change a setting. Channels are only ever listed together with the server's row
    // (ensureRow), so without a row there is no list to read.
    if (row === undefined) return { guildId, ...DEFAULT_SETTINGS, allowedChannelIds: [] };
    const channels = await from
      .selectFrom('allowed_channels')
      .select('channel_id')
      .where('guild_id', '=', guildId)
      .orderBy('channel_id')
      .execute();
    return {
      guildId,
      answerMode: row.answer_mode,
      allowedChannelIds: channels.map((c) => c.channel_id),
      dmsEnabled: Number(row.dms_enabled) === 1,
      cooldownSeconds: Number(row.cooldown_seconds),
      modLogChannelId: row.mod_log_channel_id,
    };
  }

  /** Creates the server's row with the defaults, if it has none, so an update or a channel has a parent. */
  const ensureRow = (trx: Db, guildId: string) =>
    trx
      .insertInto('guild_settings')
      .values({ guild_id: guildId, updated_at: now() })
      .onConflict((oc) => oc.column('guild_id').doNothing())
      .execute();

  return {
    get: (guildId) => get(guildId),
    async update(guildId, patch) {
      if (patch.cooldownSeconds !== undefined) assertCooldown(patch.cooldownSeconds);
      await db.transaction().execute(async (trx) => {
        const next = { ...(await get(guildId, trx)), ...patch };
        await ensureRow(trx, guildId);
        await trx
          .updateTable('guild_settings')
          .set({
            answer_mode: next.answerMode,
            dms_enabled: next.dmsEnabled ? 1 : 0,
            cooldown_seconds: next.cooldownSeconds,
            mod_log_channel_id: next.modLogChannelId,
            updated_at: now(),
          })
          .where('guild_id', '=', guildId)
          .execute();
      });
      return get(guildId);
    },
    async allowChannel(guildId, channelId) {
      await db.transaction().execute(async (trx) => {
        await ensureRow(trx, guildId);
        await trx
          .insertInto('allowed_channels')
          .values({ guild_id: guildId, channel_id: channelId })
          .onConflict((oc) => oc.doNothing())
          .execute();
      });
      return get(guildId);
    },
    async disallowChannel(guildId, channelId) {
      await db.transaction().execute(async (trx) => {
        await ensureRow(trx, guildId);
        await trx
          .deleteFrom('allowed_channels')
          .where('guild_id', '=', guildId)
          .where('channel_id', '=', channelId)
          .execute();
      });
      return get(guildId);
    },
    async areDmsAllowed(guildIds) {
      const rows = await db
        .selectFrom('guild_settings')
        .select('guild_id')
        .where('dms_enabled', '=', 0)
        .execute();
      const off = new Set(rows.map((r) => r.guild_id));
      return (guildIds ?? [...off]).every((id) => !off.has(id));
    },
  };
}

function assertCooldown(seconds: number): void {
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_COOLDOWN_SECONDS) {
    throw new RangeError(`The cooldown must be a whole number of seconds from 0 to ${MAX_COOLDOWN_SECONDS}.`);
  }
}
