import { AppError } from '../errors';
import type { Span } from '../model/span';
import type { FixedBead } from './types';

/** The part of a version a fix needs: its text and its sentence spans. */
export interface FixText {
  text: string;
  sentences: readonly Span[];
}

/** A fix as the reviewer asks for it: which sentences of the source and of one other version belong together. */
export interface FixRequest {
  targetVersionId: string;
  src: number[];
  tgt: number[];
}

/** The sentence numbers of a bead, without its texts. */
export type BeadSides = Pick<FixedBead, 'src' | 'tgt'>;

function invalid(field: string): AppError {
  return new AppError('alignment.fixInvalid', {}, field);
}

/** True when the indexes are ascending by one, e.g. [3, 4, 5] (or empty). */
export function isConsecutive(indexes: readonly number[]): boolean {
  return indexes.every((v, i) => i === 0 || v === (indexes[i - 1] as number) + 1);
}

/** The exact text covered by consecutive sentences, from the first one's start to the last one's end. */
export function sentencesText(side: FixText, indexes: readonly number[]): string {
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  if (first === undefined || last === undefined) return '';
  const a = side.sentences[first];
  const b = side.sentences[last];
  return a && b ? side.text.slice(a.start, b.end) : '';
}

/** Checks a requested fix against the two versions and stores the covered texts with it, so it can be found again. */
export function makeFixedBead(source: FixText, target: FixText, src: number[], tgt: number[]): FixedBead {
  if (src.length === 0 && tgt.length === 0) throw invalid('command.beads');
  if (!isConsecutive(src) || src.some((i) => i >= source.sentences.length))
    throw invalid('command.beads.src');
  if (!isConsecutive(tgt) || tgt.some((i) => i >= target.sentences.length))
    throw invalid('command.beads.tgt');
  return { src, tgt, srcText: sentencesText(source, src), tgtText: sentencesText(target, tgt) };
}

function overlaps(a: readonly number[], b: readonly number[]): boolean {
  const a0 = a[0];
  const b0 = b[0];
  if (a0 === undefined || b0 === undefined) return false;
  return a0 <= (b[b.length - 1] as number) && b0 <= (a[a.length - 1] as number);
}

/** -1, 0 or 1: where side `a` lies relative to side `b` (0 when either is empty, so the order is unknown). */
function order(a: readonly number[], b: readonly number[]): number {
  const a0 = a[0];
  const b0 = b[0];
  if (a0 === undefined || b0 === undefined) return 0;
  return Math.sign(a0 - b0);
}

/** True when two fixed beads cannot both hold: they share a sentence or put the two sides in opposite orders. */
export function conflicts(a: BeadSides, b: BeadSides): boolean {
  if (overlaps(a.src, b.src) || overlaps(a.tgt, b.tgt)) return true;
  return order(a.src, b.src) * order(a.tgt, b.tgt) < 0;
}

/** Sorts fixed beads in reading order (source first, then target), for a stable stored form. */
export function sortFixes(fixes: readonly FixedBead[]): FixedBead[] {
  const key = (b: FixedBead) => [b.src[0] ?? Number.MAX_SAFE_INTEGER, b.tgt[0] ?? -1] as const;
  return [...fixes].sort((x, y) => key(x)[0] - key(y)[0] || key(x)[1] - key(y)[1]);
}

/** Adds a fixed bead, dropping every earlier one it conflicts with (the reviewer's latest word wins). */
export function addFix(fixes: readonly FixedBead[], bead: FixedBead): FixedBead[] {
  return sortFixes([...fixes.filter((f) => !conflicts(f, bead)), bead]);
}

function sameIndexes(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Whether a stored fix is the one a request names (by its stored sentence numbers). */
export function isFix(bead: FixedBead, src: readonly number[], tgt: readonly number[]): boolean {
  return sameIndexes(bead.src, src) && sameIndexes(bead.tgt, tgt);
}

/**
 * Finds the consecutive sentences whose covering text is `wanted`, nearest to where they were (`near`). Null when
 * the text is gone; an empty side is always found (it covers nothing).
 */
function locateSide(side: FixText, wanted: string, count: number, near: number): number[] | null {
  if (count === 0) return [];
  if (wanted === '') return null;
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  side.sentences.forEach((s, i) => {
    byStart.set(s.start, i);
    byEnd.set(s.end, i);
  });
  let best: number[] | null = null;
  for (let at = side.text.indexOf(wanted); at >= 0; at = side.text.indexOf(wanted, at + 1)) {
    const first = byStart.get(at);
    const last = byEnd.get(at + wanted.length);
    if (first === undefined || last === undefined || last < first) continue;
    if (best === null || Math.abs(first - near) < Math.abs((best[0] as number) - near)) {
      best = Array.from({ length: last - first + 1 }, (_, k) => first + k);
    }
  }
  return best;
}

/** A stored fix and where it is now: `bead` has current sentence numbers, `stored` is the fix as saved. */
export interface PlacedFix {
  bead: FixedBead;
  stored: FixedBead;
}

/**
 * Places stored fixes on the versions' current sentences: a fix whose numbers still cover its texts stays, one whose
 * text moved is re-located by its text, and one whose text is gone (or now clashes with another) is returned as
 * unplaced, to be reported, never dropped from the project.
 */
export function placeFixes(
  source: FixText,
  target: FixText,
  fixes: readonly FixedBead[],
): { placed: PlacedFix[]; unplaced: FixedBead[] } {
  const placed: PlacedFix[] = [];
  const unplaced: FixedBead[] = [];
  for (const stored of fixes) {
    const src = locateSide(source, stored.srcText, stored.src.length, stored.src[0] ?? 0);
    const tgt = locateSide(target, stored.tgtText, stored.tgt.length, stored.tgt[0] ?? 0);
    const bead: FixedBead | null = src && tgt && src.length + tgt.length > 0 ? { ...stored, src, tgt } : null;
    if (!bead || placed.some((p) => conflicts(p.bead, bead))) {
      unplaced.push(stored);
    } else {
      placed.push({ bead, stored });
    }
  }
  return { placed, unplaced };
}
