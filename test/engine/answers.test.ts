import { describe, expect, it } from 'vitest';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const ask = (q: string, conversation?: string) => engine.ask(q, conversation);

describe('answers rest on the article', () => {
  it.each([
    ['who is chaze?', /deputy assistant secretary of defense/i, 3],
    ["What is Gen. Brown's position?", /Chairman of the Joint Chiefs of Staff/, 7],
    ['who did the CJCS meet', /Liu Zhenli/, 7],
    ['When did pelosy go to taiwan?', /August 2022/, 2],
    ['what happened in december 2023?', /Brown|Liu/, 7],
    ['What happened last month?', /virtual|Brown/, 7],
    ['Where did Yanchow and Chase hold their talks?', /Washington/, 1],
    ['Why did Beijing cut off the dialogue?', /Pelosi/, 2],
    ['How long did the talks go on?', /two days/i, 1],
    ['Which round was it?', /17th/, 4],
    ['What does the PRC claim?', /sovereignty/, 12],
  ])('%j', (question, expected, sentence) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(expected);
    expect(answer.citations.map((c) => c.sentence)).toContain(sentence);
    for (const c of answer.citations) expect(engine.article.sentences[c.sentence - 1]?.text).toBe(c.text);
  });

  it('answers No with the correction when the premise is false', () => {
    const answer = ask('Did Chase meet Liu Zhenli?');
    expect(answer.text).toMatch(/^No\./);
    expect(answer.text).toMatch(/Chase met .*Song Yanchao/);
    expect(answer.text).toMatch(/Brown/);
    expect(ask('Were the talks held in Beijing?').text).toMatch(/^No\..*Washington/);
    expect(ask('Did the talks last three days?').text).toMatch(/^No\..*two days/);
    expect(ask('Did the talks take place in Washington?').text).toMatch(/^Yes\./);
  });

  it('answers both questions of a message', () => {
    const answer = ask('Who is Xi Jinping? And where were the talks?');
    expect(answer.text).toMatch(/President of China|Chinese President/);
    expect(answer.text).toMatch(/Washington/);
  });

  it('resolves he, she and they from the conversation', () => {
    ask('Who is Song Yanchao?', 'c1');
    expect(ask('Who did he meet?', 'c1').text).toMatch(/Chase/);
    ask('Tell me about Nancy Pelosi', 'c2');
    expect(ask('When did she visit Taiwan?', 'c2').text).toMatch(/August 2022/);
    ask('Where were the talks?', 'c3');
    expect(ask('When did they end?', 'c3').text).toMatch(/Jan\. 9/);
    // Conversations do not leak into each other.
    expect(ask('Who did he meet?', 'c4').answered).toBe(false);
  });

  it('lists the timeline in date order, and the events around one', () => {
    const { text } = ask('show me the timeline');
    const order = ['Pelosi', 'severs', 'balloon', 'Biden', 'Brown', '17th round', 'polls'].map((w) =>
      text.indexOf(w),
    );
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    expect(ask('What happened before the talks?').text).not.toMatch(/polls/);
    expect(ask('what comes after the talks').text).toMatch(/polls/);
  });

  it.each([
    'Who won the election in Taiwan?',
    'What did Song say?',
    'Where did Biden and Xi meet?',
    'What is the capital of France?',
    'How many ships does China have?',
    'When is the next round of talks?',
    'Who is the president of Taiwan?',
    'What is the GDP of the United States?',
  ])('says the article does not say: %j', (question) => {
    const answer = ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say|does not|only answer|reports no/i);
  });

  it('offers follow-up questions that it can answer', () => {
    for (const start of ['Who is Michael Chase?', 'When did Pelosi visit Taiwan?', 'hello']) {
      const { suggestions } = ask(start);
      expect(suggestions.length).toBeGreaterThan(0);
      for (const s of suggestions) expect(ask(s).answered, s).toBe(true);
    }
  });
});

describe('the engine views the adapters use', () => {
  it('filters the timeline by date range and by subject', () => {
    expect(engine.timeline({ from: '2023', to: '2023' }).entries.map((e) => e.eventId)).toEqual([
      'event:balloon-downing',
      'event:biden-xi-agreement',
      'event:brown-liu-meeting',
    ]);
    expect(engine.timeline({ about: 'Pelosi' }).entries.map((e) => e.eventId)).toEqual([
      'event:pelosi-visit',
    ]);
    expect(engine.timeline({ from: 'someday' }).note).toMatch(/not a date/);
  });

  it('completes names within Discord limits and builds profiles', () => {
    const choices = engine.complete('bro');
    expect(choices[0]?.value).toBe('person:charles-brown');
    expect(engine.complete('').length).toBeLessThanOrEqual(25);
    expect(engine.profile('the CJCS')?.fields.map((f) => f.label)).toContain('Counterpart');
    expect(engine.profile('nobody at all')).toBeUndefined();
  });

  it('checks a claim against the article', () => {
    expect(engine.check('China shot down an American balloon').text).toMatch(/says otherwise/);
    expect(engine.check('lovely weather today').answered).toBe(false);
  });
});

