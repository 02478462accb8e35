import { createHash } from 'node:crypto';
import { buildAlignmentGrid, type AlignmentGrid } from '../../shared/align/grid';
import type { AlignmentFixSet, StoryDocument } from '../../shared/model/project';

// Projects are never changed in place (every command returns a new project), so a story object's digest can be
// remembered: hashing a long story's texts on every request would cost tens of milliseconds each time.
const digests = new WeakMap<StoryDocument, { fixSets: readonly AlignmentFixSet[]; key: string }>();

/** A digest of everything a story's alignment depends on: its versions' texts, spans, languages, roles, and fixes. */
export function alignmentKey(doc: StoryDocument, fixSets: readonly AlignmentFixSet[]): string {
  const known = digests.get(doc);
  if (known?.fixSets === fixSets) return known.key;
  const key = digestOf(doc, fixSets);
  digests.set(doc, { fixSets, key });
  return key;
}

function digestOf(doc: StoryDocument, fixSets: readonly AlignmentFixSet[]): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(['v1', doc.id]));
  for (const v of doc.versions) {
    hash.update(JSON.stringify([v.id, v.role, v.language, v.text.length, v.sentences, v.paragraphs]));
    hash.update(v.text);
  }
  const own = fixSets.filter((s) => s.documentId === doc.id);
  hash.update(JSON.stringify(own));
  return hash.digest('hex');
}

/**
 * Alignments computed in main and kept in memory by the digest of their inputs, so re-opening a story is instant and
 * any change to a text, a language, a role or a fix recomputes. Least recently used entries go first.
 */
export class AlignmentCache {
  private readonly entries = new Map<string, AlignmentGrid>();
  /** How many alignments were computed (not served from memory); for tests and diagnostics. */
  computed = 0;

  constructor(
    private readonly limit = 32,
    private readonly build: typeof buildAlignmentGrid = buildAlignmentGrid,
  ) {}

  /** The story's alignment grid, from memory when nothing it depends on changed. */
  get(doc: StoryDocument, fixSets: readonly AlignmentFixSet[]): AlignmentGrid {
    const key = alignmentKey(doc, fixSets);
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const grid = this.build(doc, fixSets);
    this.computed += 1;
    this.entries.set(key, grid);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limit) break;
      this.entries.delete(oldest);
    }
    return grid;
  }
}
