import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// A re-run ordered for everyone, and a union leader who says it should have been for some only.
const exam = askIngested(
  [
    'Board orders national re-run of leaked biology paper',
    '',
    'VALMORE, Nov. 3 (Coast Wire) - The national exams board on Monday ordered every candidate to re-sit a biology paper whose questions leaked online.',
    'Ruth Abara, head of the teachers union, said only the schools in Kessa district should have been made to re-sit.',
  ],
  '2025-11-03',
);

describe('what someone says should have been', () => {
  it('is no "Yes" that it was so', () => {
    const a = exam('Is the re-sit only for schools in Kessa district?');
    expect(a.text).not.toMatch(/^Yes\b/);
  });

  it('is a "Yes" that they said so', () => {
    const a = exam('did the union say only the Kessa schools should have re-sat?');
    expect(a.text).toMatch(/^Yes\b/);
  });
});
