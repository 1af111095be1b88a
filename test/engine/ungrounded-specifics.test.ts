import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// Answers to ingested articles that a sentence only seems to give: another country's coach, a caretaker for the
// permanent one, a one-off sum for a yearly pay, a lowering for a raise, a sentence
// near a question that asks for names it does not hold. Each must be refused, saying what the article does say.
const coach = askIngested(
  [
    'Norway sacks handball coach Lund after loss to Denmark',
    '',
    "The Norwegian Handball Federation dismissed its head coach, Erik Lund, on Monday, two days after a home defeat by Denmark ended the team's Olympic hopes.",
    'Lund, a 52-year-old Swede who had coached clubs in Oslo and Bergen, was appointed two years ago.',
    'Two federation officials said the federation would pay about 400,000 euros to end his contract early.',
    "Anne Berg, the federation's president, announced the decision in Oslo.",
    "Ida Holm, who coaches Norway's under-18 team, will take charge as caretaker for next month's matches.",
    'Berg said a permanent coach would be named before the spring.',
  ],
  '2025-03-10',
);

const bank = askIngested(
  [
    'Iceland central bank eases policy as inflation slows',
    '',
    'The Central Bank of Iceland lowered its key interest rate by 25 basis points to 8.0 percent on Wednesday, 5 February 2025, after inflation fell for a fifth month.',
    'Jon Sigurdsson, chief economist at Nordic Capital, said he expects one more cut this year, most likely in August.',
  ],
  '2025-02-05',
);

describe("a person asked for as a country's", () => {
  it("is not the one person of another country's side", () => {
    const a = coach("Who is Denmark's coach?");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say who Denmark's coach is/);
  });
});

describe('an adjective of the person asked for', () => {
  it('is not dropped: a caretaker is not the permanent coach', () => {
    const a = coach("Who will be Norway's next permanent coach?");
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Ida Holm/);
  });

  it('still names the caretaker when asked for one', () => {
    expect(coach('who is the caretaker coach?').text).toMatch(/^Ida Holm/);
  });
});

describe('a rate asked for', () => {
  it('is not answered by a one-off sum', () => {
    const a = coach('How much was Lund paid per year?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/400,000/);
  });

  it('leaves the sum itself answered', () => {
    expect(coach('How much will the federation pay to end the contract?').text).toMatch(/400,000 euros/);
  });
});

describe('names asked for of a sentence that holds only their kind', () => {
  it('offers the nearest sentence as no answer', () => {
    const a = coach('Which Oslo clubs did Lund coach?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say\. The closest it comes: ".*clubs in Oslo and Bergen/);
  });
});

describe('the date of an act', () => {
  it('is found under another word for the act: a rate lowered was cut', () => {
    const a = bank('when did the central bank last cut rates?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^5 February 2025/);
  });

  it('is not the date of its opposite', () => {
    const a = bank('when did the central bank raise rates?');
    expect(a.answered).toBe(false);
    expect(bank('when did the central bank lower rates?').text).toMatch(/^5 February 2025/);
  });
});

describe('what a thing is worth', () => {
  it('is a sum of money, not a count of the things', () => {
    const museum = askIngested(
      [
        'Museum closes wing after roof leak',
        '',
        'The museum said on Tuesday that three badly damaged panels would be restored over the next year.',
        'Restoring them will cost about 40,000 euros, its director said.',
      ],
      '2025-02-04',
    );
    const a = museum('How much are the damaged panels worth?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Three/);
  });
});

// A kind asked for ("which airline", "which artist") of a sentence that picks none out, and a person asked for
// ("the man who died") of an event whose only party named is a country.
const outage = askIngested(
  [
    'Ash closes island airport for a second day',
    '',
    'Jailson Monteiro, the airport manager, said 14 inter-island flights had been cancelled on Thursday, 20 February 2025.',
    'The three damaged pieces were 16th-century oak panels, said Rui Calado, the chief conservator.',
    'A man in his eighties from Ireland died last month, officials said.',
  ],
  '2025-02-20',
);

describe('a kind asked for', () => {
  it('is not answered by quoting a sentence that names none of that kind', () => {
    for (const q of [
      'Which airline had its flights cancelled?',
      'Which artist painted the damaged panels?',
    ]) {
      const a = outage(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/^The article doesn't say/);
    }
  });
});

describe('a person asked for', () => {
  it('is never a country', () => {
    for (const q of ['What was the name of the man who died?', 'who died']) {
      const a = outage(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).not.toMatch(/^Ireland/);
    }
  });
});

// A dateline names where the story was filed: "Is <A> a <dateline city>-based airline?" is not confirmed by it,
// and a body introduced by its kind ("contractor <Name> <Name>") is a body, the one "which company" asks for.
const airline = askIngested(
  [
    'Software update grounds Aer Solas for a day',
    '',
    'DUBLIN, Aug 2 (AP) - Aer Solas, the Cork-based airline, resumed flying on Friday after a faulty update grounded its fleet on Thursday, Aug. 1.',
    'The booking system has been run since 2017 by Porto-based contractor Mobiliza Tecnologias.',
  ],
  '2024-08-02',
);

describe('a dateline', () => {
  it('is no place a claim can rest on', () => {
    expect(airline('Is Aer Solas a Dublin-based airline?').text).not.toMatch(/^Yes/);
    expect(airline('is aer solas cork-based').text).toMatch(/^Yes/);
  });
});

describe('a body named after its kind', () => {
  it('is the company asked for', () => {
    expect(airline('Which company runs the booking system?').text).toMatch(/^Mobiliza Tecnologias\./);
  });
});
