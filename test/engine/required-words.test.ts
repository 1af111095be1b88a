import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rewriter } from '../../src/engine/chat-register.js';
import { requiredWords, wordNeeds, wordsOf } from '../../src/engine/required-words.js';

const root = join(import.meta.dirname, '..', '..');
const rewrites: { pattern: string; to: string }[] = JSON.parse(
  readFileSync(join(root, 'data', 'language', 'chat-register.json'), 'utf8'),
).rewrites;
const chatDir = join(root, 'test', 'quality', 'chat');
const questions = [
  ...readdirSync(chatDir)
    .filter((f) => f.endsWith('.questions.jsonl'))
    .map((f) => join(chatDir, f)),
  join(root, 'test', 'quality', 'questions.jsonl'),
].flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { question: string }).question),
);

describe('the words a pattern cannot match without', () => {
  it('are the words it spells out, set off by spaces, edges or punctuation', () => {
    expect(requiredWords('^(?:so )?what (?:does|do) (.+) represent\\s*\\?*$')).toEqual(['represent']);
    expect(requiredWords('\\bbc of what$')).toEqual(['what']);
  });

  it('are all needed together, each requirement one word of a list', () => {
    expect(wordNeeds('^why (?:did|does) (?:he|she) say\\b')).toEqual([
      ['why'],
      ['did', 'does'],
      ['he', 'she'],
      ['say'],
    ]);
  });

  it('take one word from each alternative, any of which will do', () => {
    expect(requiredWords('^(?:because of|bc of|due to) (?:what|which)$')?.slice().sort()).toEqual(
      ['what', 'which'].sort(),
    );
  });

  it('leave out what is optional, looked ahead, or may run into a longer word', () => {
    expect(requiredWords('^(?:maybe )?(.+)$')).toBeUndefined();
    expect(requiredWords('^(?!who)(.+)$')).toBeUndefined();
    // (Unanchored, "bc" may end "abc"; "weds?" may be "wed" or "weds".)
    expect(requiredWords('bc(.*)')).toBeUndefined();
    expect(requiredWords('\\bweds?\\b')).toBeUndefined();
    expect(requiredWords('^(?:[a-z]+)ing\\b')).toBeUndefined();
  });

  it('give nothing for a pattern the reader cannot follow', () => {
    expect(requiredWords('^(unclosed')).toBeUndefined();
    // (A named back-reference stands for whatever its group matched, not for the letters of its name.)
    expect(requiredWords('(?<word>x) \\k<word>')).toBeUndefined();
  });

  it('hold for every rewrite of the chat register on every question of the quality sets', () => {
    let withWords = 0;
    const missed: string[] = [];
    const words = new Map(questions.map((q) => [q, wordsOf(q)]));
    for (const r of rewrites) {
      const needs = requiredWords(r.pattern);
      if (!needs) continue;
      withWords++;
      const pattern = new RegExp(r.pattern, 'i');
      // (And every requirement together, as the chat register reads them.)
      const all = wordNeeds(r.pattern);
      for (const q of questions) {
        const has = words.get(q) ?? new Set();
        if (
          pattern.test(q) &&
          !(needs.some((w) => has.has(w)) && all.every((any) => any.some((w) => has.has(w))))
        )
          missed.push(`${q} / ${r.pattern}`);
      }
    }
    expect(missed).toEqual([]);
    // (Most rewrites are prefiltered; otherwise the prefilter saves nothing.)
    expect(withWords).toBeGreaterThan(rewrites.length * 0.9);
  });

  it('let the chat register rewrite every question as trying each rewrite in turn does', () => {
    const compiled = rewrites.map((r) => ({ pattern: new RegExp(r.pattern, 'i'), to: r.to }));
    const rewrite = rewriter(rewrites);
    let rewritten = 0;
    for (const q of questions) {
      let t = q;
      for (const r of compiled) if (r.pattern.test(t)) t = t.replace(r.pattern, r.to);
      if (t !== q) rewritten++;
      expect(rewrite(q)).toBe(t);
    }
    expect(rewritten).toBeGreaterThan(100);
  });
});
