import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The repository root, wherever the clone lives. */
export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Real news texts live beside the repo in ../shared/corpus (read-only; copyrighted texts are never copied in). */
export function corpusPath(relative: string): string {
  return resolve(repoRoot, '..', 'shared', 'corpus', relative);
}

/** Corpus files start with `#` header lines ending in `# ---`; the article text follows. */
export function stripCorpusHeader(text: string): string {
  const marker = text.indexOf('\n# ---\n');
  return marker === -1 ? text : text.slice(marker + '\n# ---\n'.length);
}
