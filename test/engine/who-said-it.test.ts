import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// "What did <A> say?" on an ingested article: only words the article gives as <A>'s, not a sentence in which
// someone else speaks of <A>, nor a quote that names <A>.
const club = askIngested(
  [
    'Striker stays after late paperwork ends transfer',
    '',
    'HARWICK, Norland, Sept. 2 (Coast Wire) - Harwick Rovers said on Tuesday that striker Pavel Drost would stay after his transfer collapsed.',
    'He flew back to Harwick on Tuesday morning.',
    'In July the other club bid 4 million euros for Drost, an offer Rovers dismissed as "not serious."',
    'The sporting director, Ingrid Nyland, rejected that account.',
    '"We are disappointed for Pavel, but we will not apologise," Nyland told reporters.',
    'Head coach Lars Brenne said he would pick the striker on Sunday.',
    '"Nobody here wanted this," said the supporters\' club chairman, Oskar Lind, who has followed the team for years.',
    'Doubts about the contract were first raised by Dr. Mia Kos, a lawyer, who told a radio interviewer that the clause looked "rushed."',
  ],
  '2025-09-02',
);

describe('what someone said', () => {
  it('quotes what they said', () => {
    expect(club('what did brenne say').text).toMatch(/Lars Brenne said he would pick the striker/);
    expect(club('what did nyland say').text).toMatch(/Nyland/);
  });

  it('quotes them when the verb comes first, before their title and name, and when the sentence names them after "by"', () => {
    expect(club('what did lind say').text).toMatch(/Nobody here wanted this/);
    expect(club('what did kos say about the clause').text).toMatch(/rushed/);
  });

  it('does not answer with a sentence where another speaks of them', () => {
    for (const q of ['what did drost say?', 'what did drost say about the transfer?']) {
      const a = club(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/^The article doesn't say/);
    }
  });
});
