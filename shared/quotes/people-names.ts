import type { Gender } from './pronouns';
import { isAcronym, isOrgWord, isPlaceLike, isStopword, isTitle, stem, titleGender } from './people-lexicon';

/** A name in the text with its titles stripped: "Russian President Vladimir Putin" → "Vladimir Putin". */
export interface NameMention {
  /** The name part only (offsets into the text). */
  start: number;
  end: number;
  /** The whole capitalised run including titles ("Russian President Vladimir Putin"), for aliases. */
  fullStart: number;
  /** Name tokens, possessive ’s removed, initials dropped. */
  tokens: string[];
  titled: boolean;
  gender: Gender | null;
  /** Evidence that this is a person: a title, an honorific, or a first-name + surname shape. */
  personLike: boolean;
  possessive: boolean;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD = /\p{L}[\p{L}\p{M}\p{N}'’-]*\.?/gu;
const PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'bin',
  'al',
  'da',
  'di',
  'du',
  'del',
  'dos',
  'das',
  'ibn',
  'ben',
  'le',
  'la',
  'ter',
  'zu',
]);
const INITIAL = /^\p{Lu}\.$/u;

/** True when the script marks names with capitals (Latin, Cyrillic, Greek, Armenian, Georgian). */
export function isCasedText(lang: string): boolean {
  return !/^(?:zh|ja|ko|ar|fa|he|ur|th)\b/u.test(lang.toLowerCase());
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Slavic surname endings that show gender ("Захарова", "Zakharova" f; "Лавров", "Shoigu" unknown). */
function surnameGender(word: string): Gender | null {
  const w = word.toLowerCase();
  if (/(?:ова|ева|ёва|ина|ская|цкая|ovа|ova|eva|ina|skaya|ska|cka)$/u.test(w)) return 'f';
  if (/(?:ов|ев|ёв|ин|ский|цкий|ov|ev|in|sky|ski|cki)$/u.test(w)) return 'm';
  return null;
}

function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let word = m[0];
    let end = m.index + word.length;
    if (end > to) {
      word = word.slice(0, to - m.index);
      end = to;
    }
    tokens.push({ word, start: m.index, end });
  }
  return tokens;
}

/** Index of the first token that does not end before `offset` (tokens are sorted and disjoint). */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A token ending in a full stop that is not an initial or an abbreviated title ends the sentence. */
function endsSentence(token: Token): boolean {
  if (!token.word.endsWith('.')) return false;
  return !INITIAL.test(token.word) && !isTitle(token.word);
}

function nextIsCapitalised(tokens: Token[], from: number): boolean {
  let i = from;
  while (i < tokens.length && PARTICLES.has((tokens[i] as Token).word)) i += 1;
  return isCapitalised(tokens[i]?.word ?? '');
}

/** True when two words are adjacent or one plain (or no-break) space apart, so they can belong to one name. */
function isJoiningGap(text: string, from: number, to: number): boolean {
  if (to === from) return true;
  if (to !== from + 1) return false;
  const ch = text.charCodeAt(from);
  return ch === 0x20 || ch === 0xa0 || ch === 0x202f;
}

/** Capitalised runs in [from, to): consecutive capitalised words (with name particles) on one line. */
function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = (): void => {
    while (run.length > 0 && PARTICLES.has(run[run.length - 1]?.word ?? '')) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const prev = run[run.length - 1];
    const joined = prev !== undefined && isJoiningGap(text, prev.end, token.start) && !endsSentence(prev);
    if (!joined) flush();
    if (isCapitalised(token.word)) run.push(token);
    else if (run.length > 0 && PARTICLES.has(token.word) && nextIsCapitalised(tokens, i + 1)) run.push(token);
    else flush();
  }
  flush();
  return runs;
}

