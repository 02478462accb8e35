import type { ProvenanceStatement, QuoteOptions, QuoteSpan } from './types';
import type { PeopleIndex } from './people';
import type { QuoteAttribution } from './attribution';
import { transcriptLabel } from './attribution';
import { provenancePatterns } from './provenance-patterns';
import { possessivePronoun } from './pronouns';
import { findCues } from './reporting';
import { primaryLanguage } from './reporting-cues';
import { segmentText } from '../text/segment';

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
  for (const s of segmentText(text, lang).sentences) {
    const last = out[out.length - 1];
    const straddles =
      last !== undefined &&
      quotes.some((q) => q.delimiter === 'marks' && q.start < last.end && q.end > s.start);
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
  const sentences = quoteSafeSentences(text, lang, quotes);
  const labels = quotes.map((q) => (q.delimiter === 'transcript' ? transcriptLabel(text, q) : null));
  const speaksDocLanguage = (id: number | null): boolean =>
    id !== null && speakerLanguage(people, id, options) === primaryLanguage(lang);
  const found: Found[] = [];
  const taken: Span[] = [];

  for (const pattern of provenancePatterns(lang)) {
    pattern.re.lastIndex = 0;
    for (const m of text.matchAll(pattern.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      const labelIndex = labels.findIndex((l) => l !== null && start >= l.start && start < l.end + 2);
      const sentence = sentences.find((s) => start >= s.start && start < s.end) ?? { start, end };
      const sentenceText = text.slice(sentence.start, sentence.end).trim();
      if (labelIndex === -1 && sentenceText.endsWith('?')) continue;
      const inSentence = quotes
        .map((q, i) => ({ q, i }))
        .filter(({ q }) => q.start < sentence.end && q.end > sentence.start && q.delimiter === 'marks');
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
        covered = id === null ? [] : quotes.map((_, i) => i).filter((i) => attributions[i]?.speakerId === id);
      } else if (pattern.document) {
        scope = 'document';
        covered = quotes
          .map((q, i) => ({ q, i }))
          .filter(({ q, i }) => q.kind !== 'term' && !speaksDocLanguage(attributions[i]?.speakerId ?? null))
          .map(({ i }) => i);
      } else {
        const person = people.within(sentence.start, sentence.end).find((o) => people.isPerson(o.id));
        if (person) {
          scope = 'person';
          covered = quotes.map((_, i) => i).filter((i) => attributions[i]?.speakerId === person.id);
        } else {
          const paraStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
          const nl = text.indexOf('\n', sentence.end);
          const paraEnd = nl === -1 ? text.length : nl;
          scope = 'paragraph';
          covered = quotes
            .map((q, i) => ({ q, i }))
            .filter(({ q }) => q.kind !== 'term' && q.start >= paraStart && q.end <= paraEnd)
            .map(({ i }) => i);
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
  const perQuote: (number | null)[] = quotes.map((q, qi) => {
    let best: number | null = null;
    let bestKey = Infinity;
    found.forEach((f, si) => {
      if (!f.statement.quotes.includes(qi)) return;
      const language = f.statement.kind === 'language_of_utterance' ? 0.5 : 0;
      const distance =
        Math.min(Math.abs(f.matchStart - q.end), Math.abs(f.matchStart - q.start)) / (text.length + 1);
      const key = RANK[f.scope] + language + distance * 0.1;
      if (key < bestKey) {
        bestKey = key;
        best = si;
      }
    });
    return best;
  });

  // Implicit: the speaker speaks another language than the document's, and no statement says who translated.
  quotes.forEach((q, qi) => {
    const id = attributions[qi]?.speakerId ?? null;
    if (perQuote[qi] !== null || id === null || q.kind === 'term') return;
    const language = speakerLanguage(people, id, options);
    if (language === null || language === primaryLanguage(lang)) return;
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
