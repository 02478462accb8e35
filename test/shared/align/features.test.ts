import { describe, expect, it } from 'vitest';
import { sentenceFeatures, sideFeatures, Vocabulary } from '../../../shared/align/features';
import { buildNameTable, latinKey } from '../../../shared/align/names';

const SENTENCES = [
  'Putin met Zelensky in Kyiv on 12 March 2024: "talks went well?"',
  'Путин встретился с Зеленским в Киеве 12 марта 2024 года: «переговоры прошли хорошо?»',
  '普京于二〇二四年三月十二日在基辅会见泽连斯基！价格为１２３４５元。',
  'Die Straße in München kostet 1.000,50 € — schön!',
  'Tschechow und Selenskyj; Chekhov and Zelenskyy.',
  'ロシアのプーチン大統領は「はい」と言った。',
  'قال بوتين إن ٢٠٢٤ عام مهم؟',
  'Їжак, ґанок і Ўладзімір; йогурт, ёлка.',
  '𠀀𠀁 are rare Han characters, 𝐀𝐁 are maths letters.',
  'İstanbul ǅemal ﬁnance Ⅻ a\u0301b aaa iiii yyj',
  '',
  '   ',
  '42',
];

describe('sideFeatures', () => {
  it('finds the same features, in the same order, as sentenceFeatures', () => {
    const names = buildNameTable([['Ivanov', 'Иванов', '伊万诺夫']]);
    const vocab = new Vocabulary();
    const lists = sideFeatures(SENTENCES, names, vocab);
    const reference = new Vocabulary();
    SENTENCES.forEach((s, k) => {
      const expected = sentenceFeatures(s, names).map((f) => reference.id(f));
      expect([...lists.ids.subarray(lists.start[k], lists.start[k + 1])]).toEqual(expected);
    });
    expect(vocab.size).toBe(reference.size);
  });

  it('gives a repeated word the same ids in later sentences and on the other side', () => {
    const names = buildNameTable();
    const vocab = new Vocabulary();
    const a = sideFeatures(['Putin spoke.', 'Putin left.'], names, vocab);
    const b = sideFeatures(['Путин говорил.'], names, vocab);
    const first = a.ids[a.start[0]];
    expect(a.ids[a.start[1]]).toBe(first);
    expect([...b.ids]).toContain(a.ids[a.start[0] + 1]);
  });
});

describe('latinKey', () => {
  it('folds transliteration variants together', () => {
    expect(latinKey('Tschechow')).toBe(latinKey('Chekhov').replace(/v$/, 'w'));
    expect(latinKey('Zelenskyy')).toBe(latinKey('Selenskyj').replace(/^s/, 'z'));
    expect(latinKey('Путин')).toBe('putin');
    expect(latinKey('Зеленский')).toBe(latinKey('Zelensky'));
    expect(latinKey('Straße')).toBe('strase');
    expect(latinKey('Élysée')).toBe('elise');
    expect(latinKey('aaa')).toBe('aa');
    expect(latinKey('iiii')).toBe('i');
    expect(latinKey('Щукин')).toBe('shukin');
  });
});
