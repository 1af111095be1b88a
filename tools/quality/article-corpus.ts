import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { defaultArticleDir } from '../../src/facts/load-facts.js';
import {
  type ArticleQuestion,
  labelledAsArticleQuestions,
  loadArticleQuestions,
} from './article-questions.js';
import { loadQuestionSet } from './question-set.js';
import { questionSetPath } from './repo-paths.js';

/** An article text the bench ingests, with its graded questions when it has a set. */
export interface CorpusArticle {
  /** The file name without `.txt` (the folder's name for `data/articles/<slug>/article.txt`). */
  name: string;
  /** Where the text is: relative to the repository, or the absolute path of a text read from outside it. */
  path: string;
  /** `shared`: read from the team's shared folder at bench time, never copied into the repository. */
  source: 'repo' | 'shared';
  text: string;
  words: number;
  questions?: ArticleQuestion[];
  /** `labelled`: the project's labelled set for the default article; `article`: an article question set. */
  questionSet?: 'labelled' | 'article';
}

/**
 * Words in a text (runs of non-space characters), headline included.
 * @example countWords('Talks resume\n\nThe two sides met.') // 6
 */
export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * The text with one sentence of its own appended, so every copy ingested is a different string (nothing
 * keyed by the text can be reused) while the article's facts stay as they were.
 * @example distinctCopy('Headline\n\nBody.', 7) // 'Headline\n\nBody.\n\nThis is benchmark copy 7.\n'
 */
export function distinctCopy(text: string, copy: number): string {
  return `${text.trimEnd()}\n\nThis is benchmark copy ${copy}.\n`;
}

const read = (path: string): string => readFileSync(path, 'utf8');

/** `NN-slug.txt` files of a folder (and its sub-folders), each with its `NN-slug.questions.jsonl` if any. */
function textsIn(dir: string, recursive: boolean): { path: string; questions?: string }[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive }) as string[])
    .filter((f) => f.endsWith('.txt'))
    .sort((a, b) => basename(a).localeCompare(basename(b)))
    .map((f) => {
      const questions = join(dir, f.replace(/\.txt$/, '.questions.jsonl'));
      return { path: join(dir, f), ...(existsSync(questions) ? { questions } : {}) };
    });
}

/**
 * The articles the repository holds (`data/articles/<slug>/article.txt`, with the labelled set for the
 * default article; `test/quality/articles/**\/*.txt` with their sets), then those of `sharedDir` if given.
 */
export function findArticles(root: string, sharedDir?: string): CorpusArticle[] {
  const data = join(root, 'data', 'articles');
  const defaultDir = defaultArticleDir(join(root, 'data'));
  const fromData: CorpusArticle[] = readdirSync(data, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(data, d.name, 'article.txt')))
    .map((d) => {
      const path = join(data, d.name, 'article.txt');
      const text = read(path);
      const labelled = join(data, d.name) === defaultDir;
      return {
        name: d.name,
        path: relative(root, path),
        source: 'repo',
        text,
        words: countWords(text),
        ...(labelled
          ? {
              questions: labelledAsArticleQuestions(loadQuestionSet(questionSetPath(root))),
              questionSet: 'labelled' as const,
            }
          : {}),
      };
    });
  const withSets = (dir: string, source: 'repo' | 'shared', recursive: boolean): CorpusArticle[] =>
    textsIn(dir, recursive).map(({ path, questions }) => {
      const text = read(path);
      return {
        name: basename(path, '.txt'),
        path: source === 'repo' ? relative(root, path) : path,
        source,
        text,
        words: countWords(text),
        ...(questions ? { questions: loadArticleQuestions(questions), questionSet: 'article' as const } : {}),
      };
    });
  return [
    ...fromData,
    ...withSets(join(root, 'test', 'quality', 'articles'), 'repo', true),
    ...(sharedDir ? withSets(sharedDir, 'shared', false) : []),
  ];
}
