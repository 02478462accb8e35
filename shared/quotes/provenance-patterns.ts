import { primaryLanguage } from './reporting-cues';
import type { ProvenancePattern } from './provenance-pattern-parts';
import { en, ru, uk } from './provenance-patterns-en-ru-uk';
import { ar, de, es, fr, it, pl, pt, zh } from './provenance-patterns-more';

export type { ProvenancePattern };

const BUILDERS: Record<string, () => ProvenancePattern[]> = { en, ru, uk, de, fr, es, pt, it, pl, zh, ar };
const cache = new Map<string, ProvenancePattern[]>();

/** The provenance patterns for a language; English ones also run on every text (wire credits are often English). */
export function provenancePatterns(lang: string): ProvenancePattern[] {
  const key = primaryLanguage(lang);
  const cached = cache.get(key);
  if (cached) return cached;
  const own = BUILDERS[key]?.() ?? [];
  const patterns = key === 'en' ? own : [...own, ...en().filter((p) => p.kind !== 'language_of_utterance')];
  cache.set(key, patterns);
  return patterns;
}
