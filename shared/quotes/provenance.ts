import type { ProvenanceStatement, QuoteOptions, QuoteSpan } from './types';
import type { PeopleIndex } from './people';
import type { QuoteAttribution } from './attribution';
import { transcriptLabel } from './attribution';
import { provenancePatterns } from './provenance-patterns';
import { possessivePronoun } from './pronouns';
import { findCues } from './reporting';
import { primaryLanguage } from './reporting-cues';
import { segmentText } from '../text/segment';
import { firstIndex, IntervalIndex } from './intervals';

interface Span {
  start: number;
  end: number;
}

/** How closely a statement is tied to a quote: a label beats its sentence, which beats the speaker, then the article. */
type Scope = 'label' | 'sentence' | 'person' | 'paragraph' | 'document' | 'none';
const RANK: Record<Scope, number> = { label: 0, sentence: 1, person: 2, paragraph: 3, document: 4, none: 9 };

interface Found {
  statement: ProvenanceStatement;
  scope: Scope;
  matchStart: number;
}

/** Sentences that never cut through a quotation (ICU breaks inside long quotes; provenance scopes need whole ones). */
function quoteSafeSentences(text: string, lang: string, quotes: readonly QuoteSpan[]): Span[] {
  const out: Span[] = [];
  const marks = quotes.filter((q) => q.delimiter === 'marks').sort((a, b) => a.start - b.start);
  // Sentence ends only grow, so one pass keeps the furthest end of the quotes that start before the last one's end.
  let next = 0;
  let reach = -Infinity;
  for (const s of segmentText(text, lang).sentences) {
    const last = out[out.length - 1];
    if (last !== undefined) {
      while (next < marks.length && (marks[next] as QuoteSpan).start < last.end) {
        reach = Math.max(reach, (marks[next] as QuoteSpan).end);
        next += 1;
      }
    }
    const straddles = last !== undefined && reach > s.start;
    if (last && straddles) last.end = s.end;
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

function cleanAgent(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const a = raw
    .replace(/[\s.,;:]+$/u, '')
    .replace(/^[\s(]+/u, '')
    .trim();
  return a === '' ? null : a;
}

/** The person a possessor names: "Li’s" → Li; "his" → the nearest person before it. */
function possessor(text: string, lang: string, people: PeopleIndex, who: string, at: number): number | null {
  const word = who.replace(/['’]s?$/u, '').trim();
  if (possessivePronoun(word, lang) || /^(?:his|her|their)$/iu.test(word)) {
    let windowStart = at;
    for (let n = 0; n < 3 && windowStart > 0; n += 1)
      windowStart = text.lastIndexOf('\n', windowStart - 2) + 1;
    const candidate = people.before(at, windowStart).find((c) => people.isPerson(c.id));
    return candidate?.id ?? null;
  }
  const id = people.find(word);
  return id === -1 ? null : id;
}

/**
 * Every statement about who translated quoted words, scoped to the quotes it covers, plus implicit translations
 * (a speaker whose language, from options.speakerLanguages, differs from the document's). Returns the statements
 * and, per quote, the index of the statement that applies to it.
 */
export function findProvenance(
  text: string,
  lang: string,
  quotes: readonly QuoteSpan[],
  attributions: readonly QuoteAttribution[],
  people: PeopleIndex,
  options: QuoteOptions = {},
): { statements: ProvenanceStatement[]; perQuote: (number | null)[] } {
  // Segmenting a long text is costly and most texts state no provenance: sentences are found on the first match.
  let sentences: Span[] | null = null;
  const labels = quotes.map((q) => (q.delimiter === 'transcript' ? transcriptLabel(text, q) : null));
  // Indexes over the quotes, so each statement's look-ups cost a search rather than a pass over the document.
  const labelSpans = new IntervalIndex(
    labels.map((l) =>
      l === null ? { start: Infinity, end: -Infinity } : { start: l.start, end: l.end + 2 },
    ),
  );
  const marksIndex = new IntervalIndex(
    quotes.map((q) => (q.delimiter === 'marks' ? q : { start: Infinity, end: -Infinity })),
  );
  const nonTermIndex = new IntervalIndex(
    quotes.map((q) => (q.kind !== 'term' ? q : { start: Infinity, end: -Infinity })),
  );
  const bySpeaker = new Map<number, number[]>();
  quotes.forEach((_, i) => {
    const id = attributions[i]?.speakerId;
    if (id === undefined || id === null) return;
    const list = bySpeaker.get(id);
    if (list) list.push(i);
    else bySpeaker.set(id, [i]);
  });
  const languages = new Map<number, string | null>();
  const languageOf = (id: number): string | null => {
    if (!languages.has(id)) languages.set(id, speakerLanguage(people, id, options));
    return languages.get(id) ?? null;
  };
  const docLanguage = primaryLanguage(lang);
  const speaksDocLanguage = (id: number | null): boolean => id !== null && languageOf(id) === docLanguage;
  // What a document-wide statement covers is the same for every such statement: computed once, copied per statement.
  let documentWide: number[] | null = null;
  const sentenceAt = (pos: number): Span | undefined => {
    const list = (sentences ??= quoteSafeSentences(text, lang, quotes));
    const s = list[firstIndex(list.length, (j) => (list[j] as Span).end > pos)];
    return s !== undefined && pos >= s.start ? s : undefined;
  };
  const found: Found[] = [];
  const taken: Span[] = [];

  for (const pattern of provenancePatterns(lang)) {
    pattern.re.lastIndex = 0;
    for (const m of text.matchAll(pattern.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      const labelIndex = labelSpans.containing(start)[0] ?? -1;
      const sentence = sentenceAt(start) ?? { start, end };
      const sentenceText = text.slice(sentence.start, sentence.end).trim();
      if (labelIndex === -1 && sentenceText.endsWith('?')) continue;
      const inSentence = marksIndex
        .overlapping(sentence.start, sentence.end)
        .map((i) => ({ q: quotes[i] as QuoteSpan, i }));
      if (
        pattern.needsSpeech &&
        labelIndex === -1 &&
        inSentence.length === 0 &&
        !findCues(text, sentence.start, sentence.end, lang).some((c) => c.role === 'say' || c.role === 'tell')
      ) {
        continue;
      }
      const groups = m.groups ?? {};
      const agent = cleanAgent(groups.agent) ?? cleanAgent(groups.mod);
      let scope: Scope = 'none';
      let covered: number[] = [];
      const nonTerm = inSentence.filter(({ q }) => q.kind !== 'term');
      if (labelIndex !== -1) {
        scope = 'label';
        covered = [labelIndex];
      } else if (inSentence.length > 0) {
        scope = 'sentence';
        covered = (nonTerm.length > 0 ? nonTerm : inSentence).map(({ i }) => i);
      } else if (groups.who) {
        const id = possessor(text, lang, people, groups.who, start);
        scope = 'person';
        covered = id === null ? [] : [...(bySpeaker.get(id) ?? [])];
      } else if (pattern.document) {
        scope = 'document';
        documentWide ??= quotes
          .map((q, i) => ({ q, i }))
          .filter(({ q, i }) => q.kind !== 'term' && !speaksDocLanguage(attributions[i]?.speakerId ?? null))
          .map(({ i }) => i);
        covered = documentWide.slice();
      } else {
        const person = people.within(sentence.start, sentence.end).find((o) => people.isPerson(o.id));
        if (person) {
          scope = 'person';
          covered = [...(bySpeaker.get(person.id) ?? [])];
        } else {
          const paraStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
          const nl = text.indexOf('\n', sentence.end);
          const paraEnd = nl === -1 ? text.length : nl;
          scope = 'paragraph';
          covered = nonTermIndex.within(paraStart, paraEnd);
        }
      }
      taken.push({ start, end });
      const evidence =
        labelIndex !== -1
          ? { start: (labels[labelIndex] as Span).start, end: (labels[labelIndex] as Span).end }
          : { start: sentence.start, end: sentence.end };
      found.push({
        statement: { kind: pattern.kind, agent, evidence, quotes: covered, implicit: false },
        scope,
        matchStart: start,
      });
    }
  }

  found.sort(
    (a, b) => a.statement.evidence.start - b.statement.evidence.start || a.matchStart - b.matchStart,
  );
  const statements = found.map((f) => f.statement);
  // Per quote, the closest-scoped statement covering it (the first one on a tie), visiting only what each covers.
  const perQuote: (number | null)[] = quotes.map(() => null);
  const bestKeys: number[] = quotes.map(() => Infinity);
  found.forEach((f, si) => {
    const language = f.statement.kind === 'language_of_utterance' ? 0.5 : 0;
    for (const qi of f.statement.quotes) {
      const q = quotes[qi];
      if (q === undefined) continue;
      const distance =
        Math.min(Math.abs(f.matchStart - q.end), Math.abs(f.matchStart - q.start)) / (text.length + 1);
      const key = RANK[f.scope] + language + distance * 0.1;
      if (key < (bestKeys[qi] as number)) {
        bestKeys[qi] = key;
        perQuote[qi] = si;
      }
    }
  });

  // Implicit: the speaker speaks another language than the document's, and no statement says who translated.
  quotes.forEach((q, qi) => {
    const id = attributions[qi]?.speakerId ?? null;
    if (perQuote[qi] !== null || id === null || q.kind === 'term') return;
    const language = languageOf(id);
    if (language === null || language === docLanguage) return;
    statements.push({
      kind: 'translated_by',
      agent: null,
      evidence: { start: q.start, end: q.end },
      quotes: [qi],
      implicit: true,
    });
    perQuote[qi] = statements.length - 1;
  });
  return { statements, perQuote };
}

/** The language the user registered for a person (matched against every alias), as a primary subtag. */
function speakerLanguage(people: PeopleIndex, id: number, options: QuoteOptions): string | null {
  for (const entry of options.speakerLanguages ?? []) {
    if (typeof entry?.name !== 'string' || typeof entry.language !== 'string') continue;
    const match = people.find(entry.name);
    const aliases = people.aliases(id).map((a) => a.toLowerCase());
    if (
      match === id ||
      aliases.includes(entry.name.trim().toLowerCase()) ||
      people.canonical(id).toLowerCase() === entry.name.trim().toLowerCase()
    ) {
      return primaryLanguage(entry.language);
    }
  }
  return null;
}
