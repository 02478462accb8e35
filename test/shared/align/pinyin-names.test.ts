import { describe, expect, it } from 'vitest';
import { HAN_BY_PINYIN } from '../../../shared/align/han-pinyin';
import { foldCyrillic, palladius } from '../../../shared/align/palladius';
import { pinyinNameGroups } from '../../../shared/align/pinyin-names';

const ZH = [
  '等到罗小四离开，陈清扬就开始糊涂了。',
  '国防部长李尚福在上海会见了来宾。',
  '但是我一点也不高兴。',
  '他和她一起走了。',
];
const EN = [
  'By the time Luo Xiaosi left, Chen Qingyang was confused.',
  'Defence minister Li Shangfu met the guests in Shanghai.',
  'Dan said nothing. He left.',
  'Then He and Dan walked off together.',
];

const asMap = (groups: string[][]) => new Map(groups.map(([word, ...forms]) => [word, forms.sort()]));

describe('pinyinNameGroups', () => {
  it('pairs pinyin spellings with the Han characters that read so, either side first', () => {
    for (const groups of [pinyinNameGroups(ZH, EN), pinyinNameGroups(EN, ZH)]) {
      const map = asMap(groups);
      expect(map.get('Qingyang')).toEqual(['清扬']);
      expect(map.get('Xiaosi')).toEqual(['小四']);
      expect(map.get('Shangfu')).toEqual(['尚福']);
      expect(map.get('Shanghai')).toEqual(['上海']);
      // A surname alone matches its syllable.
      expect(map.get('Li')).toEqual(['李']);
      expect(map.get('Luo')).toEqual(['罗']);
    }
  });

  it('does not pair a lone common syllable that is no surname (但 dan, 和 he)', () => {
    const map = asMap(pinyinNameGroups(ZH, EN));
    expect(map.has('Dan')).toBe(false);
    expect(map.has('He')).toBe(false);
  });

  it('finds nothing without one Chinese and one Latin side', () => {
    expect(pinyinNameGroups(EN, EN)).toEqual([]);
    expect(pinyinNameGroups(ZH, ZH)).toEqual([]);
    expect(pinyinNameGroups(['ロシアのプーチン大統領は李と言った。'], ['Li said it.'])).toEqual([]);
  });

  it('reads traditional forms like their simplified ones', () => {
    expect(HAN_BY_PINYIN.chen).toContain('陈');
    expect(HAN_BY_PINYIN.chen).toContain('陳');
    // A sentence's first word counts when a capitalised word follows it.
    expect(asMap(pinyinNameGroups(['陳清揚走了。'], ['Chen Qingyang left.'])).get('Chen')).toEqual(['陳']);
  });
});

describe('pinyinNameGroups in Cyrillic', () => {
  it('pairs Russian (Palladius) spellings of Chinese names with their characters', () => {
    const ru = [
      'Путин встретился с первым вице-премьером Чжан Гаоли.',
      'Министр обороны Ли Шанфу прибыл в Шанхай.',
      'Потом Чэнь Цинъян ушла.',
    ];
    const zh = ['普京会见了国务院副总理张高丽。', '国防部长李尚福抵达上海。', '后来陈清扬走了。'];
    const map = asMap(pinyinNameGroups(ru, zh));
    expect(map.get('Чжан')).toEqual(['张']);
    expect(map.get('Гаоли')).toEqual(['高丽']);
    expect(map.get('Шанфу')).toEqual(['尚福']);
    expect(map.get('Шанхай')).toEqual(['上海']);
    expect(map.get('Цинъян')).toEqual(['清扬']);
    expect(map.get('Чэнь')).toEqual(['陈']);
  });
});

describe('palladius', () => {
  it('spells pinyin syllables the Russian way', () => {
    const cases: [string, string][] = [
      ['zhang', 'чжан'],
      ['xi', 'си'],
      ['zi', 'цзы'],
      ['si', 'сы'],
      ['shi', 'ши'],
      ['ju', 'цзюй'],
      ['xuan', 'сюан'],
      ['hui', 'хуэй'],
      ['guo', 'го'],
      ['yue', 'юэ'],
      ['wei', 'вэй'],
      ['er', 'эр'],
      ['lue', 'люэ'],
    ];
    for (const [pinyin, russian] of cases) expect(palladius(pinyin)).toBe(russian);
    expect(palladius('xyz')).toBeNull();
    expect(foldCyrillic('Цинъян')).toBe('цинян');
  });
});
