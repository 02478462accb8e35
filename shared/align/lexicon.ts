import type { FeatureLists } from './features';

/** Weighted links from a source feature to target features (compressed rows indexed by source feature id). */
export interface Lexicon {
  start: Int32Array;
  tgt: Int32Array;
  weight: Float64Array;
}

/** In how many sentences of a side each feature occurs. */
export function documentFrequency(lists: FeatureLists, vocabSize: number): Int32Array {
  const df = new Int32Array(vocabSize);
  for (let k = 0; k < lists.ids.length; k += 1) df[lists.ids[k]] += 1;
  return df;
}

/**
 * Weight of each feature as its own translation (a number, a name, a cognate stem, "?"): high when it is rare and
 * about equally frequent on both sides, near zero for common words that happen to be spelt alike.
 */
export function identityWeights(srcDf: Int32Array, tgtDf: Int32Array, sentences: number): Float64Array {
  const rare = Math.max(3, sentences * 0.004);
  const w = new Float64Array(srcDf.length);
  for (let f = 0; f < w.length; f += 1) {
    const a = srcDf[f];
    const b = tgtDf[f];
    if (a === 0 || b === 0) continue;
    const hi = Math.max(a, b);
    w[f] = ((2 * Math.min(a, b)) / (a + b)) * Math.min(1, rare / hi);
  }
  return w;
}

/** A stretch of sentences on each side believed to translate each other (global sentence ids, end exclusive). */
export interface Pairing {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
}

const MIN_COOCCURRENCE = 2;
const MIN_UNITS = 20;
const MIN_DICE = 0.3;
const LINKS_PER_FEATURE = 6;

/**
 * Learns a bilingual lexicon from the document pair itself, as hunalign does without a dictionary: features that
 * keep turning up in paired sentences (Dice of co-occurrence) link; very common features are skipped as noise.
 * Identity links (identityWeights) are merged in.
 */
export function learnLexicon(
  src: FeatureLists,
  tgt: FeatureLists,
  pairings: readonly Pairing[],
  identity: Float64Array,
): Lexicon {
  const vocab = identity.length;
  const units = pairings.length;
  const maxDf = Math.max(3, units * 0.08);
  const cs = new Int32Array(vocab);
  const ct = new Int32Array(vocab);
  const seen = new Int32Array(vocab).fill(-1);
  const unitSrc: number[][] = [];
  const unitTgt: number[][] = [];
  const collect = (lists: FeatureLists, from: number, to: number, stampBase: number): number[] => {
    const out: number[] = [];
    for (let k = lists.start[from]; k < lists.start[to]; k += 1) {
      const f = lists.ids[k];
      if (seen[f] !== stampBase) {
        seen[f] = stampBase;
        out.push(f);
      }
    }
    return out;
  };
  pairings.forEach((p, u) => {
    const s = collect(src, p.i0, p.i1, 2 * u);
    const t = collect(tgt, p.j0, p.j1, 2 * u + 1);
    for (const f of s) cs[f] += 1;
    for (const f of t) ct[f] += 1;
    unitSrc.push(s);
    unitTgt.push(t);
  });
  const rows: { f: number; w: number }[][] = Array.from({ length: vocab }, () => []);
  // Too few pairs to tell translation from coincidence: identity links only.
  if (units >= MIN_UNITS) {
    // Per source feature, the units it occurs in (only features frequent enough to count and rare enough to mean
    // something), then co-occurrence counts with each target feature in a dense scratch row.
    const postStart = new Int32Array(vocab + 1);
    for (let u = 0; u < units; u += 1) {
      for (const e of unitSrc[u]) if (cs[e] >= MIN_COOCCURRENCE && cs[e] <= maxDf) postStart[e + 1] += 1;
    }
    for (let e = 0; e < vocab; e += 1) postStart[e + 1] += postStart[e];
    const fillAt = postStart.slice(0, vocab);
    const posting = new Int32Array(postStart[vocab]);
    const unitTgtKept: Int32Array[] = unitTgt.map((t) =>
      Int32Array.from(t.filter((f) => ct[f] >= MIN_COOCCURRENCE && ct[f] <= maxDf)),
    );
    for (let u = 0; u < units; u += 1) {
      if (unitTgtKept[u].length === 0) continue;
      for (const e of unitSrc[u]) if (cs[e] >= MIN_COOCCURRENCE && cs[e] <= maxDf) posting[fillAt[e]++] = u;
    }
    const count = new Int32Array(vocab);
    const touched = new Int32Array(vocab);
    for (let e = 0; e < vocab; e += 1) {
      let nTouched = 0;
      for (let k = postStart[e]; k < fillAt[e]; k += 1) {
        const t = unitTgtKept[posting[k]];
        for (let q = 0; q < t.length; q += 1) {
          const f = t[q];
          if (count[f] === 0) touched[nTouched++] = f;
          count[f] += 1;
        }
      }
      for (let k = 0; k < nTouched; k += 1) {
        const f = touched[k];
        const c = count[f];
        count[f] = 0;
        if (c < MIN_COOCCURRENCE) continue;
        const dice = (2 * c) / (cs[e] + ct[f]);
        if (dice >= MIN_DICE) rows[e].push({ f, w: dice });
      }
    }
  }
  for (let e = 0; e < vocab; e += 1) {
    if (identity[e] > 0) {
      const own = rows[e].find((r) => r.f === e);
      if (own) own.w = Math.max(own.w, identity[e]);
      else rows[e].push({ f: e, w: identity[e] });
    }
  }
  return compress(rows);
}

