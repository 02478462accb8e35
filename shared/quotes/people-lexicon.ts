import { primaryLanguage } from './reporting-cues';

/**
 * Word lists that tell names apart from the titles, roles, places and function words around them. Our own lists;
 * country names and demonym stems come from the runtime's CLDR data (Intl.DisplayNames), nothing is typed per country.
 */

const TITLES = new Set(
  [
    // en
    'president',
    'vice',
    'prime',
    'minister',
    'ministers',
    'defense',
    'defence',
    'foreign',
    'interior',
    'finance',
    'secretary',
    'general',
    'chancellor',
    'premier',
    'chairman',
    'chairwoman',
    'chair',
    'chairperson',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'ambassador',
    'envoy',
    'senator',
    'sen',
    'governor',
    'gov',
    'mayor',
    'commissioner',
    'director',
    'chief',
    'ceo',
    'head',
    'leader',
    'lieutenant',
    'lt',
    'colonel',
    'col',
    'admiral',
    'adm',
    'marshal',
    'commander',
    'captain',
    'capt',
    'sergeant',
    'sgt',
    'gen',
    'mr',
    'mrs',
    'ms',
    'miss',
    'dr',
    'prof',
    'professor',
    'sir',
    'dame',
    'lord',
    'lady',
    'king',
    'queen',
    'prince',
    'princess',
    'pope',
    'sheikh',
    'emir',
    'sultan',
    'crown',
    'deputy',
    'state',
    'representative',
    'rep',
    'judge',
    'justice',
    'attorney',
    'officer',
    'adviser',
    'advisor',
    'aide',
    'comrade',
    'archbishop',
    'bishop',
    'patriarch',
    'cardinal',
    'speaker',
    'first',
    'former',
    'acting',
    'national',
    'security',
    'trade',
    'economy',
    'health',
    'spokesmen',
    'mp',
    'mep',
    'presidential',
    'assistant',
    'under-secretary',
    'undersecretary',
    'economic',
    'affairs',
    'defense-minister',
    // ru/uk (stems: endings are stripped before lookup)
    'президент',
    'премьер',
    'премьер-министр',
    'министр',
    'глав',
    'председател',
    'пресс-секретар',
    'представител',
    'генерал',
    'господин',
    'госпож',
    'товарищ',
    'посол',
    'посл',
    'замминистр',
    'заместител',
    'спикер',
    'канцлер',
    'лидер',
    'директор',
    'руководител',
    'губернатор',
    'мэр',
    'депутат',
    'сенатор',
    'советник',
    'помощник',
    'корол',
    'принц',
    'патриарх',
    'маршал',
    'адмирал',
    'полковник',
    'вице-премьер',
    'вице-президент',
    'председатель',
    'міністр',
    'голов',
    'речник',
    "прем'єр",
    'прем’єр',
    'представник',
    'пан',
    'пані',
    'радник',
    // de
    'präsident',
    'präsidentin',
    'bundeskanzler',
    'bundeskanzlerin',
    'kanzler',
    'kanzlerin',
    'ministerin',
    'regierungschef',
    'regierungschefin',
    'sprecher',
    'sprecherin',
    'herr',
    'herrn',
    'frau',
    'botschafter',
    'chefin',
    'vorsitzende',
    'vorsitzender',
    'staatschef',
    'staatschefin',
    'bundespräsident',
    'generalsekretär',
    // fr
    'président',
    'présidente',
    'ministre',
    'porte-parole',
    'm',
    'mme',
    'monsieur',
    'madame',
    'général',
    'ambassadeur',
    'secrétaire',
    'chancelier',
    'chancelière',
    'maire',
    'directeur',
    'directrice',
    'dirigeant',
    // es/pt/it/pl
    'presidente',
    'presidenta',
    'ministro',
    'ministra',
    'canciller',
    'portavoz',
    'señor',
    'señora',
    'sr',
    'sra',
    'don',
    'doña',
    'embajador',
    'secretario',
    'jefe',
    'líder',
    'alcalde',
    'porta-voz',
    'senhor',
    'senhora',
    'embaixador',
    'secretário',
    'chefe',
    'primeiro-ministro',
    'portavoce',
    'signor',
    'signora',
    'generale',
    'ambasciatore',
    'segretario',
    'capo',
    'sindaco',
    'prezydent',
    'rzecznik',
    'pani',
    'generał',
    'ambasador',
    'szef',
    'kanclerz',
    'premiera',
  ].map((w) => w.toLowerCase()),
);

/** Title suffixes of German compounds ("Verteidigungsminister", "Kommissionspräsidentin"). */
const TITLE_SUFFIXES =
  /(?:minister|präsident|kanzler|sprecher|chef|botschafter|vorsitzende)(?:in|en|innen|s|r|n)?$/u;

