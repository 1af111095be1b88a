/** Every intent, listed explicitly: the order breaks ties between equal match scores. */
import type { Intent } from '../src/engine/intent.js';
import { articleSummary } from './article-summary.js';
import { articleText } from './article-text.js';
import { compareEvents } from './compare-events.js';
import { connection } from './connection.js';
import { disputes } from './disputes.js';
import { eventsNamed } from './events-named.js';
import { greeting } from './greeting.js';
import { help } from './help.js';
import { numberMeaning } from './number-meaning.js';
import { peopleNamed } from './people-named.js';
import { placesNamed } from './places-named.js';
import { quantity } from './quantity.js';
import { relationship } from './relationship.js';
import { statement } from './statement.js';
import { timeline } from './timeline.js';
import { voteResult } from './vote-result.js';
import { whatHappened } from './what-happened.js';
import { whatIs } from './what-is.js';
import { when } from './when.js';
import { where } from './where.js';
import { whoDid } from './who-did.js';
import { whoIs } from './who-is.js';
import { whose } from './whose.js';
import { why } from './why.js';
import { yesNo } from './yes-no.js';

export const intents: readonly Intent[] = [
  greeting,
  help,
  timeline,
  articleText,
  compareEvents,
  voteResult,
  yesNo,
  quantity,
  numberMeaning,
  when,
  where,
  why,
  whoDid,
  whoIs,
  whose,
  peopleNamed,
  placesNamed,
  eventsNamed,
  statement,
  disputes,
  connection,
  relationship,
  whatHappened,
  whatIs,
  articleSummary,
];
