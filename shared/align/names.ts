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

/** Lower-case Latin form of a word: diacritics stripped, Cyrillic transliterated, a few spelling variants folded. */
export function latinKey(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase().normalize('NFD')) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x300 && c <= 0x36f) continue;
    const cyr = CYRILLIC[ch];
    if (cyr !== undefined) out += cyr;
    else if (ch === 'ß') out += 'ss';
    else out += ch;
  }
  // Spellings transliteration systems disagree on (Zelensky/Zelenskyy/Selenskyj, Chekhov/Tschechow): fold them.
  return out
    .replace(/(?:kh|ch|sch|tsch)/g, 'h')
    .replace(/[yj]/g, 'i')
    .replace(/ii+/g, 'i')
    .replace(/(.)\1/g, '$1');
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
