/** Proper names across scripts: Cyrillic transliterated to Latin, CJK names via an extendable table. */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'i',
  є: 'e',
  ґ: 'g',
  ў: 'u',
};

/** CYRILLIC as a table by UTF-16 code unit (undefined: not transliterated). */
const CYRILLIC_BY_CODE: (string | undefined)[] = [];
for (const [ch, latin] of Object.entries(CYRILLIC)) CYRILLIC_BY_CODE[ch.charCodeAt(0)] = latin;

/** True when NFD would leave the word's result unchanged: ASCII, or Cyrillic letters CYRILLIC maps directly. */
function needsNoNormalising(lower: string): boolean {
  for (let k = 0; k < lower.length; k += 1) {
    const c = lower.charCodeAt(k);
    if (c >= 0x80 && CYRILLIC_BY_CODE[c] === undefined) return false;
  }
  return true;
}

let source = new Uint16Array(64);
let buffer = new Uint16Array(64);

/** Lower-case Latin form of a word: diacritics stripped, Cyrillic transliterated, a few spelling variants folded. */
export function latinKey(word: string): string {
  const lower = word.toLowerCase();
  const text = needsNoNormalising(lower) ? lower : lower.normalize('NFD');
  // Transliterate into code units (src), then fold stage by stage as the regular expressions
  // /(?:kh|ch|sch|tsch)/g → h, /[yj]/g → i, /ii+/g → i, /(.)\1/g → $1 would.
  if (source.length < 4 * text.length + 4) source = new Uint16Array(8 * text.length + 8);
  if (buffer.length < 4 * text.length + 4) buffer = new Uint16Array(8 * text.length + 8);
  const src = source;
  let len = 0;
  for (let k = 0; k < text.length; k += 1) {
    const c = text.charCodeAt(k);
    if (c >= 0x300 && c <= 0x36f) continue;
    const cyr = c >= 0x400 ? CYRILLIC_BY_CODE[c] : undefined;
    if (cyr !== undefined) for (let q = 0; q < cyr.length; q += 1) src[len++] = cyr.charCodeAt(q);
    else if (c === 0xdf) {
      src[len++] = 0x73;
      src[len++] = 0x73;
    } else src[len++] = c;
  }
  const b = buffer;
  let n = 0;
  // kh | ch | sch | tsch → h (alternatives tried in that order at each position).
  for (let k = 0; k < len;) {
    const c = src[k];
    const c1 = k + 1 < len ? src[k + 1] : -1;
    if ((c === 0x6b || c === 0x63) && c1 === 0x68) {
      b[n++] = 0x68;
      k += 2;
    } else if (c === 0x73 && c1 === 0x63 && k + 2 < len && src[k + 2] === 0x68) {
      b[n++] = 0x68;
      k += 3;
    } else if (c === 0x74 && c1 === 0x73 && k + 3 < len && src[k + 2] === 0x63 && src[k + 3] === 0x68) {
      b[n++] = 0x68;
      k += 4;
    } else {
      // y, j → i
      b[n++] = c === 0x79 || c === 0x6a ? 0x69 : c;
      k += 1;
    }
  }
  // ii+ → i
  let w = 0;
  for (let k = 0; k < n; k += 1) {
    // b[k - 1] is still the unfolded code unit: this pass writes only below k.
    if (b[k] === 0x69 && k > 0 && b[k - 1] === 0x69) continue;
    b[w++] = b[k];
  }
  n = w;
  // (.)\1 → $1, left to right without overlap ("." is any code unit but a line terminator).
  w = 0;
  for (let k = 0; k < n;) {
    const c = b[k];
    b[w++] = c;
    k += k + 1 < n && b[k + 1] === c && !isLineTerminator(c) ? 2 : 1;
  }
  let key = '';
  for (let k = 0; k < w; k += 1) key += String.fromCharCode(b[k]);
  return key;
}

function isLineTerminator(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** Built-in equivalents: names whose forms share no letters across scripts (extend with AlignOptions.names). */
export const BUILTIN_NAMES: readonly (readonly string[])[] = [
  ['Putin', 'Путин', '普京', '蒲亭', 'プーチン', 'بوتين'],
  ['Zelensky', 'Зеленский', 'Зеленський', '泽连斯基', 'ゼレンスキー', 'زيلينسكي'],
  ['Trump', 'Трамп', '特朗普', '川普', 'トランプ', 'ترامب'],
  ['Biden', 'Байден', '拜登', 'バイデン', 'بايدن'],
  ['Xi', 'Си', '习近平', '習近平'],
  ['Russia', 'Россия', 'Росія', '俄罗斯', '俄羅斯', 'ロシア', 'روسيا'],
  ['Ukraine', 'Украина', 'Україна', '乌克兰', '烏克蘭', 'ウクライナ', 'أوكرانيا'],
  ['China', 'Китай', '中国', '中國', '中国', 'الصين'],
  ['Moscow', 'Москва', '莫斯科', 'モスクワ', 'موسكو'],
  ['Kyiv', 'Kiev', 'Киев', 'Київ', '基辅', 'キーウ', 'كييف'],
  ['Beijing', 'Пекин', '北京', 'بكين'],
  ['Washington', 'Вашингтон', '华盛顿', 'ワシントン', 'واشنطن'],
  ['Europe', 'Европа', '欧洲', 'ヨーロッパ', 'أوروبا'],
  ['Kremlin', 'Кремль', '克里姆林宫', 'クレムリン', 'الكرملين'],
  ['Lavrov', 'Лавров', '拉夫罗夫', 'لافروف'],
  ['Peskov', 'Песков', '佩斯科夫', 'بيسكوف'],
  ['NATO', 'НАТО', '北约', 'ناتو'],
];

/** Names table ready for lookup: forms without spaces in a non-Latin script, matched as substrings. */
export interface NameTable {
  /** Latin key of a word → the group's key. */
  byKey: Map<string, string>;
  /** Substring forms (CJK, Arabic…) with their group key, longest first. */
  substrings: { form: string; key: string }[];
}

const SPACED_SCRIPT = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;

/** Builds the lookup from the built-in groups and the user's own (user groups win on conflicts). */
export function buildNameTable(extra: readonly (readonly string[])[] = []): NameTable {
  const byKey = new Map<string, string>();
  const substrings: { form: string; key: string }[] = [];
  for (const group of [...BUILTIN_NAMES, ...extra]) {
    const forms = group.filter((f) => typeof f === 'string' && f.trim() !== '').map((f) => f.trim());
    if (forms.length === 0) continue;
    const key = `n:${latinKey(forms[0])}`;
    for (const form of forms) {
      if (SPACED_SCRIPT.test(form)) byKey.set(latinKey(form), key);
      else substrings.push({ form, key });
    }
  }
  substrings.sort((a, b) => b.form.length - a.form.length);
  return { byKey, substrings };
}
