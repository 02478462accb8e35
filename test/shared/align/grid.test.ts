import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAlignmentGrid, paragraphIndexes, type AlignmentGrid } from '../../../shared/align/grid';
import type { AlignmentFixSet, StoryDocument } from '../../../shared/model/project';
import { corpusPath, stripCorpusHeader } from '../../support/paths';
import { sentenceTexts, storyOf } from './grid-doc';

/** Every sentence of every version appears exactly once, in order, and each cell is a consecutive run. */
function expectCoverage(doc: StoryDocument, grid: AlignmentGrid): void {
  doc.versions.forEach((version, col) => {
    const seen = grid.rows.flatMap((r) => r.cells[col] ?? []);
    expect(seen, `version ${version.id}`).toEqual(version.sentences.map((_, i) => i));
    for (const row of grid.rows) {
      const cell = row.cells[col] ?? [];
      cell.forEach((v, k) => k > 0 && expect(v).toBe((cell[k - 1] as number) + 1));
    }
  });
  for (const row of grid.rows) {
    expect(row.cells.some((c) => c.length > 0)).toBe(true);
    expect(row.confidence).toBeGreaterThanOrEqual(0);
    expect(row.confidence).toBeLessThanOrEqual(1);
    expect(row.lowConfidence).toBe(row.confidence < 0.5);
  }
}

function corpus(path: string): string {
  return stripCorpusHeader(readFileSync(corpusPath(path), 'utf8'));
}

const EN = [
  'The leaders met in Moscow on Monday. They discussed trade.',
  'Putin said relations were at their best. Li agreed with him, adding that China would keep buying Russian oil, gas and coal for many years to come whatever the West said. Both sides signed three agreements.',
  'The visit ends on Wednesday.',
].join('\n\n');
const RU = [
  'Лидеры встретились в Москве в понедельник. Они обсудили торговлю.',
  'Путин сказал, что отношения находятся на высшем уровне. Стороны подписали три соглашения.',
  'Визит завершится в среду.',
].join('\n\n');
const DE = [
  'Die Staatschefs trafen sich am Montag in Moskau. Sie sprachen über den Handel.',
  'Putin sagte, die Beziehungen seien so gut wie nie. Li stimmte ihm zu und fügte hinzu, China werde noch viele Jahre lang russisches Öl, Gas und Kohle kaufen, was auch immer der Westen sage. Beide Seiten unterzeichneten drei Abkommen.',
  'Nach Angaben des Kremls gab es am Abend auch ein langes Essen im Kreml mit Musik, Tanz und vielen Gästen aus beiden Ländern, darunter Minister und Unternehmer.',
  'Der Besuch endet am Mittwoch.',
].join('\n\n');

describe('buildAlignmentGrid', () => {
  it('aligns a translation and a longer version to the source, every sentence once, in order', () => {
    const doc = storyOf([
      { id: 'en', lang: 'en', text: EN },
      { id: 'ru', lang: 'ru', text: RU },
      { id: 'de', lang: 'de', text: DE },
    ]);
    const grid = buildAlignmentGrid(doc, []);
    expectCoverage(doc, grid);
    expect(grid.sourceVersionId).toBe('en');
    expect(grid.versionIds).toEqual(['en', 'ru', 'de']);
    // Rows starting a source paragraph (its sentences 0, 2 and 5) say so; no other row does.
    for (const row of grid.rows) {
      expect(row.paragraphStart).toBe([0, 2, 5].includes(row.cells[0]?.[0] ?? -1));
    }
  });

  it('keeps a merge fix as one row and marks it, and gives the fixes back to undo', () => {
    const doc = storyOf([
      { id: 'en', lang: 'en', text: EN },
      { id: 'ru', lang: 'ru', text: RU },
    ]);
    const fixes: AlignmentFixSet[] = [
      {
        documentId: 'doc',
        sourceVersionId: 'en',
        targetVersionId: 'ru',
        fixed: [
          {
            src: [0, 1],
            tgt: [0, 1],
            srcText: 'The leaders met in Moscow on Monday. They discussed trade.',
            tgtText: 'Лидеры встретились в Москве в понедельник. Они обсудили торговлю.',
          },
        ],
      },
    ];
    const grid = buildAlignmentGrid(doc, fixes);
    expectCoverage(doc, grid);
    expect(grid.rows[0]?.cells).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(grid.rows[0]?.fixed).toBe(true);
    expect(grid.rows[0]?.fixes).toEqual([{ targetVersionId: 'ru', src: [0, 1], tgt: [0, 1] }]);
    expect(grid.rows[0]?.confidence).toBe(1);
    expect(grid.rows.slice(1).every((r) => !r.fixed)).toBe(true);
    expect(grid.unplaced).toEqual([]);
  });

  it('honours a "no counterpart" fix and re-locates fixes by their text when sentence numbers shift', () => {
    const doc = storyOf([
      { id: 'en', lang: 'en', text: EN },
      { id: 'ru', lang: 'ru', text: RU },
    ]);
    const set = (fixed: AlignmentFixSet['fixed']): AlignmentFixSet[] => [
      { documentId: 'doc', sourceVersionId: 'en', targetVersionId: 'ru', fixed },
    ];
    // Stored when "They discussed trade." was sentence 3 (numbers out of date): found again by its text.
    const grid = buildAlignmentGrid(
      doc,
      set([
        { src: [3], tgt: [], srcText: 'They discussed trade.', tgtText: '' },
        { src: [9], tgt: [9], srcText: 'Gone from the text.', tgtText: 'Нет.' },
      ]),
    );
    expectCoverage(doc, grid);
    const row = grid.rows.find((r) => r.fixed);
    expect(row?.cells).toEqual([[1], []]);
    expect(row?.fixes).toEqual([{ targetVersionId: 'ru', src: [3], tgt: [] }]);
    expect(grid.unplaced).toEqual([
      {
        targetVersionId: 'ru',
        fix: { src: [9], tgt: [9], srcText: 'Gone from the text.', tgtText: 'Нет.' },
      },
    ]);
    // The Russian sentence that was aligned to it now stands on a row of its own.
    expect(grid.rows.some((r) => r.cells[0]?.length === 0 && r.cells[1]?.[0] === 1)).toBe(true);
  });

  it('uses the version whose role is source even when it is not first, and copes with a single version', () => {
    const doc = storyOf([
      { id: 'ru', lang: 'ru', text: RU },
      { id: 'en', lang: 'en', text: EN },
    ]);
    const swapped: StoryDocument = {
      ...doc,
      versions: doc.versions.map((v) => ({ ...v, role: v.id === 'en' ? 'source' : 'translation' })),
    };
    const grid = buildAlignmentGrid(swapped, []);
    expect(grid.sourceVersionId).toBe('en');
    expectCoverage(swapped, grid);
    // Rows follow the English source.
    expect(grid.rows.flatMap((r) => r.cells[1])).toEqual([0, 1, 2, 3, 4, 5]);

    const single = storyOf([{ id: 'en', lang: 'en', text: EN }]);
    const one = buildAlignmentGrid(single, []);
    expect(one.rows.map((r) => r.cells)).toEqual([[[0]], [[1]], [[2]], [[3]], [[4]], [[5]]]);
    expect(buildAlignmentGrid({ id: 'x', title: '', versions: [] }, []).rows).toEqual([]);
  });

  it('maps sentences to the paragraph holding them', () => {
    expect(
      paragraphIndexes(
        [
          { start: 0, end: 3 },
          { start: 4, end: 6 },
          { start: 9, end: 12 },
        ],
        [
          { start: 0, end: 6 },
          { start: 8, end: 12 },
        ],
      ),
    ).toEqual([0, 0, 1]);
  });
});

