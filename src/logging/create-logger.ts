import type { LogLevel } from '../config/load-config.js';
import { writeStderrLine } from './stderr-lines.js';

const levelRank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Extra structured fields of one log line. */
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Values that must never appear in a log line (e.g. the bot token); each is replaced by `[redacted]`. */
  secrets?: readonly (string | undefined)[];
  /** Where lines go; defaults to stderr (batched per turn, see `writeStderrLine`) so stdout stays free for the console chat. */
  write?: (line: string) => void;
  now?: () => Date;
}

/** Turns an Error into plain fields, since JSON.stringify drops them. */
function serializeValue(_key: string, value: unknown): unknown {
  if (value instanceof Error) {
    return { name: value.name, message: value.message, stack: value.stack };
  }
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** True when every field is a string, number, boolean, null or undefined. */
function onlyPlainValues(fields: LogFields | undefined): boolean {
  for (const key in fields) {
    const value = fields[key];
    if ((typeof value === 'object' && value !== null) || typeof value === 'bigint') return false;
  }
  return true;
}

/**
 * Creates a JSON-lines logger: one object per line with `time`, `level`, `msg` and the given fields.
 * @example createLogger({ level: 'info' }).info('answered', { intent: 'who-is', ms: 3 })
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = levelRank[options.level ?? 'info'];
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 8);
  const write = options.write ?? writeStderrLine;
  const now = options.now ?? (() => new Date());

  const log = (level: LogLevel, msg: string, fields?: LogFields) => {
    if (levelRank[level] < threshold) return;
    const record = { time: now().toISOString(), level, msg, ...fields };
    // The replacer runs for every value: only lines that carry an object or a bigint need it (one per
    // question does not).
    let line = JSON.stringify(record, onlyPlainValues(fields) ? undefined : serializeValue);
    // Redact after serialising so a secret is caught wherever it hides (error messages, URLs, headers).
    for (const secret of secrets) if (line.includes(secret)) line = line.split(secret).join('[redacted]');
    write(line);
  };

  return {
    debug: (msg, fields) => log('debug', msg, fields),
    info: (msg, fields) => log('info', msg, fields),
    warn: (msg, fields) => log('warn', msg, fields),
    error: (msg, fields) => log('error', msg, fields),
  };
}
