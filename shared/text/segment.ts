import type { Span } from '../model/span';
import { primaryLanguage } from './abbreviations';
import { protectedPrefixEnd } from './segment-prefix';
import { hasContent, isDirectionMark, isSpace } from './sentence-chars';
import { leadingClosersEnd, trailingOpenersStart } from './sentence-marks';
import { type JoinRules, joinRulesFor, shouldJoin } from './sentence-joins';

/** Paragraph and sentence spans of one text, both in UTF-16 offsets into that text. */
export interface Segmentation {
  paragraphs: Span[];
  sentences: Span[];
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g;
const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      // A malformed tag is not worth failing an import over; the root locale's rules are a fine default.
      segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Narrows [start, end) so it neither begins nor ends with white space; null when nothing is left. */
function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s += 1;
  // A direction mark after the last space belongs to the next sentence's display, not to this one's end.
  while (e > s && (isSpace(text.charCodeAt(e - 1)) || isDirectionMark(text.charAt(e - 1)))) e -= 1;
  return s < e ? { start: s, end: e } : null;
}

/** Each non-blank line is a paragraph, trimmed. */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  let lineStart = 0;
  const push = (end: number): void => {
    const span = trimSpan(text, lineStart, end);
    if (span) paragraphs.push(span);
  };
  for (const match of text.matchAll(LINE_BREAK)) {
    push(match.index);
    lineStart = match.index + match[0].length;
  }
  push(text.length);
  return paragraphs;
}

// "Он сказал… Потом": ICU does not treat "…" as a sentence end; before a capital it is one.
const ELLIPSIS_END = /(?<![[(<\s])…[)\]"'”’»›]*(?=\s+["'“„«‹(]*\p{Lu})/gu;

// ICU is fed at most this many characters at a time: V8's segment iterator slows down with the length of the string
// it walks (a 200 KB paragraph takes seconds), so long paragraphs are walked in windows.
const WINDOW = 2048;

/** ICU's sentence segments of text[start, end) as [start, end) pairs, walked window by window; linear time. */
function* icuSegments(
  text: string,
  start: number,
  end: number,
  segmenter: Intl.Segmenter,
): Generator<[number, number]> {
  let from = start;
  let size = WINDOW;
  while (from < end) {
    const stop = Math.min(end, from + size);
    const found: [number, number][] = [];
    for (const { segment, index } of segmenter.segment(text.slice(from, stop))) {
      found.push([from + index, from + index + segment.length]);
    }
    if (stop === end) {
      yield* found;
      return;
    }
    const last = found[found.length - 1];
    if (found.length < 2 || !last) {
      size *= 2; // one sentence longer than the window: look further before trusting its end
      continue;
    }
    // The window's last segment may be cut short, so it is segmented again as the start of the next window.
    for (let i = 0; i < found.length - 1; i += 1) yield found[i] as [number, number];
    from = last[0];
    size = WINDOW;
  }
}

/** ICU's sentence pieces of one paragraph, plus breaks after "…" before a capital; each trimmed. */
function* candidatePieces(text: string, paragraph: Span, segmenter: Intl.Segmenter): Generator<Span> {
  for (const [start, end] of icuSegments(text, paragraph.start, paragraph.end, segmenter)) {
    let from = start;
    const segment = text.slice(start, end);
    if (segment.includes('…')) {
      for (const match of segment.matchAll(ELLIPSIS_END)) {
        const cut = start + match.index + match[0].length;
        const span = trimSpan(text, from, cut);
        if (span) yield span;
        from = cut;
      }
    }
    const span = trimSpan(text, from, end);
    if (span) yield span;
  }
}

/** Sentences of one paragraph, trimmed, with false breaks removed and closing marks kept with their sentence. */
function splitSentences(
  text: string,
  paragraph: Span,
  segmenter: Intl.Segmenter,
  rules: JoinRules,
  lang: string,
  out: Span[],
): void {
  const prefixEnd = protectedPrefixEnd(text, paragraph.start, paragraph.end);
  let sentenceStart = -1;
  let pieceStart = -1;
  let end = -1;
  let firstInParagraph = true;
  let content = false;
  for (const piece of candidatePieces(text, paragraph, segmenter)) {
    if (sentenceStart < 0) {
      ({ start: sentenceStart, end } = piece);
      pieceStart = sentenceStart;
      content = hasContent(text, piece.start, piece.end);
      continue;
    }
    let next: Span | null = piece;
    // CJK and unspaced text: ICU hangs the next sentence's opening 「 or （ on this one ("。「来い").
    const openersStart = end === piece.start ? trailingOpenersStart(text, pieceStart, end, lang) : end;
    if (openersStart < end && openersStart > sentenceStart) {
      next = { start: openersStart, end: piece.end };
      end = openersStart;
    }
    const closersEnd = leadingClosersEnd(text, next.start, next.end, lang);
    if (closersEnd > next.start) {
      end = closersEnd;
      next = trimSpan(text, closersEnd, next.end);
      if (!next) continue;
    }
    const nextHasContent = hasContent(text, next.start, next.end);
    const br = {
      sentenceStart,
      pieceStart,
      end,
      nextStart: next.start,
      nextEnd: next.end,
      firstInParagraph,
      hasContent: content,
      nextHasContent,
    };
    if (end <= prefixEnd || shouldJoin(text, br, rules)) {
      end = next.end;
      content ||= nextHasContent;
    } else {
      out.push({ start: sentenceStart, end });
      sentenceStart = next.start;
      end = next.end;
      firstInParagraph = false;
      content = nextHasContent;
    }
    pieceStart = next.start;
  }
  if (sentenceStart >= 0) out.push({ start: sentenceStart, end });
}

/** Splits a text into paragraphs (non-blank lines) and sentences (never crossing a paragraph); linear time. */
export function segmentText(text: string, lang: string): Segmentation {
  const paragraphs = splitParagraphs(text);
  const segmenter = sentenceSegmenter(lang);
  const rules = joinRulesFor(lang);
  const primary = primaryLanguage(lang);
  const sentences: Span[] = [];
  for (const paragraph of paragraphs) splitSentences(text, paragraph, segmenter, rules, primary, sentences);
  return { paragraphs, sentences };
}
