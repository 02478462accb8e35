import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAlignmentGrid, type AlignmentGrid } from '../../../shared/align/grid';
import { beadsFromGrid, documentQuotes, type VersionQuotes } from '../../../shared/quotes/document-quotes';
import type { StoryDocument } from '../../../shared/model/project';
import { storyOf } from '../align/grid-doc';
import { corpusPath, stripCorpusHeader } from '../../support/paths';

const read = (path: string) => stripCorpusHeader(readFileSync(corpusPath(path), 'utf8'));
const REUTERS = '001-putin-li-2023/en_reuters_early_timeslive.txt';
const CNA = '001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt';
const SEED = '001-putin-li-2023/en_seed.txt';

function quoteText(doc: StoryDocument, v: VersionQuotes, i: number): string {
  const version = doc.versions.find((x) => x.id === v.versionId);
  const q = v.quotes[i];
  return version && q ? version.text.slice(q.start, q.end) : '';
}

function reutersAndCna() {
  const doc = storyOf([
    { id: 'en', lang: 'en', text: read(REUTERS) },
    { id: 'zh', lang: 'zh-Hant', text: read(CNA) },
  ]);
  return { doc, grid: buildAlignmentGrid(doc, []) };
}

describe('quotes of a whole story', () => {
  it('matches Reuters’ English quotes to CNA’s Chinese translation through the alignment grid', () => {
    const { doc, grid } = reutersAndCna();
    const result = documentQuotes(doc, grid);
    expect(result.sourceVersionId).toBe('en');
    const [en, zh] = result.versions;
    if (!en || !zh) throw new Error('two versions expected');
    expect(en.matching).toBeNull();
    expect(zh.matching).not.toBeNull();
    const pairs = (zh.matching?.links ?? []).map((l) => [
      quoteText(doc, en, l.source),
      quoteText(doc, zh, l.target),
    ]);
    expect(pairs).toContainEqual(['“no limits”', '「無上限」']);
    const putin = pairs.find(([e]) => e.startsWith('“Development of relations'));
    expect(putin?.[1]).toMatch(/^「我們兩國關係/);
    const noLimits = en.quotes.find((_, i) => quoteText(doc, en, i) === '“no limits”');
    expect(noLimits?.kind).toBe('term');
    const putinQuote = en.quotes.find((_, i) => quoteText(doc, en, i).startsWith('“Development'));
    expect(putinQuote?.speaker).toBe('Vladimir Putin');
    expect(zh.matching?.missing).toEqual([]);
  });

  it('resolves Li’s provenance to the Kremlin on each of his quotes', () => {
    const doc = storyOf([{ id: 'seed', lang: 'en', text: read(SEED) }]);
    const [seed] = documentQuotes(doc, buildAlignmentGrid(doc, []), {
      speakerLanguages: [{ name: 'Li Shangfu', language: 'zh' }],
    }).versions;
    if (!seed) throw new Error('one version expected');
    const li = seed.quotes.filter((q) => q.speaker === 'Li Shangfu' && q.kind !== 'term');
    expect(li.length).toBeGreaterThan(0);
    for (const q of li) {
      expect(q.provenance).toMatchObject({ kind: 'translated_by', agent: 'the Kremlin', implicit: false });
      const version = doc.versions[0];
      const evidence = version?.text.slice(q.provenance?.evidence.start, q.provenance?.evidence.end);
      expect(evidence).toContain('translated by the Kremlin');
    }
    // The statements' lists of covered quotes are not sent: each quote carries its own provenance.
    expect(Object.keys(seed)).not.toContain('provenance');
    const putin = seed.quotes.filter((q) => q.speaker === 'Vladimir Putin');
    expect(putin).toHaveLength(2);
    // Putin is not in the registry, so nothing is inferred about his words.
    expect(putin.every((q) => q.provenance === null)).toBe(true);
  });

  it('marks quotes of a registered foreign-language speaker as translated by someone unknown', () => {
    const text = 'Li Shangfu met Putin on Sunday.\n\n“Our cooperation is developing very well,” Li said.';
    const doc = storyOf([{ id: 'a', lang: 'en', text }]);
    const grid = buildAlignmentGrid(doc, []);
    const without = documentQuotes(doc, grid).versions[0]?.quotes[0];
    expect(without?.speaker).toBe('Li Shangfu');
    expect(without?.provenance).toBeNull();
    const withRegistry = documentQuotes(doc, grid, {
      speakerLanguages: [{ name: 'Li Shangfu', language: 'zh' }],
    }).versions[0]?.quotes[0];
    expect(withRegistry?.provenance).toMatchObject({ kind: 'translated_by', agent: null, implicit: true });
    // A registered speaker of the document's own language was not translated.
    const sameLanguage = documentQuotes(doc, grid, {
      speakerLanguages: [{ name: 'Li', language: 'en-GB' }],
    }).versions[0]?.quotes[0];
    expect(sameLanguage?.provenance).toBeNull();
  });

  it('reads one bead per row between the source column and another column', () => {
    const grid: AlignmentGrid = {
      sourceVersionId: 'a',
      versionIds: ['a', 'b', 'c'],
      unplaced: [],
      rows: [
        {
          cells: [[0], [0], []],
          confidence: 0.9,
          lowConfidence: false,
          paragraphStart: true,
          fixed: false,
          fixes: [],
        },
        {
          cells: [[], [], [0]],
          confidence: 1,
          lowConfidence: false,
          paragraphStart: false,
          fixed: false,
          fixes: [],
        },
        {
          cells: [[1, 2], [1], [1]],
          confidence: 0.4,
          lowConfidence: true,
          paragraphStart: false,
          fixed: false,
          fixes: [],
        },
      ],
    };
    expect(beadsFromGrid(grid, 0, 1)).toEqual([
      { src: [0], tgt: [0], confidence: 0.9 },
      { src: [1, 2], tgt: [1], confidence: 0.4 },
    ]);
    expect(beadsFromGrid(grid, 0, 2)).toEqual([
      { src: [0], tgt: [], confidence: 0.9 },
      { src: [], tgt: [0], confidence: 1 },
      { src: [1, 2], tgt: [1], confidence: 0.4 },
    ]);
  });

  it('gives no matching when the grid describes other versions than the story has', () => {
    const { doc, grid } = reutersAndCna();
    const stale: AlignmentGrid = { ...grid, versionIds: ['en', 'other'] };
    const result = documentQuotes(doc, stale);
    expect(result.versions[1]?.matching).toBeNull();
    expect(result.versions[1]?.quotes.length).toBeGreaterThan(0);
  });

  it('lists a quote the translation dropped as missing and one it added as extra', () => {
    const doc = storyOf([
      { id: 'en', lang: 'en', text: 'Putin said: “We will win.”\n\nLi replied: “We agree.”' },
      {
        id: 'ru',
        lang: 'ru',
        text: 'Путин сказал: «Мы победим».\n\nЛи ответил что-то другое.\n\nШойгу добавил: «Всё по плану».',
      },
    ]);
    // The reviewer fixed the alignment: Li's sentence became a paraphrase, Shoigu's stands alone.
    const fix = {
      documentId: doc.id,
      sourceVersionId: 'en',
      targetVersionId: 'ru',
      fixed: [
        { src: [1], tgt: [1], srcText: 'Li replied: “We agree.”', tgtText: 'Ли ответил что-то другое.' },
      ],
    };
    const grid = buildAlignmentGrid(doc, [fix]);
    expect(grid.unplaced).toEqual([]);
    const ru = documentQuotes(doc, grid).versions[1];
    expect(ru?.matching?.links.map((l) => [l.source, l.target])).toEqual([[0, 0]]);
    expect(ru?.matching?.missing).toEqual([1]);
    expect(ru?.matching?.extra).toEqual([1]);
  });
});
