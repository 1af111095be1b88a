import { existsSync, readFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';

/** Log levels, most verbose first. */
export const logLevels = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof logLevels)[number];

const snowflake = (name: string) =>
  z
    .string()
    .regex(/^\d{17,20}$/, `${name} must be a Discord id (17 to 20 digits)`)
    .optional();

/** Treats `KEY=` (an empty value, as left by a copied .env.example) the same as an unset key. */
const emptyAsUnset = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const configSchema = z.object({
  // A bot token is three dot-separated base64url parts. The message never echoes the value.
  DISCORD_TOKEN: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(
        /^[\w-]{10,}\.[\w-]{4,}\.[\w-]{10,}$/,
        'DISCORD_TOKEN does not look like a bot token (three parts separated by dots)',
      )
      .optional(),
  ),
  DISCORD_API_URL: z.preprocess(
    emptyAsUnset,
    z
      .url({
        protocol: /^https?$/,
        error: 'DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:8080/api',
      })
      .optional(),
  ),
  DISCORD_APPLICATION_ID: z.preprocess(emptyAsUnset, snowflake('DISCORD_APPLICATION_ID')),
  DISCORD_GUILD_ID: z.preprocess(emptyAsUnset, snowflake('DISCORD_GUILD_ID')),
  DISCORD_MESSAGE_CONTENT: z.preprocess(
    emptyAsUnset,
    z
      .enum(['true', 'false', '1', '0'], { error: 'DISCORD_MESSAGE_CONTENT must be true or false' })
      .default('false')
      .transform((value) => value === 'true' || value === '1'),
  ),
  LOG_LEVEL: z.preprocess(
    (value) => (typeof value === 'string' ? emptyAsUnset(value.toLowerCase()) : value),
    z.enum(logLevels, { error: `LOG_LEVEL must be one of ${logLevels.join(', ')}` }).default('info'),
  ),
  DATABASE_PATH: z.preprocess(emptyAsUnset, z.string().default('var/factdesk.sqlite')),
  DATABASE_URL: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(
        /^postgres(ql)?:\/\/\S+$/,
        'DATABASE_URL must be a postgres:// URL (or empty for the SQLite file)',
      )
      .optional(),
  ),
  METRICS_PORT: z.preprocess(
    emptyAsUnset,
    z.coerce
      .number({ error: 'METRICS_PORT must be a port number (1 to 65535)' })
      .int('METRICS_PORT must be a port number (1 to 65535)')
      .min(0, 'METRICS_PORT must be a port number (1 to 65535)')
      .max(65535, 'METRICS_PORT must be a port number (1 to 65535)')
      .optional(),
  ),
  DISCORD_GLOBAL_RATE_LIMIT: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^[1-9]\d{0,5}$/, 'DISCORD_GLOBAL_RATE_LIMIT must be a whole number of requests per second')
      .transform(Number)
      .default(50),
  ),
  SHARD_COUNT: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^(auto|[1-9]\d{0,4})$/, 'SHARD_COUNT must be auto or a whole number of shards from 1')
      .transform((value) => (value === 'auto' ? ('auto' as const) : Number(value)))
      .optional(),
  ),
  ARTICLE_ENGINES: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^[1-9]\d{0,3}$/, 'ARTICLE_ENGINES must be a whole number of articles from 1')
      .transform(Number)
      .default(8),
  ),
  // Loopback by default: the endpoint has no authentication, so exposing it is a deliberate choice.
  METRICS_HOST: z.preprocess(emptyAsUnset, z.string().default('127.0.0.1')),
});

/** The validated settings, named as in the environment. */
export interface Config {
  discordToken: string | undefined;
  discordApiUrl: string | undefined;
  discordApplicationId: string | undefined;
  discordGuildId: string | undefined;
  /** Ask for the privileged MessageContent intent (must also be enabled in the developer portal). */
  messageContentIntent: boolean;
  logLevel: LogLevel;
  databasePath: string;
  /** A PostgreSQL server shared by several processes; when set it replaces the SQLite file. */
  databaseUrl: string | undefined;
  /**
   * Requests per second the bot allows itself on Discord's REST API: Discord's global limit is 50 for a bot,
   * raised by Discord on request for large bots. Interaction replies do not count against it.
   */
  globalRateLimit: number;
  /**
   * Run one process per gateway shard under a manager: `auto` asks Discord for the count. Unset: one process
   * with every shard, as before.
   */
  shardCount: number | 'auto' | undefined;
  /** Where `/metrics` and `/healthz` are served; no endpoint when unset (0 picks a free port, for tests). */
  metricsPort: number | undefined;
  metricsHost: string;
  /** How many library articles keep their engine in memory at once (least recently asked are dropped). */
  articleEngines: number;
}

/** Thrown when a setting is missing or malformed; its message is one line and never contains a secret. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Validates settings from a plain key/value map (pure; no file or process access).
 * @throws {ConfigError} listing every invalid setting on one line.
 * @example parseConfig({ LOG_LEVEL: 'debug' }).logLevel // 'debug'
 */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) =>
      issue.message.startsWith(String(issue.path[0]))
        ? issue.message
        : `${String(issue.path[0])}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const data = result.data;
  return {
    discordToken: data.DISCORD_TOKEN,
    discordApiUrl: data.DISCORD_API_URL,
    discordApplicationId: data.DISCORD_APPLICATION_ID,
    discordGuildId: data.DISCORD_GUILD_ID,
    messageContentIntent: data.DISCORD_MESSAGE_CONTENT,
    logLevel: data.LOG_LEVEL,
    databasePath: data.DATABASE_PATH,
    databaseUrl: data.DATABASE_URL,
    globalRateLimit: data.DISCORD_GLOBAL_RATE_LIMIT,
    shardCount: data.SHARD_COUNT,
    metricsPort: data.METRICS_PORT,
    metricsHost: data.METRICS_HOST,
    articleEngines: data.ARTICLE_ENGINES,
  };
}

export interface LoadConfigOptions {
  /** Defaults to `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The dotenv file to read if it exists; defaults to `.env` in the working directory. */
  envFile?: string;
}

/**
 * Reads `.env` (if present) under the environment, which wins, and validates the result.
 * @throws {ConfigError} when a setting is malformed or the .env file cannot be parsed.
 */
export function loadConfig(options: LoadConfigOptions = {}): Config {
  const envFile = options.envFile ?? '.env';
  const fromFile = existsSync(envFile) ? parseDotenv(readFileSync(envFile)) : {};
  return parseConfig({ ...fromFile, ...(options.env ?? process.env) });
}
