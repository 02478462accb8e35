import { bandedAlign, type DpBead, type DpProblem } from './banded-dp';
import { DEFAULT_PRIORS, priorCosts } from './bead-types';
import { cutAroundFixed } from './fixed';
import { initialLengthModel, refineLengthModel, type LengthModel } from './length-model';
import {
  documentFrequency,
  identityLexicon,
  identityWeights,
  learnLexicon,
  lexicalPairRow,
  linkableCum,
  type Lexicon,
  type Pairing,
} from './lexicon';
import { sideFeatures, Vocabulary } from './features';
import { buildNameTable } from './names';
import { pinyinNameGroups } from './pinyin-names';
import { seedTables } from './seed-lexicon';
import { hasParagraphs, paragraphBeads, paragraphBreaks } from './paragraphs';
import type { AlignOptions, AlignResult, AlignSide, Bead } from './types';

/** Problems up to this many cells get the exact (unbanded) programme. */
/** Bead cost below which fit does not lower confidence, and the cost scale over which it decays. */
const FIT_FREE_COST = 0.5;
const FIT_SCALE = 4;
const FULL_DP_CELLS = 40_000;
const FIRST_WIDTH = 32;
const SECOND_WIDTH = 16;
const MAX_WIDTH_ROUNDS = 4;
/** Rows on each side of an edge hit that get the wider band, in band widths. */
const WIDEN_REACH = 4;
/** Cost units per unit of link weight between two sentences. */
const LEXICAL_SCALE = 16;
/**
 * Cost of each sentence of a merged bead left unexplained (linkable, but no link into the bead's other side while
 * its partners link): what a sentence whose translation was dropped looks like when a neighbour swallows it.
 */
const COVERAGE_COST = 2;
const PARAGRAPH_END_COST = 4;
const PARAGRAPH_CROSS_COST = 4;

/** Character length the length model sees: whitespace runs count once, edges not at all. */
export function textLength(sentence: string): number {
  let n = 0;
  let space = true;
  for (let k = 0; k < sentence.length; k += 1) {
    const c = sentence.charCodeAt(k);
    // A low surrogate continues the character its high surrogate started.
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    const isSpace = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
    if (isSpace) {
      if (!space) n += 1;
      space = true;
    } else {
      n += 1;
      space = false;
    }
  }
  return space && n > 0 ? n - 1 : n;
}

function cumulative(lengths: ArrayLike<number>, from: number, to: number): Float64Array {
  const cum = new Float64Array(to - from + 1);
  for (let k = from; k < to; k += 1) cum[k - from + 1] = cum[k - from] + lengths[k];
  return cum;
}

/** Starting band centre: the target position whose share of characters matches the source position's share. */
function proportionalCenter(srcCum: Float64Array, tgtCum: Float64Array): Int32Array {
  const n = srcCum.length - 1;
  const m = tgtCum.length - 1;
  const center = new Int32Array(n + 1);
  const s = srcCum[n] || 1;
  const t = tgtCum[m] || 1;
  let j = 0;
  for (let i = 0; i <= n; i += 1) {
    const want = srcCum[n] > 0 ? (srcCum[i] / s) * t : (i / Math.max(1, n)) * t;
    while (j < m && tgtCum[j + 1] <= want) j += 1;
    center[i] = tgtCum[m] > 0 ? j : Math.round((i / Math.max(1, n)) * m);
  }
  center[0] = 0;
  center[n] = m;
  return center;
}

/** Band centre following a found path (interpolating inside many-to-many beads). */
function pathCenter(beads: readonly DpBead[], n: number): Int32Array {
  const center = new Int32Array(n + 1);
  for (const b of beads) {
    for (let i = b.i0; i <= b.i1; i += 1) {
      const f = b.i1 > b.i0 ? (i - b.i0) / (b.i1 - b.i0) : 1;
      center[i] = Math.round(b.j0 + f * (b.j1 - b.j0));
    }
  }
  return center;
}

