/** A bead as the gold files write it: source and target sentence ids. */
export interface ScoredBead {
  src: readonly number[];
  tgt: readonly number[];
}

/** True-positive / false-positive counts, strict and lax; pooled by adding. */
export interface Counts {
  tpStrict: number;
  fpStrict: number;
  tpLax: number;
  fpLax: number;
}

/** Precision, recall and F1, strict and lax. */
export interface Scores {
  precisionStrict: number;
  recallStrict: number;
  f1Strict: number;
  precisionLax: number;
  recallLax: number;
  f1Lax: number;
}

const key = (b: ScoredBead): string => `${b.src.join(',')}|${b.tgt.join(',')}`;

/** Beads non-empty on some side, duplicates collapsed (first occurrence kept). */
function distinct(beads: readonly ScoredBead[]): ScoredBead[] {
  const seen = new Set<string>();
  const out: ScoredBead[] = [];
  for (const b of beads) {
    if (b.src.length === 0 && b.tgt.length === 0) continue;
    const k = key(b);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(b);
  }
  return out;
}

/**
 * Counts how many `test` beads are right against `reference`: strict = the bead is in the reference; lax = or its
 * source ids share a reference bead with some of its target ids (never for a bead empty on one side).
 */
export function precisionCounts(reference: readonly ScoredBead[], test: readonly ScoredBead[]): Counts {
  const ref = distinct(reference);
  const refKeys = new Set(ref.map(key));
  const tgtsOfSrc = new Map<number, Set<number>>();
  for (const b of ref) {
    for (const s of b.src) {
      let set = tgtsOfSrc.get(s);
      if (!set) tgtsOfSrc.set(s, (set = new Set()));
      for (const t of b.tgt) set.add(t);
    }
  }
  const c: Counts = { tpStrict: 0, fpStrict: 0, tpLax: 0, fpLax: 0 };
  for (const b of distinct(test)) {
    if (refKeys.has(key(b))) {
      c.tpStrict += 1;
      c.tpLax += 1;
      continue;
    }
    c.fpStrict += 1;
    const overlap = b.src.some((s) => b.tgt.some((t) => tgtsOfSrc.get(s)?.has(t) === true));
    if (overlap) c.tpLax += 1;
    else c.fpLax += 1;
  }
  return c;
}

const nonNull = (beads: readonly ScoredBead[]): ScoredBead[] =>
  beads.filter((b) => b.src.length > 0 && b.tgt.length > 0);

/** Precision counts and recall counts of one document (recall ignores 1-0 / 0-1 beads on both sides). */
export function documentCounts(
  gold: readonly ScoredBead[],
  test: readonly ScoredBead[],
): { precision: Counts; recall: Counts } {
  return { precision: precisionCounts(gold, test), recall: precisionCounts(nonNull(test), nonNull(gold)) };
}

function add(a: Counts, b: Counts): Counts {
  return {
    tpStrict: a.tpStrict + b.tpStrict,
    fpStrict: a.fpStrict + b.fpStrict,
    tpLax: a.tpLax + b.tpLax,
    fpLax: a.fpLax + b.fpLax,
  };
}

const ratio = (tp: number, fp: number): number => (tp + fp === 0 ? 0 : tp / (tp + fp));
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Strict and lax P/R/F1 with counts pooled over all documents of a set. */
export function scoreDocuments(
  docs: readonly { gold: readonly ScoredBead[]; test: readonly ScoredBead[] }[],
): Scores {
  let p: Counts = { tpStrict: 0, fpStrict: 0, tpLax: 0, fpLax: 0 };
  let r: Counts = { ...p };
  for (const d of docs) {
    const c = documentCounts(d.gold, d.test);
    p = add(p, c.precision);
    r = add(r, c.recall);
  }
  const precisionStrict = ratio(p.tpStrict, p.fpStrict);
  const recallStrict = ratio(r.tpStrict, r.fpStrict);
  const precisionLax = ratio(p.tpLax, p.fpLax);
  const recallLax = ratio(r.tpLax, r.fpLax);
  return {
    precisionStrict,
    recallStrict,
    f1Strict: f1(precisionStrict, recallStrict),
    precisionLax,
    recallLax,
    f1Lax: f1(precisionLax, recallLax),
  };
}

/** The single unit (verse) a bead lies in, null when it spans several; an empty side takes the other's unit. */
function unitOf(b: ScoredBead, srcUnits: readonly string[], tgtUnits: readonly string[]): string | null {
  const side = (ids: readonly number[], units: readonly string[]): string | null | undefined => {
    if (ids.length === 0) return undefined;
    const first = units[ids[0]];
    return ids.every((k) => units[k] === first) ? first : null;
  };
  const s = side(b.src, srcUnits);
  const t = side(b.tgt, tgtUnits);
  if (s === null || t === null) return null;
  if (s === undefined) return t ?? null;
  if (t === undefined) return s;
  return s === t ? s : null;
}

/** Merges consecutive test beads that lie in the same verse (the Bible set's scoring, as in Bertalign's eval). */
export function mergeByUnits(
  beads: readonly ScoredBead[],
  srcUnits: readonly string[],
  tgtUnits: readonly string[],
): ScoredBead[] {
  const out: { src: number[]; tgt: number[] }[] = [];
  let last: string | null = null;
  for (const b of beads) {
    const unit = unitOf(b, srcUnits, tgtUnits);
    if (last !== null && unit === last) {
      const prev = out[out.length - 1];
      prev.src.push(...b.src);
      prev.tgt.push(...b.tgt);
    } else out.push({ src: [...b.src], tgt: [...b.tgt] });
    last = unit;
  }
  return out;
}
