// Builds the benchmark's long story from real corpus text: each version's paragraphs repeated to a set length.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The three versions: Reuters' English story, CNA's Chinese translation of it, and another English copy of it. */
export const STORY_FILES = [
  { file: '001-putin-li-2023/en_reuters_early_timeslive.txt', name: 'en_reuters.txt' },
  { file: '001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt', name: 'zh-Hant_cna.txt' },
  { file: '001-putin-li-2023/en_reuters_via_fbc_europeansuntimes.txt', name: 'en_fbc_reference.txt' },
];

/** The corpus lives beside the repository; it is read at run time and never copied into the repository. */
export const CORPUS_DIR = resolve(process.cwd(), '..', 'shared', 'corpus');

function stripHeader(text: string): string {
  const marker = text.indexOf('\n# ---\n');
  return marker === -1 ? text : text.slice(marker + '\n# ---\n'.length);
}

/** The article's paragraphs (non-empty lines). */
export function paragraphsOf(text: string): string[] {
  return stripHeader(text)
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** The article repeated `copies` times, paragraphs blank-line separated. */
export function repeatArticle(paragraphs: readonly string[], copies: number): string {
  if (paragraphs.length === 0) throw new Error('no paragraphs to repeat');
  return Array.from({ length: copies }, () => paragraphs.join('\n\n')).join('\n\n');
}

/**
 * Writes each version into `dir` (a temp folder) and returns their paths. Every version repeats its whole article
 * the same number of times, enough for the first (source) version to reach `count` paragraphs, so the versions stay
 * translations of each other all the way down, as a real long story's would.
 */
export function writeStory(dir: string, count: number): string[] {
  const articles = STORY_FILES.map(({ file }) => paragraphsOf(readFileSync(join(CORPUS_DIR, file), 'utf8')));
  const copies = Math.ceil(count / (articles[0]?.length ?? 1));
  return STORY_FILES.map(({ name }, i) => {
    const path = join(dir, name);
    writeFileSync(path, repeatArticle(articles[i] ?? [], copies));
    return path;
  });
}
