/** One stretch of a word-level difference: text both versions share, or text only the first (removed) or second (added) has. */
export interface DiffRun {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** A difference between two texts, and whether a size guard made it coarser than word by word. */
export interface WordDiff {
  runs: DiffRun[];
  /** True when the texts were too long or too different for a word-level comparison; the runs are then coarser. */
  coarse: boolean;
}

/** How to compare; every field has a default suited to quotes of a news story. */
export interface WordDiffOptions {
  /** Language tag for word boundaries (Chinese and Japanese words have no spaces between them). */
  locale?: string;
  /** Treat texts that differ only in quotation-mark style (“ ” vs " vs « ») or in white space as the same. */
  ignoreQuotesAndSpace?: boolean;
  /** Above this many characters (both texts together) words are split at white space only, without Intl. */
  maxChars?: number;
  /** Above this many word edits the middle of the texts is shown as one removal and one addition. */
  maxEdits?: number;
}

const DEFAULT_MAX_CHARS = 40_000;
const DEFAULT_MAX_EDITS = 1_000;

// Every quotation mark and apostrophe a news text may use, straight or typographic, in any script.
const QUOTE_MARKS = /["'«»‹›“”„‟‘’‚‛「」『』〝〞〟＂＇❝❞❛❜⹂]/gu;
const SPACE = /^\s+$/u;

const segmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(locale: string | undefined): Intl.Segmenter {
  const key = locale ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    } catch {
      // A malformed tag should not stop a comparison; the root locale's rules are a fair default.
      segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

// ICU is fed at most this many characters at a time: V8's segment iterator slows down with the length of the string
// it walks (seconds for a few hundred KB), so long texts are walked in windows.
const WINDOW = 2048;

/** Intl's word segments of a text, walked window by window so the time stays linear in its length. */
function* wordSegments(
  text: string,
  segmenter: Intl.Segmenter,
): Generator<{ segment: string; word: boolean }> {
  let from = 0;
  let size = WINDOW;
  while (from < text.length) {
    const stop = Math.min(text.length, from + size);
    const found = Array.from(segmenter.segment(text.slice(from, stop)), (s) => ({
      segment: s.segment,
      word: s.isWordLike === true,
      at: from + s.index,
    }));
    const last = found[found.length - 1];
    if (stop === text.length || !last) {
      yield* found;
      return;
    }
    if (found.length < 2) {
      size *= 2; // one segment longer than the window: look further before trusting its end
      continue;
    }
    // The window's last segment may be cut short, so it is segmented again as the start of the next window.
    yield* found.slice(0, -1);
    from = last.at;
    size = WINDOW;
  }
}

/**
 * Splits a text into words, runs of white space and single punctuation marks, in order, so that joining the
 * tokens gives the text back. Word boundaries come from Intl.Segmenter, so Chinese and Japanese split into words.
 */
export function wordTokens(text: string, locale?: string): string[] {
  const out: string[] = [];
  for (const { segment, word } of wordSegments(text, wordSegmenter(locale))) {
    if (word) out.push(segment);
    else for (const piece of segment.match(/\s+|[^\s]/gu) ?? []) out.push(piece);
  }
  return out;
}

/** Cheap tokens for very long texts: words and the white space between them, without Intl. */
function spaceTokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/gu) ?? [];
}

/** What a token is compared by: itself, or with quotation marks and white space made uniform. */
function keyOf(token: string, loose: boolean): string {
  if (!loose) return token;
  if (SPACE.test(token)) return ' ';
  return token.replace(QUOTE_MARKS, '"');
}

type Op = 'same' | 'added' | 'removed';

/**
 * Myers' O((N+M)·D) shortest edit script between two key sequences, as one op per token; null when more than
 * `maxEdits` edits would be needed (the caller then falls back to something coarser).
 */
function myers(a: readonly string[], b: readonly string[], maxEdits: number): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d += 1) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))
          ? (v[offset + k + 1] as number)
          : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return null;

  // Walk back through the saved frontiers; each snapshot d covers diagonals -d-1..d+1 of the state before step d.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d -= 1) {
    const before = trace[d] as Int32Array;
    const at = (k: number) => before[k + d + 1] as number;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push('same');
      x -= 1;
      y -= 1;
    }
    ops.push(down ? 'added' : 'removed');
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    ops.push('same');
    x -= 1;
    y -= 1;
  }
  return ops.reverse();
}

