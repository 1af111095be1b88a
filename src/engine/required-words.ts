/**
 * The words a regular expression cannot match without: a message that has none of them is not tried against it.
 * Rewrites of the chat register are many patterns over the whole message, and almost no message matches any one;
 * looking up a few words is far cheaper than running each pattern (see `wordsOf`, `requiredWords`).
 *
 * The reading is conservative: a word counts only where the pattern spells it out in full, set off on both sides by
 * something that can only be a non-word character (a space, punctuation, `\s`, `\b`, `^`, `$`), and only outside
 * anything optional or looked ahead. A pattern the reader does not follow gives no words, and is always tried.
 */

/** A message's words as the prefilter sees them: lower-case runs of ASCII letters and digits. */
export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/));
}

type Node =
  | { kind: 'char'; c: string }
  /** Any one character of a set; `word` when it may be a letter or digit. */
  | { kind: 'set'; word: boolean }
  | { kind: 'edge' }
  | { kind: 'look' }
  | { kind: 'group'; branches: Node[][]; min: number; max: number };

const isWordChar = (c: string) => /^[a-z0-9]$/i.test(c);

class Reader {
  private at = 0;
  constructor(private readonly src: string) {}

  read(): Node[][] {
    const branches = this.branches();
    if (this.at < this.src.length) throw new Error('unbalanced )');
    return branches;
  }

  private branches(): Node[][] {
    const out: Node[][] = [[]];
    while (this.at < this.src.length && this.src[this.at] !== ')') {
      if (this.src[this.at] === '|') {
        this.at++;
        out.push([]);
        continue;
      }
      const atom = this.atom();
      (out[out.length - 1] as Node[]).push(this.quantified(atom));
    }
    return out;
  }

  private atom(): Node | undefined {
    const c = this.src[this.at++] as string;
    if (c === '^' || c === '$') return { kind: 'edge' };
    if (c === '.') return { kind: 'set', word: true };
    if (c === '[') return this.set();
    if (c === '\\') return this.escape(false);
    if (c === '(') {
      let look = false;
      if (this.src.startsWith('?:', this.at)) this.at += 2;
      else if (/^\?<?[=!]/.test(this.src.slice(this.at, this.at + 3))) {
        look = true;
        this.at += this.src[this.at + 1] === '<' ? 3 : 2;
      } else if (this.src.startsWith('?<', this.at)) this.at = this.src.indexOf('>', this.at) + 1;
      const branches = this.branches();
      if (this.src[this.at++] !== ')') throw new Error('unclosed (');
      return look ? { kind: 'look' } : { kind: 'group', branches, min: 1, max: 1 };
    }
    if (c === ')' || c === '|') throw new Error('unexpected');
    return { kind: 'char', c: c.toLowerCase() };
  }

  /** An escape; in a set, `\b` is a backspace and edges do not exist. */
  private escape(inSet: boolean): Node | undefined {
    const c = this.src[this.at++] as string;
    if (c === 'b' || c === 'B')
      return inSet ? { kind: 'set', word: false } : { kind: c === 'b' ? 'edge' : 'look' };
    if (c === 's' || c === 'W') return { kind: 'set', word: false };
    if (/[SwdD]/.test(c)) return { kind: 'set', word: true };
    if (c === 'p' || c === 'P') {
      if (this.src[this.at] === '{') this.at = this.src.indexOf('}', this.at) + 1;
      return { kind: 'set', word: true };
    }
    if (c === 'u' || c === 'x' || c === 'c' || /[0-9k]/.test(c)) {
      // (Code points, back-references and named ones: anything, possibly nothing.)
      if (c === 'k' && this.src[this.at] === '<') this.at = this.src.indexOf('>', this.at) + 1;
      return undefined;
    }
    if (/[a-z]/i.test(c)) return { kind: 'set', word: false }; // \n, \t, \r, \f, \v
    return { kind: 'char', c };
  }

  private set(): Node {
    const negated = this.src[this.at] === '^';
    if (negated) this.at++;
    let word = negated;
    let first = true;
    while (this.at < this.src.length && (this.src[this.at] !== ']' || first)) {
      first = false;
      const c = this.src[this.at++] as string;
      if (c === '\\') {
        const e = this.escape(true);
        // (An escape that starts a range, or stands for anything a word may have, may be a letter or digit.)
        if (e === undefined || this.src[this.at] === '-') word = true;
        else if (e.kind === 'char' ? isWordChar(e.c) : e.kind === 'set' && e.word) word = true;
        continue;
      }
      if (this.src[this.at] === '-' && this.src[this.at + 1] !== ']' && this.at + 1 < this.src.length) {
        // (A range: word when it spans any letter or digit.)
        const to = this.src[this.at + 1] as string;
        this.at += 2;
        if (to === '\\') word = true;
        else if (spansWordChar(c, to)) word = true;
        continue;
      }
      if (isWordChar(c)) word = true;
    }
    if (this.src[this.at++] !== ']') throw new Error('unclosed [');
    return { kind: 'set', word };
  }

  private quantified(node: Node | undefined): Node {
    const one = node ?? { kind: 'group', branches: [[{ kind: 'set', word: true }], []], min: 1, max: 1 };
    const q = /^(?:\*|\+|\?|\{(\d+)(,(\d*))?\})/.exec(this.src.slice(this.at));
    if (!q) return one;
    this.at += q[0].length;
    if (this.src[this.at] === '?') this.at++;
    const [min, max] =
      q[0] === '*'
        ? [0, Infinity]
        : q[0] === '+'
          ? [1, Infinity]
          : q[0] === '?'
            ? [0, 1]
            : [Number(q[1]), q[2] === undefined ? Number(q[1]) : q[3] ? Number(q[3]) : Infinity];
    return { kind: 'group', branches: [[one]], min, max };
  }
}

