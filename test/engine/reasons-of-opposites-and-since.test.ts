import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// An article of its own: an act reported as the opposite of the one a question negates, and "since" of a time.
const ask = askIngested(
  [
    'Court suspends ticket contract',
    '',
    'CUSCO, Peru, March 11, 2026 - A court on Wednesday suspended a ticketing contract awarded without a tender.',
    'The ministry has said the deal was signed under an emergency procedure.',
    'The judge rejected that argument, finding that emergency contracts are reserved for natural disasters.',
    'Tour operators said they would ask the court to order a refund of the service charges paid since January.',
    'The ministry said it would appeal.',
    'Visitor numbers usually peak in April.',
    "The company's booking website crashed for nine hours on January 2.",
    'The company said it had invested 6.5 million soles in the platform.',
    'An engineer said the test copy had not included records added since the spring, which is why the fault went undetected.',
    'A second court annulled a rule that since last June has limited visitors, finding that the consultation had been cut short.',
  ],
  '2026-03-11',
);

describe('why someone did not do something', () => {
  it('answers from the sentence that reports the opposite done, "rejected" for "didn\'t accept"', () => {
    const a = ask("why didn't the judge accept the ministry's argument?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/reserved for natural disasters/);
  });

  it('does not answer from a sentence that says no such opposite', () => {
    expect(ask("why didn't the ministry accept the ruling").answered).toBe(false);
  });
});

describe('a reason given before "which is why"', () => {
  it('is the clause before it, without who said it', () => {
    expect(ask("why didn't testing catch the fault").text).toMatch(
      /^The test copy had not included records added since the spring\./,
    );
  });
});

describe('the grounds a court gives', () => {
  it('is what follows "finding that", not the time "since" opens', () => {
    expect(ask('why did the second court annul the rule').text).toMatch(
      /^finding that the consultation had been cut short/i,
    );
  });
});

describe('"since" of a time', () => {
  it('is no reason: "paid since January" says from when', () => {
    expect(ask('why did the operators pay the service charges').text).not.toMatch(/^since January/i);
  });
});

describe('verbs typed with a particle, and a currency named after a sum', () => {
  it('reads "go down" of a website as crashing, and "put into" as investing, with the sum\'s currency', () => {
    expect(ask('what day did the booking website go down').text).toMatch(/^January 2/);
    expect(ask('how much has the company put into the platform?').text).toMatch(/^6\.5 million soles\./);
  });
});
