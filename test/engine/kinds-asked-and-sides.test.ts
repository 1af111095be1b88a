import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

describe('"which <people>" of a sentence that names only a body', () => {
  // An invented ruling: the judges are named in one sentence, the body that brought the case in another.
  const ask = askIngested(
    [
      'Court strikes down cap on lake ferries',
      '',
      'The Lakeland High Court on Friday struck down a regional order that capped the number of ferries on Lake Orva at 40.',
      'The case was brought by the Orva Ferry Owners Federation, which represents about 60 operators.',
    ],
    '2025-02-14',
  );

  it('is not answered by quoting the body', () => {
    const a = ask('Which judges heard the case?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say which judges/);
  });
});

describe('"which side <did it>"', () => {
  const chat = conversations(sharedEngine(), 'which-side');

  it('is asked as "who" is, of whose words the article reports', () => {
    const a = chat('which side claims sovereignty over taiwan');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Beijing/);
  });
});

describe('"<person> works for <a body the article never names>, right?"', () => {
  const chat = conversations(sharedEngine(), 'works-for');

  it('is refused with what the article says the person is, not the event they took part in', () => {
    const a = chat('song yanchao works for the pla navy right?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/central military commission office for international military cooperation/);
  });
});
