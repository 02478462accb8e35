import { useEffect, useState } from 'react';
import type { Version } from '../../../shared/model/version';
import { countWordsSliced, knownWordCount } from './word-counts';

type Counted = Pick<Version, 'id' | 'text' | 'language'>;

function allKnown(versions: readonly Counted[]): Map<string, number> | null {
  const counts = new Map<string, number>();
  for (const v of versions) {
    const n = knownWordCount(v.text, v.language);
    if (n === undefined) return null;
    counts.set(v.id, n);
  }
  return counts;
}

/**
 * Word counts per version id, or null while they are being counted (in the background, a slice at a time, once
 * `start` is true, so the grid's first screen never waits for them).
 */
export function useWordCounts(versions: readonly Counted[], start: boolean): Map<string, number> | null {
  const [counted, setCounted] = useState<{ of: readonly Counted[]; counts: Map<string, number> } | null>(
    null,
  );
  const known = counted?.of === versions ? counted.counts : allKnown(versions);

  useEffect(() => {
    if (!start || known) return;
    let stop = false;
    void (async () => {
      const counts = new Map<string, number>();
      for (const v of versions) {
        const n = await countWordsSliced(v.text, v.language, () => stop);
        if (n === null) return;
        counts.set(v.id, n);
      }
      if (!stop) setCounted({ of: versions, counts });
    })();
    return () => {
      stop = true;
    };
  }, [versions, start, known]);

  return known;
}
