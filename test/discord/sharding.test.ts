import { mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startMain } from '../cli/start-main.js';
import { createDiscordEmulator, type DiscordEmulator } from './emulator/create-discord-emulator.js';
import { allGuilds, type EmulatedGuild, makeUser, shardOf } from './emulator/payloads.js';
import { makeSnowflake } from './emulator/snowflake.js';
import { testToken } from './start-test-bot.js';

const SHARDS = 3;

/** A port P on loopback with P, P+1 and P+2 free (each shard serves its metrics on METRICS_PORT + its id). */
async function freePortRun(length: number): Promise<number> {
  const listen = (port: number) =>
    new Promise<Server | undefined>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(undefined));
      server.listen(port, '127.0.0.1', () => resolve(server));
    });
  for (let attempt = 0; attempt < 20; attempt++) {
    const first = await listen(0);
    const base = (first?.address() as AddressInfo | undefined)?.port ?? 0;
    const rest = await Promise.all(Array.from({ length: length - 1 }, (_, i) => listen(base + i + 1)));
    for (const server of [first, ...rest])
      await new Promise((r) => (server ? server.close(r) : r(undefined)));
    if (base > 0 && rest.every(Boolean)) return base;
  }
  throw new Error('no run of free ports');
}

/** The pid each shard process logged when it became ready, latest last. */
function shardPids(bot: RunningBot, shard: number): number[] {
  return bot.lines
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { msg: string; shard?: number; pid?: number })
    .filter((entry) => entry.msg === 'shard ready' && entry.shard === shard)
    .map((entry) => entry.pid as number);
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// `npm start` with SHARD_COUNT=auto: discord.js's ShardingManager, one real process per shard, against
// an emulator that recommends 3 shards and routes each server's events to its shard.
describe('npm start with SHARD_COUNT=auto', () => {
  let emulator: DiscordEmulator;
  let bot: RunningBot;
  let folder: string;
  let guilds: EmulatedGuild[];
  let metricsPort: number;

  const ask = async (guild: EmulatedGuild, author = emulator.world.user) => {
    const { world } = emulator;
    emulator.injectMessage({
      author,
      content: `<@${world.bot.id}> Who is Michael Chase?`,
      mentions: [world.bot],
      in: guild,
    });
    return emulator.nextMessage(guild.channelId);
  };

  beforeAll(async () => {
    emulator = await createDiscordEmulator({ recommendedShards: SHARDS, maxConcurrency: 16, extraGuilds: 8 });
    guilds = allGuilds(emulator.world).filter((g) => g.id !== emulator.world.guildId);
    folder = mkdtempSync(join(tmpdir(), 'factdesk-shards-'));
    metricsPort = await freePortRun(SHARDS);
    bot = startMain({
      DISCORD_TOKEN: testToken,
      DISCORD_API_URL: emulator.apiUrl,
      DATABASE_PATH: join(folder, 'factdesk.sqlite'),
      SHARD_COUNT: 'auto',
      METRICS_PORT: String(metricsPort),
    });
    await bot.waitFor('all shards ready');
  }, 60_000);
  afterAll(async () => {
    if (bot && bot.child.exitCode === null) bot.child.kill('SIGKILL');
    await emulator?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('takes the count from GET /gateway/bot and identifies each shard as [id, count]', () => {
    const identifies = [...emulator.gateway.record.identifies].sort((a, b) => a[0] - b[0]);
    expect(identifies).toEqual([
      [0, SHARDS],
      [1, SHARDS],
      [2, SHARDS],
    ]);
    for (let shard = 0; shard < SHARDS; shard++) expect(shardPids(bot, shard)).toHaveLength(1);
    // Every shard serves some of the servers.
    expect(new Set(guilds.map((g) => shardOf(g.id, SHARDS)))).toEqual(new Set([0, 1, 2]));
  });

  it('serves the health and metrics of each shard on METRICS_PORT + its id', async () => {
    for (let shard = 0; shard < SHARDS; shard++) {
      const health = await fetch(`http://127.0.0.1:${metricsPort + shard}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ready: true, shards: [{ id: shard, status: 'Ready' }] });
      const metrics = await (await fetch(`http://127.0.0.1:${metricsPort + shard}/metrics`)).text();
      const servers = guilds.filter((g) => shardOf(g.id, SHARDS) === shard).length;
      const main = shardOf(emulator.world.guildId, SHARDS) === shard ? 1 : 0;
      expect(metrics).toContain(`factdesk_guilds ${servers + main}\n`);
    }
  });

  it('answers every server exactly once, from the shard its events go to', async () => {
    for (const guild of guilds) {
      const reply = await ask(guild);
      expect(reply.body.content).toMatch(/deputy assistant secretary of defense/i);
    }
    // Each event went to its server's shard; the other processes never saw it.
    const messages = emulator.gateway.record.deliveries.filter((d) => d.t === 'MESSAGE_CREATE');
    for (const delivery of messages) expect(delivery.shard).toBe(shardOf(delivery.guildId, SHARDS));
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const guild of guilds) {
      const posts = emulator.requests.filter(
        (r) => r.method === 'POST' && r.path === `/channels/${guild.channelId}/messages`,
      );
      expect(posts).toHaveLength(1);
    }
  });

  it('starts a killed shard process again, which answers its servers again and pages a timeline opened before', async () => {
    const { world } = emulator;
    const guild = guilds.find((g) => shardOf(g.id, SHARDS) === 1) as EmulatedGuild;
    // A timeline opened on shard 1's first process; its page buttons must outlive that process. (Another
    // member: the asker is still within the cooldown of the question above, which the database remembers.)
    const opened = (
      await emulator.nextCallback(
        emulator.injectInteraction({ kind: 'command', name: 'timeline' }, world.otherUser, guild),
      )
    ).body.data;
    const next = opened.components
      .flatMap((row: { components: { label?: string; custom_id: string }[] }) => row.components)
      .find((button: { label?: string }) => button.label === 'Next');
    // A ten-minute cooldown in that server, so the check below does not race a slow restart; a member
    // asks once before the restart.
    const cooldown = { name: 'cooldown', type: 1, options: [{ name: 'seconds', type: 4, value: 600 }] };
    const set = await emulator.nextCallback(
      emulator.injectInteraction(
        { kind: 'command', name: 'factdesk-settings', options: [cooldown] as never },
        world.user,
        guild,
      ),
    );
    expect(JSON.stringify(set.body.data.embeds)).toContain('600 s between questions');
    const regular = makeUser('regular');
    expect((await ask(guild, regular)).body.content).toMatch(/Michael Chase/);
    const [pid] = shardPids(bot, 1);
    const reidentified = emulator.gateway.next('identified', 1);
    process.kill(pid as number, 'SIGKILL');
    await bot.waitFor('shard process died; starting it again');
    await reidentified;
    await expect.poll(() => shardPids(bot, 1), { timeout: 15_000 }).toHaveLength(2);
    expect(shardPids(bot, 1)[1]).not.toBe(pid);
    // A third member: the first is within the cooldown, kept in the database across the restart.
    expect((await ask(guild, makeUser('newcomer'))).body.content).toMatch(/Michael Chase/);
    // The member who asked before the restart is still inside the window: the new process reacts ⏳.
    const again = emulator.injectMessage({
      author: regular,
      content: `<@${world.bot.id}> Who is Michael Chase?`,
      mentions: [world.bot],
      in: guild,
    });
    const reaction = await emulator.nextRequest({
      method: 'PUT',
      path: new RegExp(`^/channels/${guild.channelId}/messages/${again.id}/reactions/`),
    });
    expect(reaction.path).toContain('⏳');

    const message = {
      id: makeSnowflake(),
      channel_id: guild.channelId,
      guild_id: guild.id,
      author: world.bot,
      content: '',
      embeds: opened.embeds,
      components: opened.components,
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      type: 0,
      flags: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
    };
    const paged = await emulator.nextCallback(
      emulator.injectInteraction(
        { kind: 'button', customId: next.custom_id, message },
        world.otherUser,
        guild,
      ),
    );
    expect(paged.body.type).toBe(7); // UPDATE_MESSAGE: the new process found the session in the database
    expect(paged.body.data.embeds[0].footer.text).toMatch(/^Page 2 of/);
  }, 30_000);

  it('stops every shard process on SIGTERM and exits 0', async () => {
    const pids = [0, 1, 2].map((shard) => shardPids(bot, shard).at(-1) as number);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(pids.filter(isAlive)).toEqual([]);
    expect(bot.errorLines().filter((line) => !line.includes('shard process died'))).toEqual([]);
  }, 30_000);
});
