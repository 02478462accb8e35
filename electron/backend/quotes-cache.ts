import { createHash } from 'node:crypto';
import type { AlignmentGrid } from '../../shared/align/grid';
import type { AlignmentFixSet, StoryDocument } from '../../shared/model/project';
import type { SpeakerLanguageEntry } from '../../shared/model/settings';
import { documentQuotes, type DocumentQuotes } from '../../shared/quotes/document-quotes';
import { alignmentKey } from './alignment-cache';

/** A digest of everything a story's quotes depend on: its texts, languages and fixes (via the alignment) and the registry. */
export function quotesKey(
  doc: StoryDocument,
  fixSets: readonly AlignmentFixSet[],
  speakerLanguages: readonly SpeakerLanguageEntry[],
): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(['q1', alignmentKey(doc, fixSets)]));
  hash.update(JSON.stringify(speakerLanguages.map((e) => [e.name, e.language])));
  return hash.digest('hex');
}

/**
 * Quote analyses computed in main and kept in memory by the digest of their inputs, so switching back to a story is
 * instant while any edit to a text, a language, an alignment fix or the speakers' registry recomputes.
 */
export class QuotesCache {
  private readonly entries = new Map<string, DocumentQuotes>();
  /** How many analyses were computed (not served from memory); for tests and diagnostics. */
  computed = 0;

  constructor(
    private readonly limit = 32,
    private readonly analyse: typeof documentQuotes = documentQuotes,
  ) {}

  /** The story's quotes; `grid` is asked for only when the analysis has to be computed. */
  get(
    doc: StoryDocument,
    fixSets: readonly AlignmentFixSet[],
    speakerLanguages: readonly SpeakerLanguageEntry[],
    grid: () => AlignmentGrid,
  ): DocumentQuotes {
    const key = quotesKey(doc, fixSets, speakerLanguages);
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const result = this.analyse(doc, grid(), { speakerLanguages: [...speakerLanguages] });
    this.computed += 1;
    this.entries.set(key, result);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limit) break;
      this.entries.delete(oldest);
    }
    return result;
  }
}
