import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** What NLP.js returns from `process` that the baseline reads. */
export interface NlpjsResult {
  intent: string;
  score: number;
}

/** The slice of node-nlp's NlpManager used here (node-nlp ships no typings). */
interface NlpManagerLike {
  addDocument(locale: string, utterance: string, intent: string): void;
  addNamedEntityText(entity: string, option: string, languages: string[], texts: string[]): void;
  train(): Promise<void>;
  export(minified?: boolean): string;
  import(data: string): void;
  process(locale: string, utterance: string): Promise<NlpjsResult>;
  nlp: { nluManager: { process(locale: string, utterance: string): Promise<unknown> } };
}

type NlpManagerClass = new (settings: Record<string, unknown>) => NlpManagerLike;

/** Training data: intent examples, as intents/ export them. */
export interface TrainingIntent {
  readonly id: string;
  readonly examples: readonly string[];
}

/**
 * Each intent's examples followed by the article's own examples for it (`data/articles/<slug>/examples.json`,
 * where questions naming the article's people live since articles became data), so NLP.js learns from every
 * example that defines factdesk's intents for this article.
 * @example withArticleExamples([{ id: 'when', examples: ['when was it?'] }], { when: { examples: ['when did X visit Y?'] } })
 */
export function withArticleExamples(
  intents: readonly TrainingIntent[],
  table: Readonly<Record<string, { readonly examples: readonly string[] }>>,
): TrainingIntent[] {
  return intents.map((i) => ({ id: i.id, examples: [...i.examples, ...(table[i.id]?.examples ?? [])] }));
}

/** A named entity for NLP.js NER: its kind, canonical id and every way of writing it. */
export interface NamedEntity {
  kind: string;
  id: string;
  texts: string[];
}

// The settings a team would use: English, NER on every utterance, quiet training.
const SETTINGS = { languages: ['en'], forceNER: true, nlu: { log: false }, autoSave: false };

function loadNlpManager(): NlpManagerClass {
  // node-nlp is CommonJS without typings; require it and type the slice we use.
  const require = createRequire(import.meta.url);
  return (require('node-nlp') as { NlpManager: NlpManagerClass }).NlpManager;
}

/**
 * Trains an NLP.js model on the intents' examples, with the fact store's names as named entities, and
 * returns the exported model (JSON text) so the measured process can load it like a deployed bot would.
 */
export async function trainNlpjsModel(
  intents: readonly TrainingIntent[],
  entities: readonly NamedEntity[],
): Promise<string> {
  const NlpManager = loadNlpManager();
  const manager = new NlpManager(SETTINGS);
  for (const intent of intents)
    for (const example of intent.examples) manager.addDocument('en', example, intent.id);
  for (const entity of entities) manager.addNamedEntityText(entity.kind, entity.id, ['en'], entity.texts);
  await manager.train();
  return manager.export(true);
}

/** A trained NLP.js classifier loaded from an exported model. */
export interface NlpjsClassifier {
  /** The full `manager.process` pipeline (NER + NLU): intent 'None' when below NLP.js's threshold. */
  classify(question: string): Promise<NlpjsResult>;
  /** Only the NLU classifier, without NER (to separate the classifier's own cost). */
  classifyNluOnly(question: string): Promise<unknown>;
}

/** Loads node-nlp and an exported model file (the start-up cost a deployed NLP.js bot pays). */
export function loadNlpjsClassifier(modelPath: string): NlpjsClassifier {
  const NlpManager = loadNlpManager();
  const manager = new NlpManager(SETTINGS);
  manager.import(readFileSync(modelPath, 'utf8'));
  return {
    classify: (question) => manager.process('en', question),
    classifyNluOnly: (question) => manager.nlp.nluManager.process('en', question),
  };
}

/** Reads names and aliases of entities, events and disputes from data/facts.json for NLP.js NER. */
export function readNamedEntities(factsPath: string): NamedEntity[] {
  const facts = JSON.parse(readFileSync(factsPath, 'utf8')) as Record<string, unknown>;
  const out: NamedEntity[] = [];
  for (const [section, kindOf] of [
    ['entities', (x: Record<string, unknown>) => String(x.kind ?? 'entity')],
    ['events', () => 'event'],
    ['disputes', () => 'dispute'],
  ] as const) {
    const list = facts[section];
    if (!Array.isArray(list)) continue;
    for (const raw of list as Record<string, unknown>[]) {
      const names = [raw.name, raw.label, ...(Array.isArray(raw.aliases) ? raw.aliases : [])];
      const texts = [...new Set(names.filter((n): n is string => typeof n === 'string' && n.trim() !== ''))];
      if (typeof raw.id === 'string' && texts.length > 0) out.push({ kind: kindOf(raw), id: raw.id, texts });
    }
  }
  return out;
}