const ORG_WORDS = new Set(
  [
    'congress',
    'committee',
    'council',
    'party',
    'ministry',
    'government',
    'republic',
    'federation',
    'union',
    'assembly',
    'parliament',
    'commission',
    'bureau',
    'office',
    'department',
    'agency',
    'army',
    'navy',
    'forces',
    'force',
    'bank',
    'university',
    'news',
    'times',
    'post',
    'kremlin',
    'white',
    'house',
    'people’s',
    "people's",
    'standing',
    'central',
    'military',
    'council',
    'nations',
    'organization',
    'organisation',
    'court',
    'police',
    'reuters',
    'xinhua',
    'tass',
    'ria',
    'interfax',
    'ap',
    'afp',
    'bbc',
    'cnn',
    'group',
    'company',
    'corporation',
    'inc',
    'ltd',
    'summit',
    'forum',
    'east',
    'west',
    'north',
    'south',
    'far',
    'middle',
    'sea',
    'ocean',
    'source',
  ].map((w) => w.toLowerCase()),
);

const STOPWORDS = new Set(
  [
    'the',
    'a',
    'an',
    'but',
    'and',
    'or',
    'in',
    'on',
    'at',
    'as',
    'it',
    'this',
    'that',
    'these',
    'those',
    'he',
    'she',
    'they',
    'we',
    'i',
    'you',
    'there',
    'when',
    'while',
    'after',
    'before',
    'if',
    'for',
    'with',
    'by',
    'from',
    'to',
    'of',
    'his',
    'her',
    'their',
    'our',
    'its',
    'what',
    'who',
    'how',
    'why',
    'yes',
    'no',
    'so',
    'then',
    'also',
    'however',
    'meanwhile',
    'speaking',
    'asked',
    'according',
    'undoubtedly',
    'footage',
    'earlier',
    'later',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
    'в',
    'на',
    'но',
    'и',
    'а',
    'он',
    'она',
    'они',
    'это',
    'как',
    'что',
    'по',
    'за',
    'при',
    'после',
    'также',
    'мы',
    'я',
    'вы',
    'согласно',
    'однако',
    'кроме',
    'между',
    'вас',
    'вам',
    'вами',
    'ваш',
    'ваше',
    'ваша',
    'ваши',
    'уважаемый',
    'уважаемые',
    'спасибо',
    'добро',
    'він',
    'вона',
    'вони',
    'це',
    'як',
    'що',
    'у',
    'der',
    'die',
    'das',
    'ein',
    'eine',
    'und',
    'aber',
    'er',
    'sie',
    'es',
    'wir',
    'ich',
    'im',
    'am',
    'auf',
    'mit',
    'nach',
    'laut',
    'wie',
    'auch',
    'dazu',
    'zudem',
    'denn',
    'le',
    'la',
    'les',
    'un',
    'une',
    'et',
    'mais',
    'il',
    'elle',
    'en',
    'dans',
    'selon',
    'pour',
    'avec',
    'ce',
    'cette',
    'el',
    'los',
    'las',
    'una',
    'y',
    'pero',
    'según',
    'para',
    'con',
    'este',
    'esta',
    'o',
    'os',
    'as',
    'um',
    'uma',
    'e',
    'mas',
    'em',
    'no',
    'na',
    'segundo',
    'com',
    'ele',
    'ela',
    'él',
    'ella',
    'lui',
    'lei',
    'ma',
    'secondo',
    'on',
    'ona',
    'według',
    'jak',
    'oraz',
  ].map((w) => w.toLowerCase()),
);

/** Honorifics that show a person's gender. */
const GENDERED_TITLES: Record<string, 'm' | 'f'> = {
  mr: 'm',
  mrs: 'f',
  ms: 'f',
  miss: 'f',
  sir: 'm',
  dame: 'f',
  lord: 'm',
  lady: 'f',
  king: 'm',
  queen: 'f',
  господин: 'm',
  госпож: 'f',
  herr: 'm',
  herrn: 'm',
  frau: 'f',
  monsieur: 'm',
  madame: 'f',
  mme: 'f',
  señor: 'm',
  señora: 'f',
  sr: 'm',
  sra: 'f',
  senhor: 'm',
  senhora: 'f',
  signor: 'm',
  signora: 'f',
  pan: 'm',
  pani: 'f',
  presidenta: 'f',
  ministra: 'f',
  präsidentin: 'f',
  bundeskanzlerin: 'f',
  kanzlerin: 'f',
  ministerin: 'f',
  présidente: 'f',
  chairwoman: 'f',
  spokeswoman: 'f',
  spokesman: 'm',
  chairman: 'm',
  princess: 'f',
  prince: 'm',
  sprecherin: 'f',
  sprecher: 'm',
};

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
  return placePrefixes(lang).some((prefix) => w.startsWith(prefix) && w.length - prefix.length <= 5);
}

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
