/** Characters after which word rules always break when a letter or digit follows: spaces and CJK punctuation. */
const CUT_AFTER = /[\s\u3000-\u3002\uFF01\uFF0C\uFF1A\uFF1B\uFF1F]/u;
const WORD_START = /[\p{L}\p{N}]/u;

function cutsAt(text: string, i: number): boolean {
  return CUT_AFTER.test(text[i] ?? '') && WORD_START.test(text[i + 1] ?? '');
}

/**
 * Cuts a text into pieces of about `size` characters whose word counts add up to the whole text's: only after a
 * space, a line break or CJK punctuation that a letter or digit follows (never inside "U.S." or "can't"). Counting a
 * piece at a time keeps a long story's count linear (segmenting one huge string is not, in some engines) and lets
 * the page breathe between pieces.
 */
export function wordChunks(text: string, size = 4000): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    let cut = -1;
    for (let i = start + size; i > start && cut === -1; i--) if (cutsAt(text, i)) cut = i;
    for (let i = start + size + 1; i < text.length - 1 && cut === -1; i++) if (cutsAt(text, i)) cut = i;
    if (cut === -1) break;
    chunks.push(text.slice(start, cut + 1));
    start = cut + 1;
  }
  chunks.push(text.slice(start));
  return chunks;
}