/** A lexicon of identity links only, for the first pass. */
export function identityLexicon(identity: Float64Array): Lexicon {
  const rows: { f: number; w: number }[][] = Array.from({ length: identity.length }, (_, e) =>
    identity[e] > 0 ? [{ f: e, w: identity[e] }] : [],
  );
  return compress(rows);
}

function compress(rows: { f: number; w: number }[][]): Lexicon {
  const start = new Int32Array(rows.length + 1);
  for (let e = 0; e < rows.length; e += 1) {
    rows[e].sort((a, b) => b.w - a.w || a.f - b.f);
    if (rows[e].length > LINKS_PER_FEATURE) rows[e].length = LINKS_PER_FEATURE;
    start[e + 1] = start[e] + rows[e].length;
  }
  const tgt = new Int32Array(start[rows.length]);
  const weight = new Float64Array(start[rows.length]);
  for (let e = 0; e < rows.length; e += 1) {
    rows[e].forEach((r, k) => {
      tgt[start[e] + k] = r.f;
      weight[start[e] + k] = r.w;
    });
  }
  return { start, tgt, weight };
}

/**
 * A DpProblem.pairRow for one stretch: reward of source sentence x against target sentences = scale × the summed
 * best link weight of each target feature. Source/target offsets map stretch-local to global sentence ids.
 */
export function lexicalPairRow(
  src: FeatureLists,
  tgt: FeatureLists,
  lexicon: Lexicon,
  scale: number,
  srcOffset: number,
  tgtOffset: number,
): (x: number, from: number, to: number, out: Float64Array, offset: number) => void {
  const vocab = lexicon.start.length - 1;
  const stamp = new Int32Array(vocab).fill(-1);
  const best = new Float64Array(vocab);
  // Target features no link points at can never add anything: drop them from the per-sentence lists once.
  const linked = new Uint8Array(vocab);
  for (let l = 0; l < lexicon.tgt.length; l += 1) linked[lexicon.tgt[l]] = 1;
  const keptStart = new Int32Array(tgt.start.length);
  const keptIds = new Int32Array(tgt.ids.length);
  let kept = 0;
  for (let y = 0; y + 1 < tgt.start.length; y += 1) {
    for (let k = tgt.start[y]; k < tgt.start[y + 1]; k += 1)
      if (linked[tgt.ids[k]] === 1) keptIds[kept++] = tgt.ids[k];
    keptStart[y + 1] = kept;
  }
  return (x, from, to, out, offset) => {
    const gx = x + srcOffset;
    for (let k = src.start[gx]; k < src.start[gx + 1]; k += 1) {
      const e = src.ids[k];
      for (let l = lexicon.start[e]; l < lexicon.start[e + 1]; l += 1) {
        const f = lexicon.tgt[l];
        const w = lexicon.weight[l];
        if (stamp[f] !== gx) {
          stamp[f] = gx;
          best[f] = w;
        } else if (w > best[f]) best[f] = w;
      }
    }
    for (let y = from; y < to; y += 1) {
      const gy = y + tgtOffset;
      let sum = 0;
      for (let k = keptStart[gy]; k < keptStart[gy + 1]; k += 1) {
        const f = keptIds[k];
        if (stamp[f] === gx) sum += best[f];
      }
      out[offset + y - from] = scale * sum;
    }
  };
}

/** Cumulative count, per sentence, of features the lexicon can link (source: has links; target: is linked to). */
export function linkableCum(
  lists: FeatureLists,
  lexicon: Lexicon,
  side: 'src' | 'tgt',
  from: number,
  to: number,
): Float64Array {
  const vocab = lexicon.start.length - 1;
  const linkable = new Uint8Array(vocab);
  if (side === 'src')
    for (let e = 0; e < vocab; e += 1) linkable[e] = lexicon.start[e + 1] > lexicon.start[e] ? 1 : 0;
  else for (let l = 0; l < lexicon.tgt.length; l += 1) linkable[lexicon.tgt[l]] = 1;
  const cum = new Float64Array(to - from + 1);
  for (let s = from; s < to; s += 1) {
    let c = 0;
    for (let k = lists.start[s]; k < lists.start[s + 1]; k += 1) c += linkable[lists.ids[k]];
    cum[s - from + 1] = cum[s - from] + c;
  }
  return cum;
}
