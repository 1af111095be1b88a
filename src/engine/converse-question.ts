/**
 * "who is buying <X>" of an article that has "<X> agreed to sell a stake to <B>": the exchange read from the other
 * side (data/language/converses.json: general English). Only where the sentence has <X> as typed, then a verb of
 * giving, then the preposition and a name within a few words: the name after it is the taker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { FactStore } from '../facts/fact-store.js';
import { findDataDir } from '../facts/load-facts.js';
import { oncePerDataDir } from '../facts/once-per-data-dir.js';
import type { Entity } from '../facts/schema.js';
import { foldName } from '../nlp/fold-letters.js';
import { escapeRegExp } from './escape-reg-exp.js';

const forms = z.array(z.string().regex(/^[a-z ]+$/)).min(1);
const schema = z.object({
  pairs: z.array(z.object({ taker: forms, giver: forms, to: z.string().regex(/^[a-z]+$/) })),
});

interface Turn {
  giver: readonly string[];
  to: string;
}

/** Per data folder: one pattern of the taker forms, and the giver forms and preposition of each. */
const load = oncePerDataDir((dataDir) => {
  const { pairs } = schema.parse(
    JSON.parse(readFileSync(join(dataDir, 'language', 'converses.json'), 'utf8')),
  );
  const byForm = new Map<string, Turn>();
  for (const p of pairs) for (const form of p.taker) byForm.set(form, { giver: p.giver, to: p.to });
  const taken = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // ("who is buying <X>", "who bought <X>", "who wants to buy <X>", "who agreed to take over <X>".)
  const pattern = new RegExp(
    String.raw`^(?:(?:so|and|ok|okay)\s+)?who(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were|\s+has|\s+had|\s+did|\s+will)?(?:\s+(?:been|now|actually|finally))?(?:\s+(?:trying|going|planning|set|about|looking|hoping|agreed|agreeing|wants?|wanting|offered|offering)\s+to)?\s+(${taken.join('|')})\s+(?!(?:it|them|him|her|that|this|what)\b)(.{2,80}?)\s*\?*\s*$`,
    'i',
  );
  return { pattern, byForm };
});

/** What a question of taking asks: the thing taken and the turn of the exchange, or undefined. */
export function takerAsked(
  text: string,
  dataDir: string = findDataDir(),
): { thing: string; turn: Turn } | undefined {
  const { pattern, byForm } = load(dataDir);
  const m = pattern.exec(text.trim());
  const turn = m?.[1] ? byForm.get(m[1].toLowerCase()) : undefined;
  const thing = m?.[2]?.replace(/^the\s+/i, '');
  return turn && thing ? { thing, turn } : undefined;
}

/**
 * The taker a sentence names from the giver's side, with the sentence, or undefined.
 * @example takerFromGiver(store, 'who is buying <X>?') // { taker: <B>, sentence: "<X> agreed to sell ... to <B> ..." }
 */
export function takerFromGiver(
  store: FactStore,
  text: string,
  dataDir: string = findDataDir(),
): { taker: Entity; sentence: { n: number; text: string } } | undefined {
  const asked = takerAsked(text, dataDir);
  if (!asked) return undefined;
  const givers = asked.turn.giver.map(escapeRegExp).join('|');
  // (<X> as typed, or the name it is of, "the stake in <X>"; marks folded both sides: "koskoglu".)
  const things = [asked.thing, /\b(?:in|of)\s+(\p{Lu}[^,]*)$/u.exec(asked.thing)?.[1]].flatMap((t) =>
    t ? [foldName(t)] : [],
  );
  const clauses = things.map(
    (thing) =>
      new RegExp(
        String.raw`\b${escapeRegExp(thing)}\b[^;]{0,120}?\b(?:${givers})\b[^;]{0,60}?\b${asked.turn.to}\s+([^;]{1,80})`,
        'i',
      ),
  );
  const named = store.facts.entities.filter((e) =>
    ['person', 'organization', 'group', 'country'].includes(e.kind),
  );
  // (A firm or a person named as the taker before a group or country said to be: a headline's "to <demonym>
  // investors" is the firm its body names.)
  let general: { taker: Entity; sentence: { n: number; text: string } } | undefined;
  for (const s of store.sentences) {
    // (Folded, as the names it is searched for are.)
    const after = clauses.map((c) => c.exec(foldName(s.text))?.[1]).find((a) => a !== undefined);
    if (!after) continue;
    // (The noun phrase after "to", up to a comma or preposition: its last name is its head, "to <a city> investment
    // firm <B>" names <B>; of two names starting there, the longer.)
    const phrase = after.split(/,|\s(?:for|which|who|in|on|at|by|after|with)\s/)[0] ?? '';
    const taker = named
      .map((e) => ({ e, at: phrase.search(new RegExp(`\\b${escapeRegExp(foldName(e.name))}\\b`)) }))
      .filter(({ at }) => at >= 0 && phrase.slice(0, at).split(/\s+/).length <= 6)
      .sort((a, b) => b.at - a.at || b.e.name.length - a.e.name.length)[0]?.e;
    if (taker && (taker.kind === 'person' || taker.kind === 'organization'))
      return { taker, sentence: { n: s.n, text: s.text } };
    if (taker) general ??= { taker, sentence: { n: s.n, text: s.text } };
  }
  return general;
}
