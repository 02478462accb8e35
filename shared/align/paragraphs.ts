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
  let cur: { src: Set<number>; tgt: Set<number>; conf: number; fixed: boolean } | null = null;
  let maxSrc = -1;
  let maxTgt = -1;
  for (const b of beads) {
    const sp = b.src.map((k) => srcPara[k]);
    const tp = b.tgt.map((k) => tgtPara[k]);
    const joins = cur !== null && (sp.some((p) => p <= maxSrc) || tp.some((p) => p <= maxTgt));
    if (!joins) {
      if (cur) out.push(finish(cur));
      cur = { src: new Set(), tgt: new Set(), conf: 1, fixed: false };
    }
    const group = cur as { src: Set<number>; tgt: Set<number>; conf: number; fixed: boolean };
    for (const p of sp) group.src.add(p);
    for (const p of tp) group.tgt.add(p);
    group.conf = Math.min(group.conf, b.confidence);
    for (const p of sp) maxSrc = Math.max(maxSrc, p);
    for (const p of tp) maxTgt = Math.max(maxTgt, p);
  }
  if (cur) out.push(finish(cur));
  return out;
}

function finish(g: { src: Set<number>; tgt: Set<number>; conf: number }): Bead {
  const sorted = (s: Set<number>): number[] => [...s].sort((a, b) => a - b);
  return { src: sorted(g.src), tgt: sorted(g.tgt), confidence: g.conf };
}
