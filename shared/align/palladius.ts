/**
 * Pinyin syllables in Russian spelling (the Palladius system: zhang → чжан, qing → цин, xi → си), so Chinese names
 * match their Cyrillic form (李尚福 ↔ Ли Шанфу); soft and hard signs are dropped on both sides before comparing.
 */

const INITIALS: readonly (readonly [string, string])[] = [
  ['zh', 'чж'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['b', 'б'],
  ['p', 'п'],
  ['m', 'м'],
  ['f', 'ф'],
  ['d', 'д'],
  ['t', 'т'],
  ['n', 'н'],
  ['l', 'л'],
  ['g', 'г'],
  ['k', 'к'],
  ['h', 'х'],
  ['j', 'цз'],
  ['q', 'ц'],
  ['x', 'с'],
  ['r', 'ж'],
  ['z', 'цз'],
  ['c', 'ц'],
  ['s', 'с'],
];

/** Finals after a consonant (the i- and ü- rows as after l, n, j, q, x). */
const FINALS: Readonly<Record<string, string>> = {
  a: 'а',
  o: 'о',
  e: 'э',
  ai: 'ай',
  ei: 'эй',
  ao: 'ао',
  ou: 'оу',
  an: 'ан',
  en: 'эн',
  ang: 'ан',
  eng: 'эн',
  ong: 'ун',
  er: 'эр',
  i: 'и',
  ia: 'я',
  ie: 'е',
  iao: 'яо',
  iu: 'ю',
  ian: 'ян',
  in: 'ин',
  iang: 'ян',
  ing: 'ин',
  iong: 'юн',
  u: 'у',
  ua: 'уа',
  uo: 'о',
  uai: 'уай',
  ui: 'уй',
  uan: 'уан',
  un: 'ун',
  uang: 'уан',
  ue: 'юэ',
  v: 'юй',
  ve: 'юэ',
};

/** Syllables without an initial (y-, w- and bare vowels). */
const BARE: Readonly<Record<string, string>> = {
  yi: 'и',
  ya: 'я',
  ye: 'е',
  yao: 'яо',
  you: 'ю',
  yan: 'ян',
  yin: 'ин',
  yang: 'ян',
  ying: 'ин',
  yong: 'юн',
  yu: 'юй',
  yue: 'юэ',
  yuan: 'юан',
  yun: 'юн',
  wa: 'ва',
  wo: 'во',
  wai: 'вай',
  wei: 'вэй',
  wan: 'ван',
  wen: 'вэн',
  wang: 'ван',
  weng: 'вэн',
  wu: 'у',
};

/** After these initials the vowel i is the "buzzing" one: zi → цзы, si → сы (but zhi → чжи, shi → ши). */
const BUZZ_Y = new Set(['z', 'c', 's']);
/** After j, q, x a written u is ü: ju → цзюй, xuan → сюан. */
const PALATAL = new Set(['j', 'q', 'x']);

/** The Russian (Palladius) spelling of a toneless pinyin syllable, soft and hard signs left out; null if unknown. */
export function palladius(syllable: string): string | null {
  const bare = BARE[syllable];
  if (bare !== undefined) return bare;
  if (FINALS[syllable] !== undefined) return FINALS[syllable];
  for (const [latin, cyrillic] of INITIALS) {
    if (!syllable.startsWith(latin)) continue;
    let final = syllable.slice(latin.length);
    if (final === 'i' && BUZZ_Y.has(latin)) return `${cyrillic}ы`;
    if (PALATAL.has(latin) && final.startsWith('u')) final = `v${final.slice(1)}`;
    if (latin === 'h' && final === 'ui') return 'хуэй';
    const f = final === 'van' ? 'юан' : final === 'vn' ? 'юн' : FINALS[final];
    return f === undefined ? null : cyrillic + f;
  }
  return null;
}

/** A Cyrillic word folded for comparison with palladius(): lower case, ё as е, no soft or hard sign. */
export function foldCyrillic(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е').replace(/[ьъ]/g, '');
}
