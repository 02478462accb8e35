import { latinKey, type NameTable } from './names';
import { numberKeys } from './numbers';
import type { SideSeeds } from './seed-lexicon';

/**
 * Interns feature strings as small integers shared by both sides, so equal ids mean "the same anchor"; also
 * remembers each word's feature ids, since words repeat and their Latin key is the costly part.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  /** Word → its feature ids (stem, then name if any), for the name table in `wordsFor`. */
  readonly words = new Map<string, number[]>();
  wordsFor: NameTable | null = null;
  seedsFor: SideSeeds | null = null;
  /** Per id, the last sentence stamp that used it (deduplication within a sentence). */
  seen = new Int32Array(256).fill(-1);
  stamp = 0;

  /** The id of a feature string, new ids counting up from 0. */
  id(feature: string): number {
    let id = this.ids.get(feature);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(feature, id);
      if (id >= this.seen.length) {
        const grown = new Int32Array(2 * this.seen.length).fill(-1);
        grown.set(this.seen);
        this.seen = grown;
      }
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }
}

const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LETTER_RE = /\p{L}/u;
/** Prefix length that folds inflection and lets cognates (Expedition/expédition) meet. */
const STEM = 5;

/**
 * The features of one sentence as strings: word stems (Latin-folded, so Путин meets Putin), single CJK characters,
 * names from the table, normalised numbers, and punctuation that survives translation (? ! quotes colon).
 * (Reference form; sideFeatures computes the same features without building strings for every word.)
 */
