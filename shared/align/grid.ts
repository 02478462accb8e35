import type { AlignmentFixSet, StoryDocument } from '../model/project';
import type { Span } from '../model/span';
import type { Version } from '../model/version';
import { alignSides } from './align';
import { isolate } from './grid-enforce';
import { placeFixes, type PlacedFix } from './grid-fixes';
import { mergeRows, pairKey, type FixRef, type GridRow, type PairBeads } from './grid-merge';
import type { AlignSide, Bead, FixedBead } from './types';

export type { FixRef, GridRow };

/** A stored fix whose sentences cannot be found in the current texts: kept in the project and shown to the user. */
export interface UnplacedFix {
  targetVersionId: string;
  fix: FixedBead;
}

/** A story's versions aligned to its source version and merged into rows. */
export interface AlignmentGrid {
  sourceVersionId: string | null;
  versionIds: string[];
  rows: GridRow[];
  unplaced: UnplacedFix[];
}

/** The version every other one is aligned to: the one whose role is source, else the first. */
export function sourceVersionOf(doc: StoryDocument): Version | null {
  return doc.versions.find((v) => v.role === 'source') ?? doc.versions[0] ?? null;
}

/** Which stored paragraph holds each sentence (the last one starting at or before it). */
export function paragraphIndexes(sentences: readonly Span[], paragraphs: readonly Span[]): number[] {
  const out: number[] = [];
  let p = 0;
  for (const s of sentences) {
    while (p + 1 < paragraphs.length && (paragraphs[p + 1] as Span).start <= s.start) p += 1;
    out.push(p);
  }
  return out;
}

/** A version as the aligner sees it: its sentence texts and their paragraphs. */
export function alignSideOf(version: Version): AlignSide {
  return {
    lang: version.language,
    sentences: version.sentences.map((s) => version.text.slice(s.start, s.end)),
    paragraphOf: paragraphIndexes(version.sentences, version.paragraphs),
  };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Aligns one version to the source with the pair's fixes as anchors; fixes the aligner cannot honour come back. */
function alignPair(
  source: Version,
  target: Version,
  fixes: readonly FixedBead[],
): { beads: Bead[]; placed: PlacedFix[]; unplaced: FixedBead[] } {
  const { placed, unplaced } = placeFixes(source, target, fixes);
  const n = source.sentences.length;
  const m = target.sentences.length;
  let beads: Bead[];
  if (n === 0 || m === 0) {
    beads = [
      ...range(n).map((i) => ({ src: [i], tgt: [], confidence: 1 })),
      ...range(m).map((j) => ({ src: [], tgt: [j], confidence: 1 })),
    ];
  } else {
    // Fixes with both sides are anchors for the aligner; "no counterpart" fixes are imposed on its result.
    const anchors = placed.map((p) => p.bead).filter((b) => b.src.length > 0 && b.tgt.length > 0);
    beads = alignSides(alignSideOf(source), alignSideOf(target), { fixed: anchors }).beads;
  }
  for (const { bead } of placed) {
    if (bead.tgt.length === 0) beads = isolate(beads, 'src', bead.src);
    else if (bead.src.length === 0) beads = isolate(beads, 'tgt', bead.tgt);
  }
  return { beads, placed, unplaced };
}

/**
 * Aligns every other version of a story to its source version and merges the pairwise alignments into rows that
 * follow the source: a row holds each version's sentences for the same stretch of source, a sentence found only in
 * one translation gets a row of its own where it stands, and every sentence of every version appears exactly once.
 */
export function buildAlignmentGrid(doc: StoryDocument, fixSets: readonly AlignmentFixSet[]): AlignmentGrid {
  const source = sourceVersionOf(doc);
  const versionIds = doc.versions.map((v) => v.id);
  if (!source) return { sourceVersionId: null, versionIds, rows: [], unplaced: [] };
  const columns = doc.versions.length;
  const sourceCol = doc.versions.indexOf(source);
  const unplaced: UnplacedFix[] = [];

  const pairs = doc.versions.map((target, col) => {
    if (col === sourceCol) return null;
    const set = fixSets.find(
      (s) => s.documentId === doc.id && s.sourceVersionId === source.id && s.targetVersionId === target.id,
    );
    const result = alignPair(source, target, set?.fixed ?? []);
    for (const fix of result.unplaced) unplaced.push({ targetVersionId: target.id, fix });
    const stored = new Map(result.placed.map((p) => [pairKey(p.bead.src, p.bead.tgt), p.stored]));
    const pair: PairBeads = { col, targetVersionId: target.id, beads: result.beads, stored };
    return pair;
  });

  const rows = mergeRows(
    paragraphIndexes(source.sentences, source.paragraphs),
    sourceCol,
    columns,
    pairs.filter((p) => p !== null),
  );
  return { sourceVersionId: source.id, versionIds, rows, unplaced };
}
