import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldForSearch, foldText, searchFolded, searchTexts, snippetOf } from '../../../shared/review/search';
import { corpusPath, stripCorpusHeader } from '../../support/paths';

function corpus(relative: string): string {
  return stripCorpusHeader(readFileSync(corpusPath(relative), 'utf8'));
}

const CNA = corpus('001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt');
const XINHUA = corpus('001-putin-li-2023/zh_xinhua_readout_via_guancha.txt');
const REUTERS = corpus('001-putin-li-2023/en_reuters_early_timeslive.txt');
const SEED = corpus('001-putin-li-2023/en_seed.txt');
const INOSMI = corpus('001-putin-li-2023/ru_inosmi.txt');
const KREMLIN_RU = corpus('002-kremlin-zhang-gaoli-2017/ru_kremlin.txt');
const DE = corpus('008-eu-von-der-leyen-euco-2025/de_commission_translation_via_laender_analysen.txt');

/** Where a plain substring occurs, by the obvious loop: what the search must agree with on exact queries. */
function occurrences(text: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) at.push(i);
  return at;
}

describe('searchTexts on real news text', () => {
  it('finds every occurrence of a Chinese name in the CNA translation, with exact offsets', () => {
    const { hits, truncated } = searchTexts([{ id: 'cna', text: CNA }], '蒲亭');
    const expected = occurrences(CNA, '蒲亭');
    expect(expected.length).toBeGreaterThan(2);
    expect(truncated).toBe(false);
    expect(hits.map((h) => h.start)).toEqual(expected);
    for (const h of hits) {
      expect(h.versionId).toBe('cna');
      expect(CNA.slice(h.start, h.end)).toBe('蒲亭');
    }
  });

  it('finds traditional characters from a simplified query and the other way round', () => {
    const inCna = searchTexts([{ id: 'cna', text: CNA }], '俄罗斯').hits;
    expect(inCna.length).toBe(occurrences(CNA, '俄羅斯').length);
    expect(inCna.length).toBeGreaterThan(0);
    expect(inCna.every((h) => CNA.slice(h.start, h.end) === '俄羅斯')).toBe(true);
    const inXinhua = searchTexts([{ id: 'x', text: XINHUA }], '俄羅斯').hits;
    expect(inXinhua.length).toBe(occurrences(XINHUA, '俄罗斯').length);
  });

  it('ignores case in Cyrillic and Latin text', () => {
    const ru = searchTexts([{ id: 'ru', text: INOSMI }], 'ПУТИН').hits;
    expect(ru.length).toBe(INOSMI.match(/путин/giu)?.length);
    expect(ru.every((h) => INOSMI.slice(h.start, h.end).toLowerCase() === 'путин')).toBe(true);
    const en = searchTexts([{ id: 'en', text: REUTERS }], 'putin').hits;
    expect(en.length).toBe(REUTERS.match(/putin/giu)?.length);
  });

  it('treats ё as е but keeps й apart from и', () => {
    const word = KREMLIN_RU.match(/[а-яА-Я]*ё[а-яА-Я]*/u)?.[0] ?? '';
    expect(word).not.toBe('');
    const hits = searchTexts([{ id: 'ru', text: KREMLIN_RU }], word.replace(/ё/gu, 'е')).hits;
    expect(hits.map((h) => KREMLIN_RU.slice(h.start, h.end))).toContain(word);
    expect(searchTexts([{ id: 'x', text: 'мой дом' }], 'мои').hits).toEqual([]);
  });

  it('ignores accents and umlauts in German, and full-width letters', () => {
    const hits = searchTexts([{ id: 'de', text: DE }], 'europaische').hits;
    expect(hits.length).toBe(occurrences(DE, 'Europäische').length + occurrences(DE, 'europäische').length);
    expect(hits.length).toBeGreaterThan(0);
    const wide = searchTexts([{ id: 'en', text: REUTERS }], 'ＰＵＴＩＮ').hits;
    expect(wide.length).toBe(REUTERS.match(/putin/giu)?.length);
  });

  it('matches a straight apostrophe to a curly one and collapses white space', () => {
    const text = SEED;
    const hits = searchTexts([{ id: 'en', text }], "Li's").hits;
    expect(hits.length).toBe(occurrences(text, 'Li’s').length);
    expect(hits.length).toBeGreaterThan(0);
    const twoSpaces = 'met  in\n Moscow';
    expect(searchTexts([{ id: 'a', text: twoSpaces }], 'in moscow').hits).toEqual([
      { versionId: 'a', start: 5, end: 15 },
    ]);
  });

  it('ignores Arabic vowel marks, hamza seats and tatweel', () => {
    const text = 'قالَ الرئيسُ إنَّ المحادثــات مع أحمد مُثمِرة';
    expect(
      searchTexts([{ id: 'ar', text }], 'المحادثات').hits.map((h) => text.slice(h.start, h.end)),
    ).toEqual(['المحادثــات']);
    expect(searchTexts([{ id: 'ar', text }], 'احمد').hits.map((h) => text.slice(h.start, h.end))).toEqual([
      'أحمد',
    ]);
    expect(searchTexts([{ id: 'ar', text }], 'مثمرة').hits.map((h) => text.slice(h.start, h.end))).toEqual([
      'مُثمِرة',
    ]);
  });

  it('searches several versions in the order given and stops at the limit', () => {
    const versions = [
      { id: 'en', text: REUTERS },
      { id: 'ru', text: INOSMI },
    ];
    const all = searchTexts(versions, 'и');
    const perVersion = versions.map((v) => v.text.match(/и/giu)?.length ?? 0);
    expect(all.hits.length).toBe(perVersion[0]! + perVersion[1]!);
    expect(all.hits.filter((h) => h.versionId === 'ru').length).toBe(perVersion[1]);
    const limited = searchFolded(
      versions.map((v) => foldText(v.id, v.text)),
      'the',
      3,
    );
    expect(limited.truncated).toBe(true);
    expect(limited.hits).toHaveLength(3);
    expect(limited.hits.map((h) => h.start)).toEqual(
      [...REUTERS.matchAll(/the/giu)].slice(0, 3).map((m) => m.index),
    );
    expect(searchTexts(versions, '   ').hits).toEqual([]);
  });

  it('keeps offsets exact when folding changes length', () => {
    const text = 'Die Straße, ﾌﾟｰﾁﾝ und e\u0301lan';
    expect(foldForSearch('STRASSE')).toBe('strasse');
    const [street] = searchTexts([{ id: 'a', text }], 'strasse').hits;
    expect(text.slice(street!.start, street!.end)).toBe('Straße');
    const [kana] = searchTexts([{ id: 'a', text }], 'プーチン').hits;
    expect(text.slice(kana!.start, kana!.end)).toBe('ﾌﾟｰﾁﾝ');
    const [elan] = searchTexts([{ id: 'a', text }], 'élan').hits;
    expect(text.slice(elan!.start, elan!.end)).toBe('e\u0301lan');
  });
});

describe('snippetOf', () => {
  it('cuts around the match with ellipses and collapses white space', () => {
    const at = CNA.indexOf('李尚福');
    const s = snippetOf(CNA, at, at + 3, 10);
    expect(s.match).toBe('李尚福');
    expect(s.before.startsWith('…')).toBe(true);
    expect(s.after.endsWith('…')).toBe(true);
    expect(s.before.slice(1) + s.match + s.after.slice(0, -1)).toBe(
      CNA.slice(at - 10, at + 13)
        .replace(/\s+/gu, ' ')
        .trim(),
    );
    expect(snippetOf('ab', 0, 2)).toEqual({ before: '', match: 'ab', after: '' });
  });
});
