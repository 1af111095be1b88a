import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cueWords, namesTwice, readCueWords } from '../../src/engine/cue-words.js';
import { findDataDir } from '../../src/facts/load-facts.js';

const original = JSON.parse(
  readFileSync(join(findDataDir(), 'language', 'cue-words.json'), 'utf8'),
) as Record<string, unknown>;
const dirs: string[] = [];
/** A data folder whose cue-words.json is the real one changed by `change`. */
const dataDirWith = (change: (data: Record<string, unknown>) => void): string => {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-cue-words-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'language'));
  const data = structuredClone(original);
  change(data);
  writeFileSync(join(dir, 'language', 'cue-words.json'), JSON.stringify(data));
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('cue words (data/language/cue-words.json)', () => {
  it('reads each list as a set and as the array in the file', () => {
    const cues = cueWords();
    expect(cues.happenings.has('incident')).toBe(true);
    expect(cues.lists.happenings).toContain('incident');
    expect(cues.happenings.size).toBe(cues.lists.happenings.length);
  });

  it('declares each list once, so one list never carries two meanings', () => {
    expect(namesTwice()).toEqual([]);
  });

  it('reads the file once per data folder', () => {
    expect(cueWords()).toBe(cueWords(findDataDir()));
  });

  it('accepts the real file copied elsewhere', () => {
    expect(readCueWords(dataDirWith(() => {})).lists).toEqual(cueWords().lists);
  });

  it('rejects a word that is not lower case', () => {
    const dir = dataDirWith((data) => {
      data.happenings = ['Event'];
    });
    expect(() => readCueWords(dir)).toThrow(/lower-case/);
  });

  it('rejects a word listed twice, a missing list and an unknown list', () => {
    expect(() =>
      readCueWords(
        dataDirWith((data) => {
          data.happenings = ['event', 'event'];
        }),
      ),
    ).toThrow(/no word twice/);
    expect(() =>
      readCueWords(
        dataDirWith((data) => {
          delete data.happenings;
        }),
      ),
    ).toThrow();
    expect(() =>
      readCueWords(
        dataDirWith((data) => {
          data.happenigns = ['event'];
        }),
      ),
    ).toThrow();
  });
});