/**
 * Runs the banded programme; while the path runs along the band's edge, re-solves with the band recentred on the
 * path found and twice as wide around the rows where it hit the edge (a blocked stretch can bend the whole path, so
 * the re-solve is global; only the widening is local, which keeps it linear).
 */
function solve(problem: DpProblem, start: Int32Array | undefined, baseWidth: number): DpBead[] {
  const n = problem.srcCum.length - 1;
  const m = problem.tgtCum.length - 1;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) <= FULL_DP_CELLS) {
    return bandedAlign(problem, new Int32Array(n + 1), Math.max(n, m) + 1).beads;
  }
  let center = start ?? proportionalCenter(problem.srcCum, problem.tgtCum);
  const width = new Int32Array(n + 1).fill(baseWidth);
  let result = bandedAlign(problem, center, width);
  for (let round = 0; round < MAX_WIDTH_ROUNDS && result.touchedEdge; round += 1) {
    center = pathCenter(result.beads, n);
    const before = width.slice();
    const cap = Math.max(n, m) + 1;
    for (const row of result.touchedRows) {
      const w = before[row];
      const reach = WIDEN_REACH * w;
      for (let k = Math.max(0, row - reach); k <= Math.min(n, row + reach); k += 1) {
        width[k] = Math.min(cap, Math.max(width[k], 2 * w));
      }
    }
    result = bandedAlign(problem, center, width);
  }
  return result.beads;
}

/**
 * A bead's confidence: how much better it was than the runner-up way of reaching the same point (margin), capped
 * by how well it fits on its own (its cost: shape prior, length mismatch, minus lexical support), so a merge that
 * merely beats a deletion is still doubtful.
 */
export function confidenceOf(margin: number, cost: number): number {
  const byMargin = Number.isFinite(margin) ? 1 - Math.exp(-margin / 2) : 1;
  const byFit = Math.exp(-Math.max(0, cost - FIT_FREE_COST) / FIT_SCALE);
  return Math.max(0, Math.min(1, byMargin, byFit));
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k += 1) out.push(k);
  return out;
}

