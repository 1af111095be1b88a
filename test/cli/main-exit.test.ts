import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openModerationStore } from '../../src/storage/moderation-store.js';
import { createDiscordEmulator, type DiscordEmulator } from '../discord/emulator/create-discord-emulator.js';
import { testToken } from '../discord/start-test-bot.js';
import { NOBODY, type RunningBot, startMain } from './start-main.js';

describe('npm start makes failures a supervisor can see: one clear line and a non-zero exit', () => {
  let emulator: DiscordEmulator | undefined;
  let folder: string;
  let bot: RunningBot | undefined;
  const botEnv = (extra: Record<string, string> = {}) => {
    folder = mkdtempSync(join(tmpdir(), 'factdesk-main-'));
    return {
      DISCORD_TOKEN: testToken,
      DISCORD_API_URL: emulator?.apiUrl ?? '',
      DATABASE_PATH: join(folder, 'factdesk.sqlite'),
      ...extra,
    };
  };
  afterEach(async () => {
    if (bot && bot.child.exitCode === null) bot.child.kill('SIGKILL');
    await bot?.exited;
    await emulator?.close();
    rmSync(folder, { recursive: true, force: true });
    bot = undefined;
    emulator = undefined;
  });

  for (const [code, words] of [
    [4004, /code 4004, authentication failed: DISCORD_TOKEN is wrong or was reset/],
    [4014, /code 4014, disallowed intents: .*Message Content Intent/],
    [4013, /code 4013, invalid intents/],
  ] as const) {
    it(`a gateway close ${code} after start-up`, async () => {
      emulator = await createDiscordEmulator();
      bot = startMain(botEnv());
      await bot.waitFor('discord ready');
      emulator.gateway.close(code);
      expect(await bot.exited).toBe(1);
      expect(bot.errorLines()).toHaveLength(1);
      expect(JSON.parse(bot.errorLines()[0] as string).msg).toMatch(words);
    });
  }

  it('a privileged intent refused while connecting (4014)', async () => {
    emulator = await createDiscordEmulator();
    emulator.gateway.closeOnIdentify(4014);
    bot = startMain(botEnv({ DISCORD_MESSAGE_CONTENT: 'true' }));
    expect(await bot.exited).toBe(1);
    expect(bot.errorLines()).toHaveLength(1);
    expect(JSON.parse(bot.errorLines()[0] as string).msg).toMatch(/code 4014, disallowed intents/);
  });

  it('a REST 401 at run time (the token was reset while the bot ran)', async () => {
    emulator = await createDiscordEmulator();
    bot = startMain(botEnv());
    await bot.waitFor('discord ready');
    const world = emulator.world;
    emulator.refuseNext(
      { method: 'POST', path: `/channels/${world.channelId}/messages` },
      401,
      0,
      '401: Unauthorized',
    );
    emulator.injectMessage({
      author: world.user,
      content: `<@${world.bot.id}> who is Michael Chase?`,
      mentions: [world.bot],
    });
    expect(await bot.exited).toBe(1);
    expect(bot.errorLines()).toHaveLength(1);
    expect(JSON.parse(bot.errorLines()[0] as string).msg).toMatch(
      /^Discord refused the bot token \(401 Unauthorized on POST \/channels\/:id\/messages\)/,
    );
  });

  it('a database file that is read-only while its folder is writable', async () => {
    const env = botEnv({ DISCORD_API_URL: 'http://127.0.0.1:9/api' });
    await openModerationStore(env.DATABASE_PATH).close();
    chmodSync(env.DATABASE_PATH, 0o444);
    // Root writes through any mode: run the bot as an unprivileged user who owns the folder, not the file's mode.
    const asUser = process.getuid?.() === 0 ? NOBODY : undefined;
    if (asUser !== undefined) {
      chownSync(folder, asUser, asUser);
      chownSync(env.DATABASE_PATH, asUser, asUser);
    }
    bot = startMain(env, asUser);
    expect(await bot.exited).toBe(1);
    expect(bot.lines).toEqual([
      `factdesk: Cannot use the database at ${env.DATABASE_PATH}: the file is read-only for this user; give it write permission (and its folder) or set DATABASE_PATH.`,
    ]);
  });

  it('a PostgreSQL server that cannot be reached, named without its password', async () => {
    // Port 9 (discard) has no server on loopback: the connection is refused at once.
    const url = 'postgres://factdesk:s3cret-pw@127.0.0.1:9/factdesk';
    bot = startMain(botEnv({ DISCORD_API_URL: 'http://127.0.0.1:9/api', DATABASE_URL: url }));
    expect(await bot.exited).toBe(1);
    expect(bot.lines).toHaveLength(1);
    expect(bot.lines[0]).toMatch(
      /^factdesk: Cannot use the database at postgres:\/\/factdesk:\*\*\*@127\.0\.0\.1:9\/factdesk: cannot connect \(.*ECONNREFUSED/,
    );
    expect(bot.lines.join('\n')).not.toContain('s3cret-pw');
  });
});
