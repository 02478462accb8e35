import { latinKey, type NameTable } from './names';
import { numberKeys } from './numbers';

/** Interns feature strings as small integers shared by both sides, so equal ids mean "the same anchor". */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  /** The id of a feature string, new ids counting up from 0. */
  id(feature: string): number {
    let id = this.ids.get(feature);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(feature, id);
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
 */
export function sentenceFeatures(sentence: string, names: NameTable): string[] {
  const out = new Set<string>();
  for (const m of sentence.matchAll(WORD_RE)) {
    const word = m[0];
    if (CJK_RE.test(word)) {
      for (const ch of word) if (CJK_RE.test(ch)) out.add(`c:${ch}`);
      continue;
    }
    if (!LETTER_RE.test(word)) continue;
    const key = latinKey(word);
    out.add(`w:${key.slice(0, STEM)}`);
    const name = names.byKey.get(key);
    if (name) out.add(name);
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

/** Features of a whole side, interned in the shared vocabulary. */
export function sideFeatures(
  sentences: readonly string[],
  names: NameTable,
  vocab: Vocabulary,
): FeatureLists {
  const start = new Int32Array(sentences.length + 1);
  const ids: number[] = [];
  sentences.forEach((s, k) => {
    for (const f of sentenceFeatures(s, names)) ids.push(vocab.id(f));
    start[k + 1] = ids.length;
  });
  return { start, ids: Int32Array.from(ids) };
}