export function sentenceFeatures(sentence: string, names: NameTable, seeds?: SideSeeds | null): string[] {
  const out = new Set<string>();
  for (const m of sentence.matchAll(WORD_RE)) {
    const word = m[0];
    if (CJK_RE.test(word)) {
      let at = m.index;
      for (const ch of word) {
        if (CJK_RE.test(ch)) {
          out.add(`c:${ch}`);
          if (ch.length === 1 && seeds) {
            for (const key of seeds.chars.get(ch.charCodeAt(0)) ?? []) out.add(key);
            for (const { form, key } of seeds.forms.get(ch.charCodeAt(0)) ?? []) {
              if (sentence.startsWith(form, at)) out.add(key);
            }
          }
        }
        at += ch.length;
      }
      continue;
    }
    if (!LETTER_RE.test(word)) continue;
    const key = latinKey(word);
    out.add(`w:${key.slice(0, STEM)}`);
    const name = names.byKey.get(key);
    if (name) out.add(name);
    for (const seed of seeds?.stems.get(key.slice(0, STEM)) ?? []) out.add(seed);
  }
  for (const { form, key } of names.substrings) if (sentence.includes(form)) out.add(key);
  for (const n of numberKeys(sentence)) out.add(`#${n}`);
  if (/[?？¿]/.test(sentence)) out.add('p:?');
  if (/[!！¡]/.test(sentence)) out.add('p:!');
  if (/["“”„«»「」『』‹›]/.test(sentence)) out.add('p:"');
  if (/[:：]/.test(sentence)) out.add('p::');
  return [...out];
}

/** Every sentence's feature ids, as one flat array with per-sentence offsets. */
export interface FeatureLists {
  start: Int32Array;
  ids: Int32Array;
}

// Character classes, by UTF-16 code unit, worked out once per code unit with the regular expressions above.
const WORD = 1;
const LETTER = 2;
const CJK = 4;
const NUMERIC = 8;
const QUESTION = 16;
const BANG = 32;
const QUOTE = 64;
const COLON = 128;
const KNOWN = 256;
const classes = new Uint16Array(0x10000);
const astralClasses = new Map<number, number>();

function classify(ch: string): number {
  let c = KNOWN;
  if (/[\p{L}\p{M}\p{N}]/u.test(ch)) c |= WORD;
  if (LETTER_RE.test(ch)) c |= LETTER;
  if (CJK_RE.test(ch)) c |= CJK;
  // Anything numberKeys could turn into a number: digits of any folded script, Chinese numerals.
  if (/[0-9０-９٠-٩۰-۹零〇一二两三四五六七八九十百千万亿]/.test(ch)) c |= NUMERIC;
  if (/[?？¿]/.test(ch)) c |= QUESTION;
  if (/[!！¡]/.test(ch)) c |= BANG;
  if (/["“”„«»「」『』‹›]/.test(ch)) c |= QUOTE;
  if (/[:：]/.test(ch)) c |= COLON;
  return c;
}

/** Class of the code point at k (a surrogate pair counts as one), and its length in code units. */
function classAt(s: string, k: number): number {
  const u = s.charCodeAt(k);
  if (u >= 0xd800 && u <= 0xdbff && k + 1 < s.length) {
    const v = s.charCodeAt(k + 1);
    if (v >= 0xdc00 && v <= 0xdfff) {
      const cp = (u - 0xd800) * 0x400 + (v - 0xdc00) + 0x10000;
      let c = astralClasses.get(cp);
      if (c === undefined) {
        c = classify(String.fromCodePoint(cp));
        astralClasses.set(cp, c);
      }
      return c;
    }
  }
  let c = classes[u];
  if (c === 0) {
    c = classify(String.fromCharCode(u));
    classes[u] = c;
  }
  return c;
}

function isPairAt(s: string, k: number): boolean {
  const u = s.charCodeAt(k);
  if (u < 0xd800 || u > 0xdbff || k + 1 >= s.length) return false;
  const v = s.charCodeAt(k + 1);
  return v >= 0xdc00 && v <= 0xdfff;
}

/** First code units of the table's substring forms: a sentence without any of them needs no substring search. */
const firstUnits = new WeakMap<NameTable, Uint8Array>();
function firstUnitsOf(names: NameTable): Uint8Array {
  let table = firstUnits.get(names);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const { form } of names.substrings) table[form.charCodeAt(0)] = 1;
    firstUnits.set(names, table);
  }
  return table;
}

/** The growing flat id list of one side, deduplicating ids within the current sentence. */
class IdList {
  ids: Int32Array;
  count = 0;

  constructor(
    private readonly vocab: Vocabulary,
    capacity: number,
  ) {
    this.ids = new Int32Array(Math.max(16, capacity));
  }

  add(id: number): void {
    const vocab = this.vocab;
    if (vocab.seen[id] === vocab.stamp) return;
    vocab.seen[id] = vocab.stamp;
    if (this.count === this.ids.length) {
      const grown = new Int32Array(2 * this.ids.length);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.count++] = id;
  }
}

/**
 * Features of a whole side, interned in the shared vocabulary: the features of sentenceFeatures, in the same order
 * and with the same ids, found by one scan per sentence with per-word results cached in the vocabulary.
 */
export function sideFeatures(
  sentences: readonly string[],
  names: NameTable,
  vocab: Vocabulary,
  seeds: SideSeeds | null = null,
): FeatureLists {
  if (vocab.wordsFor !== names || vocab.seedsFor !== seeds) {
    vocab.words.clear();
    vocab.wordsFor = names;
    vocab.seedsFor = seeds;
  }
  const first = firstUnitsOf(names);
  const start = new Int32Array(sentences.length + 1);
  const out = new IdList(vocab, sentences.length * 8);
  for (let k = 0; k < sentences.length; k += 1) {
    vocab.stamp += 1;
    scanSentence(sentences[k], names, seeds, vocab, first, out);
    start[k + 1] = out.count;
  }
  return { start, ids: out.ids.slice(0, out.count) };
}

/** Adds one sentence's feature ids to out (a function of its own, so the engine optimises it once for both sides). */
function scanSentence(
  s: string,
  names: NameTable,
  seeds: SideSeeds | null,
  vocab: Vocabulary,
  first: Uint8Array,
  out: IdList,
): void {
  const len = s.length;
  let all = 0;
  let maybeName = false;
  let from = -1;
  let kinds = 0;
  // One pass over the code units; a word is the longest run of letters, marks and digits (a surrogate pair is
  // one character). p === len flushes the last word.
  for (let p = 0; p <= len;) {
    let c = 0;
    let size = 1;
    if (p < len) {
      const u = s.charCodeAt(p);
      if (u >= 0xd800 && u <= 0xdbff && isPairAt(s, p)) {
        c = classAt(s, p);
        size = 2;
      } else {
        c = classes[u];
        if (c === 0) c = classAt(s, p);
      }
      all |= c;
      if (first[u] === 1) maybeName = true;
    }
    if ((c & WORD) !== 0) {
      if (from < 0) {
        from = p;
        kinds = 0;
      }
      kinds |= c;
      p += size;
      continue;
    }
    if (from >= 0) {
      if ((kinds & CJK) !== 0) {
        for (let q = from; q < p;) {
          const sz = isPairAt(s, q) ? 2 : 1;
          if ((classAt(s, q) & CJK) !== 0) {
            out.add(vocab.id(`c:${s.slice(q, q + sz)}`));
            if (sz === 1 && seeds !== null) {
              const keys = seeds.chars.get(s.charCodeAt(q));
              if (keys !== undefined) for (const key of keys) out.add(vocab.id(key));
              const forms = seeds.forms.get(s.charCodeAt(q));
              if (forms !== undefined) {
                for (const { form, key } of forms) if (s.startsWith(form, q)) out.add(vocab.id(key));
              }
            }
          }
          q += sz;
        }
      } else if ((kinds & LETTER) !== 0) {
        const word = s.slice(from, p);
        let wordIds = vocab.words.get(word);
        if (wordIds === undefined) {
          const key = latinKey(word);
          wordIds = [vocab.id(`w:${key.slice(0, STEM)}`)];
          const name = names.byKey.get(key);
          if (name) wordIds.push(vocab.id(name));
          const keys = seeds?.stems.get(key.slice(0, STEM));
          if (keys !== undefined) for (const seed of keys) wordIds.push(vocab.id(seed));
          vocab.words.set(word, wordIds);
        }
        for (let q = 0; q < wordIds.length; q += 1) out.add(wordIds[q]);
      }
      from = -1;
    }
    p += size;
  }
  if (maybeName) for (const { form, key } of names.substrings) if (s.includes(form)) out.add(vocab.id(key));
  if ((all & NUMERIC) !== 0) for (const n of numberKeys(s)) out.add(vocab.id(`#${n}`));
  if ((all & QUESTION) !== 0) out.add(vocab.id('p:?'));
  if ((all & BANG) !== 0) out.add(vocab.id('p:!'));
  if ((all & QUOTE) !== 0) out.add(vocab.id('p:"'));
  if ((all & COLON) !== 0) out.add(vocab.id('p::'));
}
