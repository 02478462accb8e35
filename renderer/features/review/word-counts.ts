import { countWords } from '../../../shared/review/mqm-score';
import { wordChunks } from '../../../shared/review/word-chunks';

// Counts by language and text: counting a long story takes a while, and its texts rarely change.
const cache = new Map<string, Map<string, number>>();
const CACHE_LIMIT = 64;
/** About how long one piece of counting may hold the page before it lets input and drawing through. */
const SLICE_MS = 8;

function cached(text: string, language: string): number | undefined {
  return cache.get(language)?.get(text);
}

function remember(text: string, language: string, n: number): void {
  let byText = cache.get(language);
  if (!byText) cache.set(language, (byText = new Map()));
  if (byText.size >= CACHE_LIMIT) byText.clear();
  byText.set(text, n);
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A text's word count (the MQM rule's, see countWords), counted a piece at a time with pauses so a 5,000-paragraph
 * story never blocks the page; `cancelled` stops early (the answer is then not kept).
 */
export async function countWordsSliced(
  text: string,
  language: string,
  cancelled: () => boolean = () => false,
): Promise<number | null> {
  const known = cached(text, language);
  if (known !== undefined) return known;
  let n = 0;
  let sliceStart = performance.now();
  for (const chunk of wordChunks(text)) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await pause();
      if (cancelled()) return null;
      sliceStart = performance.now();
    }
    n += countWords(chunk, language);
  }
  remember(text, language, n);
  return n;
}

/** The count if it is already known, so a story counted before shows its score at once. */
export function knownWordCount(text: string, language: string): number | undefined {
  return cached(text, language);
}
