import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/load-config.js';

const token = 'MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';

describe('parseConfig', () => {
  it('gives defaults for an empty environment (console mode)', () => {
    expect(parseConfig({})).toEqual({
      discordToken: undefined,
      discordApiUrl: undefined,
      discordApplicationId: undefined,
      discordGuildId: undefined,
      messageContentIntent: false,
      logLevel: 'info',
      databasePath: 'var/factdesk.sqlite',
      databaseUrl: undefined,
      globalRateLimit: 50,
      shardCount: undefined,
      metricsPort: undefined,
      metricsHost: '127.0.0.1',
      articleEngines: 8,
    });
  });

  it('treats empty values, as left by a copied .env.example, as unset', () => {
    expect(
      parseConfig({ DISCORD_TOKEN: '', LOG_LEVEL: ' ', DISCORD_GUILD_ID: '' }).discordToken,
    ).toBeUndefined();
  });

  it('reads every setting', () => {
    const config = parseConfig({
      DISCORD_TOKEN: token,
      DISCORD_API_URL: 'http://127.0.0.1:8080/api',
      DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_GUILD_ID: '223456789012345678',
      DISCORD_MESSAGE_CONTENT: 'true',
      LOG_LEVEL: 'DEBUG',
      DATABASE_PATH: '/tmp/x.sqlite',
      DATABASE_URL: 'postgres://factdesk:secret@db.internal:5432/factdesk',
      METRICS_PORT: '9464',
      METRICS_HOST: '0.0.0.0',
    });
    expect(config).toMatchObject({
      discordToken: token,
      discordApiUrl: 'http://127.0.0.1:8080/api',
      discordGuildId: '223456789012345678',
      messageContentIntent: true,
      logLevel: 'debug',
      databasePath: '/tmp/x.sqlite',
      databaseUrl: 'postgres://factdesk:secret@db.internal:5432/factdesk',
      metricsPort: 9464,
      metricsHost: '0.0.0.0',
    });
  });

  it('refuses a DATABASE_URL that is not PostgreSQL, without echoing it', () => {
    const error = catchError(() => parseConfig({ DATABASE_URL: 'mysql://root:hunter2@host/db' }));
    expect(error.message).toMatch(/DATABASE_URL must be a postgres:\/\/ URL/);
    expect(error.message).not.toContain('hunter2');
  });

  it('reads a raised global rate limit, and refuses one that is not a number', () => {
    expect(parseConfig({ DISCORD_GLOBAL_RATE_LIMIT: '500' }).globalRateLimit).toBe(500);
    expect(catchError(() => parseConfig({ DISCORD_GLOBAL_RATE_LIMIT: 'fast' })).message).toMatch(
      /DISCORD_GLOBAL_RATE_LIMIT must be a whole number/,
    );
  });

  it('reads SHARD_COUNT as auto or a number, and refuses anything else', () => {
    expect(parseConfig({ SHARD_COUNT: 'auto' }).shardCount).toBe('auto');
    expect(parseConfig({ SHARD_COUNT: '4' }).shardCount).toBe(4);
    for (const value of ['0', 'two', '1.5']) {
      expect(catchError(() => parseConfig({ SHARD_COUNT: value })).message).toMatch(
        /SHARD_COUNT must be auto or a whole number/,
      );
    }
  });

  it('refuses a metrics port that is not a port', () => {
    for (const value of ['http', '70000', '-1', '94.5']) {
      expect(catchError(() => parseConfig({ METRICS_PORT: value })).message).toMatch(
        /METRICS_PORT must be a port number/,
      );
    }
  });

  it('rejects a malformed token with one line that does not contain the token', () => {
    const bad = 'not a token with spaces but secret-ish-value';
    const error = catchError(() => parseConfig({ DISCORD_TOKEN: bad }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/DISCORD_TOKEN/);
    expect(error.message).not.toContain(bad);
    expect(error.message).not.toContain('\n');
  });

  it('lists every bad setting in one line', () => {
    const error = catchError(() =>
      parseConfig({ LOG_LEVEL: 'loud', DISCORD_API_URL: 'ftp://x', DISCORD_GUILD_ID: 'abc' }),
    );
    expect(error.message).toMatch(/^Invalid configuration: /);
    expect(error.message).toMatch(/LOG_LEVEL must be one of debug, info, warn, error/);
    expect(error.message).toMatch(/DISCORD_API_URL must be an http\(s\) URL/);
    expect(error.message).toMatch(/DISCORD_GUILD_ID must be a Discord id/);
    expect(error.message).not.toContain('\n');
  });
});

describe('loadConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads .env and lets the environment win', () => {
    const envFile = join(dir, '.env');
    writeFileSync(
      envFile,
      `# comment\nLOG_LEVEL=warn\nDISCORD_TOKEN=${token}\nDATABASE_PATH=from-file.sqlite\n`,
    );
    const config = loadConfig({ envFile, env: { LOG_LEVEL: 'error' } });
    expect(config.logLevel).toBe('error');
    expect(config.discordToken).toBe(token);
    expect(config.databasePath).toBe('from-file.sqlite');
  });

  it('works without a .env file', () => {
    expect(loadConfig({ envFile: join(dir, 'missing.env'), env: {} }).logLevel).toBe('info');
  });
});

function catchError(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
