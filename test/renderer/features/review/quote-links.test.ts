import { describe, expect, it } from 'vitest';
import { counterparts, presenceOf } from '../../../../renderer/features/review/quote-links';
import type { DocumentQuotes, QuoteView } from '../../../../shared/quotes/document-quotes';

const q = (start: number): QuoteView => ({
  start,
  end: start + 5,
  contentStart: start + 1,
  contentEnd: start + 4,
  kind: 'speech',
  depth: 0,
  speaker: null,
  addressee: null,
  provenance: null,
});

const story: DocumentQuotes = {
  sourceVersionId: 'en',
  versions: [
    { versionId: 'en', lang: 'en', quotes: [q(0), q(10), q(20)], matching: null },
    {
      versionId: 'ru',
      lang: 'ru',
      quotes: [q(0), q(10)],

      matching: { links: [{ source: 0, target: 1, score: 0.9 }], missing: [1, 2], extra: [0] },
    },
    {
      versionId: 'zh',
      lang: 'zh',
      quotes: [q(0), q(10)],

      matching: {
        links: [
          { source: 0, target: 0, score: 0.8 },
          { source: 2, target: 1, score: 0.7 },
        ],
        missing: [1],
        extra: [],
      },
    },
  ],
};

describe('quote counterparts', () => {
  it('goes from a source quote to every version that has it', () => {
    expect(Object.fromEntries(counterparts(story, { versionId: 'en', index: 0 }))).toEqual({
      en: [0],
      ru: [1],
      zh: [0],
    });
  });

  it('goes from a translation’s quote through the source to the other translations', () => {
    expect(Object.fromEntries(counterparts(story, { versionId: 'zh', index: 1 }))).toEqual({
      zh: [1],
      en: [2],
    });
  });

  it('lights only the quote itself when it has no counterpart', () => {
    expect(Object.fromEntries(counterparts(story, { versionId: 'ru', index: 0 }))).toEqual({ ru: [0] });
  });

  it('says which version holds each source quote', () => {
    expect(Object.fromEntries(presenceOf(story, 0))).toEqual({ ru: 1, zh: 0 });
    expect(Object.fromEntries(presenceOf(story, 1))).toEqual({ ru: null, zh: null });
  });
});