function spansWordChar(from: string, to: string): boolean {
  const [a, b] = [from.charCodeAt(0), to.charCodeAt(0)];
  return [
    [48, 57],
    [65, 90],
    [97, 122],
  ].some(([lo, hi]) => a <= (hi as number) && b >= (lo as number));
}

/** Whether a node can match nothing at all. */
function canBeEmpty(node: Node): boolean {
  if (node.kind === 'char' || node.kind === 'set') return false;
  if (node.kind !== 'group') return true;
  return node.min === 0 || node.branches.some((b) => b.every(canBeEmpty));
}

/**
 * Whether every match of the node ends (or, with `fromStart`, starts) with a character that is not a letter or
 * digit, or with an edge (`^`, `$`, `\b`), which puts no letter or digit there either. Nothing for a node that
 * can match nothing and is looked past by the caller.
 */
function setOff(node: Node, fromStart: boolean): boolean {
  if (node.kind === 'char') return !isWordChar(node.c);
  if (node.kind === 'set') return !node.word;
  if (node.kind === 'edge') return true;
  if (node.kind === 'look') return false;
  return node.branches.every((b) => sequenceSetOff(b, fromStart));
}

function sequenceSetOff(seq: readonly Node[], fromStart: boolean): boolean {
  const order = fromStart ? seq : [...seq].reverse();
  for (const n of order) {
    if (n.kind === 'edge') return true;
    if (n.kind === 'look') continue;
    if (!setOff(n, fromStart)) return false;
    if (!canBeEmpty(n)) return true;
  }
  // (A branch that can match nothing is set off by whatever stands beside the group, which the caller checks.)
  return true;
}

/** Whether item `i` of a sequence can only have a non-word character before it (`step` -1) or after it (1). */
function bordered(seq: readonly Node[], i: number, step: -1 | 1, outside: boolean): boolean {
  for (let j = i + step; j >= 0 && j < seq.length; j += step) {
    const n = seq[j] as Node;
    // (`^`, `$` and `\b` beside a word: nothing there, or no letter or digit.)
    if (n.kind === 'edge') return true;
    if (n.kind === 'look') continue;
    if (!setOff(n, step === 1)) return false;
    if (!canBeEmpty(n)) return true;
  }
  return outside;
}

/** Requirements: every one must hold, each one word of a list of alternatives. */
type Needs = string[][];

function sequenceNeeds(seq: readonly Node[], left: boolean, right: boolean): Needs {
  const needs: Needs = [];
  let run = '';
  let runStart = 0;
  const close = (end: number) => {
    if (run && bordered(seq, runStart, -1, left) && bordered(seq, end - 1, 1, right)) needs.push([run]);
    run = '';
  };
  seq.forEach((n, i) => {
    if (n.kind === 'char' && isWordChar(n.c)) {
      if (!run) runStart = i;
      run += n.c;
      return;
    }
    close(i);
    if (n.kind === 'group' && n.min >= 1) {
      // (A repeated group borders itself: inside it, its own ends stand beside each other.)
      const repeats = n.max > 1;
      const innerLeft = bordered(seq, i, -1, left) && (!repeats || setOff(n, false));
      const innerRight = bordered(seq, i, 1, right) && (!repeats || setOff(n, true));
      needs.push(...groupNeeds(n.branches, innerLeft, innerRight));
    }
  });
  close(seq.length);
  return needs;
}

function groupNeeds(branches: readonly Node[][], left: boolean, right: boolean): Needs {
  const each = branches.map((b) => sequenceNeeds(b, left, right));
  if (each.length === 1) return each[0] as Needs;
  // (Alternatives: one requirement of each branch, any of them.)
  const chosen = each.map(best);
  if (chosen.some((c) => c === undefined)) return [];
  return [[...new Set(chosen.flat() as string[])]];
}

/** The requirement that lets the fewest messages through: its shortest word longest, then the fewest words. */
/** Words nearly every message has: a set holding one lets nearly every message through, whatever its length. */
const EVERYWHERE = new Set([
  'the',
  'a',
  'an',
  'is',
  'are',
  'was',
  'that',
  'who',
  'with',
  'w',
  'to',
  'of',
  'in',
  'and',
]);

function best(needs: Needs): string[] | undefined {
  const shortest = (words: readonly string[]) => Math.min(...words.map((w) => w.length));
  const common = (words: readonly string[]) => (words.some((w) => EVERYWHERE.has(w)) ? 1 : 0);
  return [...needs].sort(
    (a, b) => common(a) - common(b) || shortest(b) - shortest(a) || a.length - b.length,
  )[0];
}

/**
 * Every such requirement of the case-insensitive pattern, each a list of words of which a message must have at least
 * one: all of them must hold for it to match (none when the pattern gives no words).
 * @example wordNeeds("^why (?:did|does) (?:he|she) say\\b") // [['why'], ['did', 'does'], ['he', 'she'], ['say']]
 */
export function wordNeeds(pattern: string): readonly (readonly string[])[] {
  try {
    return groupNeeds(new Reader(pattern).read(), false, false);
  } catch {
    return [];
  }
}

/**
 * Words of which a message must have at least one (as `wordsOf` reads it) for the case-insensitive pattern to
 * match it, or undefined when the pattern gives no such words.
 * @example requiredWords("^(?:so )?(?:because|bc) of (what|which)\\s*$") // ['because', 'bc'] (or another list)
 */
export function requiredWords(pattern: string): readonly string[] | undefined {
  try {
    // (Unanchored, a match may begin or end inside a longer word.)
    return best(groupNeeds(new Reader(pattern).read(), false, false));
  } catch {
    return undefined;
  }
}
