import { describe, expect, it } from 'vitest';
import { alignSides } from '../../../shared/align/align';
import type { AlignSide, Bead } from '../../../shared/align/types';

/** Deterministic pseudo-random numbers in [0, 1) from a seed. */
function random(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x + 0x6d2b79f5) >>> 0;
    let t = Math.imul(x ^ (x >>> 15), 1 | x);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'talks',
  'minister',
  'trade',
  'said',
  'Moscow',
  'Beijing',
  'energy',
  'the',
  'on',
  'would',
  'visit',
];

/** `count` made-up sentences of 2–30 words (now and then a number), in paragraphs of 1–8 sentences. */
function side(count: number, next: () => number): AlignSide {
  const sentences: string[] = [];
  const paragraphOf: number[] = [];
  let paragraph = 0;
  for (let k = 0; k < count; k += 1) {
    const words = Array.from({ length: 2 + Math.floor(next() * 29) }, () =>
      next() < 0.05 ? String(Math.floor(next() * 2000)) : WORDS[Math.floor(next() * WORDS.length)],
    );
    sentences.push(`${words.join(' ')}.`);
    if (k > 0 && next() < 0.2) paragraph += 1;
    paragraphOf.push(paragraph);
  }
  return { lang: 'en', sentences, paragraphOf };
}

/** Every sentence of both sides exactly once, in order, each bead non-empty. */
function expectPartition(beads: readonly Bead[], n: number, m: number): void {
  expect(beads.flatMap((b) => b.src)).toEqual([...Array(n).keys()]);
  expect(beads.flatMap((b) => b.tgt)).toEqual([...Array(m).keys()]);
  for (const b of beads) expect(b.src.length + b.tgt.length).toBeGreaterThan(0);
}

describe('alignSides on sides of very different lengths', () => {
  it('covers every sentence of both sides once, in order, for random lengths up to 3,000 and ratios up to 1:8', () => {
    const next = random(71_437_500);
    const sizes: [number, number][] = [
      [1, 1],
      [1, 8],
      [8, 1],
      [3000, 375],
      [375, 3000],
      [3000, 2500],
    ];
    while (sizes.length < 32) {
      // Mostly small pairs (cheap), a few up to 3,000 sentences.
      const big = next() < 0.15;
      const n = 1 + Math.floor(next() * (big ? 3000 : 400));
      const ratio = 2 ** ((next() * 2 - 1) * 3);
      const m = Math.max(1, Math.min(3000, Math.round(n * ratio)));
      sizes.push(next() < 0.5 ? [n, m] : [m, n]);
    }
    for (const [n, m] of sizes) {
      const src = side(n, next);
      const tgt = side(m, next);
      expectPartition(alignSides(src, tgt).beads, n, m);
    }
  }, 120_000);
});
