import { describe, expect, it } from 'vitest';
import { askIngested, ingestedEngine } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

const chat = conversations(sharedEngine(), 'topics-orders-and-alternatives');

describe('"is this article about <X>" of a thing it never mentions', () => {
  it('says no, and what the article is about, cited', () => {
    const a = chat('is this article about trade');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No\. The article doesn't mention trade; it is about the 17th round/);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it('still says yes of a thing it mentions', () => {
    expect(chat('is this article about the balloon').text).toMatch(/^Yes\./);
  });
});

describe('"in-person" written with its hyphen', () => {
  it('is in person: a virtual meeting was not one', () => {
    const a = chat('was the meeting between brown and liu an in-person meeting?');
    expect(a.text).toMatch(/^No\. It was a virtual meeting/);
    expect(chat('was the meeting between brown and liu an in-person one?').text).toMatch(/^No\./);
  });

  it('answers "<the meeting>, a virtual or an in-person one?" with the one that holds', () => {
    expect(chat('the meeting between brown and liu, a virtual or an in-person one?').text).toMatch(
      /^A virtual: /,
    );
  });
});

describe('"<someone described>, a <this> or a <that>?"', () => {
  it('asks which of the two they are', () => {
    const a = chat('the chinese counterpart of chase, a general or an admiral? ngl cant remember');
    expect(a.text).toMatch(/^A general: Song Yanchao is a Major General/);
  });
});

describe('"the counterpart of <A>"', () => {
  it('is the person the article pairs with <A>, not <A>', () => {
    const a = chat('is the counterpart of chase a general?');
    expect(a.text).toMatch(/^Yes\. Song Yanchao is a Major General/);
    expect(chat('what does the counterpart of brown do').text).toMatch(/^Liu Zhenli/);
  });

  it('is left to the counterpart check when the question asks whether someone is that one', () => {
    expect(chat('is general liu the counterpart of brown').text).toMatch(/^Yes\. General Liu Zhenli is/);
    expect(chat('is liu zhenli the chinese counterpart of chase or brown').text).toMatch(
      /^Charles Q\. Brown:/,
    );
  });
});

describe('"what are <A> and <B> doing to each other"', () => {
  it('asks how the two stand', () => {
    expect(chat('what are taiwan and china doing to each other rn per the article').text).toMatch(
      /war of words/,
    );
  });
});

describe('the order of an undated event, from the link the article states', () => {
  it('rules out the claim that it came before what it answered', () => {
    const a = chat("did china cut the dialogue before pelosi's visit?");
    expect(a.text).toMatch(/^No\. Beijing severed diplomatic dialogue in response to Pelosi's visit/);
    expect(chat("did china cut the dialogue after pelosi's visit?").text).toMatch(/^Yes\./);
  });

  it('answers "before or after" with which', () => {
    expect(chat("was pelosi's trip before or after the dialogue got cut").text).toMatch(
      /^Before: Beijing severed diplomatic dialogue in response/,
    );
  });
});

// A study led by someone described in an aside.
const ask = askIngested(
  [
    'Youth league bans tackling after concussion study',
    '',
    'Delegates of the Northern Youth League voted on Saturday to ban tackling for players under 14.',
    "A study led by Dr. Mara Quist, who heads an injury research group at the city's sport medicine centre, followed 1,800 young players over two seasons and found that those in leagues without tackling suffered 40 percent fewer concussions.",
  ],
  '2025-05-12',
);

describe('a sentence whose subject is set apart from its verb by an aside on a name', () => {
  it('answers what the subject did, read past the aside', () => {
    const a = ask('What did the study find?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/40 percent fewer concussions/);
  });
});

// A wire story filed from one city about a vote another sentence places in another town.
const wire = askIngested(
  [
    'League votes to ban tackling',
    '',
    'NORDHAVEN, Vestland, May 11 (Reuters) - Delegates representing youth clubs across Vestland voted on Saturday to ban tackling for players under 14.',
    'The motion passed by 112 votes to 71 at the annual meeting of the Vestland Youth League in Brekkeby.',
  ],
  '2025-05-11',
);

describe('the city of a dateline', () => {
  it('is not where the lede happened when another sentence places the same act elsewhere', () => {
    expect(wire('where was the vote').text).not.toMatch(/Nordhaven/);
  });
});

describe('"how did <X> describe <Y>", "what is <X> calling <Y>"', () => {
  it('asks what <X> said about <Y>, which the article may not report', () => {
    const a = chat('how did the chinese side describe the talks');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say what Beijing said about the talks/);
    expect(chat('what is the chinese side calling this meeting').text).toMatch(
      /doesn't say what Beijing said/,
    );
  });

  it('answers with the words of one the article quotes on it', () => {
    expect(chat('how did chase describe the need for communication').text).toMatch(
      /^Michael Chase emphasised the critical need/,
    );
  });
});

describe('"when was the last one" after talk of a numbered round', () => {
  it('asks about the round before it, which the article does not report', () => {
    const a = chat('what round of talks was this', 'so how many came before', 'when was the last one');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/another round/);
  });

  it('is the talks themselves when no round was asked about', () => {
    expect(chat('when were the talks', 'when was the last one').text).toMatch(/^Jan\. 8-9, 2024/);
  });
});

describe('"who were the <people> that said <X>, names?"', () => {
  it('asks their names, which the article does not give', () => {
    const a = chat('who were the pentagon officials that said comms r crucial, names?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say who they are by name/);
  });
});

describe("the article's headline", () => {
  it('is not made up for an article that has none', () => {
    const a = chat("what's the title of the article");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article has no headline of its own/);
  });

  it('is quoted when the article has one', () => {
    expect(wire("what's the headline of the article").text).toBe(
      'Its headline: "League votes to ban tackling".',
    );
  });
});

