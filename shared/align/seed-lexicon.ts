/**
 * A small multilingual seed lexicon (written by hand from general knowledge): frequent news words that a short text
 * pair cannot learn from itself. Latin/Cyrillic forms are matched by their 5-letter Latin stem (so inflections
 * meet; phrases are left out), Chinese forms by single character or, when longer, as substrings.
 */
import { latinKey } from './names';
import { CONCEPTS, NATURAL_GENDER, type SeedLanguage } from './seed-concepts';

/** The seeds of one side of a pair: its words' stems, characters and longer CJK forms → concept keys. */
export interface SideSeeds {
  /** 5-letter Latin stem of a word → concept keys. */
  stems: Map<string, string[]>;
  /** A single CJK character (UTF-16 code unit) → concept keys. */
  chars: Map<number, string[]>;
  /** Longer CJK forms by their first code unit, with their concept key (matched where that character stands). */
  forms: Map<number, { form: string; key: string }[]>;
}

const STEM = 5;
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LANGUAGES: readonly string[] = ['en', 'zh', 'ru', 'uk', 'de', 'fr', 'es', 'hu'];

function isSeedLanguage(lang: string): lang is SeedLanguage {
  return LANGUAGES.includes(lang);
}

/** Primary language subtag, lower case ('zh-Hant' → 'zh'). */
function primary(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0];
}

function push<K>(map: Map<K, string[]>, k: K, key: string): void {
  const keys = map.get(k) ?? [];
  if (!keys.includes(key)) keys.push(key);
  map.set(k, keys);
}

function sideSeeds(lang: SeedLanguage, other: SeedLanguage): SideSeeds {
  const seeds: SideSeeds = { stems: new Map(), chars: new Map(), forms: new Map() };
  CONCEPTS.forEach((concept, k) => {
    const own = concept[lang];
    if (!own || !concept[other]) return;
    if (concept.natural && !(NATURAL_GENDER.includes(lang) && NATURAL_GENDER.includes(other))) return;
    const key = `s:${k}`;
    for (const form of own) {
      if (CJK_RE.test(form)) {
        if (form.length === 1) push(seeds.chars, form.charCodeAt(0), key);
        else {
          const list = seeds.forms.get(form.charCodeAt(0)) ?? [];
          list.push({ form, key });
          seeds.forms.set(form.charCodeAt(0), list);
        }
      } else if (/^[\p{L}\p{M}]+$/u.test(form)) {
        push(seeds.stems, latinKey(form).slice(0, STEM), key);
      }
    }
  });
  return seeds;
}

/**
 * The seeds two languages share, one table per side (a side's own words only, so English "on" never reads as
 * Russian "он"): each concept with forms in both languages is one feature key. Null for other languages.
 */
export function seedTables(srcLang: string, tgtLang: string): { src: SideSeeds; tgt: SideSeeds } | null {
  const a = primary(srcLang);
  const b = primary(tgtLang);
  if (!isSeedLanguage(a) || !isSeedLanguage(b) || a === b) return null;
  return { src: sideSeeds(a, b), tgt: sideSeeds(b, a) };
}
