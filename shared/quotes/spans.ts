import { cldrDelimiters } from './cldr-delimiters';
import {
  canClose,
  canOpen,
  closes,
  isApostrophe,
  isOpenOnly,
  isQuoteMark,
  SINGLE_MARKS,
  TIGHT_SPACES,
} from './marks';

/** A quotation delimited by marks, before it is classified. Offsets in UTF-16 units; `end` is after the closing mark. */
export interface MarkSpan {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  /** The opening and closing mark ('' for a quote recovered at a paragraph end without its closing mark). */
  open: string;
  close: string;
  /** Number of paragraphs the quote runs over (each reopening, only the last closing). */
  paragraphs: number;
}

/** A paragraph: a maximal run of text without line breaks. */
export interface Paragraph {
  start: number;
  end: number;
}

const BREAK = /[\n\r\u2028\u2029\u0085]/u;
const SPACE = /\s/u;
/** Punctuation that follows a closing mark (so a mark before it is not opening: French « … », ). */
const TRAILING_PUNCT = /^[,.;:!?)\]}…،؛。，、；：！？]$/u;

/** Splits text into paragraphs (non-empty lines). */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || BREAK.test(text[i]!)) {
      if (text.slice(start, i).trim() !== '') out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** Marks that open even with spaces on both sides (French « … » typed with plain spaces); others there are strays. */
const PRIMARY_OPENERS = '“„«"＂';

function opensWhenIsolated(ch: string, lang: string): boolean {
  if (PRIMARY_OPENERS.includes(ch)) return true;
  const d = cldrDelimiters(lang);
  return d !== null && (d.quotationStart === ch || d.alternateQuotationStart === ch);
}

interface OpenMark {
  ch: string;
  index: number;
  paragraphs: number;
}

function neighbour(text: string, i: number, step: 1 | -1, lo: number, hi: number): string | undefined {
  let j = i + step;
  if (j >= lo && j < hi && TIGHT_SPACES.has(text[j]!)) j += step;
  return j >= lo && j < hi ? text[j] : undefined;
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || (SPACE.test(ch) && !TIGHT_SPACES.has(ch));
}

function trimmedContent(text: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && SPACE.test(text[a]!)) a++;
  while (b > a && SPACE.test(text[b - 1]!)) b--;
  return [a, b];
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordCount(s: string): number {
  return s.match(WORD)?.length ?? 0;
}

/** Minimum letters inside single marks, so "’n’" and stray apostrophes do not become quotes. */
const MIN_SINGLE_LETTERS = 2;

/**
 * Finds quotations delimited by marks: pairs opening and closing marks with a stack (nesting to any depth), joins
 * multi-paragraph quotes (each paragraph reopens, only the last closes), skips apostrophes, and recovers from an
 * unbalanced mark at the paragraph end so it never swallows the rest of the document.
 */
export function findMarkSpans(text: string, lang: string): MarkSpan[] {
  const spans: MarkSpan[] = [];
  const paragraphs = paragraphsOf(text);
  let stack: OpenMark[] = [];
  let skip = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    const firstClosedHere = spans.length;
    for (let i = para.start; i < para.end; i++) {
      const ch = text[i]!;
      if (i === skip || !isQuoteMark(ch)) continue;
      if (SINGLE_MARKS.has(ch) && isApostrophe(text, i)) continue;
      const prevSpace = isSpace(neighbour(text, i, -1, para.start, para.end));
      const after = neighbour(text, i, 1, para.start, para.end);
      const nextSpace = isSpace(after) || TRAILING_PUNCT.test(after ?? '');
      const leftOnly = prevSpace && !nextSpace;
      const rightOnly = !prevSpace && nextSpace;
      let at = -1;
      for (let k = stack.length - 1; k >= 0; k--) {
        if (closes(stack[k]!.ch, ch)) {
          at = k;
          break;
        }
      }
      const opener = canOpen(ch, lang);
      let action: 'open' | 'close' | 'none';
      if (isOpenOnly(ch)) action = 'open';
      else if (!opener) action = at >= 0 ? 'close' : 'none';
      else if (leftOnly) action = 'open';
      else if (rightOnly) action = at >= 0 ? 'close' : 'none';
      else if (at >= 0 && canClose(ch)) action = 'close';
      else if (SINGLE_MARKS.has(ch)) action = 'none';
      else if (prevSpace && nextSpace) action = opensWhenIsolated(ch, lang) ? 'open' : 'none';
      else action = 'open';
      if (action === 'open') {
        stack.push({ ch, index: i, paragraphs: 1 });
      } else if (action === 'close') {
        const o = stack[at]!;
        stack = stack.slice(0, at);
        const [cs, ce] = trimmedContent(text, o.index + 1, i);
        const inner = text.slice(cs, ce);
        if (ce <= cs) continue;
        if (SINGLE_MARKS.has(o.ch) && (inner.match(/\p{L}/gu)?.length ?? 0) < MIN_SINGLE_LETTERS) continue;
        spans.push({
          start: o.index,
          end: i + 1,
          contentStart: cs,
          contentEnd: ce,
          open: o.ch,
          close: ch,
          paragraphs: o.paragraphs,
        });
      }
    }
    if (stack.length === 0) continue;
    // Paragraph ends with quotes still open: a multi-paragraph quote continues when the next paragraph reopens.
    const next = paragraphs[p + 1];
    const bottom = stack[0]!;
    if (next) {
      const [firstChar] = trimmedContent(text, next.start, next.end);
      if (text[firstChar] === bottom.ch && stack.length === 1) {
        skip = firstChar;
        bottom.paragraphs++;
        continue;
      }
    }
    // Recover: an unclosed double mark with nothing closed after it becomes a quote ending at the paragraph end.
    const recovered = stack.find((o) => !SINGLE_MARKS.has(o.ch));
    if (recovered && !spans.slice(firstClosedHere).some((s) => s.start > recovered.index)) {
      const [cs, ce] = trimmedContent(text, recovered.index + 1, para.end);
      if (wordCount(text.slice(cs, ce)) >= 3) {
        spans.push({
          start: recovered.index,
          end: ce,
          contentStart: cs,
          contentEnd: ce,
          open: recovered.ch,
          close: '',
          paragraphs: recovered.paragraphs,
        });
      }
    }
    stack = [];
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Nesting depth of each span (0 top level), given spans sorted by start then longest first. */
export function depthsOf(spans: readonly { start: number; end: number }[]): number[] {
  const open: { end: number }[] = [];
  return spans.map((s) => {
    while (open.length > 0 && open[open.length - 1]!.end <= s.start) open.pop();
    const depth = open.length;
    open.push(s);
    return depth;
  });
}