describe('"why" of a sentence that gives no reason', () => {
  it('is not answered with the reason the sentence before gives for something else', () => {
    const a = chat('why do officials say itll take time to get real dialogue going');
    expect(a.text).not.toMatch(/prevent miscalculations/);
  });

  it('still gives a reason the article states', () => {
    expect(chat('why are communication channels crucial').text).toMatch(/to prevent miscalculations/);
  });
});

describe('"what happened to <a thing> in <a month>"', () => {
  it('gives the undated event of that thing made in response to something in that month', () => {
    const a = chat('what happened to the military dialogue in aug 2022');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(
      /^The article gives no date for it, but Beijing severed diplomatic dialogue in response/,
    );
  });
});

describe('"do <A> and <B> agree on <X>" of an <X> the article has them in dispute over', () => {
  it('says no, with the dispute', () => {
    expect(chat("do the us and china agree on taiwan's future").text).toBe(
      "No. Washington and Beijing are in dispute over Taiwan's future.",
    );
  });

  it('leaves an act agreed to, and a thing no dispute names, to the other checks', () => {
    expect(chat('did biden and xi agree to restart dialogue').text).toMatch(/^Yes\./);
    expect(chat('do the us and china agree on trade').text).not.toMatch(/^No\./);
  });
});

describe('"there was <X>?": a statement put as a question', () => {
  it('asks whether there was, and the conversation goes on about it', () => {
    const a = chat('there was another meeting w the top general too?');
    expect(a.text).toMatch(/^Yes\. General Charles Q\. Brown met/);
    expect(
      chat('there was another meeting w the top general too?', 'who was on the other end', 'was it in person')
        .text,
    ).toMatch(/^No\. It was a virtual meeting/);
  });
});

describe('"how is <X> connected (to all this)?"', () => {
  it('tells what <X> is in the story, with no verdict', () => {
    const a = chat('how is the balloon connected to all this?');
    expect(a.text).not.toMatch(/^Yes/);
    expect(a.text).toMatch(/spy balloon/);
    expect(chat('how was pelosi connected').text).toMatch(
      /^Nancy Pelosi, from the United States, is the then-House Speaker/,
    );
  });
});

describe('a mention of two words the article gives apart', () => {
  it('holds when a sentence has both, when the second is no title', () => {
    expect(chat('are there territorial disputes mentioned?').text).toMatch(
      /^Yes\. The article mentions territorial disputes/,
    );
    expect(chat('is the defense secretary mentioned').answered).toBe(false);
  });
});

describe('"which country\'s officials say <X> will take time"', () => {
  it('asks who said it, not when', () => {
    const a = chat('which countrys officials say functional dialogue will take time');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^U\.S\. officials cautioned/);
  });

  it('still reads a time word right after "which" as when', () => {
    expect(chat('which day did the talks end').text).toMatch(/^Tuesday, Jan\. 9, 2024/);
  });
});

describe('"are <officials> optimistic about <X> with <B>"', () => {
  it('gives no verdict on a feeling, but what those officials said', () => {
    const a = chat('are us officials optimistic abt the dialogue w china');
    expect(a.text).toMatch(/^The article gives no verdict on how U\.S\. officials feel, but reports that/);
  });
});

// A court that rejects one claim of two.
const court = askIngested(
  [
    'Court orders builders to pay for overheating school',
    '',
    'An administrative court in Norvik on Thursday ordered the builders of a glass school to pay 3.4 million euros.',
    'The court also rejected a separate claim of 480,000 euros for the cost of renting mobile cooling units.',
  ],
  '2025-06-20',
);

describe('a phrasal verb for an act the article names in one word', () => {
  it('reads "throw out" as "reject"', () => {
    const a = court('What claim did the court throw out?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/480,000 euros/);
  });
});

describe('"what is he planning to do about it" of someone the article says will act after its date', () => {
  it('gives what that person is to do, dated', () => {
    const coach = conversations(
      ingestedEngine(
        [
          'League votes to ban tackling',
          '',
          'Delegates of the Northern Youth League voted on Saturday, May 10, to ban tackling for players under 14.',
          'Darren Holt, head coach of the Brekkeby Storm, said the ban would leave players unprepared.',
          'Holt said he would start collecting signatures on Monday to force a special meeting.',
        ].join('\n'),
        { date: '2025-05-11' },
      ),
      'planned',
    );
    const a = coach('Who is Darren Holt?', 'What is he planning to do about the result?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Holt said he would start collecting signatures on Monday/);
  });
});

describe('"the next one would be what number"', () => {
  it("works out the next round's number from this one's", () => {
    expect(chat('if this one was the 17th then the next one would be what number').text).toMatch(
      /^The 18th round \(worked out from the article calling this the 17th/,
    );
    expect(chat('what number would the next round be').text).toMatch(/^The 18th round/);
  });
});

describe('"what did they say to each other" of the people in the conversation\'s meeting', () => {
  it("is their own words, which the article does not report, not their side's officials'", () => {
    const a = chat(
      'brown talked to someone from china too right',
      'in person?',
      'what did they say to each other',
    );
    expect(a.answered).toBe(false);
    expect(a.text).toBe("The article doesn't say what Charles Q. Brown and Liu Zhenli said.");
  });

  it('still gives the words of someone in the meeting who is quoted', () => {
    expect(chat('tell me about the talks', 'what did they say').text).toMatch(/^Michael Chase emphasised/);
  });
});
