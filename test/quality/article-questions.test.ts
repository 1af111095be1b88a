import { describe, expect, it } from 'vitest';
import {
  gradedQuestions,
  labelledAsArticleQuestions,
  parseArticleQuestions,
} from '../../tools/quality/article-questions.js';
import { type GradableAnswer, gradeAnswer, gradeExpectation } from '../../tools/quality/grade.js';
import type { LabelledQuestion } from '../../tools/quality/question-set.js';

const said = (text: string, answered = true): GradableAnswer => ({ answered, text, intent: 'x' });

describe('gradeExpectation', () => {
  it('checks every regex case-insensitively, like gradeAnswer', () => {
    expect(
      gradeExpectation({ re: ['general counsel', 'whitmore'] }, said('Whitmore, General Counsel.')),
    ).toEqual({ correct: true, reasons: [] });
    expect(gradeExpectation({ re: ['judge'] }, said('A courier.')).reasons).toEqual(['missing /judge/']);
  });

  it('takes "order" as each match after the previous one', () => {
    const first = { order: ['deactivat', 'superior court'] };
    expect(gradeExpectation(first, said('Deactivated in 2022, then the Superior Court ruled.')).correct).toBe(
      true,
    );
    expect(
      gradeExpectation(first, said('The Superior Court ruled after she was deactivated.')).reasons,
    ).toEqual(['missing /superior court/ after position 48']);
  });

  it('wants a refusal for answered: false, either for "any", and one alternative for alt', () => {
    expect(gradeExpectation({ answered: false }, said('Not in the article.', false)).correct).toBe(true);
    expect(gradeExpectation({ answered: false }, said('Yes.')).reasons).toEqual([
      'answered an unanswerable question',
    ]);
    expect(gradeExpectation({ re: ['x'] }, said('x', false)).reasons).toEqual([
      'refused an answerable question',
    ]);
    expect(gradeExpectation({ answered: 'any', re: ['cap'] }, said('no cap', false)).correct).toBe(true);
    const alt = { alt: [{ re: ['first'] }, { re: ['earlier'] }] };
    expect(gradeExpectation(alt, said('It came earlier.')).correct).toBe(true);
    expect(gradeExpectation(alt, said('Later.')).reasons).toEqual([
      'missing /first/ | or: missing /earlier/',
    ]);
  });

  it('grades a labelled question as gradeAnswer does', () => {
    const item: LabelledQuestion = {
      id: 'a',
      question: 'who met whom?',
      intent: 'who-did',
      expect: { answered: true, re: ['song'] },
    };
    const [asArticle] = labelledAsArticleQuestions([item]);
    for (const answer of [said('Song Yanchao'), said('nobody'), said('Song', false)]) {
      expect(gradeExpectation(asArticle?.expect ?? {}, answer)).toEqual(gradeAnswer(item, answer));
    }
  });
});

describe('parseArticleQuestions', () => {
  const line = (o: object): string => JSON.stringify(o);

  it('reads questions, conversations and ungraded first turns', () => {
    const items = parseArticleQuestions(
      [
        line({ id: 'a1', question: 'who is x', expect: { re: ['judge'] } }),
        '',
        line({ id: 's1', question: 'Who is Claire?', conversation: 'c1', expect: null }),
        line({ id: 'a2', question: 'what did she say?', conversation: 'c1', expect: { answered: false } }),
      ].join('\n'),
    );
    expect(items.map((q) => q.id)).toEqual(['a1', 's1', 'a2']);
    expect(items[1]).toEqual({ id: 's1', question: 'Who is Claire?', conversation: 'c1', expect: null });
    expect(gradedQuestions(items).map((q) => q.id)).toEqual(['a1', 'a2']);
  });

  it('names the line of a malformed question, a repeated id, an unknown key or a bad regex', () => {
    const ok = line({ id: 'a1', question: 'q', expect: null });
    expect(() => parseArticleQuestions(`${ok}\nnot json`)).toThrow(/line 2: not JSON/);
    expect(() => parseArticleQuestions(`${ok}\n${ok}`)).toThrow(/line 2: duplicate id a1/);
    expect(() => parseArticleQuestions(line({ id: 'b', question: 'q', expect: { regex: ['x'] } }))).toThrow(
      /line 1/,
    );
    expect(() =>
      parseArticleQuestions(line({ id: 'b', question: 'q', expect: { alt: [{ order: ['(unclosed'] }] } })),
    ).toThrow(/line 1: bad regex \(unclosed/);
  });
});
