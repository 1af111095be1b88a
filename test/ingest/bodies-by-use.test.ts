import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';
import { askIngested } from '../support/ingested-engine.js';

// An article of its own: three firms with two-word names (which read like a person's), each used as a body only
// ("ordered it to ... its", "<Name>'s chief executive", "<Name> shares"), beside people with and without roles.
const lines = [
  'Regulator fines Korvel Mobile over alerts that never arrived',
  '',
  'The Telecoms Commission on Monday, May 4, fined Korvel Mobile 20 million pesos and ordered it to overhaul its alert system.',
  "Ana Petrak, Tallis Roon's chief executive, said the supplier had fixed the fault within hours.",
  'Brenna Solvik shares fell 3% after the ruling.',
  'Jonas Brekke said it would take years to rebuild trust.',
  'Ilse Marveld, a spokeswoman for the commission, said the fine was the largest it had imposed.',
  'A group of 14 families filed a civil suit against Korvel Mobile last month.',
  'The commission ruled that the operator had breached the Emergency Alerts Act, a 2019 law on phone warnings.',
];
const date = '2026-05-04';
const entities = () => ingestArticle(createNlp(), loadGazetteer(), lines.join('\n'), { date }).facts.entities;
const kindOf = (name: string) => entities().find((e) => e.name === name)?.kind;

describe('a two-word name the text uses as a body', () => {
  it('is an organisation, not a person', () => {
    expect(kindOf('Korvel Mobile')).toBe('organization');
    expect(kindOf('Tallis Roon')).toBe('organization');
    expect(kindOf('Brenna Solvik')).toBe('organization');
  });

  it('leaves people as people: one with a role, and one after whom "said it" says nothing of what they are', () => {
    expect(kindOf('Ana Petrak')).toBe('person');
    expect(kindOf('Ilse Marveld')).toBe('person');
    expect(kindOf('Jonas Brekke')).toBe('person');
  });
});

describe('other words for an act, on an ingested article', () => {
  const ask = askIngested(lines, date);

  it('reads "sued" as filing a suit', () => {
    const a = ask('how many families sued korvel mobile?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^14\b/);
  });

  it('reads "break" a law as breaching it, and names the law in full (capitalised words wink reads as verbs)', () => {
    const a = ask('what law did the operator break?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^The Emergency Alerts Act\./);
  });
});
