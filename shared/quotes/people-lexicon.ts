import { primaryLanguage } from './reporting-cues';

/**
 * Word lists that tell names apart from the titles, roles, places and function words around them. Our own lists;
 * country names and demonym stems come from the runtime's CLDR data (Intl.DisplayNames), nothing is typed per country.
 */

import { GENDERED_TITLES, TITLES, TITLE_SUFFIXES } from './people-titles';
import { ORG_WORDS, STOPWORDS } from './people-stopwords';

const CYRILLIC_ENDINGS =
  /(?:ами|ями|ого|его|ому|ему|ыми|ими|ой|ою|ей|ем|ом|ым|им|ых|их|ую|юю|ая|яя|ий|ый|а|я|у|ю|е|и|ы)$/u;

/** Lower-case stem for matching inflected Slavic forms ("Путина", "Путину" → "путин"); other scripts: lower case. */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/u, '');
  if (/\p{Script=Cyrillic}/u.test(w) && w.length > 4) return w.replace(CYRILLIC_ENDINGS, '');
  return w;
}

/** True for a title or role word ("President", "министра", "Verteidigungsminister"). */
export function isTitle(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/u, '');
  if (TITLES.has(w) || TITLES.has(stem(w))) return true;
  return w.length > 8 && TITLE_SUFFIXES.test(w);
}

/** The gender an honorific or gendered title shows, if any. */
export function titleGender(word: string): 'm' | 'f' | null {
  const w = word.toLowerCase().replace(/\.$/u, '');
  return GENDERED_TITLES[w] ?? GENDERED_TITLES[stem(w)] ?? null;
}

/** True for words that name organisations or features rather than people. */
export function isOrgWord(word: string): boolean {
  return ORG_WORDS.has(word.toLowerCase());
}

/** True for capitalised function words that start sentences ("The", "But", "Уважаемый"). */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}

/** True for acronyms ("US", "КНР", "NATO", "U.S."): organisations and places, not people. */
export function isAcronym(word: string): boolean {
  const w = word.replace(/\./gu, '');
  return w.length >= 2 && /^[\p{Lu}\d]+$/u.test(w);
}

const placeCache = new Map<string, readonly string[]>();
const REGIONS =
  'AF AL DZ AO AR AM AU AT AZ BH BD BY BE BJ BO BA BR BG BF KH CM CA CF TD CL CN CO CG CD CR HR CU CY CZ DK DJ EC EG SV ER EE ET FI FR GA GE DE GH GR GT GN HT HN HU IS IN ID IR IQ IE IL IT JP JO KZ KE KP KR KW KG LA LV LB LY LT LU MG MW MY ML MT MR MX MD MN ME MA MZ MM NA NP NL NZ NI NE NG MK NO OM PK PS PA PY PE PH PL PT QA RO RU RW SA SN RS SG SK SI SO ZA SS ES LK SD SE CH SY TW TJ TZ TH TN TR TM UG UA AE GB US UY UZ VE VN YE ZM ZW EU'.split(
    ' ',
  );

/** Lower-case country names in lang and English (from CLDR via Intl.DisplayNames), as matching prefixes. */
function placePrefixes(lang: string): readonly string[] {
  const key = primaryLanguage(lang);
  const cached = placeCache.get(key);
  if (cached) return cached;
  const prefixes = new Set<string>();
  for (const locale of new Set([key, 'en'])) {
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      continue;
    }
    for (const code of REGIONS) {
      const name = names.of(code);
      if (!name || name === code) continue;
      for (const word of name.toLowerCase().split(/[\s-]+/u)) {
        if (word.length >= 4)
          prefixes.add(word.length <= 5 ? word.slice(0, 4) : word.slice(0, word.length - 1));
      }
    }
  }
  for (const extra of [
    'french',
    'dutch',
    'british',
    'swiss',
    'greek',
    'turkish',
    'danish',
    'swedish',
    'polish',
    'finnish',
    'european',
    'western',
    'eastern',
    'kyiv',
    'moscow',
    'beijing',
    'washington',
    'brussels',
    'москв',
    'пекин',
    'киев',
    'київ',
  ]) {
    prefixes.add(extra);
  }
  const list = [...prefixes];
  placeCache.set(key, list);
  return list;
}

/** True when a capitalised word is a country name or a demonym ("Russia", "Russian", "России", "Chinese"). */
export function isPlaceLike(word: string, lang: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/u, '');
  if (w.length < 4) return false;
  // A long story asks about the same few hundred words thousands of times: remember each answer per language.
  const key = primaryLanguage(lang);
  let known = placeWords.get(key);
  if (!known) {
    known = new Map();
    placeWords.set(key, known);
  }
  const cached = known.get(w);
  if (cached !== undefined) return cached;
  const answer = placePrefixes(lang).some((prefix) => w.startsWith(prefix) && w.length - prefix.length <= 5);
  if (known.size < 50_000) known.set(w, answer);
  return answer;
}

const placeWords = new Map<string, Map<string, boolean>>();

const PINYIN =
  /^(?:[bpmfdtnlgkhjqxzcsrwy]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ue|ui|a|e|i|o|u|ü|v)$/u;

/** True for a Latin-script word made of pinyin syllables ("Shangfu", "Li", "Jinping"). */
function isPinyinWord(word: string): boolean {
  const w = word.toLowerCase();
  const dp: boolean[] = [true];
  for (let i = 1; i <= w.length; i += 1) {
    dp[i] = false;
    for (let j = Math.max(0, i - 6); j < i; j += 1) {
      if (dp[j] && PINYIN.test(w.slice(j, i))) {
        dp[i] = true;
        break;
      }
    }
  }
  return dp[w.length] === true && w.length <= 12;
}

/** True for a Chinese name in Latin script, written family name first ("Li Shangfu", "Xi Jinping"). */
export function isChineseLatinName(tokens: readonly string[]): boolean {
  return (
    tokens.length >= 2 && tokens.length <= 3 && tokens.every((t) => /^\p{Lu}/u.test(t) && isPinyinWord(t))
  );
}
