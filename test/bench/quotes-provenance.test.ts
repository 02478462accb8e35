import { describe, expect, it } from 'vitest';
import type { AnalyzeQuotes } from '../../bench/quotes/analyzer';
import { parseTsv } from '../../bench/quotes/gold';
import { scoreProvenance } from '../../bench/quotes/provenance';
import type { ProvenanceStatement } from '../../shared/quotes/types';

const statement = (
  kind: ProvenanceStatement['kind'],
  agent: string | null,
  implicit = false,
): ProvenanceStatement => ({
  kind,
  agent,
  evidence: { start: 0, end: 1 },
  quotes: [],
  implicit,
});

describe('provenance scoring', () => {
  it('parses quoted TSV fields', () => {
    expect(parseTsv('id\tsentence\nP1\t"""Hi,"" he said"\n')).toEqual([
      { id: 'P1', sentence: '"Hi," he said' },
    ]);
  });

  it('scores kind and agent, and counts false alarms on counter-examples', () => {
    const rows = [
      { id: 'A', lang: 'en', kind: 'provenance', sentence: 'good' },
      { id: 'B', lang: 'en', kind: 'provenance', sentence: 'wrong-agent' },
      { id: 'C', lang: 'en', kind: 'counter-example', sentence: 'alarm' },
      { id: 'D', lang: 'en', kind: 'counter-example', sentence: 'implicit only' },
    ];
    const analyze: AnalyzeQuotes = (text, lang) => ({
      lang,
      quotes: [],
      people: [],
      provenance:
        text === 'good'
          ? [statement('translated_by', 'Kremlin')]
          : text === 'wrong-agent'
            ? [statement('translated_by', 'TASS')]
            : text === 'alarm'
              ? [statement('interpreter', null)]
              : [statement('translated_by', null, true)],
    });
    const labels = {
      A: { kinds: ['translated_by' as const], agents: ['the Kremlin'] },
      B: { kinds: ['translated_by' as const], agents: ['the Kremlin'] },
    };
    expect(scoreProvenance(rows, labels, analyze)).toEqual({
      scored: 2,
      found: 2,
      kindRight: 2,
      agentRight: 1,
      bothRight: 1,
      counter: 2,
      falseAlarms: 1,
      implicit: 0,
      implicitFlagged: 0,
    });
  });
});
