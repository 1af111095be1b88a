/** Who stands for whom in a fact store: sides, capitals for countries, the people of an event. */
import type { FactStore } from '../facts/fact-store.js';
import type { Entity, Event } from '../facts/schema.js';
import { cueWords } from './cue-words.js';
import { escapeRegExp } from './escape-reg-exp.js';

/** The country an entity speaks for: <a capital> -> <a country>, <person> -> <a country>. */
export const sideOf = (store: FactStore, id: string): string | undefined => {
  const e = store.entities.get(id);
  return e?.standsFor ?? e?.side ?? (e?.kind === 'country' ? e.id : undefined);
};

/** The disputes the article reports between every one of `sides` (side ids, as sideOf gives them). */
export const disputesBetween = (store: FactStore, sides: readonly string[]) =>
  store.facts.disputes.filter((d) =>
    sides.every((s) => d.parties.some((p) => (sideOf(store, p) ?? p) === s)),
  );

/** Whether two or more sides named are not all parties to the relationship the article reports. */
export function beyondRelationship(store: FactStore, sides: readonly string[]): boolean {
  const theirs = new Set((store.facts.relationship?.parties ?? []).map((p) => sideOf(store, p) ?? p));
  return sides.length >= 2 && !sides.every((s) => theirs.has(s));
}

/** Whether an id in the question denotes a participant id of the fact store (<a capital> = <a country>). */
export const sameParty = (store: FactStore, a: string, b: string): boolean =>
  a === b ||
  ((store.entities.get(a)?.kind === 'country' || store.entities.get(a)?.standsFor !== undefined) &&
    (store.entities.get(b)?.kind === 'country' || store.entities.get(b)?.standsFor !== undefined) &&
    sideOf(store, a) === sideOf(store, b));

/**
 * Whether a member of the organization `id` takes part in the event ("the <body> meeting": the one its chair
 * held): one the store lists as a member, or whose title names the body.
 */
export function memberTakesPart(store: FactStore, event: Event, id: string): boolean {
  const body = store.entities.get(id);
  if (body?.kind !== 'organization') return false;
  const names = [body.name.replace(/^the /i, ''), ...body.aliases].filter((n) => n.length > 3);
  return event.participants.some((p) => {
    const e = store.entities.get(p.entity);
    return e?.memberOf === id || (e?.title !== undefined && names.some((n) => e.title?.includes(n)));
  });
}

/** The people and groups taking part in an event (not the countries it is between). */
export const eventPeople = (store: FactStore, event: Event): Entity[] =>
  event.participants
    .flatMap((p) => store.entities.get(p.entity) ?? [])
    .filter((e) => e.kind === 'person' || e.kind === 'group');

/** What a person's title and description say, in lower case. */
export const profileOf = (e: Entity): string => `${e.title ?? ''} ${e.description}`.toLowerCase();

/** A title's head, before its first preposition, lower case: "an adviser in the office of <X>" -> "an adviser". */
export const titleHead = (title: string): string =>
  title.toLowerCase().split(/\s+(?:of|in|at|for|to|with)\s+/)[0] ?? '';

/** "Major General <person>", "<person>". */
export const fullName = (e: Entity): string => (e.rank ? `${e.rank} ${e.name}` : e.name);

/**
 * "<name> is <description>", as a sentence's words: "<a group> are ...", and a description that starts with the
 * name ("<officials>, who cautioned ...") as it stands, not "<officials> is <officials>, who ...".
 */
export const identify = (e: Entity): string =>
  e.description.toLowerCase().startsWith(e.name.toLowerCase())
    ? e.description
    : `${e.name} ${e.kind === 'group' ? 'are' : 'is'} ${e.description}`;

/** The field a title's office is of: "secretary of defense", "minister for finance". */
const OFFICE_OF =
  /\b(?:secretary|minister|ministry|department|director|commissioner)\s+(?:of|for)\s+(?!(?:the|a|an)\b)([a-z]+)/i;

/** Words the same when they begin alike ("defense", "defence"). */
export const sameField = (a: string, b: string) =>
  a.slice(0, 5).toLowerCase() === b.slice(0, 5).toLowerCase();

/**
 * The field of the office a person's title names ("defense" of "secretary of defense"), or undefined; a place
 * is no field ("secretary for <a country>").
 */
export function titleField(store: FactStore, entity: Entity): string | undefined {
  const field = OFFICE_OF.exec(`${entity.title ?? ''} ${entity.description ?? ''}`)?.[1];
  if (!field) return undefined;
  const place = store.facts.entities.some(
    (e) => (e.kind === 'country' || e.kind === 'place') && sameField(e.name, field),
  );
  return place ? undefined : field;
}

/** The body a title is an office of, as written ("deputy director of the <body>"), or undefined. */
export function titleBody(entity: Entity): string | undefined {
  return /\b(?:director|secretary|minister|chairman|chair|head|chief|commissioner|president|member)\s+of\s+(?:the\s+)?(.+)$/i.exec(
    entity.title ?? '',
  )?.[1];
}

/** The places an office is "for", as the title gives them ("... for <A>, <B>, and <C>"), or undefined. */
export function titleScope(entity: Entity): string | undefined {
  return / for (.+)$/i.exec(entity.title ?? '')?.[1];
}

/** Whether words typed qualify a title ("deputy", "assistant"): then a qualified role is the one asked. */
export const typesQualifier = (words: readonly string[]): boolean =>
  cueWords().lists.titleQualifiers.some((w) => words.includes(w));

/**
 * A role with a qualifier before it ("deputy <role>", "vice <x> <role>"), which is another role than <role>; the
 * phrase is captured, and `whole` ends it at a word's end.
 */
export const qualifiedRole = (role: string, whole = false): RegExp =>
  new RegExp(
    `\\b((?:${cueWords().lists.titleQualifiers.join('|')})[\\s-]+(?:\\w+[\\s-]+){0,2}${escapeRegExp(role)})${whole ? '\\b' : ''}`,
    'i',
  );

/** A title that heads a body ("president", "chief executive"), at its start: made once per set of cue words. */
const topTitleByLists = new WeakMap<object, RegExp>();
export const topTitlePattern = (): RegExp => {
  const { lists } = cueWords();
  let made = topTitleByLists.get(lists);
  if (!made) {
    made = new RegExp(`^(?:${lists.headTitles.map(escapeRegExp).join('|')})\\b`);
    topTitleByLists.set(lists, made);
  }
  return made;
};
