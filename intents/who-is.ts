import type { Intent } from '../src/engine/intent.js';
import { capitalize, contentVerbs, hasAny, hasPhrase, mentionedEntities } from '../src/engine/knowledge.js';
import type { Entity } from '../src/facts/schema.js';

const ROLE_WORDS = [
  'position',
  'role',
  'title',
  'job',
  'rank',
  'post',
  'office',
  'function',
  'responsibility',
  'responsible',
  'background',
  'portfolio',
  'charge',
  'region',
  'regions',
];
const profiled = (e: Entity) => e.kind === 'person' || e.kind === 'group' || e.kind === 'organization';

export const whoIs: Intent = {
  id: 'who-is',
  description: 'Who a named person, group or organisation is: their title, rank, office and side.',
  examples: [
    'Who is Michael Chase?',
    "What is Song Yanchao's job?",
    'who is gen. brown',
    'Who is the chairman of the joint chiefs?',
    'Tell me about Nancy Pelosi',
    'What does Liu Zhenli do?',
    "what's chase's rank",
  ],
  counterExamples: [
    'Who did Chase meet?',
    'Who severed the dialogue?',
    'Who is the prime minister of Japan?',
  ],
  match(q, { store }) {
    const target = mentionedEntities(q, store).find(profiled);
    if (!target) return 0;
    const verbs = contentVerbs(q).filter((v) => !['serve', 'work', 'name', 'call'].includes(v));
    if (hasAny(q, ...ROLE_WORDS) && (q.wh === 'what' || q.wh === 'which' || q.wh === 'who')) return 0.9;
    if (q.wh === 'who' && verbs.length === 0 && !hasAny(q, 'counterpart')) return 0.9;
    if (hasPhrase(q, 'tell me about') || hasPhrase(q, 'what about') || hasAny(q, 'describe', 'profile'))
      return 0.75;
    if (q.wh === 'what' && hasAny(q, 'do') && verbs.length === 0) return 0.8;
    if (q.wh === undefined && !q.yesNo && q.normals.filter((t) => /\w/.test(t)).length <= 3) return 0.6;
    return 0;
  },
  answer(q, { store }) {
    const target = mentionedEntities(q, store).find(profiled);
    if (!target) return undefined;
    const side = target.side && target.side !== target.id ? store.entities.get(target.side) : undefined;
    const sideNote =
      side && !target.description.includes(side.name.replace(/^the /, ''))
        ? ` (${side.name.replace(/^the /, '')})`
        : '';
    const rank = hasAny(q, 'rank') && target.rank ? `${target.name}'s rank is ${target.rank}. ` : '';
    return {
      answered: true,
      text: `${rank}${capitalize(target.name)} is ${target.description}${sideNote}.`,
      citations: store.cite(target.evidence),
      confidence: 0.9,
      focus: [target.id],
    };
  },
};
