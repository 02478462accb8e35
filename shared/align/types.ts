/**
 * One rung of an alignment: consecutive sentences (or paragraphs) on each side that translate each other.
 * Empty `src` or `tgt` means the other side's sentences have no counterpart (added or dropped).
 */
export interface Bead {
  src: number[];
  tgt: number[];
  /** 0..1: how sure the aligner is; the UI marks rows below LOW_CONFIDENCE. */
  confidence: number;
  /** True when the bead comes from a reviewer's manual fix rather than the aligner. */
  fixed?: boolean;
}

/** Beads below this confidence are shown as doubtful. */
export const LOW_CONFIDENCE = 0.5;

/**
 * A reviewer's fix, kept as an input to alignment (never as derived data): these source sentences and these target
 * sentences form exactly one bead. Merge, split and re-link are all expressed as fixed beads. The texts are kept so
 * the fix can be found again if a version's text is edited and sentence numbers shift.
 */
export interface FixedBead {
  src: number[];
  tgt: number[];
  srcText: string;
  tgtText: string;
}

/** A text cut into sentences, with the paragraph each sentence belongs to. */
export interface AlignSide {
  lang: string;
  sentences: string[];
  /** paragraphOf[i] = index of the paragraph holding sentence i (non-decreasing). */
  paragraphOf: number[];
}

export interface AlignOptions {
  /** Reviewer fixes the result must contain as beads. */
  fixed?: FixedBead[];
  /** Extra name equivalents from the user (e.g. ["Putin", "Путин", "普京", "蒲亭"]). */
  names?: string[][];
}

export interface AlignResult {
  /** Sentence beads covering every sentence of both sides exactly once, in order. */
  beads: Bead[];
  /** Paragraph beads found first; sentence beads never cross their boundaries (unless a fixed bead does). */
  paragraphBeads: Bead[];
}
