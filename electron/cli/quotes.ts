import { basename } from 'node:path';
import { analyzeQuotes } from '../../shared/quotes/analyze';
import type { ProvenanceKind, QuoteKind, SpeakerLanguage } from '../../shared/quotes/types';
import { detectLanguage } from '../../shared/text/language';
import { decodeBytes } from '../backend/readers/decode';
import { readLimited } from '../backend/readers/read-limited';
import { AppError } from '../../shared/errors';

interface Evidence {
  start: number;
  end: number;
}

/** One line of `verbatim quotes --json`: offsets are UTF-16 code units of the file's text, after any BOM. */
export interface QuotesReport {
  file: string;
  lang: string;
  quotes: {
    start: number;
    end: number;
    text: string;
    kind: QuoteKind;
    speaker: string | null;
    addressee: string | null;
    provenance: { kind: ProvenanceKind; agent: string | null; evidence: Evidence } | null;
  }[];
  provenance: { kind: ProvenanceKind; agent: string | null; evidence: Evidence; quotes: number[] }[];
}

/**
 * The engine sees text with "\n" line ends; this maps its offsets back to the file's own text, where a "\r\n"
 * counts two code units.
 */
function offsetMapper(raw: string): (offset: number) => number {
  const removed: number[] = [];
  for (let i = 0; i < raw.length; i += 1)
    if (raw[i] === '\r' && raw[i + 1] === '\n') removed.push(i - removed.length);
  if (removed.length === 0) return (offset) => offset;
  return (offset) => {
    let lo = 0;
    let hi = removed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (removed[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + lo;
  };
}

/** The file's text as the spec counts it (decoded, BOM dropped, line ends as they are) and as the engine reads it. */
function fileText(bytes: Uint8Array, fileName: string): { raw: string; normalized: string } {
  try {
    const raw = decodeBytes(bytes, { keepLineEnds: true }).text;
    return { raw, normalized: raw.replace(/\r\n?/g, '\n') };
  } catch (error) {
    if (error instanceof AppError)
      throw new AppError(error.code, { ...error.params, fileName }, error.message);
    throw error;
  }
}

/** Reads a file and reports every quote with its speaker and translation provenance. */
export async function quotesOfFile(
  path: string,
  options: { lang?: string; speakerLanguages?: SpeakerLanguage[] } = {},
): Promise<QuotesReport> {
  const bytes = await readLimited(path, basename(path));
  const { raw, normalized } = fileText(bytes, basename(path));
  const lang = options.lang ?? detectLanguage(normalized) ?? 'und';
  const analysis = analyzeQuotes(normalized, lang, { speakerLanguages: options.speakerLanguages ?? [] });
  const at = offsetMapper(raw);
  const evidence = (e: Evidence): Evidence => ({ start: at(e.start), end: at(e.end) });
  return {
    file: path,
    lang,
    quotes: analysis.quotes.map((q) => {
      const statement = q.provenance === null ? null : analysis.provenance[q.provenance];
      return {
        start: at(q.start),
        end: at(q.end),
        text: raw.slice(at(q.start), at(q.end)),
        kind: q.kind,
        speaker: q.speaker,
        addressee: q.addressee,
        provenance: statement
          ? { kind: statement.kind, agent: statement.agent, evidence: evidence(statement.evidence) }
          : null,
      };
    }),
    provenance: analysis.provenance.map((p) => ({
      kind: p.kind,
      agent: p.agent,
      evidence: evidence(p.evidence),
      quotes: p.quotes,
    })),
  };
}
