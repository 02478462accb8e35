import type { QuoteKind } from './types';
import { kindCues, type KindCues } from './kinds-cues';

/** Where a quote sits: its span, and the stretch of text it is read in (its paragraph, or the quote around it). */
export interface KindInput {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  scopeStart: number;
  scopeEnd: number;
}

const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const SENTENCE_END = /[.!?。！？…]/u;
const INSIDE_END = /[.!?…,;:。，！？；：、]['"’”»」』)\]]*$/u;
const CLOSE_MARKS = /['"’”“»«」』]/u;

/** Word count, with two CJK characters counted as one word. */
export function wordUnits(s: string): number {
  const ideographs = s.match(IDEOGRAPH)?.length ?? 0;
  const words = s.replace(IDEOGRAPH, ' ').match(WORD)?.length ?? 0;
  return words + Math.ceil(ideographs / 2);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

const compiled = new Map<
  string,
  { report: RegExp; termBefore: RegExp; termRight: RegExp; det: RegExp | null }
>();

function cuePatterns(lang: string): {
  report: RegExp;
  termBefore: RegExp;
  termRight: RegExp;
  det: RegExp | null;
} {
  const base = lang.toLowerCase().split(/[-_]/u)[0] ?? '';
  const hit = compiled.get(base);
  if (hit) return hit;
  const cues: KindCues = kindCues(lang);
  const inflects = ['ru', 'uk', 'pl', 'cs'].includes(base);
  const alt = (list: string[], suffix: string): string =>
    list.length === 0 ? '(?!)' : list.map((c) => escape(c).replace(/ /gu, '\\s+') + suffix).join('|');
  const tail = inflects ? '\\p{L}{0,3}' : '';
  const report = new RegExp(`(?<![\\p{L}])(?:${alt(cues.report, tail)})(?![\\p{L}])`, 'iu');
  // "so-called …" up to three words before the quote; "called" directly before it.
  const termBefore = new RegExp(
    `(?<![\\p{L}])(?:${alt(cues.termBefore, '')})(?:\\s+[\\p{L}\\p{N}-]+){0,3}[\\s\\u00a0,:]*$`,
    'iu',
  );
  const termRight = new RegExp(`(?<![\\p{L}])(?:${alt(cues.termRightBefore, '')})[\\s\\u00a0,:]*$`, 'iu');
  const det =
    cues.determiners.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}])(?:${alt(cues.determiners, '')})[\\s\\u00a0]*$`, 'iu');
  const out = { report, termBefore, termRight, det };
  compiled.set(base, out);
  return out;
}

/** Also catches ideographic cues, which have no word boundaries (表示, 说). */
function hasReport(s: string, lang: string): boolean {
  const base = lang.toLowerCase().split(/[-_]/u)[0] ?? '';
  if (base === 'zh' || base === 'ja') return kindCues(lang).report.some((c) => s.includes(c));
  return cuePatterns(lang).report.test(s);
}

/** True when every longer word starts with a capital: a name or title ("Belt and Road", "Asia-Europe Partnership"). */
function isTitleLike(content: string): boolean {
  const words = content.match(WORD) ?? [];
  if (words.length === 0 || /[\p{Script=Han}]/u.test(content)) return false;
  return words.every((w, i) => (i > 0 && w.length < 4) || /^[\p{Lu}\p{N}]/u.test(w));
}

function firstLetter(s: string): string {
  return /[\p{L}\p{N}]/u.exec(s)?.[0] ?? '';
}

/**
 * Classifies a quote by its shape and context: speech (a clause or sentence, introduced by a colon or followed by a
 * reporting verb), partial (a fragment inside reported speech) or term (a name, title or scare quote).
 */
export function classifyQuote(text: string, q: KindInput, lang: string): QuoteKind {
  const content = text.slice(q.contentStart, q.contentEnd);
  const units = wordUnits(content);
  const before = text.slice(q.scopeStart, q.start);
  const after = text.slice(q.end, q.scopeEnd);
  const lead = before.replace(/[\s\u00a0]+$/u, '');
  const p = cuePatterns(lang);
  if (p.termBefore.test(lead) || p.termRight.test(lead)) return 'term';

  const first = firstLetter(content);
  const lower = /\p{Ll}/u.test(first);
  const colonBefore = /[:：]$/u.test(lead);
  const sentenceInitial =
    lead === '' || /[.!?。！？…]['"’”»」』)]?$/u.test(lead) || /(?:^|\s)[-–—]$/u.test(lead);
  const endsPunct = INSIDE_END.test(content);
  // The sentence around the quote, without the quote itself.
  let sStart = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    if (SENTENCE_END.test(before[i]!) && !CLOSE_MARKS.test(before[i + 1] ?? '')) {
      sStart = i + 1;
      break;
    }
  }
  const endAt = after.search(SENTENCE_END);
  const afterSentence = endAt === -1 ? after : after.slice(0, endAt);
  const cueInSentence = hasReport(before.slice(sStart), lang) || hasReport(afterSentence, lang);
  const afterHead = afterSentence.split(/\s+/u).slice(0, 8).join(' ');
  const reportAfter =
    (endsPunct || /^[\s\u00a0]*[,，]/u.test(after) || /^[\s\u00a0]*[-–—]/u.test(after)) &&
    hasReport(afterHead, lang);
  const titleLike = isTitleLike(content) && !endsPunct;

  if (!lower) {
    if (colonBefore && units >= 2) return 'speech';
    if (titleLike && units <= 8 && !sentenceInitial && !reportAfter && !colonBefore) return 'term';
    if (reportAfter && (units >= 2 || sentenceInitial)) return 'speech';
    if (endsPunct && (units >= 3 || sentenceInitial)) return 'speech';
    if (sentenceInitial && units >= 3) return 'speech';
    if (units >= 5 && !titleLike) return 'speech';
  }
  if (p.det?.test(lead) && units <= 6) return 'term';
  if (cueInSentence) return 'partial';
  if (units >= 8) return 'partial';
  return 'term';
}
