import type { QuoteSpan } from './types';
import { cuesFor, primaryLanguage } from './reporting-cues';

/** A reporting cue found in the text: where, which words, and its role. */
export interface CueMatch {
  start: number;
  end: number;
  word: string;
  role: 'say' | 'tell' | 'according' | 'accordingAfter';
}

const regexCache = new Map<string, RegExp>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');
}

/** One regex for every cue of a language, longest first, with word boundaries where the script has spaces. */
function cueRegex(lang: string): RegExp {
  const key = primaryLanguage(lang);
  const cached = regexCache.get(key);
  if (cached) return cached;
  const cues = cuesFor(lang);
  const all = [
    ...cues.according.map((w) => ['according', w] as const),
    ...cues.accordingAfter.map((w) => ['accordingAfter', w] as const),
    ...cues.tell.map((w) => ['tell', w] as const),
    ...cues.say.map((w) => ['say', w] as const),
  ].sort((a, b) => b[1].length - a[1].length);
  const groups = {
    say: [] as string[],
    tell: [] as string[],
    according: [] as string[],
    accordingAfter: [] as string[],
  };
  for (const [role, word] of all) groups[role].push(escape(word));
  const spaced = key !== 'zh' && key !== 'ja';
  const b0 = spaced ? '(?<![\\p{L}\\p{M}])(?<![\\p{L}\\p{M}]-)' : '';
  const b1 = spaced ? '(?![\\p{L}\\p{M}])' : '';
  const alt = (role: keyof typeof groups): string =>
    groups[role].length ? `(?<${role}>${groups[role].join('|')})` : `(?<${role}>(?!))`;
  const regex = new RegExp(
    `${b0}(?:${alt('according')}|${alt('accordingAfter')}|${alt('tell')}|${alt('say')})${b1}`,
    'giu',
  );
  regexCache.set(key, regex);
  return regex;
}

/** Every reporting cue in text[from, to), in order. */
export function findCues(text: string, from: number, to: number, lang: string): CueMatch[] {
  const regex = cueRegex(lang);
  const out: CueMatch[] = [];
  const slice = text.slice(from, to);
  regex.lastIndex = 0;
  for (const m of slice.matchAll(regex)) {
    const g = m.groups ?? {};
    const role = g.according ? 'according' : g.accordingAfter ? 'accordingAfter' : g.tell ? 'tell' : 'say';
    out.push({ start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length, word: m[0], role });
  }
  // German ", so X" only right after a quote; elsewhere "so" is an adverb.
  return out.filter((c) => c.word.toLowerCase() !== 'so' || /^[\s,]*$/u.test(text.slice(from, c.start)));
}

const TERMINATOR = /[.!?。！？]/u;
const ABBREVIATION_BEFORE_DOT =
  /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sen|Rep|Gov|Prof|Jr|Sr|No|vs|U\.S|U\.K|т|г|им|св)$/u;

/** Where the clause around a quote begins and ends (sentence, bounded by neighbouring speech quotes). */
export interface QuoteContext {
  beforeStart: number;
  afterEnd: number;
  paragraphStart: number;
  paragraphEnd: number;
}

function isTerminatorAt(text: string, i: number): boolean {
  const ch = text.charAt(i);
  if (!TERMINATOR.test(ch)) return false;
  if (ch === '.') {
    const next = text.charAt(i + 1);
    if (next !== '' && !/\s/u.test(next)) return false;
    if (ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(0, i - 6), i))) return false;
  }
  return true;
}

/** Quotes by the offset of their last character and by their start, in list order, so neighbours are found fast. */
export interface QuoteEdges {
  byLast: Map<number, QuoteSpan[]>;
  byStart: Map<number, QuoteSpan[]>;
}

/** Indexes a quote list for quoteContext (build once per list when asking about many of its quotes). */
export function quoteEdges(quotes: readonly QuoteSpan[]): QuoteEdges {
  const byLast = new Map<number, QuoteSpan[]>();
  const byStart = new Map<number, QuoteSpan[]>();
  for (const q of quotes) {
    const last = byLast.get(q.end - 1);
    if (last) last.push(q);
    else byLast.set(q.end - 1, [q]);
    const first = byStart.get(q.start);
    if (first) first.push(q);
    else byStart.set(q.start, [q]);
  }
  return { byLast, byStart };
}

/** Clause bounds around quote index i: text before it back to the sentence start, after it to the sentence end. */
export function quoteContext(
  text: string,
  quotes: readonly QuoteSpan[],
  i: number,
  edges: QuoteEdges = quoteEdges(quotes),
): QuoteContext {
  const q = quotes[i] as QuoteSpan;
  const paragraphStart = text.lastIndexOf('\n', q.start - 1) + 1;
  const nl = text.indexOf('\n', q.end);
  const paragraphEnd = nl === -1 ? text.length : nl;
  const skippable = (s: QuoteSpan): boolean => s.kind !== 'speech' || s.depth > 0;
  const { byLast, byStart } = edges;
  // Backwards: stop at a sentence end, or at the end of an earlier speech quote in the paragraph.
  let beforeStart = paragraphStart;
  let pos = q.start - 1;
  outer: while (pos >= paragraphStart) {
    for (const other of byLast.get(pos) ?? []) {
      if (other !== q && other.start >= paragraphStart) {
        if (!skippable(other)) {
          beforeStart = other.end;
          break outer;
        }
        pos = other.start - 1;
        continue outer;
      }
    }
    if (isTerminatorAt(text, pos)) {
      beforeStart = pos + 1;
      break;
    }
    pos -= 1;
  }
  // Forwards: stop at a sentence end or at the next speech quote.
  let afterEnd = paragraphEnd;
  pos = q.end;
  outer2: while (pos < paragraphEnd) {
    for (const other of byStart.get(pos) ?? []) {
      if (other !== q && other.depth === 0) {
        if (!skippable(other)) {
          afterEnd = pos;
          break outer2;
        }
        pos = other.end;
        continue outer2;
      }
    }
    if (isTerminatorAt(text, pos)) {
      afterEnd = pos + 1;
      break;
    }
    pos += 1;
  }
  return { beforeStart, afterEnd, paragraphStart, paragraphEnd };
}
