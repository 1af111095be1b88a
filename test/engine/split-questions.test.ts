import { describe, expect, it } from 'vitest';
import { splitQuestions } from '../../src/engine/split-questions.js';

describe('splitQuestions', () => {
  it('splits separate questions and joined wh-questions', () => {
    expect(splitQuestions('Who is Chase? Where were the talks?')).toEqual([
      'Who is Chase?',
      'Where were the talks?',
    ]);
    expect(splitQuestions('who is chase and who is song')).toEqual(['who is chase', 'who is song']);
    expect(splitQuestions('When did the talks end, and where were they?')).toEqual([
      'When did the talks end',
      'where were they?',
    ]);
  });

  it('keeps abbreviations, greetings and single questions whole', () => {
    expect(splitQuestions("What is Gen. Brown's position?")).toEqual(["What is Gen. Brown's position?"]);
    expect(splitQuestions('Hi, who is Chase?')).toEqual(['Hi, who is Chase?']);
    expect(splitQuestions('Did Brown and Liu meet?')).toEqual(['Did Brown and Liu meet?']);
  });

  it('splits two question words that share one question ("when and where were the talks?")', () => {
    expect(splitQuestions('when and where were the talks held?')).toEqual([
      'when were the talks held?',
      'where were the talks held?',
    ]);
  });
});