function bare(word: string): string {
  return word
    .replace(/['’]s$/u, '')
    .replace(/[’']$/u, '')
    .replace(/\.$/u, '');
}

/** Names in text[from, to) for scripts with capitals; lowerWords: words seen in lower case (so not names). */
export function findNameMentions(
  text: string,
  from: number,
  to: number,
  lang: string,
  lowerWords: ReadonlySet<string>,
): NameMention[] {
  const tokens = tokenize(text, from, to);
  const mentions: NameMention[] = [];
  for (const run of capitalisedRuns(text, tokens)) {
    let titled = false;
    let gender: Gender | null = null;
    let fullStart: number | null = null;
    // Everything up to the last title is role and organisation ("Erklärung von EU-Kommissionspräsidentin …").
    let i = 0;
    for (let k = run.length - 2; k >= 0; k -= 1) {
      if (isTitle(bare((run[k] as Token).word))) {
        i = k;
        break;
      }
    }
    for (; i < run.length; i += 1) {
      const word = bare((run[i] as Token).word);
      const rest = run.length - i - 1;
      if (isTitle(word)) {
        titled = true;
        fullStart = (run[0] as Token).start;
        gender = gender ?? titleGender(word);
      } else if (!(
        isStopword(word) ||
        isAcronym(word) ||
        isOrgWord(word) ||
        (rest > 0 && isPlaceLike(word, lang)) ||
        INITIAL.test((run[i] as Token).word)
      )) {
        break;
      }
    }
    const nameTokens = run.slice(i);
    if (nameTokens.length === 0) continue;
    const words = nameTokens.map((t) => bare(t.word)).filter((w) => !INITIAL.test(w + '.') || w.length > 1);
    if (words.length === 0) continue;
    if (words.some((w) => isOrgWord(w) || isAcronym(w))) continue;
    if (
      words.length === 1 &&
      (isPlaceLike(words[0] as string, lang) || lowerWords.has((words[0] as string).toLowerCase()))
    )
      continue;
    // Lower-case titles before the run ("министр обороны КНР Ли Шанфу", "le président Macron").
    const runStart = firstTokenAt(tokens, (run[0] as Token).start);
    const before = tokens.slice(Math.max(0, runStart - 3), runStart);
    for (const t of before) {
      if (isTitle(bare(t.word))) {
        titled = true;
        gender = gender ?? titleGender(bare(t.word));
      }
    }
    const first = nameTokens[0] as Token;
    const last = nameTokens[nameTokens.length - 1] as Token;
    const possessive = /['’]s?$/u.test(last.word);
    const end = last.start + bare(last.word).length;
    gender = gender ?? surnameGender(words[words.length - 1] as string);
    mentions.push({
      start: first.start,
      end,
      fullStart: fullStart ?? first.start,
      tokens: words,
      titled,
      gender,
      personLike:
        titled || (words.length >= 2 && words.length <= 4 && !words.some((w) => isPlaceLike(w, lang))),
      possessive,
    });
  }
  return mentions;
}

/** Words that occur in lower case somewhere in the text (so a capitalised "Footage" is not a name). */
export function lowerCaseWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu)) words.add(m[0]);
  return words;
}

/** Stems of a mention's tokens, for matching inflected or shortened forms. */
export function mentionStems(tokens: readonly string[]): string[] {
  return tokens.map(stem);
}

const ZH_TITLES =
  /^.*?(?:总统|總統|国家主席|國家主席|主席|总理|總理|国防部长|國防部長|外交部长|外交部長|部长|部長|外长|外長|发言人|發言人|大使|将军|將軍|国务委员|國務委員|委员长|委員長|总书记|總書記|首相|议员|議員|司令员|司令|上将|上將|局长|局長|主任|秘书长|秘書長|副总理|副總理|书记|書記|教授|博士|防长|防長|总裁|總裁|董事长|董事長|负责人|負責人|官员|官員)/u;
const ZH_TRAILING_TITLES = /(?:总统|總統|主席|总理|總理|先生|女士|部长|部長|将军|將軍|大使|教授|同志)$/u;
const ZH_ADVERBIAL =
  /(?:在|于|於|对|對|向|同|与|與|跟|曾|今天|昨天|当天|當天|周[一二三四五六日天]|週[一二三四五六日天]|星期|随后|隨後|此前|还|還|也|又|则|則|更|并|並|亦|再次|同时|同時|会见|會見|会谈|會談|接受|通过|通過|时|時|致|发表|發表|出席|主持|接见|接見|访问|訪問|\d)/u;

/** The name in a Chinese subject phrase: "俄罗斯总统普京" → "普京", "李尚福在会谈中" → "李尚福". */
export function chineseSubject(phrase: string): { offset: number; name: string } | null {
  let offset = 0;
  let rest = phrase;
  const titled = ZH_TITLES.exec(rest);
  if (titled && titled[0].length < rest.length) {
    offset += titled[0].length;
    rest = rest.slice(titled[0].length);
  }
  const adverbial = ZH_ADVERBIAL.exec(rest);
  if (adverbial) rest = rest.slice(0, adverbial.index);
  rest = rest.replace(ZH_TRAILING_TITLES, '');
  const lead = /^[\s，。：:、“”「」]*/u.exec(rest)?.[0].length ?? 0;
  offset += lead;
  rest = rest.slice(lead).trim();
  if (rest.length < 2 || rest.length > 12 || !/^[\p{Script=Han}·•‧・\p{L}]+$/u.test(rest)) return null;
  return { offset, name: rest };
}

const AR_TITLES = new Set([
  'الرئيس',
  'رئيس',
  'وزير',
  'وزيرة',
  'المتحدث',
  'المتحدثة',
  'باسم',
  'الناطق',
  'السفير',
  'الأمين',
  'العام',
  'الجنرال',
  'الشيخ',
  'الملك',
  'الأمير',
  'السيد',
  'السيدة',
  'الدفاع',
  'الخارجية',
  'الوزراء',
  'الداخلية',
  'نائب',
  'مستشار',
  'المستشار',
  'الدولة',
  'العماد',
  'اللواء',
  'الفريق',
  'رئيسة',
  'الرئيسة',
  'زعيم',
  'مجلس',
]);
const AR_STOP = /^(?:إن|إنه|إنها|أن|أنه|أنها|في|خلال|على|عن|لـ?|مع|من|إلى|قبل|بعد|اليوم|أمس|:)$/u;

/** The name after an Arabic speech verb: "الرئيس الروسي فلاديمير بوتين إن" → "فلاديمير بوتين". */
export function arabicSubject(phrase: string): { offset: number; name: string } | null {
  const words = [...phrase.matchAll(/[^\s،,:.«»"“”]+/gu)];
  const kept: RegExpMatchArray[] = [];
  let titled = false;
  for (const w of words) {
    if (AR_STOP.test(w[0]) || kept.length >= 4) break;
    if (kept.length === 0 && AR_TITLES.has(w[0])) {
      titled = true;
      continue;
    }
    // A nisba adjective after a title ("الرئيس الروسي"), not a name like "السيسي" on its own.
    if (kept.length === 0 && titled && /^ال\S+ي(?:ة)?$/u.test(w[0])) continue;
    kept.push(w);
  }
  if (kept.length === 0) return null;
  const first = kept[0] as RegExpMatchArray;
  const last = kept[kept.length - 1] as RegExpMatchArray;
  const offset = first.index ?? 0;
  return { offset, name: phrase.slice(offset, (last.index ?? 0) + last[0].length) };
}

const ZH_TITLE_WORDS =
  '总统|總統|国家主席|國家主席|主席|总理|總理|国防部长|國防部長|外交部长|外交部長|部长|部長|外长|外長|发言人|發言人|大使|将军|將軍|国务委员|國務委員|委员长|委員長|总书记|總書記|首相|议员|議員|司令|上将|上將|防长|防長|秘书长|秘書長|总裁|總裁';
const ZH_AFTER_NAME = '[在于於对對向说說表会會与與和同及，。、称稱指强強是也还還则則将將已的访訪抵出接致（(]';
// Time words that follow a name in news ("总统普京今天在…"), so they never become part of it.
const ZH_TIME_AFTER_NAME =
  '今天|今日|昨天|昨日|明天|当天|當天|日前|近日|早些时候|早些時候|上午|下午|晚间|晚間|周[一二三四五六日天]|週[一二三四五六日天]|星期|本周|本週|\\d|[０-９]';
const ZH_TITLED = new RegExp(
  `(?:${ZH_TITLE_WORDS})([\\p{Script=Han}·•‧・]{2,8}?)(?=${ZH_AFTER_NAME}|${ZH_TIME_AFTER_NAME}|$)`,
  'gu',
);

/** Names right after a title in Chinese ("国防部长李尚福访问…" → "李尚福"), so pronouns can find them. */
export function chineseTitledNames(text: string): { start: number; name: string }[] {
  const out: { start: number; name: string }[] = [];
  for (const m of text.matchAll(ZH_TITLED)) {
    const name = m[1] ?? '';
    if (name.length >= 2) out.push({ start: (m.index ?? 0) + m[0].length - name.length, name });
  }
  return out;
}

/** Names right after a title in Arabic ("وزير الدفاع الصيني لي شانغ فو"), so pronouns can find them. */
export function arabicTitledNames(text: string): { start: number; name: string }[] {
  const out: { start: number; name: string }[] = [];
  const words = [...text.matchAll(/[^\s،,:.«»"“”()]+/gu)];
  for (let i = 0; i < words.length; i += 1) {
    if (!AR_TITLES.has((words[i] as RegExpMatchArray)[0])) continue;
    let j = i + 1;
    while (
      j < words.length &&
      (AR_TITLES.has((words[j] as RegExpMatchArray)[0]) ||
        /^ال\S+ي(?:ة)?$/u.test((words[j] as RegExpMatchArray)[0]))
    )
      j += 1;
    const kept: RegExpMatchArray[] = [];
    for (; j < words.length && kept.length < 4; j += 1) {
      const w = words[j] as RegExpMatchArray;
      const gap = text.slice(
        ((kept[kept.length - 1] ?? words[j - 1]) as RegExpMatchArray).index ?? 0,
        w.index ?? 0,
      );
      if (/[.،,:«»]/u.test(gap.slice(1)) || AR_STOP.test(w[0]) || AR_TITLES.has(w[0])) break;
      if (kept.length >= 2 && /^[بلو]/u.test(w[0])) break;
      kept.push(w);
    }
    const first = kept[0];
    const last = kept[kept.length - 1];
    if (!first || !last) continue;
    const start = first.index ?? 0;
    out.push({ start, name: text.slice(start, (last.index ?? 0) + last[0].length) });
    i = j - 1;
  }
  return out;
}
