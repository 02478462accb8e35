import type { Annotation, Severity } from '../model/annotation';
import type { Version } from '../model/version';
import { wordChunks } from './word-chunks';

/**
 * The MQM quality score of a story, as the side panel shows it. The rule, stated once here and in the panel's help:
 * - Penalty points per annotation: neutral 0, minor 1, major 5, critical 25.
 * - Annotations marked "won't fix" do not count (the reviewers agreed it is not an error); open and resolved ones
 *   do (a resolved error was still in the translation as delivered).
 * - Only versions under review are scored: every version whose role is not "source" (translations and
 *   references). An annotation counts once against each such version it has a span in (attached or detached);
 *   spans in the source add nothing.
 * - Words are counted with Intl.Segmenter's word granularity in the version's language (word-like segments only,
 *   so Chinese and Japanese are counted in words, not characters, and punctuation never counts).
 * - Score = penalty points × 1,000 ÷ words, per version and overall (all scored versions' points over all their
 *   words). A score at or below the threshold passes; above it fails. A version without words has no score.
 */

/** Penalty points per severity (MQM's usual weights). */
export const SEVERITY_POINTS: Readonly<Record<Severity, number>> = {
  neutral: 0,
  minor: 1,
  major: 5,
  critical: 25,
};

/** Whether an annotation's severity counts toward the score. */
export function countsTowardScore(annotation: Pick<Annotation, 'status'>): boolean {
  return annotation.status !== 'wontfix';
}

/** Whether a version is scored (everything but the source). */
export function isScored(version: Pick<Version, 'role'>): boolean {
  return version.role !== 'source';
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    let locale = 'und';
    try {
      locale = Intl.Segmenter.supportedLocalesOf([language])[0] ?? 'und';
    } catch {
      // A tag the runtime rejects falls back to the root locale's rules.
    }
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(language, s);
  }
  return s;
}

/** Words in a text by the language's word rules (word-like segments; numbers count, punctuation does not). */
export function countWords(text: string, language: string): number {
  const segmenter = segmenterFor(language);
  let n = 0;
  for (const chunk of wordChunks(text))
    for (const seg of segmenter.segment(chunk)) if (seg.isWordLike) n += 1;
  return n;
}

/** Counts per severity of the annotations that count. */
export type SeverityCounts = Record<Severity, number>;

/** One scored figure: points, words, the score (null without words) and whether it passes. */
export interface MqmFigure {
  penalty: number;
  words: number;
  /** Penalty points per 1,000 words; null when there are no words to score. */
  score: number | null;
  /** Score at or below the threshold; null when there is no score. */
  pass: boolean | null;
  /** How many counted annotations of each severity went into the points. */
  counts: SeverityCounts;
}

/** The score of one version under review. */
export interface VersionScore extends MqmFigure {
  versionId: string;
}

/** A story's score per version under review and overall. */
export interface MqmScore {
  versions: VersionScore[];
  overall: MqmFigure;
  threshold: number;
}

function figure(penalty: number, words: number, counts: SeverityCounts, threshold: number): MqmFigure {
  const score = words > 0 ? (penalty * 1000) / words : null;
  return { penalty, words, score, pass: score === null ? null : score <= threshold, counts };
}

const noCounts = (): SeverityCounts => ({ neutral: 0, minor: 0, major: 0, critical: 0 });

/**
 * Scores a story's versions under review. `words` may hold precomputed word counts by version id (counting a long
 * text takes a while, and the text rarely changes while annotations do).
 */
export function mqmScore(
  versions: readonly Pick<Version, 'id' | 'role' | 'language' | 'text'>[],
  annotations: readonly Pick<Annotation, 'spans' | 'severity' | 'status'>[],
  threshold: number,
  words?: ReadonlyMap<string, number>,
): MqmScore {
  const counted = annotations.filter(countsTowardScore);
  const scored = versions.filter(isScored);
  const overallCounts = noCounts();
  let totalPenalty = 0;
  let totalWords = 0;
  const perVersion = scored.map((v) => {
    const counts = noCounts();
    let penalty = 0;
    for (const a of counted) {
      if (!a.spans.some((s) => s.versionId === v.id)) continue;
      counts[a.severity] += 1;
      overallCounts[a.severity] += 1;
      penalty += SEVERITY_POINTS[a.severity];
    }
    const n = words?.get(v.id) ?? countWords(v.text, v.language);
    totalPenalty += penalty;
    totalWords += n;
    return { versionId: v.id, ...figure(penalty, n, counts, threshold) };
  });
  return {
    versions: perVersion,
    overall: figure(totalPenalty, totalWords, overallCounts, threshold),
    threshold,
  };
}
