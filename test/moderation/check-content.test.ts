import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, DEFAULT_MAX_LENGTH } from '../../src/moderation/check-content.js';
import { collapseSpacedLetters, containsProfanity } from '../../src/moderation/check-profanity.js';
import { NOTICES } from '../../src/moderation/notices.js';

// Plain questions a community might ask about a news story on US-China defense talks. None may be flagged.
const PLAIN_QUESTIONS = [
  'Who shot down the balloon?',
  'When did the US shoot down the Chinese spy balloon?',
  'Was Xi at the talks?',
  'What did Xi Jinping and Biden agree?',
  'Did Dick Cheney ever comment on this?',
  'Is Dick Durbin on the armed services committee?',
  'Who is Michael Chase?',
  'What does Song Yanchao do?',
  'Who is General Liu Zhenli?',
  'What is the tit-for-tat between Washington and Beijing about?',
  'Is this a tit for tat response to the Pelosi visit?',
  'Why did Beijing cut military ties after Nancy Pelosi went to Taiwan?',
  'Which round of defense policy coordination talks was this?',
  'What happened in the South China Sea?',
  'Did the Pentagon assess the risk of an assassination plot?',
  'What is Beijing’s claim of sovereignty over Taiwan?',
  'When are the Taiwan presidential and parliamentary polls?',
  'Was there a cocktail reception after the talks?',
  'How many rounds of talks have there been?',
  'Did Charles Q. Brown meet his Chinese counterpart in person?',
  'What are the hotline channels between the two militaries?',
  'Is the analysis by the Pentagon public?',
  'Who was the House Speaker in August 2022?',
  'Did the talks happen in Essex or Washington?',
  'What is the role of the deputy assistant secretary of defense for China, Taiwan, and Mongolia?',
  'Hell, does anyone know when the next round is?',
  'Could the rivalry escalate into conflict?',
  'What did Dr. Chase emphasise?',
  'Where is Scunthorpe?',
  'Was the balloon shot down over the Atlantic?',
  'I am a US Navy veteran: what does the article say about the navy?',
  'What is the U.S. position on Taiwan, e.g. the one China policy?',
  'Did the PRC mention the Cuban missile crisis?',
  'Is Wang Yi mentioned?',
  'Did Shiite militias attack US bases?',
  'What would Francis Fukuyama say about this?',
  'Was Emily Dickinson quoted?',
  'Is Pussy Riot mentioned?',
];

const ABUSIVE = [
  'fuck you',
  'f u c k you bot',
  'F.U.C.K this',
  'f-u-c-k',
  'fuuuuuck',
  'this is sh1t',
  'this is $hit',
  's h i t answer',
  'you b1tch',
  'a$$hole',
  'you are a c u n t',
  'fück off',
  'kys',
  'go kill yourself',
  'f\u200bu\u200bc\u200bk you',
  'ｆｕｃｋ',
  'n i g g e r',
  'motherf*cker',
];

describe('content filter', () => {
  it.each(ABUSIVE)('catches %j, including leetspeak and spacing tricks', (text) => {
    const result = checkContent(text);
    expect(result).toEqual({
      ok: false,
      reason: 'profanity',
      notice: NOTICES.profanity,
      notify: true,
      logToModLog: true,
    });
  });

  it('lets plain political questions through, including names like Dick and Xi', () => {
    const flagged = PLAIN_QUESTIONS.filter((q) => !checkContent(q).ok);
    expect(flagged).toEqual([]);
  });

  it('still catches the insult when "Dick" is not a name', () => {
    expect(containsProfanity('what a dick')).toBe(true);
    expect(containsProfanity('Dick Cheney')).toBe(false);
  });

  it('passes every sentence of the article itself', () => {
    const article = readFileSync(
      new URL('../../data/articles/us-china-defense-talks/article.txt', import.meta.url),
      'utf8',
    );
    const sentences = article.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
    expect(sentences.length).toBeGreaterThan(5);
    expect(sentences.filter((s) => containsProfanity(s))).toEqual([]);
  });

  it('does not read mention ids or custom emoji as words', () => {
    expect(checkContent('<@123456789012345678> who met in Washington? <:kek:998877665544332211>').ok).toBe(
      true,
    );
  });

  it('collapses spaced-out letters but leaves ordinary words alone', () => {
    expect(collapseSpacedLetters('f u c k you')).toBe('fuck you');
    expect(collapseSpacedLetters('the U.S. and a b')).toBe('the U.S. and a b');
    expect(collapseSpacedLetters('was it a U S base')).toBe('was it aUS base');
  });
});

describe('invite links, mass mentions and length', () => {
  it.each([
    'join discord.gg/abc123',
    'https://discord.com/invite/xyz-42',
    'discordapp.com/invite/Q9',
    'see discord . gg / abcd',
  ])('denies an invite link: %j', (text) => {
    expect(checkContent(text)).toMatchObject({
      ok: false,
      reason: 'invite',
      notice: NOTICES.invite,
      logToModLog: true,
    });
  });

  it('allows ordinary links and words like "discord"', () => {
    expect(checkContent('Is there discord between the allies? https://www.defense.gov/News/').ok).toBe(true);
  });

  it('denies @everyone and @here', () => {
    expect(checkContent('@everyone who met?')).toMatchObject({ ok: false, reason: 'mass-mention' });
    expect(checkContent('hey @here what happened?')).toMatchObject({ ok: false, reason: 'mass-mention' });
  });

  it('denies many distinct mentions but not a few, and ignores the bot’s own mention', () => {
    const mentions = (n: number) => Array.from({ length: n }, (_, i) => `<@${1000 + i}>`).join(' ');
    expect(checkContent(`${mentions(4)} who met?`).ok).toBe(true);
    expect(checkContent(`${mentions(5)} who met?`)).toMatchObject({ ok: false, reason: 'mass-mention' });
    expect(checkContent(`<@&1> <@&2> <@&3> <@!4> <@5> who?`)).toMatchObject({
      ok: false,
      reason: 'mass-mention',
    });
    expect(checkContent(`<@999> ${mentions(4)} who met?`, { ignoreMentionIds: ['999'] }).ok).toBe(true);
    // Repeating one mention is not a mass mention.
    expect(checkContent(`${'<@1000> '.repeat(10)}who met?`).ok).toBe(true);
  });

  it('denies a very long message with a notice that says the limit', () => {
    const long = `Who met? ${'x '.repeat(DEFAULT_MAX_LENGTH)}`;
    const result = checkContent(long);
    expect(result).toMatchObject({ ok: false, reason: 'too-long', logToModLog: true });
    expect(!result.ok && result.notice).toContain(String(DEFAULT_MAX_LENGTH));
    expect(checkContent('x'.repeat(2000), { maxLength: 2000 }).ok).toBe(true);
  });

  it('never puts the message text in the notice', () => {
    for (const text of [...ABUSIVE, 'discord.gg/abc123', '@everyone hi']) {
      const result = checkContent(text);
      expect(!result.ok && result.notice.toLowerCase()).not.toContain(text.toLowerCase());
    }
  });
});
