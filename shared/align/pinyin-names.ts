/**
 * Chinese names spelt out on the other side (陈清扬 ↔ Chen Qingyang, 上海 ↔ Shanghai, 张高丽 ↔ Чжан Гаоли): the
 * pair's own name groups for the name table, found by reading Han characters as pinyin (or its Russian spelling)
 * and looking for the spelling among the other side's capitalised words.
 */
import { HAN_BY_PINYIN } from './han-pinyin';
import { foldCyrillic, palladius } from './palladius';

/**
 * Common surnames (and a few given-name characters used alone): only these may match a single-syllable word, since
 * a lone common syllable (但 dan, 和 he) would otherwise pair with any capitalised word spelt like it.
 */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟' +
  '谭陆汪范金廖贾夏韦付傅邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤习温康施牛樊葛邢齐乔伍庞' +
  '颜倪庄聂章鲁岳翟殷詹申欧耿关焦俞左柳甘祝包宁舒阮柯纪梅童凌毕季裴霍涂苗谷盛翁冉骆蓝辛靳管柴鲍喻祁蒲滕饶牟艾尤' +
  '穆卓缪褚娄窦戚岑党宫费卜冷晏瞿桂佟臧闵苟邬卞姬仇栾隋刁巫寇桑郎甄丛仲虞敖巩佘邝鞠冀胥奚栗燕楚谌冼蔺楼' +
  '張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒喬龐顏聶魯嚴龔錢湯歐寧紀畢藍駱鮑饒婁竇鄺欒';

/** Words longer than this cannot be a name of at most MAX_CHARS syllables. */
const MAX_WORD = 24;
/** Longest Han form tried: a surname and a two-character given name, or a four-syllable place. */
const MAX_CHARS = 4;
/**
 * Sentences read per side: the table applies to the whole text, and a text longer than this learns its names from
 * co-occurrence anyway (the learnt lexicon), so the search stays bounded on book-length input.
 */
const MAX_SENTENCES = 3000;

type Spelled = 'latin' | 'cyrillic';
const readings = new Map<Spelled, Map<number, string>>();

/** Han character code → its toneless pinyin (or its Russian spelling), built once from the generated table. */
function readingTable(script: Spelled): Map<number, string> {
  let table = readings.get(script);
  if (!table) {
    table = new Map();
    for (const [syllable, chars] of Object.entries(HAN_BY_PINYIN)) {
      const spelt = script === 'latin' ? syllable : palladius(syllable);
      if (spelt === null) continue;
      for (let k = 0; k < chars.length; k += 1) table.set(chars.charCodeAt(k), spelt);
    }
    readings.set(script, table);
  }
  return table;
}

const HAN_RE = /\p{Script=Han}/u;
const KANA_RE = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LATIN_WORD_RE = /\p{L}+/gu;
const UPPER_RE = /^\p{Lu}\p{Ll}/u;

/** How a side is written, from its first sentences: Han (not Japanese), Latin or Cyrillic words, or neither. */
function scriptOf(sentences: readonly string[]): 'han' | Spelled | 'other' {
  let han = 0;
  let kana = 0;
  let letters = 0;
  let cyrillic = 0;
  const sample = Math.min(sentences.length, 200);
  for (let k = 0; k < sample; k += 1) {
    const s = sentences[k];
    if (HAN_RE.test(s)) han += 1;
    if (KANA_RE.test(s)) kana += 1;
    if (/[A-Za-z]{2}/.test(s)) letters += 1;
    if (/[а-яА-ЯёЁ]{2}/.test(s)) cyrillic += 1;
  }
  if (han > sample / 3 && kana < sample / 10) return 'han';
  if (cyrillic > sample / 2) return 'cyrillic';
  return letters > sample / 2 ? 'latin' : 'other';
}

/**
 * Capitalised words that may be names (not the sentence's first word unless a capitalised word follows), as their
 * plain lower-case spelling (ASCII, or folded Cyrillic) → the word as written.
 */
function capitalised(sentences: readonly string[], script: Spelled): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Set<string>();
  for (let k = 0; k < Math.min(sentences.length, MAX_SENTENCES); k += 1) {
    const s = sentences[k];
    let first = true;
    let pending: string | null = null;
    for (const m of s.matchAll(LATIN_WORD_RE)) {
      const w = m[0];
      const upper = w.length <= MAX_WORD && UPPER_RE.test(w);
      // A sentence's first word counts only when the next one is capitalised too (Chen Qingyang said…).
      if (pending !== null && upper) addWord(pending, script, out, seen);
      pending = null;
      if (upper) {
        if (first) pending = w;
        else addWord(w, script, out, seen);
      }
      first = false;
    }
  }
  return out;
}

function addWord(w: string, script: Spelled, out: Map<string, string>, seen: Set<string>): void {
  if (seen.has(w)) return;
  seen.add(w);
  if (script === 'cyrillic') {
    const folded = foldCyrillic(w);
    if (/^[а-я]+$/.test(folded) && !out.has(folded)) out.set(folded, w);
    return;
  }
  const plain = w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (/^[a-z]+$/.test(plain) && !out.has(plain)) out.set(plain, w);
}

/**
 * Name groups [word, Han forms…] for every capitalised word of one side that some run of common Han characters on
 * the other side reads as, in pinyin or in Russian spelling (single syllables only for surnames). Empty unless one
 * side is Chinese and the other written in Latin or Cyrillic letters.
 */
export function pinyinNameGroups(a: readonly string[], b: readonly string[]): string[][] {
  const sa = scriptOf(a);
  const sb = scriptOf(b);
  const spaced = sa === 'han' ? sb : sa;
  const han = sa === 'han' ? a : sb === 'han' ? b : null;
  if (!han || (spaced !== 'latin' && spaced !== 'cyrillic')) return [];
  const words = capitalised(han === a ? b : a, spaced);
  if (words.size === 0) return [];
  const prefixes = new Set<string>();
  for (const w of words.keys()) for (let k = 1; k <= w.length; k += 1) prefixes.add(w.slice(0, k));
  const table = readingTable(spaced);
  const found = new Map<string, Set<string>>();
  for (let k = 0; k < Math.min(han.length, MAX_SENTENCES); k += 1) {
    const s = han[k];
    for (let p = 0; p < s.length; p += 1) {
      let spelling = '';
      for (let q = p; q < Math.min(s.length, p + MAX_CHARS); q += 1) {
        const syllable = table.get(s.charCodeAt(q));
        if (syllable === undefined) break;
        spelling += syllable;
        if (!prefixes.has(spelling)) break;
        if (!words.has(spelling) || (q === p && !SURNAMES.includes(s[p]))) continue;
        const forms = found.get(spelling) ?? new Set<string>();
        forms.add(s.slice(p, q + 1));
        found.set(spelling, forms);
      }
    }
  }
  return [...found].map(([plain, forms]) => [words.get(plain) ?? plain, ...forms]);
}
