/** speech: a quoted utterance; partial: a few quoted words inside reported speech; term: titles, names, scare quotes. */
export type QuoteKind = 'speech' | 'partial' | 'term';

/** A quotation found in a text. Offsets are UTF-16 code units into the version's text. */
export interface QuoteSpan {
  /** The span including its quotation marks (for a multi-paragraph quote: from the first opening mark to the last closing one). */
  start: number;
  end: number;
  /** The quoted words without the marks. */
  contentStart: number;
  contentEnd: number;
  kind: QuoteKind;
  /** How the quote was delimited: by quotation marks, or as a speaker-labelled transcript turn. */
  delimiter: 'marks' | 'transcript';
  /** Nesting depth: 0 for a top-level quote, 1 for a quote inside a quote, … */
  depth: number;
}

/** Who translated a quote, and how we know. */
export type ProvenanceKind = 'translated_by' | 'interpreter' | 'translation_source' | 'language_of_utterance';

/** A statement in the text (or an inference) about who translated which quotes. */
export interface ProvenanceStatement {
  kind: ProvenanceKind;
  /** "the Kremlin", "an interpreter", "Russian" (for language_of_utterance), or null when unnamed. */
  agent: string | null;
  /** The sentence or label that says so; for implicit provenance, the quote itself. */
  evidence: { start: number; end: number };
  /** Indices into QuoteAnalysis.quotes that the statement covers. */
  quotes: number[];
  /** True when inferred (speaker's language differs from the document's), not stated. */
  implicit: boolean;
}

/** A quote with its attribution. */
export interface Quote extends QuoteSpan {
  /** Canonical speaker name (one per person across the document, e.g. "Li Shangfu" for Li / Li Shangfu / he). */
  speaker: string | null;
  addressee: string | null;
  /** Index into QuoteAnalysis.provenance, or null. */
  provenance: number | null;
}

/** One person the document quotes, with every form the text uses for them. */
export interface Person {
  name: string;
  aliases: string[];
}

export interface QuoteAnalysis {
  lang: string;
  quotes: Quote[];
  provenance: ProvenanceStatement[];
  people: Person[];
}

/** What the user tells the engine: which language each person speaks (edited in the app, never hard-coded). */
export interface SpeakerLanguage {
  /** Any name form; matched against a person's aliases. */
  name: string;
  language: string;
}

export interface QuoteOptions {
  speakerLanguages?: SpeakerLanguage[];
}
