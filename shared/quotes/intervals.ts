// Sorted-interval look-ups, so per-quote and per-name questions about a long text cost a binary search, not a scan.

/** First index in [0, n) where `past(i)` holds, for a predicate that is false and then true along the index. */
export function firstIndex(n: number, past: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Half-open spans [start, end) in any order, indexed for "which spans overlap [from, to)" and "which contain a
 * point". Answers list the spans' original indices in ascending order, exactly as a filter over the list would.
 */
export class IntervalIndex {
  /** Original indices, sorted by start (then index). */
  private readonly order: number[];
  private readonly starts: number[];
  /** Largest end among order[0..k]. */
  private readonly maxEnd: number[];

  constructor(private readonly spans: readonly { start: number; end: number }[]) {
    this.order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
    this.starts = this.order.map((i) => spans[i]!.start);
    this.maxEnd = [];
    let max = -Infinity;
    for (const i of this.order) {
      max = Math.max(max, spans[i]!.end);
      this.maxEnd.push(max);
    }
  }

  /** Indices of spans with end > from and start < to (start <= to when `startAtTo`, for point look-ups). */
  private collect(from: number, to: number, startAtTo: boolean): number[] {
    const n = this.starts.length;
    const past = firstIndex(n, (k) => (startAtTo ? this.starts[k]! > to : this.starts[k]! >= to));
    const out: number[] = [];
    for (let k = past - 1; k >= 0 && this.maxEnd[k]! > from; k -= 1) {
      const i = this.order[k]!;
      if (this.spans[i]!.end > from) out.push(i);
    }
    return out.sort((a, b) => a - b);
  }

  /** Spans with start < to and end > from. */
  overlapping(from: number, to: number): number[] {
    return this.collect(from, to, false);
  }

  /** Spans with start <= pos < end. */
  containing(pos: number): number[] {
    return this.collect(pos, pos, true);
  }

  /** True when some span has start <= pos < end. */
  contains(pos: number): boolean {
    const past = firstIndex(this.starts.length, (k) => this.starts[k]! > pos);
    for (let k = past - 1; k >= 0 && this.maxEnd[k]! > pos; k -= 1) {
      if (this.spans[this.order[k]!]!.end > pos) return true;
    }
    return false;
  }

  /** Spans with from <= start and end <= to. */
  within(from: number, to: number): number[] {
    const n = this.starts.length;
    const out: number[] = [];
    for (let k = firstIndex(n, (j) => this.starts[j]! >= from); k < n && this.starts[k]! <= to; k += 1) {
      const i = this.order[k]!;
      if (this.spans[i]!.end <= to) out.push(i);
    }
    return out.sort((a, b) => a - b);
  }
}