describe('buildAlignmentGrid on real article pairs', () => {
  const pairs: [string, string, string, string][] = [
    [
      '001-putin-li-2023/en_reuters_early_timeslive.txt',
      'en',
      '001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt',
      'zh-Hant',
    ],
    [
      '002-kremlin-zhang-gaoli-2017/en_kremlin.txt',
      'en',
      '002-kremlin-zhang-gaoli-2017/ru_kremlin.txt',
      'ru',
    ],
    [
      '008-eu-von-der-leyen-euco-2025/en_commission_statement_via_miragenews.txt',
      'en',
      '008-eu-von-der-leyen-euco-2025/de_commission_translation_via_laender_analysen.txt',
      'de',
    ],
  ];
  for (const [srcPath, srcLang, tgtPath, tgtLang] of pairs) {
    it(`covers every sentence exactly once in order: ${tgtPath}`, () => {
      const doc = storyOf([
        { id: 's', lang: srcLang, text: corpus(srcPath) },
        { id: 't', lang: tgtLang, text: corpus(tgtPath) },
      ]);
      const grid = buildAlignmentGrid(doc, []);
      expectCoverage(doc, grid);
      // A real translation pairs most of its sentences.
      const paired = grid.rows.filter((r) => r.cells.every((c) => c.length > 0)).length;
      expect(paired).toBeGreaterThan(grid.rows.length / 2);
    });
  }

  it('covers three real versions merged into one grid, with a fix in force', () => {
    const doc = storyOf([
      { id: 'en', lang: 'en', text: corpus('002-kremlin-zhang-gaoli-2017/en_kremlin.txt') },
      { id: 'ru', lang: 'ru', text: corpus('002-kremlin-zhang-gaoli-2017/ru_kremlin.txt') },
      { id: 'tass', lang: 'en', text: corpus('002-kremlin-zhang-gaoli-2017/en_tass_941216.txt') },
    ]);
    const [en, ru] = doc.versions;
    if (!en || !ru) throw new Error('versions missing');
    const fix = {
      src: [2, 3],
      tgt: [2],
      srcText: sentenceTexts(en, [2, 3]).join(' '),
      tgtText: sentenceTexts(ru, [2]).join(' '),
    };
    // Stored texts are the exact text from the first sentence's start to the last one's end.
    const first = en.sentences[2];
    const last = en.sentences[3];
    if (!first || !last) throw new Error('too few sentences');
    fix.srcText = en.text.slice(first.start, last.end);
    const grid = buildAlignmentGrid(doc, [
      { documentId: 'doc', sourceVersionId: 'en', targetVersionId: 'ru', fixed: [fix] },
    ]);
    expectCoverage(doc, grid);
    expect(grid.unplaced).toEqual([]);
    const row = grid.rows.find((r) => r.fixed);
    // Another version may bind more source sentences into the row, never fewer.
    expect(row?.cells[0]).toEqual(expect.arrayContaining([2, 3]));
    expect(row?.cells[1]).toEqual(expect.arrayContaining([2]));
    expect(row?.fixes).toEqual([{ targetVersionId: 'ru', src: [2, 3], tgt: [2] }]);
  });
});
