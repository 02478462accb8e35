import type { AlignmentGrid } from '../align/grid';
import type { Bead } from '../align/types';
import type { StoryDocument } from '../model/project';
import type { Version } from '../model/version';
import { analyzeQuotes } from './analyze';
import { matchQuotes, type QuoteMatching } from './match';
import type { ProvenanceKind, QuoteAnalysis, QuoteKind, QuoteOptions } from './types';

/** Who translated a quote, resolved from its statement so the UI needs no second lookup. */
export interface QuoteProvenance {
  kind: ProvenanceKind;
  agent: string | null;
  evidence: { start: number; end: number };
  /** True when inferred from the speaker's registered language, not stated in the text. */
  implicit: boolean;
}

/** A quote as the review screen shows it: offsets into its version's text, kind, people and provenance. */
export interface QuoteView {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  kind: QuoteKind;
  depth: number;
  speaker: string | null;
  addressee: string | null;
  provenance: QuoteProvenance | null;
}

/**
 * One version's quotes and (unless it is the source) its match to the source. Each quote carries its own resolved
 * provenance; the statements' lists of covered quotes stay in main (a statement like "Li's comments were translated
 * by the Kremlin" covers every quote of Li's, so in a long story those lists grow with the square of its length).
 */
export interface VersionQuotes {
  versionId: string;
  lang: string;
  quotes: QuoteView[];
  /** Links from source quote indices to this version's quote indices; null for the source itself. */
  matching: QuoteMatching | null;
}

/** Every version's quotes and how each non-source version's quotes correspond to the source's. */
export interface DocumentQuotes {
  sourceVersionId: string | null;
  versions: VersionQuotes[];
}

/** The beads between the source column and one other column, read off the grid's rows (one bead per row). */
export function beadsFromGrid(grid: AlignmentGrid, sourceCol: number, col: number): Bead[] {
  const beads: Bead[] = [];
  for (const row of grid.rows) {
    const src = row.cells[sourceCol] ?? [];
    const tgt = row.cells[col] ?? [];
    if (src.length === 0 && tgt.length === 0) continue;
    beads.push({ src: [...src], tgt: [...tgt], confidence: row.confidence });
  }
  return beads;
}

function viewOf(analysis: QuoteAnalysis): QuoteView[] {
  return analysis.quotes.map((q) => {
    const statement = q.provenance === null ? undefined : analysis.provenance[q.provenance];
    return {
      start: q.start,
      end: q.end,
      contentStart: q.contentStart,
      contentEnd: q.contentEnd,
      kind: q.kind,
      depth: q.depth,
      speaker: q.speaker,
      addressee: q.addressee,
      provenance: statement
        ? {
            kind: statement.kind,
            agent: statement.agent,
            evidence: { ...statement.evidence },
            implicit: statement.implicit,
          }
        : null,
    };
  });
}

function matchTo(
  source: Version,
  sourceAnalysis: QuoteAnalysis,
  target: Version,
  analysis: QuoteAnalysis,
  beads: Bead[],
) {
  return matchQuotes(
    { text: source.text, sentences: source.sentences, quotes: sourceAnalysis.quotes },
    { text: target.text, sentences: target.sentences, quotes: analysis.quotes },
    beads,
  );
}

/**
 * Analyses the quotes of every version of a story and matches each non-source version's quotes against the
 * source's through the alignment grid. A grid that does not describe these versions yields no matching.
 */
export function documentQuotes(
  doc: StoryDocument,
  grid: AlignmentGrid,
  options: QuoteOptions = {},
): DocumentQuotes {
  const analyses = doc.versions.map((v) => analyzeQuotes(v.text, v.language, options));
  const sourceCol =
    grid.sourceVersionId === null ? -1 : doc.versions.findIndex((v) => v.id === grid.sourceVersionId);
  const source = doc.versions[sourceCol];
  const sourceAnalysis = analyses[sourceCol];
  const gridFits =
    grid.versionIds.length === doc.versions.length &&
    grid.versionIds.every((id, i) => doc.versions[i]?.id === id);
  const versions = doc.versions.map((version, col): VersionQuotes => {
    const analysis = analyses[col] as QuoteAnalysis;
    let matching: QuoteMatching | null = null;
    if (source && sourceAnalysis && col !== sourceCol && gridFits) {
      matching = matchTo(source, sourceAnalysis, version, analysis, beadsFromGrid(grid, sourceCol, col));
    }
    return {
      versionId: version.id,
      lang: version.language,
      quotes: viewOf(analysis),
      matching,
    };
  });
  return { sourceVersionId: source?.id ?? null, versions };
}
