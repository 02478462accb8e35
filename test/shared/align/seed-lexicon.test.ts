import { describe, expect, it } from 'vitest';
import { sentenceFeatures, sideFeatures, Vocabulary } from '../../../shared/align/features';
import { buildNameTable } from '../../../shared/align/names';
import { seedTables } from '../../../shared/align/seed-lexicon';

const names = buildNameTable();
const shared = (a: string[], b: string[]) => a.filter((f) => f.startsWith('s:') && b.includes(f));

describe('seedTables', () => {
  it('gives a word and its translation one shared feature, across scripts and inflections', () => {
    const seeds = seedTables('en', 'zh-Hans');
    expect(seeds).not.toBeNull();
    const en = sentenceFeatures('She said on Monday that prices rose.', names, seeds?.src);
    const zh = sentenceFeatures('她星期一说，价格上涨了。', names, seeds?.tgt);
    expect(shared(en, zh)).toHaveLength(3);
    const ru = seedTables('ru', 'en');
    const said = sentenceFeatures('Он заявила в понедельник.', names, ru?.src);
    expect(shared(said, sentenceFeatures('She said on Monday.', names, ru?.tgt))).toHaveLength(2);
  });

  it("reads a side's words in its own language only (English 'on' is not Russian 'он')", () => {
    const seeds = seedTables('en', 'ru');
    const en = sentenceFeatures('It went on.', names, seeds?.src);
    const ru = sentenceFeatures('Он ушёл.', names, seeds?.tgt);
    expect(shared(en, ru)).toEqual([]);
  });

  it('pairs he/she only between languages without grammatical gender', () => {
    const deFr = seedTables('de', 'fr');
    const de = sentenceFeatures('Er kam, sie ging.', names, deFr?.src);
    const fr = sentenceFeatures('Il est venu, elle est partie.', names, deFr?.tgt);
    expect(shared(de, fr)).toEqual([]);
    const enZh = seedTables('en', 'zh');
    expect(
      shared(sentenceFeatures('He came.', names, enZh?.src), sentenceFeatures('他来了。', names, enZh?.tgt)),
    ).toHaveLength(1);
  });

  it('has nothing for an unknown language or a pair of the same language', () => {
    expect(seedTables('en', 'xx')).toBeNull();
    expect(seedTables('en', 'en-GB')).toBeNull();
  });

  it('finds the same features with sideFeatures as with sentenceFeatures', () => {
    const seeds = seedTables('zh', 'en');
    const zh = ['她星期一说：“我们走。”', '十二月，政府说了。'];
    const vocab = new Vocabulary();
    const lists = sideFeatures(zh, names, vocab, seeds?.src ?? null);
    const reference = new Vocabulary();
    zh.forEach((s, k) => {
      const expected = sentenceFeatures(s, names, seeds?.src).map((f) => reference.id(f));
      expect([...lists.ids.subarray(lists.start[k], lists.start[k + 1])]).toEqual(expected);
    });
  });
});
