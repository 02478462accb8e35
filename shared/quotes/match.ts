import type { Bead } from '../align/types';
import type { Span } from '../model/span';
import type { QuoteSpan } from './types';
import { firstIndex } from './intervals';

/** One version as the matcher needs it: its text, sentence spans and the quotes found in it. */
export interface MatchSide {
  text: string;
  sentences: readonly Span[];
  quotes: readonly QuoteSpan[];
}

/** A source quote and its counterpart in another version, with how sure we are (0..1). */
export interface QuoteLink {
  source: number;
  target: number;
  score: number;
}

/** Which quotes of two versions correspond, and which have no counterpart on the other side. */
export interface QuoteMatching {
  links: QuoteLink[];
  /** Source quotes with no counterpart in the target version (dropped, or paraphrased there). */
  missing: number[];
  /** Target quotes with no counterpart in the source (added). */
  extra: number[];
}

/** Below this a candidate pair is not a match. */
const MIN_SCORE = 0.35;

/** True when sentences follow one another without overlapping (as segmentation yields), so search can bisect. */
function inOrder(sentences: readonly Span[]): boolean {
  for (let i = 1; i < sentences.length; i += 1) {
    if ((sentences[i] as Span).start < (sentences[i - 1] as Span).end) return false;
  }
  return sentences.every((s) => s.end >= s.start);
}

/** Indices of the sentences a span overlaps. */
function sentencesOf(
  span: { start: number; end: number },
  sentences: readonly Span[],
  ordered: boolean,
): number[] {
  const out: number[] = [];
  const from = ordered ? firstIndex(sentences.length, (k) => (sentences[k] as Span).end > span.start) : 0;
  for (let i = from; i < sentences.length; i += 1) {
    const s = sentences[i] as Span;
    if (ordered && s.start >= span.end) break;
    if (s.end > span.start && s.start < span.end) out.push(i);
  }
  return out;
}

const DIGITS = /\d+(?:[.,]\d+)*/g;

/** Numbers survive translation; compared as digit strings without separators. */
function numbersIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .matchAll(DIGITS)) {
    out.add(m[0].replace(/[.,]/g, ''));
  }
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number | null {
  if (a.size === 0 && b.size === 0) return null;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter += 1;
  return inter / (a.size + b.size - inter);
}

function contentLength(text: string, q: QuoteSpan): number {
  return Math.max(1, text.slice(q.contentStart, q.contentEnd).replace(/\s+/g, '').length);
}

/** Maps each source sentence to the target sentences it is aligned with. */
function alignedTargets(beads: readonly Bead[], sourceCount: number): Set<number>[] {
  const map: Set<number>[] = Array.from({ length: sourceCount }, () => new Set<number>());
  for (const bead of beads) for (const s of bead.src) for (const t of bead.tgt) map[s]?.add(t);
  return map;
}

/** What pair scoring needs of one quote, computed once per quote rather than once per pair. */
interface Prepared {
  quote: QuoteSpan;
  sentences: number[];
  length: number;
  numbers: Set<string>;
  position: number;
}

function prepare(side: MatchSide): Prepared[] {
  const ordered = inOrder(side.sentences);
  return side.quotes.map((q) => ({
    quote: q,
    sentences: sentencesOf(q, side.sentences, ordered),
    length: contentLength(side.text, q),
    numbers: numbersIn(side.text.slice(q.start, q.end)),
    position: q.start / Math.max(1, side.text.length),
  }));
}

/**
 * Scores one candidate pair from the sentence alignment (the strongest signal), numbers, relative length and
 * relative position; kinds must be compatible (a quoted term is never matched with quoted speech).
 */
function pairScore(q: Prepared, p: Prepared, reachable: Set<number>, lengthRatio: number): number {
  if ((q.quote.kind === 'term') !== (p.quote.kind === 'term')) return 0;
  const overlap =
    p.sentences.length === 0 ? 0 : p.sentences.filter((t) => reachable.has(t)).length / p.sentences.length;
  const ratio = p.length / q.length / lengthRatio;
  const lengthFit = Math.exp(-Math.abs(Math.log(ratio)));
  const positionFit = 1 - Math.min(1, Math.abs(q.position - p.position) * 2);
  const numbers = jaccard(q.numbers, p.numbers);
  let score = 0.55 * overlap + 0.25 * lengthFit + 0.2 * positionFit;
  if (numbers !== null) score = 0.8 * score + 0.2 * numbers;
  // Without support from the alignment, similar length and position alone are not evidence enough.
  return overlap === 0 ? score * 0.5 : score;
}

/**
 * Links each quote of a source version to its counterpart in another version, using the sentence alignment
 * between them. Greedy one-to-one by score, so each quote has at most one counterpart.
 *
 * Only pairs whose sentences are aligned are scored: without alignment support a pair scores at most
 * 0.5 × (0.8 × 0.45 + 0.2) = 0.28, below MIN_SCORE, so the other pairs could never be links. That keeps a long
 * story's matching linear in its length instead of comparing every quote with every other.
 */
export function matchQuotes(src: MatchSide, tgt: MatchSide, beads: readonly Bead[]): QuoteMatching {
  const aligned = alignedTargets(beads, src.sentences.length);
  const srcPrepared = prepare(src);
  const tgtPrepared = prepare(tgt);
  const lengthRatio =
    Math.max(1, tgt.text.replace(/\s+/g, '').length) / Math.max(1, src.text.replace(/\s+/g, '').length);
  // Target quotes by the sentences they touch.
  const tgtBySentence = new Map<number, number[]>();
  tgtPrepared.forEach((p, j) => {
    if (p.quote.depth > 0) return;
    for (const t of p.sentences) {
      const list = tgtBySentence.get(t);
      if (list) list.push(j);
      else tgtBySentence.set(t, [j]);
    }
  });
  const candidates: QuoteLink[] = [];
  srcPrepared.forEach((q, i) => {
    if (q.quote.depth > 0) return;
    const reachable = new Set<number>();
    for (const s of q.sentences) for (const t of aligned[s] ?? []) reachable.add(t);
    const targets = new Set<number>();
    for (const t of reachable) for (const j of tgtBySentence.get(t) ?? []) targets.add(j);
    for (const j of targets) {
      const score = pairScore(q, tgtPrepared[j] as Prepared, reachable, lengthRatio);
      if (score >= MIN_SCORE)
        candidates.push({ source: i, target: j, score: Math.round(score * 1000) / 1000 });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.source - b.source || a.target - b.target);
  const usedSrc = new Set<number>();
  const usedTgt = new Set<number>();
  const links: QuoteLink[] = [];
  for (const c of candidates) {
    if (usedSrc.has(c.source) || usedTgt.has(c.target)) continue;
    usedSrc.add(c.source);
    usedTgt.add(c.target);
    links.push(c);
  }
  links.sort((a, b) => a.source - b.source);
  const topLevel = (qs: readonly QuoteSpan[]) =>
    qs.map((q, i) => (q.depth === 0 ? i : -1)).filter((i) => i >= 0);
  return {
    links,
    missing: topLevel(src.quotes).filter((i) => !usedSrc.has(i)),
    extra: topLevel(tgt.quotes).filter((j) => !usedTgt.has(j)),
  };
}
