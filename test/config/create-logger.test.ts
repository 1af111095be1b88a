import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/create-logger.js';

// The logger lives beside the config it reads its level from; its tests live here too.
describe('createLogger', () => {
  const collect = (level: 'debug' | 'info' | 'warn' | 'error', secrets: string[] = []) => {
    const lines: string[] = [];
    const logger = createLogger({
      level,
      secrets,
      write: (line) => lines.push(line),
      now: () => new Date(0),
    });
    return { logger, lines };
  };

  it('writes one JSON object per line with time, level, message and fields', () => {
    const { logger, lines } = collect('info');
    logger.info('answered', { intent: 'who-is', ms: 3 });
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { time: '1970-01-01T00:00:00.000Z', level: 'info', msg: 'answered', intent: 'who-is', ms: 3 },
    ]);
  });

  it('drops lines below the level', () => {
    const { logger, lines } = collect('warn');
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['w', 'e']);
  });

  it('serialises errors and never prints a secret, wherever it appears', () => {
    const secret = 'MTA5.secret-token.value';
    const { logger, lines } = collect('debug', [secret]);
    logger.error('failed', { error: new Error(`bad auth ${secret}`), url: `https://x/${secret}` });
    expect(lines[0]).not.toContain(secret);
    expect(JSON.parse(lines[0] ?? '{}').error.message).toBe('bad auth [redacted]');
  });

  it('writes bigints and errors nested in fields, and plain fields as they are', () => {
    const { logger, lines } = collect('info');
    logger.info('mixed', { permissions: 8n, detail: { error: new Error('nested') } });
    logger.info('plain', { ms: 1.5, answered: false, intent: null });
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      permissions: '8',
      detail: { error: { message: 'nested' } },
    });
    expect(JSON.parse(lines[1] ?? '{}')).toMatchObject({ ms: 1.5, answered: false, intent: null });
  });
});
