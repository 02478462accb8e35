import { alignSentences } from '../../shared/align/align';
import type { GoldSet } from './gold';

/** How many synthetic omissions the aligner shows as a sentence with no counterpart, per gold set. */
export interface OmissionScore {
  set: string;
  detected: number;
  total: number;
}

/** One synthetic omission: a window's sentences with one translation deleted, and where the lone sentence is. */
export interface OmissionCase {
  src: string[];
  tgt: string[];
  /** The dropped translation's text. */
  dropped: string;
  /** Index (within `src`) of the source sentence whose translation was deleted. */
  lone: number;
}

/**
 * Omissions in real parallel text: windows of `size` consecutive 1-1-or-larger gold beads (a short news story's
 * length), with the translation of one 1-1 bead in the second quarter deleted. At most `limit` windows per set.
 */
export function* omissionCases(set: GoldSet, size = 16, limit = 60): Generator<OmissionCase> {
  let total = 0;
  for (const doc of set.docs) {
    const gold = doc.gold;
    for (let w = 0; w + size <= gold.length && total < limit; w += size) {
      const window = gold.slice(w, w + size);
      if (window.some((b) => b.src.length === 0 || b.tgt.length === 0)) continue;
      const srcIds = window.flatMap((b) => b.src);
      const tgtIds = window.flatMap((b) => b.tgt);
      const contiguous = (ids: number[]) => ids.every((x, k) => k === 0 || x === ids[k - 1] + 1);
      if (!contiguous(srcIds) || !contiguous(tgtIds)) continue;
      const victim = window.findIndex((b, k) => k >= size / 4 && b.src.length === 1 && b.tgt.length === 1);
      if (victim < 0) continue;
      const dropped = window[victim].tgt[0];
      total += 1;
      yield {
        src: srcIds.map((i) => doc.src[i]),
        tgt: tgtIds.filter((j) => j !== dropped).map((j) => doc.tgt[j]),
        dropped: doc.tgt[dropped],
        lone: window[victim].src[0] - srcIds[0],
      };
    }
  }
}

/** Detected when the aligner leaves the lone source sentence alone (a 1-0 bead), the empty cell a reviewer must see. */
export function omissionScore(set: GoldSet, size = 16, limit = 60): OmissionScore {
  let detected = 0;
  let total = 0;
  for (const c of omissionCases(set, size, limit)) {
    const beads = alignSentences(c.src, c.tgt, set.srcLang, set.tgtLang);
    total += 1;
    if (beads.some((b) => b.tgt.length === 0 && b.src.length === 1 && b.src[0] === c.lone)) detected += 1;
  }
  return { set: set.name, detected, total };
}
