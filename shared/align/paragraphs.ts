import type { Bead } from './types';

/** breaks[i] = 1 when a paragraph starts at sentence i or i is the end (i = 0..n). */
export function paragraphBreaks(paragraphOf: readonly number[], n: number): Uint8Array {
  const breaks = new Uint8Array(n + 1);
  breaks[0] = 1;
  breaks[n] = 1;
  for (let i = 1; i < n; i += 1) if (paragraphOf[i] !== paragraphOf[i - 1]) breaks[i] = 1;
  return breaks;
}

/** True when a side has more than one paragraph, i.e. paragraph structure worth respecting. */
export function hasParagraphs(paragraphOf: readonly number[]): boolean {
  for (let i = 1; i < paragraphOf.length; i += 1) if (paragraphOf[i] !== paragraphOf[0]) return true;
  return false;
}

/**
 * Paragraph beads implied by sentence beads: paragraphs joined by any sentence bead end up in one group, so a
 * paragraph bead never cuts a sentence bead.
 */
export function paragraphBeads(
  beads: readonly Bead[],
  srcPara: readonly number[],
  tgtPara: readonly number[],
): Bead[] {
  const out: Bead[] = [];
  let src: number[] = [];
  let tgt: number[] = [];
  let conf = 1;
  let open = false;
  let maxSrc = -1;
  let maxTgt = -1;
  for (const b of beads) {
    let joins = false;
    if (open) {
      for (const k of b.src) if (srcPara[k] <= maxSrc) joins = true;
      for (const k of b.tgt) if (tgtPara[k] <= maxTgt) joins = true;
    }
    if (!joins) {
      if (open) out.push(finish(src, tgt, conf));
      src = [];
      tgt = [];
      conf = 1;
      open = true;
    }
    for (const k of b.src) {
      const p = srcPara[k];
      if (src.length === 0 || src[src.length - 1] !== p) src.push(p);
      if (p > maxSrc) maxSrc = p;
    }
    for (const k of b.tgt) {
      const p = tgtPara[k];
      if (tgt.length === 0 || tgt[tgt.length - 1] !== p) tgt.push(p);
      if (p > maxTgt) maxTgt = p;
    }
    conf = Math.min(conf, b.confidence);
  }
  if (open) out.push(finish(src, tgt, conf));
  return out;
}

/** Sorted distinct paragraph ids (a group's ids arrive nearly sorted, with adjacent repeats already dropped). */
function distinct(ids: number[]): number[] {
  ids.sort((a, b) => a - b);
  let w = 0;
  for (let k = 0; k < ids.length; k += 1) if (k === 0 || ids[k] !== ids[k - 1]) ids[w++] = ids[k];
  ids.length = w;
  return ids;
}

function finish(src: number[], tgt: number[], confidence: number): Bead {
  return { src: distinct(src), tgt: distinct(tgt), confidence };
}
