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
  // Each unit's distinct features per side, flat: unit u's source features are srcIds[srcStart[u]..srcStart[u+1]).
  const seen = new Int32Array(vocab).fill(-1);
  // Sentence ranges of each unit per side, so collecting needs no per-side branch.
  const srcFrom = Int32Array.from(pairings, (p) => p.i0);
  const srcTo = Int32Array.from(pairings, (p) => p.i1);
  const tgtFrom = Int32Array.from(pairings, (p) => p.j0);
  const tgtTo = Int32Array.from(pairings, (p) => p.j1);
  const collect = (
    lists: FeatureLists,
    rangeFrom: Int32Array,
    rangeTo: Int32Array,
    counts: Int32Array,
    side: number,
  ): { start: Int32Array; ids: Int32Array } => {
    const start = new Int32Array(units + 1);
    let size = 0;
    for (let u = 0; u < units; u += 1) size += lists.start[rangeTo[u]] - lists.start[rangeFrom[u]];
    const ids = new Int32Array(size);
    let n = 0;
    for (let u = 0; u < units; u += 1) {
      const stamp = 2 * u + side;
      for (let k = lists.start[rangeFrom[u]]; k < lists.start[rangeTo[u]]; k += 1) {
        const f = lists.ids[k];
        if (seen[f] !== stamp) {
          seen[f] = stamp;
          ids[n++] = f;
          counts[f] += 1;
        }
      }
      start[u + 1] = n;
    }
    return { start, ids };
  };
  const unitSrc = collect(src, srcFrom, srcTo, cs, 0);
  const unitTgt = collect(tgt, tgtFrom, tgtTo, ct, 1);
  const useful = (count: Int32Array, f: number): boolean => count[f] >= MIN_COOCCURRENCE && count[f] <= maxDf;
  const rows = new LexiconRows(vocab);
  // Too few pairs to tell translation from coincidence: identity links only.
  if (units >= MIN_UNITS) {
    // Target features worth counting, per unit (units with none are skipped below).
    const keptStart = new Int32Array(units + 1);
    const keptIds = new Int32Array(unitTgt.ids.length);
    let kept = 0;
    for (let u = 0; u < units; u += 1) {
      for (let k = unitTgt.start[u]; k < unitTgt.start[u + 1]; k += 1) {
        if (useful(ct, unitTgt.ids[k])) keptIds[kept++] = unitTgt.ids[k];
      }
      keptStart[u + 1] = kept;
    }
    // Per source feature, the units it occurs in, then co-occurrence counts with each target feature in a dense
    // scratch row.
    const postStart = new Int32Array(vocab + 1);
    for (let u = 0; u < units; u += 1) {
      if (keptStart[u + 1] === keptStart[u]) continue;
      for (let k = unitSrc.start[u]; k < unitSrc.start[u + 1]; k += 1) {
        if (useful(cs, unitSrc.ids[k])) postStart[unitSrc.ids[k] + 1] += 1;
      }
    }
    for (let e = 0; e < vocab; e += 1) postStart[e + 1] += postStart[e];
    const fillAt = postStart.slice(0, vocab);
    const posting = new Int32Array(postStart[vocab]);
    for (let u = 0; u < units; u += 1) {
      if (keptStart[u + 1] === keptStart[u]) continue;
      for (let k = unitSrc.start[u]; k < unitSrc.start[u + 1]; k += 1) {
        const e = unitSrc.ids[k];
        if (useful(cs, e)) posting[fillAt[e]++] = u;
      }
    }
    const count = new Int32Array(vocab);
    const touched = new Int32Array(vocab);
    for (let e = 0; e < vocab; e += 1) {
      let nTouched = 0;
      for (let k = postStart[e]; k < postStart[e + 1]; k += 1) {
        const u = posting[k];
        for (let q = keptStart[u]; q < keptStart[u + 1]; q += 1) {
          const f = keptIds[q];
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
        if (dice >= MIN_DICE) rows.add(e, f, dice);
      }
    }
  }
  for (let e = 0; e < vocab; e += 1) if (identity[e] > 0) rows.raise(e, e, identity[e]);
  return rows.compress();
}

/** A lexicon of identity links only, for the first pass. */
export function identityLexicon(identity: Float64Array): Lexicon {
  const rows = new LexiconRows(identity.length);
  for (let e = 0; e < identity.length; e += 1) if (identity[e] > 0) rows.add(e, e, identity[e]);
  return rows.compress();
}

/** Candidate links per source feature, kept as one linked list per feature in flat arrays. */
class LexiconRows {
  private readonly head: Int32Array;
  private next = new Int32Array(64);
  private tgt = new Int32Array(64);
  private weight = new Float64Array(64);
  private size = 0;

  constructor(private readonly vocab: number) {
    this.head = new Int32Array(vocab).fill(-1);
  }

  /** Adds link e → f of weight w (callers add each f at most once per e). */
  add(e: number, f: number, w: number): void {
    if (this.size === this.tgt.length) {
      const grow = <T extends Int32Array | Float64Array>(old: T, fresh: T): T => {
        fresh.set(old);
        return fresh;
      };
      this.next = grow(this.next, new Int32Array(2 * this.size));
      this.tgt = grow(this.tgt, new Int32Array(2 * this.size));
      this.weight = grow(this.weight, new Float64Array(2 * this.size));
    }
    this.tgt[this.size] = f;
    this.weight[this.size] = w;
    this.next[this.size] = this.head[e];
    this.head[e] = this.size;
    this.size += 1;
  }

  /** Raises link e → f to at least w, adding it if absent. */
  raise(e: number, f: number, w: number): void {
    for (let l = this.head[e]; l >= 0; l = this.next[l]) {
      if (this.tgt[l] === f) {
        this.weight[l] = Math.max(this.weight[l], w);
        return;
      }
    }
    this.add(e, f, w);
  }

  /** Each feature's strongest LINKS_PER_FEATURE links (ties by target id), as compressed rows. */
  compress(): Lexicon {
    const start = new Int32Array(this.vocab + 1);
    const tgt = new Int32Array(this.size);
    const weight = new Float64Array(this.size);
    const order: number[] = [];
    let n = 0;
    for (let e = 0; e < this.vocab; e += 1) {
      order.length = 0;
      for (let l = this.head[e]; l >= 0; l = this.next[l]) order.push(l);
      if (order.length > 1) {
        order.sort((a, b) => this.weight[b] - this.weight[a] || this.tgt[a] - this.tgt[b]);
      }
      const keep = Math.min(order.length, LINKS_PER_FEATURE);
      for (let k = 0; k < keep; k += 1) {
        tgt[n] = this.tgt[order[k]];
        weight[n] = this.weight[order[k]];
        n += 1;
      }
      start[e + 1] = n;
    }
    return { start, tgt: tgt.slice(0, n), weight: weight.slice(0, n) };
  }
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
