import { HAN_VARIANT_PAIRS } from '../text/han-variants';

/**
 * Text search across a story's versions, forgiving of the differences a reviewer does not mean: letter case
 * (including ß/ss and final sigma), compatibility and width forms (full-width Ａ, half-width ｶﾞ), Latin, Greek and
 * Cyrillic accents (é = e, ё = е, but й stays й), Arabic vowel marks, hamza seats and tatweel, Hebrew points,
 * typographic apostrophes, quotation marks and dashes, runs of white space, and the common simplified/traditional
 * Chinese character pairs. Every match maps back to exact UTF-16 offsets of the original text.
 */

/** A version's text folded for searching, with the way back to the original offsets. */
export interface FoldedText {
  versionId: string;
  folded: string;
  /** For each code unit of `folded`, the original offset where the character it came from starts. */
  starts: Int32Array;
  /** For each code unit of `folded`, the original offset where the character it came from ends. */
  ends: Int32Array;
}

/** One match: a version and half-open UTF-16 offsets into its text. */
export interface SearchHit {
  versionId: string;
  start: number;
  end: number;
}

/** The matches found, at most `limit`, and whether more were left out. */
export interface SearchResult {
  hits: SearchHit[];
  truncated: boolean;
}

/** Most matches a search returns unless told otherwise: enough to scan, few enough to draw at once. */
export const DEFAULT_SEARCH_LIMIT = 500;

// Marks that only decorate a letter: Latin/Greek/Cyrillic accents, Arabic short vowels and hamza seats, Hebrew points.
const DECORATION =
  /[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u064b-\u065f\u0670]/gu;
// A base character and the marks that belong to it (plus half-width kana sound marks, which NFKD turns into marks).
const CLUSTER = /[\s\S][\p{M}\uff9e\uff9f]*/gu;
const WHITE = /^\s+$/u;

const SPECIAL: ReadonlyMap<string, string> = new Map([
  ['ß', 'ss'],
  ['ẞ', 'ss'],
  ['ς', 'σ'],
  ['\u0640', ''], // Arabic tatweel only stretches a word.
  ['ى', 'ي'],
  ['’', "'"],
  ['‘', "'"],
  ['‛', "'"],
  ['ʼ', "'"],
  ['“', '"'],
  ['”', '"'],
  ['„', '"'],
  ['‟', '"'],
  ['–', '-'],
  ['—', '-'],
  ['‐', '-'],
  ['‑', '-'],
  ['−', '-'],
  ...HAN_VARIANT_PAIRS.filter(([, trad]) => trad !== '').map(
    ([simp, trad]) => [trad, simp] as [string, string],
  ),
]);

/** Cyrillic letters whose mark makes a different letter, not an accent (й is not и). */
function keepsMark(cluster: string): boolean {
  return /^[иИ]\u0306/u.test(cluster.normalize('NFD'));
}

function foldCluster(cluster: string): string {
  const special = SPECIAL.get(cluster);
  if (special !== undefined) return special;
  if (cluster.length === 1) {
    const code = cluster.charCodeAt(0);
    if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : cluster;
  }
  if (keepsMark(cluster)) return cluster.normalize('NFC').toLowerCase();
  const lower = cluster.normalize('NFKD').toLowerCase().normalize('NFKD');
  let out = '';
  for (const ch of lower.replace(DECORATION, '').normalize('NFC')) out += SPECIAL.get(ch) ?? ch;
  return out;
}

/** Folds one string the way every searched text is folded (used for the query; offsets are not needed there). */
export function foldForSearch(text: string): string {
  return foldText('', text).folded;
}

/** Folds a version's text once, so each keystroke of a search only scans. */
export function foldText(versionId: string, text: string): FoldedText {
  const cache = new Map<string, string>();
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let lastWasSpace = false;
  for (const m of text.matchAll(CLUSTER)) {
    const cluster = m[0];
    const start = m.index;
    const end = start + cluster.length;
    if (WHITE.test(cluster)) {
      if (lastWasSpace) {
        ends[ends.length - 1] = end;
        continue;
      }
      lastWasSpace = true;
      pieces.push(' ');
      starts.push(start);
      ends.push(end);
      continue;
    }
    let folded = cache.get(cluster);
    if (folded === undefined) {
      folded = foldCluster(cluster);
      cache.set(cluster, folded);
    }
    if (folded === '') continue;
    lastWasSpace = false;
    pieces.push(folded);
    for (let i = 0; i < folded.length; i++) {
      starts.push(start);
      ends.push(end);
    }
  }
  return { versionId, folded: pieces.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/**
 * Every place the query occurs, version by version in the order given, each in reading order; overlapping matches
 * are skipped (the next search starts after a match). An empty or white-space query finds nothing.
 */
export function searchFolded(
  texts: readonly FoldedText[],
  query: string,
  limit = DEFAULT_SEARCH_LIMIT,
): SearchResult {
  const needle = foldForSearch(query.trim());
  const hits: SearchHit[] = [];
  if (needle === '' || needle === ' ') return { hits, truncated: false };
  for (const t of texts) {
    for (let at = t.folded.indexOf(needle); at !== -1; at = t.folded.indexOf(needle, at + needle.length)) {
      if (hits.length === limit) return { hits, truncated: true };
      hits.push({
        versionId: t.versionId,
        start: t.starts[at] as number,
        end: t.ends[at + needle.length - 1] as number,
      });
    }
  }
  return { hits, truncated: false };
}

/** Searches plain texts in one call (folds them first); for repeated searches fold once with `foldText`. */
export function searchTexts(
  versions: readonly { id: string; text: string }[],
  query: string,
  limit = DEFAULT_SEARCH_LIMIT,
): SearchResult {
  return searchFolded(
    versions.map((v) => foldText(v.id, v.text)),
    query,
    limit,
  );
}

const isTrail = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** A match in its surroundings, white space collapsed, cut at about `context` characters on each side. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/** The text around a match, for a results list; an ellipsis shows where the text was cut. */
export function snippetOf(text: string, start: number, end: number, context = 40): Snippet {
  const tidy = (s: string) => s.replace(/\s+/gu, ' ');
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  // Never cut a surrogate pair in half.
  if (from > 0 && isTrail(text.charCodeAt(from))) from -= 1;
  if (to < text.length && isTrail(text.charCodeAt(to))) to += 1;
  return {
    before: (from > 0 ? '…' : '') + tidy(text.slice(from, start)).trimStart(),
    match: tidy(text.slice(start, end)),
    after: tidy(text.slice(end, to)).trimEnd() + (to < text.length ? '…' : ''),
  };
}
