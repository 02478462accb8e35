import type { Bead } from './types';

type Side = 'src' | 'tgt';

/**
 * Makes `indexes` (consecutive sentences of one side) a bead of their own with nothing on the other side, as a
 * reviewer's "no counterpart" fix demands. Beads it cuts keep their other side with the part before (or else after)
 * the cut, so every sentence stays in exactly one bead and both sides stay in order.
 */
export function isolate(beads: readonly Bead[], side: Side, indexes: readonly number[]): Bead[] {
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  if (first === undefined || last === undefined) return [...beads];
  const other: Side = side === 'src' ? 'tgt' : 'src';
  const make = (own: number[], rest: number[], b: Bead): Bead => {
    const bead: Bead = { src: [], tgt: [], confidence: b.confidence };
    bead[side] = own;
    bead[other] = rest;
    if (b.fixed) bead.fixed = true;
    return bead;
  };
  const isolated: Bead = { src: [], tgt: [], confidence: 1, fixed: true };
  isolated[side] = [...indexes];
  const out: Bead[] = [];
  let placed = false;
  for (const b of beads) {
    const own = b[side];
    if (!own.some((i) => i >= first && i <= last)) {
      out.push(b);
      continue;
    }
    const before = own.filter((i) => i < first);
    const after = own.filter((i) => i > last);
    const rest = b[other];
    if (before.length > 0) out.push(make(before, rest, b));
    else if (after.length === 0 && rest.length > 0) out.push(make([], rest, b));
    if (!placed) {
      out.push(isolated);
      placed = true;
    }
    if (after.length > 0) out.push(make(after, before.length > 0 ? [] : rest, b));
  }
  if (!placed) out.push(isolated);
  return out;
}
