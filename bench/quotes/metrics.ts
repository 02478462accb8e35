/** A span with start/end offsets (gold or predicted quote). */
export interface Span {
  start: number;
  end: number;
}

/** True when each span covers at least half of the other (the matching rule). */
export function spansMatch(a: Span, b: Span): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (overlap <= 0) return false;
  return overlap * 2 >= a.end - a.start && overlap * 2 >= b.end - b.start;
}

/** One-to-one matching of gold and predicted spans, largest overlaps first; returns index pairs [gold, predicted]. */
export function matchSpans(gold: readonly Span[], predicted: readonly Span[]): [number, number][] {
  const candidates: { g: number; p: number; overlap: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      if (spansMatch(g, p))
        candidates.push({ g: gi, p: pi, overlap: Math.min(g.end, p.end) - Math.max(g.start, p.start) });
    }),
  );
  candidates.sort((x, y) => y.overlap - x.overlap || x.g - y.g || x.p - y.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** Counts that add up across files and languages. */
export interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  kindRight: number;
  speakerScored: number;
  speakerRight: number;
}

export function emptyTally(): Tally {
  return { gold: 0, predicted: 0, matched: 0, kindRight: 0, speakerScored: 0, speakerRight: 0 };
}

export function addTally(a: Tally, b: Tally): Tally {
  return {
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    matched: a.matched + b.matched,
    kindRight: a.kindRight + b.kindRight,
    speakerScored: a.speakerScored + b.speakerScored,
    speakerRight: a.speakerRight + b.speakerRight,
  };
}

/** Precision, recall and F1; an empty side counts as perfect (nothing to find, nothing wrongly found). */
export function prf(t: Pick<Tally, 'gold' | 'predicted' | 'matched'>): { p: number; r: number; f1: number } {
  const p = t.predicted === 0 ? 1 : t.matched / t.predicted;
  const r = t.gold === 0 ? 1 : t.matched / t.gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

const ARTICLES = /^(?:the|a|an|der|die|das|le|la|les|l['’]|el|los|las|o|os|as|il|lo)\s+/iu;

/** Lower case, no accents, no leading article, single spaces: for comparing names written slightly differently. */
export function normName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.,'’"“”«»()]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(ARTICLES, '');
}

/**
 * True when a predicted name denotes the gold one: equal after normalising, or one's words are all among the
 * other's ("Putin" for "Vladimir Putin"); null matches only null.
 */
export function sameName(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const g = normName(gold);
  const p = normName(predicted);
  if (g === p) return true;
  if (g === '' || p === '') return false;
  const gw = new Set(g.split(' '));
  const pw = p.split(' ');
  if (pw.every((w) => gw.has(w))) return true;
  const pws = new Set(pw);
  if ([...gw].every((w) => pws.has(w))) return true;
  // Unspaced scripts (蒲亭, 中央社): containment.
  return !/\s/u.test(g + p) && (g.includes(p) || p.includes(g));
}

/** True when a predicted agent is one of the accepted ones (null in the list accepts "no agent"). */
export function agentAccepted(accepted: readonly (string | null)[], predicted: string | null): boolean {
  return accepted.some((a) => {
    if (a === null || predicted === null) return a === predicted;
    const g = normName(a);
    const p = normName(predicted);
    if (g === '' || p === '') return g === p;
    return g === p || g.includes(p) || p.includes(g);
  });
}

/** Formats a ratio for the table ("0.923"), or "n/a" when nothing was scored. */
export function fmt(x: number | null): string {
  return x === null || Number.isNaN(x) ? 'n/a' : x.toFixed(3);
}