/** Aligns two sides sentence by sentence, keeping reviewer fixes as beads and respecting paragraphs. */
export function alignSides(src: AlignSide, tgt: AlignSide, options: AlignOptions = {}): AlignResult {
  const n = src.sentences.length;
  const m = tgt.sentences.length;
  const srcLen = Float64Array.from(src.sentences, textLength);
  const tgtLen = Float64Array.from(tgt.sentences, textLength);
  const pieces = cutAroundFixed(options.fixed ?? [], n, m);
  const useParagraphs = hasParagraphs(src.paragraphOf) && hasParagraphs(tgt.paragraphOf);
  const srcBreaks = paragraphBreaks(src.paragraphOf, n);
  const tgtBreaks = paragraphBreaks(tgt.paragraphOf, m);
  const priorCost = priorCosts(DEFAULT_PRIORS);

  const problemFor = (
    piece: { src0: number; src1: number; tgt0: number; tgt1: number },
    model: LengthModel,
    lexicon: Lexicon,
  ): DpProblem => {
    const { src0, tgt0 } = piece;
    const problem: DpProblem = {
      srcCum: cumulative(srcLen, piece.src0, piece.src1),
      tgtCum: cumulative(tgtLen, piece.tgt0, piece.tgt1),
      model,
      priorCost,
      pairRow: lexicalPairRow(srcFeatures, tgtFeatures, lexicon, 1, src0, tgt0),
      srcFeatCum: linkableCum(srcFeatures, lexicon, 'src', piece.src0, piece.src1),
      tgtFeatCum: linkableCum(tgtFeatures, lexicon, 'tgt', piece.tgt0, piece.tgt1),
      lexicalScale: LEXICAL_SCALE,
      coverageCost: COVERAGE_COST,
    };
    if (useParagraphs) {
      problem.structureCost = (a, b, c, d) => {
        let cost = srcBreaks[src0 + b] !== tgtBreaks[tgt0 + d] ? PARAGRAPH_END_COST : 0;
        for (let k = a + 1; k < b; k += 1) if (srcBreaks[src0 + k]) cost += PARAGRAPH_CROSS_COST;
        for (let k = c + 1; k < d; k += 1) if (tgtBreaks[tgt0 + k]) cost += PARAGRAPH_CROSS_COST;
        return cost;
      };
    }
    return problem;
  };

  const free = pieces.filter((p) => p.kind === 'free');
  const initial = initialLengthModel(srcLen, tgtLen);
  const names = buildNameTable([...pinyinNameGroups(src.sentences, tgt.sentences), ...(options.names ?? [])]);
  const vocab = new Vocabulary();
  const seeds = seedTables(src.lang, tgt.lang);
  const srcFeatures = sideFeatures(src.sentences, names, vocab, seeds?.src ?? null);
  const tgtFeatures = sideFeatures(tgt.sentences, names, vocab, seeds?.tgt ?? null);
  const identity = identityWeights(
    documentFrequency(srcFeatures, vocab.size),
    documentFrequency(tgtFeatures, vocab.size),
    (n + m) / 2,
  );
  // Pass 1: length and identity anchors (numbers, names, cognates), to learn the pair's ratio, spread and lexicon.
  const firstLexicon = identityLexicon(identity);
  const firstPass = free.map((piece) =>
    solve(problemFor(piece, initial, firstLexicon), undefined, FIRST_WIDTH),
  );
  const pairs: [number, number][] = [];
  const pairings: Pairing[] = [];
  firstPass.forEach((beads, k) => {
    const piece = free[k];
    for (const b of beads) {
      const i0 = piece.src0 + b.i0;
      const j0 = piece.tgt0 + b.j0;
      if (b.i1 - b.i0 === 1 && b.j1 - b.j0 === 1) pairs.push([srcLen[i0], tgtLen[j0]]);
      if (b.i1 > b.i0 && b.j1 > b.j0) pairings.push({ i0, i1: piece.src0 + b.i1, j0, j1: piece.tgt0 + b.j1 });
    }
  });
  const model = refineLengthModel(pairs, initial);
  const lexicon = learnLexicon(srcFeatures, tgtFeatures, pairings, identity);
  // Pass 2: with the learnt lexicon, in a narrower band around the first path.
  const secondPass = free.map((piece, k) =>
    solve(problemFor(piece, model, lexicon), pathCenter(firstPass[k], piece.src1 - piece.src0), SECOND_WIDTH),
  );

  const beads: Bead[] = [];
  let f = 0;
  for (const piece of pieces) {
    if (piece.kind === 'fixed') {
      beads.push({ src: piece.src, tgt: piece.tgt, confidence: 1, fixed: true });
      continue;
    }
    for (const b of secondPass[f]) {
      beads.push({
        src: range(piece.src0 + b.i0, piece.src0 + b.i1),
        tgt: range(piece.tgt0 + b.j0, piece.tgt0 + b.j1),
        confidence: confidenceOf(b.margin, b.cost),
      });
    }
    f += 1;
  }
  return { beads, paragraphBeads: paragraphBeads(beads, src.paragraphOf, tgt.paragraphOf) };
}

/** Aligns presegmented sentence lists (one paragraph each), e.g. gold-standard files. */
export function alignSentences(
  src: string[],
  tgt: string[],
  srcLang: string,
  tgtLang: string,
  options: AlignOptions = {},
): Bead[] {
  return alignSides(
    { lang: srcLang, sentences: src, paragraphOf: src.map(() => 0) },
    { lang: tgtLang, sentences: tgt, paragraphOf: tgt.map(() => 0) },
    options,
  ).beads;
}
