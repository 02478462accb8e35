import { describe, expect, it } from 'vitest';
import type { StoryDocument } from '../../shared/model/project';
import type { Version } from '../../shared/model/version';
import type { DocumentQuotes, QuoteView } from '../../shared/quotes/document-quotes';
import { cardModel, initialPair, languageKey } from '../../renderer/features/review/quote-card-model';

function version(id: string, language: string, text: string): Version {
  return {
    id,
    language,
    detectedLanguage: null,
    role: id === 'src' ? 'source' : 'translation',
    label: id,
    url: null,
    date: null,
    text,
    paragraphs: [{ start: 0, end: text.length }],
    sentences: [{ start: 0, end: text.length }],
    origin: null,
  };
}

/** The quote spanning the first pair of “…” / "…" / «…» marks in a text. */
function quoteOf(text: string, speaker: string | null = null): QuoteView {
  const start = text.search(/[“"«]/);
  const end = text.slice(start + 1).search(/[”"»]/) + start + 2;
  return {
    start,
    end,
    contentStart: start + 1,
    contentEnd: end - 1,
    kind: 'speech',
    depth: 0,
    speaker,
    addressee: null,
    provenance: null,
  };
}

const SRC = '“We are working actively through our military departments,” Putin said.';
const WIRE = 'Putin met Li. "We are also working actively through the military departments," he said.';
const RU = '«Мы активно работаем через военные ведомства», — сказал Путин.';
const OTHER = '“Nothing to do with it at all,” a spokesman said.';

function story(link: boolean): { doc: StoryDocument; quotes: DocumentQuotes } {
  const versions = [version('src', 'en', SRC), version('wire', 'en-GB', WIRE), version('ru', 'ru', RU)];
  const doc = { id: 'd', title: 't', versions } as StoryDocument;
  const q = (text: string) => [quoteOf(text, 'Putin')];
  const quotes: DocumentQuotes = {
    sourceVersionId: 'src',
    versions: [
      { versionId: 'src', lang: 'en', quotes: q(SRC), matching: null },
      {
        versionId: 'wire',
        lang: 'en-GB',
        quotes: q(WIRE),

        matching: link
          ? { links: [{ source: 0, target: 0, score: 0.9 }], missing: [], extra: [] }
          : { links: [], missing: [0], extra: [0] },
      },
      {
        versionId: 'ru',
        lang: 'ru',
        quotes: q(RU),

        matching: { links: [{ source: 0, target: 0, score: 0.8 }], missing: [], extra: [] },
      },
    ],
  };
  return { doc, quotes };
}

describe('languageKey', () => {
  it('puts regional variants together and keeps scripts apart', () => {
    expect(languageKey('en-GB')).toBe(languageKey('en'));
    expect(languageKey('zh-Hant')).not.toBe(languageKey('zh'));
    expect(languageKey('zh-TW')).toBe(languageKey('zh-Hant'));
    expect(languageKey('not a tag!')).toBe('not a tag!');
  });
});

describe('cardModel', () => {
  it('lists the quote in every version and offers the two English ones for comparison', () => {
    const { doc, quotes } = story(true);
    const model = cardModel(doc, quotes, { versionId: 'src', index: 0 });
    expect(model?.entries.map((e) => [e.version.id, e.text, e.closest])).toEqual([
      ['src', '“We are working actively through our military departments,”', false],
      ['wire', '"We are also working actively through the military departments,"', false],
      ['ru', '«Мы активно работаем через военные ведомства»', false],
    ]);
    expect(model?.comparable.map((e) => e.version.id)).toEqual(['src', 'wire']);
    expect(model && initialPair(model)).toEqual(['src:0', 'wire:0']);
    // Opened from Russian: the pair is still the English one, as no other version is Russian.
    const fromRu = cardModel(doc, quotes, { versionId: 'ru', index: 0 });
    expect(fromRu && initialPair(fromRu)).toEqual(['src:0', 'wire:0']);
  });

  it('finds the closest wording in a same-language version the matcher did not link, but not a stranger', () => {
    const { doc, quotes } = story(false);
    const model = cardModel(doc, quotes, { versionId: 'src', index: 0 });
    const wire = model?.entries.find((e) => e.version.id === 'wire');
    expect(wire?.closest).toBe(true);
    expect(wire?.index).toBe(0);
    expect(model?.comparable).toHaveLength(2);

    const unrelated = story(false);
    const other = version('wire', 'en-GB', OTHER);
    unrelated.doc.versions[1] = other;
    (unrelated.quotes.versions[1] as { quotes: QuoteView[] }).quotes = [quoteOf(OTHER)];
    const none = cardModel(unrelated.doc, unrelated.quotes, { versionId: 'src', index: 0 });
    expect(none?.entries.find((e) => e.version.id === 'wire')?.quote).toBeNull();
    expect(none && initialPair(none)).toBeNull();
  });

  it('gives no card for a quote that no longer exists', () => {
    const { doc, quotes } = story(true);
    expect(cardModel(doc, quotes, { versionId: 'src', index: 5 })).toBeNull();
    expect(cardModel(doc, quotes, { versionId: 'gone', index: 0 })).toBeNull();
  });
});
