import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDatabaseError } from '../../src/storage/database-error.js';
import { readSchemaVersion } from '../../src/storage/migrate-database.js';
import { SCHEMA_VERSION } from '../../src/storage/migrations.js';
import { sqliteStore } from '../../src/storage/moderation-store.js';
import { openDatabase } from '../../src/storage/open-database.js';
import { makeTempFolder } from './temp-folder.js';

let folder: ReturnType<typeof makeTempFolder>;
beforeEach(() => {
  folder = makeTempFolder();
});
afterEach(() => folder.remove());

function openError(path: string): Error {
  try {
    openDatabase(path).close();
  } catch (error) {
    if (isDatabaseError(error)) return error;
    throw error;
  }
  throw new Error('openDatabase did not throw');
}

describe('openDatabase', () => {
  it('creates the folder and file, and migrates an empty file to the latest schema in WAL mode', () => {
    const path = join(folder.path, 'nested', 'data', 'bot.sqlite');
    const db = openDatabase(path);
    expect(existsSync(path)).toBe(true);
    expect(readSchemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('cache_size', { simple: true })).toBe(-2000); // 2 MB of pages, not better-sqlite3's 16
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    expect(tables).toEqual(
      expect.arrayContaining([
        'allowed_channels',
        'answers',
        'discussion_threads',
        'guild_settings',
        'message_reports',
        'question_log',
        'votes',
        'wrong_reports',
      ]),
    );
    db.close();
  });

  it('upgrades a version 1 file to the latest and keeps its settings, answers and votes', async () => {
    const path = join(folder.path, 'old.sqlite');
    const v1 = openDatabase(path, { schemaVersion: 1 });
    expect(readSchemaVersion(v1)).toBe(1);
    expect(v1.prepare("SELECT name FROM sqlite_master WHERE name = 'question_log'").get()).toBeUndefined();
    // Write through v1 tables directly: the v2 repositories need v2 tables.
    v1.prepare(
      "INSERT INTO guild_settings (guild_id, cooldown_seconds, updated_at) VALUES ('g1', 30, 1)",
    ).run();
    v1.prepare(
      `INSERT INTO answers (guild_id, channel_id, asker_id, question, answer_text, intent, answered, created_at)
       VALUES ('g1', 'c1', 'u1', 'Who?', 'Them.', 'who-is', 1, 1)`,
    ).run();
    v1.prepare(
      "INSERT INTO votes (answer_id, user_id, vote, updated_at) VALUES (1, 'u2', 'helpful', 1)",
    ).run();
    v1.close();

    const db = openDatabase(path);
    expect(readSchemaVersion(db)).toBe(SCHEMA_VERSION);
    const store = sqliteStore(db);
    expect((await store.settings.get('g1')).cooldownSeconds).toBe(30);
    expect((await store.answers.get(1))?.answerText).toBe('Them.');
    expect(await store.answers.tally(1)).toEqual({ helpful: 1, wrong: 0 });
    // And the v2 tables work on the upgraded file.
    await store.reports.reportWrongAnswer(1, 'u3', 'Not them.');
    expect(await store.review.pendingWrongAnswers({ guildId: 'g1' })).toHaveLength(1);
    await store.close();
  });

  it('reopening a current file applies nothing and keeps data', async () => {
    const path = join(folder.path, 'bot.sqlite');
    const first = sqliteStore(openDatabase(path));
    await first.settings.update('g1', { dmsEnabled: false });
    await first.close();
    const again = sqliteStore(openDatabase(path));
    expect((await again.settings.get('g1')).dmsEnabled).toBe(false);
    await again.close();
  });

  it('refuses a file that is not a database with one clear line and leaves it byte-identical', () => {
    const path = join(folder.path, 'bot.sqlite');
    const garbage = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256));
    writeFileSync(path, garbage);
    const error = openError(path);
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/not a valid SQLite database/);
    expect(error.message).not.toContain('\n');
    expect(readFileSync(path).equals(garbage)).toBe(true);
    // No journal files were started next to it either.
    expect(readdirSync(folder.path)).toEqual(['bot.sqlite']);
  });

  it('refuses a database whose pages are damaged, and does not touch it', () => {
    const path = join(folder.path, 'bot.sqlite');
    const db = new BetterSqlite3(path);
    db.exec('CREATE TABLE t (x TEXT); CREATE INDEX t_x ON t (x);');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${'x'.repeat(50)}`);
    })();
    db.close();
    const bytes = readFileSync(path);
    // Overwrite the middle of the file (past the header page) with zeros.
    bytes.fill(0xff, 8192, 8192 + 4096);
    writeFileSync(path, bytes);
    const error = openError(path);
    expect(isDatabaseError(error) && error.kind).toBe('corrupt');
    expect(error.message).not.toContain('\n');
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('refuses a path it cannot create, with one clear line', () => {
    const blocker = join(folder.path, 'not-a-folder');
    writeFileSync(blocker, 'a regular file');
    const path = join(blocker, 'bot.sqlite');
    const error = openError(path);
    expect(isDatabaseError(error) && error.kind).toBe('unwritable');
    expect(error.message).toContain(path);
    expect(error.message).not.toContain('\n');
    expect(readFileSync(blocker, 'utf8')).toBe('a regular file');
  });

  it('refuses a file from a newer schema instead of downgrading it', () => {
    const path = join(folder.path, 'bot.sqlite');
    const db = new BetterSqlite3(path);
    db.pragma('user_version = 99');
    db.close();
    const error = openError(path);
    expect(isDatabaseError(error) && error.kind).toBe('too-new');
    expect(error.message).toMatch(/newer than this factdesk/);
  });
});
