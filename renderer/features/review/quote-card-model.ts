import type { StoryDocument } from '../../../shared/model/project';
import type { Version } from '../../../shared/model/version';
import type { DocumentQuotes, QuoteView } from '../../../shared/quotes/document-quotes';
import { wordTokens } from '../../../shared/text/word-diff';
import { counterparts, type QuoteRef } from './quote-links';

/** One version's rendering of the quote on the card: the quote itself, or null when the version has no counterpart. */
export interface CardEntry {
  /** Stable id for pickers and keys: version id and quote index. */
  id: string;
  version: Version;
  col: number;
  index: number | null;
  quote: QuoteView | null;
  /** The quote's words with their marks, as the version prints them ('' when missing). */
  text: string;
  /**
   * Not linked by the quote matcher, but the version's quote closest in wording to a linked one in the same language
   * (matching goes through the alignment, which can miss a pair that reads almost the same).
   */
  closest: boolean;
}

/** Below this share of common words (Dice), a same-language quote is not offered as the closest wording. */
const MIN_CLOSENESS = 0.3;

/** The lower-cased words of a text, for a rough same-language comparison. */
function wordsOf(text: string, lang: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const token of wordTokens(text, lang)) {
    if (!/[\p{L}\p{N}]/u.test(token)) continue;
    const word = token.toLocaleLowerCase(lang);
    out.set(word, (out.get(word) ?? 0) + 1);
  }
  return out;
}

/** Dice's coefficient over word counts: 1 for the same words, 0 for none in common. */
function closeness(a: Map<string, number>, b: Map<string, number>): number {
  let common = 0;
  let total = 0;
  for (const [w, n] of a) {
    common += Math.min(n, b.get(w) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}

/** The quote of `version` whose wording is closest to `reference`, if close enough. */
function closestQuote(
  version: Version,
  own: readonly QuoteView[],
  reference: string,
): { i: number; q: QuoteView } | null {
  const ref = wordsOf(reference, version.language);
  let best: { i: number; q: QuoteView; score: number } | null = null;
  own.forEach((q, i) => {
    const score = closeness(ref, wordsOf(version.text.slice(q.contentStart, q.contentEnd), version.language));
    if (score >= MIN_CLOSENESS && (!best || score > best.score)) best = { i, q, score };
  });
  return best;
}

/** Everything the quote card shows, worked out once from the story and its quotes. */
export interface CardModel {
  ref: QuoteRef;
  version: Version;
  col: number;
  quote: QuoteView;
  text: string;
  /** The sentence that says who translated the quote (its own version's offsets), or null. */
  evidence: { versionId: string; start: number; end: number; text: string } | null;
  /** The quote in every version, in column order (several entries when a version has more than one counterpart). */
  entries: CardEntry[];
  /** Entries that share a language with at least one other entry, so a word-level comparison makes sense. */
  comparable: CardEntry[];
}

/**
 * What "the same language" means for a word diff: the language and its script (en-GB and en-US compare;
 * zh-Hans and zh-Hant do not, their characters differ).
 */
export function languageKey(tag: string): string {
  try {
    const locale = new Intl.Locale(tag).maximize();
    return `${locale.language}-${locale.script ?? ''}`;
  } catch {
    return tag.toLowerCase();
  }
}

/** The card for one quote, or null when the reference no longer names a quote of this story. */
export function cardModel(doc: StoryDocument, quotes: DocumentQuotes, ref: QuoteRef): CardModel | null {
  const col = doc.versions.findIndex((v) => v.id === ref.versionId);
  const version = doc.versions[col];
  const quote = quotes.versions[col]?.quotes[ref.index];
  if (!version || !quote || quotes.versions[col]?.versionId !== version.id) return null;

  const linked = counterparts(quotes, ref);
  const entry = (v: Version, c: number, i: number, q: QuoteView, closest: boolean): CardEntry => ({
    id: `${v.id}:${i}`,
    version: v,
    col: c,
    index: i,
    quote: q,
    text: v.text.slice(q.start, q.end),
    closest,
  });
  // First the matcher's counterparts, per version in column order.
  const perVersion = doc.versions.map((v, c) => {
    const own = quotes.versions[c];
    if (own?.versionId !== v.id) return [];
    return (linked.get(v.id) ?? [])
      .map((i) => ({ i, q: own.quotes[i] }))
      .filter((x): x is { i: number; q: QuoteView } => x.q !== undefined)
      .sort((x, y) => x.q.start - y.q.start)
      .map(({ i, q }) => entry(v, c, i, q, false));
  });
  const found = perVersion.flat();

  // A version with none, in the language of a linked one, gets its closest wording (e.g. AP vs Reuters English).
  const entries: CardEntry[] = [];
  doc.versions.forEach((v, c) => {
    const own = perVersion[c] ?? [];
    if (own.length > 0) {
      entries.push(...own);
      return;
    }
    const key = languageKey(v.language);
    // Compared with the opened quote when it is in this language, else with a linked quote in this language.
    const reference =
      key === languageKey(version.language)
        ? { version, quote }
        : found.find((e) => languageKey(e.version.language) === key);
    const refText = reference?.quote
      ? reference.version.text.slice(reference.quote.contentStart, reference.quote.contentEnd)
      : null;
    const versionQuotes = quotes.versions[c]?.versionId === v.id ? (quotes.versions[c]?.quotes ?? []) : [];
    const near = refText === null ? null : closestQuote(v, versionQuotes, refText);
    if (near) entries.push(entry(v, c, near.i, near.q, true));
    else
      entries.push({
        id: `${v.id}:-`,
        version: v,
        col: c,
        index: null,
        quote: null,
        text: '',
        closest: false,
      });
  });

  const perLanguage = new Map<string, number>();
  for (const e of entries) {
    if (!e.quote) continue;
    const key = languageKey(e.version.language);
    perLanguage.set(key, (perLanguage.get(key) ?? 0) + 1);
  }
  const comparable = entries.filter(
    (e) => e.quote && (perLanguage.get(languageKey(e.version.language)) ?? 0) >= 2,
  );

  const ev = quote.provenance?.evidence;
  const evidence =
    ev && ev.end > ev.start && ev.end <= version.text.length
      ? { versionId: version.id, start: ev.start, end: ev.end, text: version.text.slice(ev.start, ev.end) }
      : null;
  return {
    ref,
    version,
    col,
    quote,
    text: version.text.slice(quote.start, quote.end),
    evidence,
    entries,
    comparable,
  };
}

/**
 * The two versions the comparison starts with: the opened quote and the first other one in its language, else the
 * first language that has two; null when no two versions share a language.
 */
export function initialPair(model: CardModel): [string, string] | null {
  const own = model.comparable.find((e) => e.version.id === model.version.id && e.index === model.ref.index);
  const first = own ?? model.comparable[0];
  if (!first) return null;
  const key = languageKey(first.version.language);
  const other = model.comparable.find((e) => e !== first && languageKey(e.version.language) === key);
  return other ? [first.id, other.id] : null;
}
