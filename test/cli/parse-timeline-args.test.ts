import { describe, expect, it } from 'vitest';
import { parseTimelineArgs } from '../../src/cli/parse-timeline-args.js';

describe('parseTimelineArgs', () => {
  it('reads from, to and about as Discord writes options, in any order, values with spaces', () => {
    expect(parseTimelineArgs(' about:Nancy Pelosi from:August 2022 to:2024')).toEqual({
      from: 'August 2022',
      to: '2024',
      about: 'Nancy Pelosi',
    });
  });

  it('drops quotes, ignores empty options and keeps bare text as the subject', () => {
    expect(parseTimelineArgs('to:"last month" from:')).toEqual({ to: 'last month' });
    expect(parseTimelineArgs('Taiwan')).toEqual({ about: 'Taiwan' });
    expect(parseTimelineArgs('')).toEqual({});
  });

  it('does not take a word that merely ends in an option name for an option', () => {
    expect(parseTimelineArgs('about:trip to Taiwan')).toEqual({ about: 'trip to Taiwan' });
  });
});