describe('questions phrased the way people chat', () => {
  it.each([
    ['wher did the talks take place', /Washington/],
    ['whats michael chases title', /deputy assistant secretary/],
    ["Who was Chase's Chinese interlocutor?", /Song Yanchao/],
    ['what are the flashpoints between washington and beijing', /South China Sea/],
    ['What prompted Beijing to end the dialogue?', /Pelosi/],
    ['When did Biden and Xi strike their agreement?', /late 2023|late last year/],
    ['what happened in august', /Pelosi/],
    ['what did the US do in february', /balloon/],
    ['what came first, the balloon or the agreement?', /balloon .*came first/i],
    // Events named by the pair of people who took part in each.
    ['which meeting came first, brown-liu or chase-song', /^The virtual meeting between .* came first/],
    [
      "out of pelosi's trip and the dc talks which happened first",
      /^Nancy Pelosi's visit to Taiwan came first/,
    ],
    // An event set aside is not the one asked about.
    ['besides the dc talks what other mil meeting is mentioned', /^General Charles Q\. Brown met/],
    // How significant: as the article presents it, not where it was.
    ['how significant were the talks', /^The article calls .* a significant step/],
    ['how significant does the article say these talks are', /a significant step/],
    // A claim whose subject is a name wink reads as a verb ("<a capital> severed ...?").
    ['so beijing severed the dialogue bc of pelosi?', /^Yes\. Beijing severed diplomatic dialogue/],
    // Disputes asked about in other words, counted, and one of them named by its incident.
    ['what sea are they fighting over', /^In the South China Sea\./],
    ['how many sources of tension does it list between washington and beijing', /^3 between the two/],
    ['tell me more abt the balloon dispute', /^Recent incidents strain the relationship, .*February/],
    // Of the people named, the one of the side asked, less those set aside.
    ["liu zhenli and brown, which one's american", /^Charles Q\. Brown: /],
    [
      "michael chase, song yanchao, liu zhenli, charles brown, which one's american besides chase",
      /^Charles Q\. Brown: /,
    ],
    // Where someone works: the department or office their title names.
    ['where does chase work', /^Defense: Michael Chase is/],
    // Lists of the people named, asked as a request.
    ['list everyone from china thats named', /^The article names 3 people of China: /],
    ['list the americans named pls', /^The article names 4 people of the United States: /],
    // The places a title is for, asked after the title.
    ['chase is deputy asst sec of defense for which places', /^China, Taiwan, and Mongolia: /],
    [
      'where does song work',
      /^The central military commission office for international military cooperation: /,
    ],
    ["How did China react to Pelosi's visit?", /severed/],
    ['who are the presidents mentioned', /Biden.*Xi/],
    ['summarize the article', /17th round/],
    // Everyone the article names, and its summary, asked the chat way.
    ["who's involved", /^Michael Chase: .*Song Yanchao/],
    ['summary pls', /17th round/],
    // Who is named, by a title or a first name.
    ['which chinese president gets mentioned', /^Xi Jinping/],
    ["whats the pentagon guy chase's full title", /deputy assistant secretary of defense/],
    ['which house speaker went to taiwan', /^Nancy Pelosi/],
    // The first day of a two-day event that the article dates by its end, worked out and shown so.
    ['what was the first day of the talks', /^Monday, Jan\. 8, 2024, worked out from the article/],
    // What someone pushed for or told the other side is what they said.
    ['wat did chase push for in the talks', /^Michael Chase emphasised/],
    ['tldr what did chase tell the chinese side', /^Michael Chase emphasised/],
    ['what topic did the two sides dig into at the talks', /delved into U\.S\.-PRC defense relations/],
    // Slang for leading, and the side asked about when the talks are named by both countries.
    ['yo who fronted the us side at these china mil talks', /^Michael Chase(?!.*Song)/],
    ['who ran the washington talks for the us', /^Michael Chase/],
    // A progressive read as the verb, a slang word for stressing, an "about" with no topic after it.
    ['what was chase hammering on abt during the talks', /^Michael Chase emphasised/],
    ['what was chase emphasising?', /^Michael Chase emphasised/],
    // An event that is itself ahead of the article, asked as "coming up": that event, not what follows it.
    ['what elections are coming up in taiwan?', /^Coming up, the article reports:\n.*polls/],
    // A description that fits several people, narrowed to the one the article reports saying so.
    ['what did the pentagon official stress?', /^Michael Chase emphasised/],
    // Someone described before the question, by what their title covers, then asked about by pronoun.
    [
      'so like the us guy who handles china taiwan and mongolia stuff at the pentagon, whats his name',
      /^Michael Chase/,
    ],
    // The source named, a lower-case name before the noun it modifies, and a capital for its country.
    ['does beijing claim sovereignty over taiwan acc to the article', /^Yes\./],
    ['was it the chinese side that stressed open comms lines, not the us?', /^No\b.*Chase/],
  ])('%j', (question, expected) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(expected);
  });

  it.each([
    'What did Chase say about Mongolia?',
    'Who is the US secretary of defense?',
    'What is the result of the Taiwan election?',
    'Were there any agreements at the talks?',
    'when was the previous round',
    'Who leads the Chinese military?',
    // A topic, a participant or a later trip the article never mentions is not a "No".
    'did they talk abt north korea',
    'was taiwan represented at the talks at all',
    'did the talks get into arms sales to taiwan',
    'did chase fly to beijing after',
    // Hypotheticals, and what someone never quoted said.
    'what would happen if china invaded taiwan right after the vote',
    "what did song yanchao say in the talks, like his side's position",
    'what did the chinese embassy say after the talks',
    'did pelosi say anything about the new talks',
    // The future, and rates the one report cannot give.
    'will brown and liu meet in person soon',
    'how many rounds of these talks happen per year usually',
    'what will happen next year',
  ])('still refuses what the article does not say: %j', (question) => {
    expect(ask(question).answered).toBe(false);
  });
});

