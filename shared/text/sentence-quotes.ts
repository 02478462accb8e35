// A break inside a short quoted title or slogan (`the show "Stop! Think" won`, `„Ja! Natürlich“-Werbung`) is false:
// the quotation holds a few words on each side of the ! or ?, and the sentence goes on after it closes. Quoted
// speech of several real sentences (`"We are glad. I am sure," he said.`) is longer and keeps its breaks.

import { isSpace, isLower } from './sentence-chars';

const OPENING_QUOTES = '"\'“„«‹‘「『»';
const CLOSING_QUOTES = '"\'”“»›’」』«';
const MAX_WORDS = 3;
const REACH = 40;

function wordCount(text: string, start: number, end: number): number {
  const inner = text.slice(start, end).trim();
  return inner === '' ? 0 : inner.split(/\s+/u).length;
}

/** Where the quotation open at `end` starts (just after its opening mark), or -1 if none opens within reach. */
function openQuoteBefore(text: string, floor: number, end: number): number {
  const limit = Math.max(floor, end - REACH);
  for (let i = end - 2; i >= limit; i -= 1) {
    const ch = text.charAt(i);
    if (CLOSING_QUOTES.includes(ch) && !OPENING_QUOTES.includes(ch)) return -1;
    if (OPENING_QUOTES.includes(ch) && (i === floor || isSpace(text.charCodeAt(i - 1)))) return i + 1;
  }
  return -1;
}

/** True when the next piece closes the quotation within a few words, with no sentence end before the close, and
 *  the sentence carries on in lower case after it. */
function closesShortlyAndContinues(text: string, start: number, end: number): boolean {
  const limit = Math.min(end, start + REACH);
  for (let i = start; i < limit; i += 1) {
    const ch = text.charAt(i);
    if ('.!?…'.includes(ch)) return false;
    if (!CLOSING_QUOTES.includes(ch)) continue;
    const after = text.charAt(i + 1);
    if (after !== '' && !isSpace(after.charCodeAt(0)) && !',;:-'.includes(after)) continue;
    if (wordCount(text, start, i) > MAX_WORDS) return false;
    let j = i + 1;
    while (j < end && (isSpace(text.charCodeAt(j)) || ',;:'.includes(text.charAt(j)))) j += 1;
    return j < end && isLower(text.charAt(j));
  }
  return false;
}

/** True when the break at `end` falls inside a short quoted title that the sentence continues after. */
export function insideShortQuotedTitle(
  text: string,
  pieceStart: number,
  end: number,
  nextStart: number,
  nextEnd: number,
): boolean {
  if (!'!?'.includes(text.charAt(end - 1))) return false;
  const open = openQuoteBefore(text, pieceStart, end);
  if (open < 0 || wordCount(text, open, end) > MAX_WORDS) return false;
  return closesShortlyAndContinues(text, nextStart, nextEnd);
}
