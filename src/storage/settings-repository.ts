import type { Database } from 'better-sqlite3';

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
  get(guildId: string): GuildSettings;
  /** Changes some settings and returns the result; durable once it returns. */
  update(guildId: string, patch: SettingsPatch): GuildSettings;
  /** Adds a channel to the allowlist (does not change the mode). */
  allowChannel(guildId: string, channelId: string): GuildSettings;
  /** Removes a channel from the allowlist. */
  disallowChannel(guildId: string, channelId: string): GuildSettings;
  /** Whether DMs may be answered: true unless one of `guildIds` (default: every configured server) turned them off. */
  areDmsAllowed(guildIds?: readonly string[]): boolean;
}

interface SettingsRow {
  answer_mode: AnswerMode;
  dms_enabled: number;
  cooldown_seconds: number;
  mod_log_channel_id: string | null;
}

/**
 * Server settings stored in SQLite.
 *
 * @example
 * const settings = createSettingsRepository(db);
 * settings.update(guildId, { cooldownSeconds: 10 });
 */
export function createSettingsRepository(db: Database, now: () => number = Date.now): SettingsRepository {
  const selectRow = db.prepare<[string], SettingsRow>(
    'SELECT answer_mode, dms_enabled, cooldown_seconds, mod_log_channel_id FROM guild_settings WHERE guild_id = ?',
  );
  const selectChannels = db
    .prepare<[string], string>(
      'SELECT channel_id FROM allowed_channels WHERE guild_id = ? ORDER BY channel_id',
    )
    .pluck();
  const ensureRow = db.prepare<[string, number]>(
    'INSERT INTO guild_settings (guild_id, updated_at) VALUES (?, ?) ON CONFLICT (guild_id) DO NOTHING',
  );
  const updateRow = db.prepare<[string, number, number, string | null, number, string]>(
    `UPDATE guild_settings SET answer_mode = ?, dms_enabled = ?, cooldown_seconds = ?, mod_log_channel_id = ?,
     updated_at = ? WHERE guild_id = ?`,
  );
  const insertChannel = db.prepare<[string, string]>(
    'INSERT INTO allowed_channels (guild_id, channel_id) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  const deleteChannel = db.prepare<[string, string]>(
    'DELETE FROM allowed_channels WHERE guild_id = ? AND channel_id = ?',
  );
  const selectDmsOff = db
    .prepare<[], string>('SELECT guild_id FROM guild_settings WHERE dms_enabled = 0')
    .pluck();

  function get(guildId: string): GuildSettings {
    const row = selectRow.get(guildId);
    const allowedChannelIds = selectChannels.all(guildId);
    if (row === undefined) return { guildId, ...DEFAULT_SETTINGS, allowedChannelIds };
    return {
      guildId,
      answerMode: row.answer_mode,
      allowedChannelIds,
      dmsEnabled: row.dms_enabled === 1,
      cooldownSeconds: row.cooldown_seconds,
      modLogChannelId: row.mod_log_channel_id,
    };
  }

  const update = db.transaction((guildId: string, patch: SettingsPatch): void => {
    if (patch.cooldownSeconds !== undefined) assertCooldown(patch.cooldownSeconds);
    const next = { ...get(guildId), ...patch };
    ensureRow.run(guildId, now());
    updateRow.run(
      next.answerMode,
      next.dmsEnabled ? 1 : 0,
      next.cooldownSeconds,
      next.modLogChannelId,
      now(),
      guildId,
    );
  });

  const setChannel = db.transaction((guildId: string, channelId: string, allowed: boolean): void => {
    ensureRow.run(guildId, now());
    if (allowed) insertChannel.run(guildId, channelId);
    else deleteChannel.run(guildId, channelId);
  });

  return {
    get,
    update(guildId, patch) {
      update(guildId, patch);
      return get(guildId);
    },
    allowChannel(guildId, channelId) {
      setChannel(guildId, channelId, true);
      return get(guildId);
    },
    disallowChannel(guildId, channelId) {
      setChannel(guildId, channelId, false);
      return get(guildId);
    },
    areDmsAllowed(guildIds) {
      const off = new Set(selectDmsOff.all());
      return (guildIds ?? [...off]).every((id) => !off.has(id));
    },
  };
}

function assertCooldown(seconds: number): void {
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_COOLDOWN_SECONDS) {
    throw new RangeError(`The cooldown must be a whole number of seconds from 0 to ${MAX_COOLDOWN_SECONDS}.`);
  }
}