describe('questions wrapped in chat', () => {
  it.each([
    ['hey bot, can you tell me who michael chase is?', /deputy assistant secretary/],
    ['Do you know where the talks were held?', /Washington/],
    ['do you know who brown met', /Liu Zhenli/],
    ['Is it true that the talks lasted two days?', /^Yes\./],
    ['True or false: the talks were held in Beijing', /^No\..*Washington/],
    // Claims typed as statements, with chat hedges, read as the questions they ask.
    ['the talks were like 3 days?', /^No\..*two days/],
    ['the balloon got shot down in march i think', /^No\..*February/],
    ['brown n liu met like 6 months ago?', /^No\..*last month/],
    ['pelosi was senate majority leader when she went to taiwan?', /^No\..*House Speaker/],
    // A place the article never names, and a person who only dates the claim.
    ['the talks were in new york?', /^No\. It took place in Washington/],
    ['were the talks held in tokyo', /^No\. It took place in Washington/],
    ['so china was the one that cut off talks after pelosi yeah?', /^Yes\. Beijing severed/],
    ['did the us cut off talks after pelosi?', /^No\. Beijing severed/],
    // A wh-question on a false premise is corrected, not answered around.
    ['why did song travel to beijing for the talks?', /took place in Washington, not Beijing/],
    ['when did chase fly to beijing for the talks', /took place in Washington, not Beijing/],
    // A claimed cause is the article's cause, put where the article puts it.
    ['did china cut off military talks bc of the spy balloon?', /^No\. Beijing severed .*Pelosi/],
    ['china cut the dialogue bc pelosi went to china right?', /^No\. Beijing severed .*Taiwan/],
    ["did china cut off talks because of pelosi's visit to taiwan?", /^Yes\. Beijing severed/],
    // The order of two dated events, from their dates.
    [
      'the taiwan elections happened before the dc talks right',
      /^No\. Taiwan's .*polls: the weekend of Jan\. 13-14/,
    ],
    ["did the balloon get shot down after pelosi's visit?", /^Yes\. .*February 2023.*August 2022/],
    ['the balloon', /balloon/],
  ])('%j', (question, expected) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(expected);
  });
});

describe('checks and orderings', () => {
  it.each([
    ["Did Pelosi's visit cause China to sever dialogue?", /^Yes\./],
    ['Is Song an admiral?', /^No\..*Major General/],
    ['Is Song a general?', /^Yes\./],
    ['Did Chase and Brown meet?', /^No\..*Song Yanchao.*Liu Zhenli/],
    ['Which island does China claim?', /sovereignty over Taiwan/],
    [
      "put these in order: the talks, the balloon incident, pelosi's visit",
      /Pelosi[\s\S]*balloon[\s\S]*17th round/,
    ],
  ])('%j', (question, expected) => {
    expect(ask(question).text).toMatch(expected);
  });
});

describe('titles, disputes and abbreviations', () => {
  it.each([
    ['was pelosi the senate majority leader when she went to taiwan', /^No\..*House Speaker/],
    ['Was Pelosi House Speaker?', /^Yes\./],
    ['Is there tension between Taiwan and China?', /^Yes\..*war of words/],
    ['who is the deputy asst sec of defense', /Michael Chase/],
    ['remind me who nancy pelosi was in all this', /House Speaker/],
  ])('%j', (question, expected) => {
    expect(ask(question).text).toMatch(expected);
  });
});

describe('plain questions of every kind', () => {
  it.each([
    ['Who did General Brown talk with?', /Liu Zhenli/],
    ['In what body of water are there territorial disputes?', /South China Sea/],
    ['Is Michael Chase a general?', /^No\./],
    ['What happened last month?', /^Last month/],
    ['Why did the relationship deteriorate?', /strained/],
  ])('%j', (question, expected) => {
    expect(ask(question).text).toMatch(expected);
  });
});

describe('a conversation about events', () => {
  it('follows "in Washington", "it", "as a result" and "that" through the turns', () => {
    expect(ask('What happened in Washington?', 'w').text).toMatch(/17th round/);
    expect(ask('How long did it last?', 'w').text).toMatch(/two days/i);
    ask('Tell me about Pelosi', 'p');
    expect(ask('What happened as a result?', 'p').text).toMatch(/severed/);
    expect(ask('Who did that?', 'p').text).toMatch(/Beijing/);
  });
});