/** Only the middle differs: one removal and one addition between the shared start and end. */
function coarseOps(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail += 1;
  return [
    ...Array<Op>(head).fill('same'),
    ...Array<Op>(a.length - head - tail).fill('removed'),
    ...Array<Op>(b.length - head - tail).fill('added'),
    ...Array<Op>(tail).fill('same'),
  ];
}

/**
 * Turns per-token ops into runs. Shared text is taken from the second text (so with loose comparison the reader sees
 * its marks); white space standing alone between two changes joins them, so "old words" → "new text" reads as one
 * replacement, and each stretch of changes shows its removal before its addition.
 */
function toRuns(ops: readonly Op[], a: readonly string[], b: readonly string[], loose: boolean): DiffRun[] {
  type Piece = { kind: Op; a: string; b: string };
  const pieces: Piece[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    if (op === 'same') pieces.push({ kind: 'same', a: a[i++] ?? '', b: b[j++] ?? '' });
    else if (op === 'removed') pieces.push({ kind: 'removed', a: a[i++] ?? '', b: '' });
    else pieces.push({ kind: 'added', a: '', b: b[j++] ?? '' });
  }
  // With loose comparison a lone space only one side has is not a difference worth showing.
  if (loose) {
    for (const p of pieces) {
      if (p.kind === 'added' && SPACE.test(p.b)) p.kind = 'same';
      else if (p.kind === 'removed' && SPACE.test(p.a)) {
        p.kind = 'same';
        p.b = '';
      }
    }
  }
  for (let k = 1; k < pieces.length - 1; k += 1) {
    const p = pieces[k] as Piece;
    const between = (pieces[k - 1] as Piece).kind !== 'same' && (pieces[k + 1] as Piece).kind !== 'same';
    if (p.kind === 'same' && between && SPACE.test(p.b) && p.a === p.b) {
      pieces.splice(k, 1, { kind: 'removed', a: p.a, b: '' }, { kind: 'added', a: '', b: p.b });
    }
  }

  const runs: DiffRun[] = [];
  const push = (kind: Op, text: string) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) last.text += text;
    else runs.push({ kind, text });
  };
  let removed = '';
  let added = '';
  const flush = () => {
    push('removed', removed);
    push('added', added);
    removed = '';
    added = '';
  };
  for (const p of pieces) {
    if (p.kind === 'same') {
      flush();
      push('same', p.b);
    } else if (p.kind === 'removed') removed += p.a;
    else added += p.b;
  }
  flush();
  return runs;
}

/**
 * A word-level difference from text `a` to text `b`: Myers' diff over Intl word tokens (white space and each
 * punctuation mark are tokens of their own). Very long texts are split at white space only, and texts needing more
 * than `maxEdits` edits are shown as their shared start and end around one removal and one addition.
 */
export function wordDiff(a: string, b: string, options: WordDiffOptions = {}): WordDiff {
  const loose = options.ignoreQuotesAndSpace ?? false;
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const maxEdits = options.maxEdits ?? DEFAULT_MAX_EDITS;
  const long = a.length + b.length > maxChars;
  const ta = long ? spaceTokens(a) : wordTokens(a, options.locale);
  const tb = long ? spaceTokens(b) : wordTokens(b, options.locale);
  const ka = ta.map((t) => keyOf(t, loose));
  const kb = tb.map((t) => keyOf(t, loose));

  // The shared start and end cost nothing; only the middle goes through the edit search.
  let head = 0;
  while (head < ka.length && head < kb.length && ka[head] === kb[head]) head += 1;
  let tail = 0;
  while (
    tail < ka.length - head &&
    tail < kb.length - head &&
    ka[ka.length - 1 - tail] === kb[kb.length - 1 - tail]
  )
    tail += 1;
  const midA = ka.slice(head, ka.length - tail);
  const midB = kb.slice(head, kb.length - tail);
  const middle = myers(midA, midB, maxEdits);
  const ops: Op[] = [
    ...Array<Op>(head).fill('same'),
    ...(middle ?? coarseOps(midA, midB)),
    ...Array<Op>(tail).fill('same'),
  ];
  return { runs: toRuns(ops, ta, tb, loose), coarse: long || middle === null };
}

/** Whether a difference found anything (so the UI can say "identical" instead of drawing one long unchanged run). */
export function hasChanges(diff: WordDiff): boolean {
  return diff.runs.some((r) => r.kind !== 'same');
}
