/** Numbers as anchors: the same quantity written 1,000 / 1.000 / 1 000 / １０００ / 一千 gets the same key. */

const FULLWIDTH_ZERO = 0xff10;

/** Folds full-width and Arabic-Indic digits to ASCII so every script's digits compare equal. */
export function foldDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= FULLWIDTH_ZERO && c <= FULLWIDTH_ZERO + 9) out += String.fromCharCode(48 + c - FULLWIDTH_ZERO);
    else if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(48 + c - 0x0660);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(48 + c - 0x06f0);
    else if (ch === '，') out += ',';
    else if (ch === '．') out += '.';
    else out += ch;
  }
  return out;
}

/**
 * Normalises one written number: a group of exactly three digits after a separator is a thousands group; a last
 * group of another length is the decimal part. Leading zeros and trailing decimal zeros go.
 */
export function normaliseNumber(raw: string): string {
  const parts = raw.split(/[.,'\u2009\u202f\u00a0 ]/);
  let whole = parts[0];
  let frac = '';
  for (let k = 1; k < parts.length; k += 1) {
    if (k === parts.length - 1 && parts[k].length !== 3) frac = parts[k];
    else whole += parts[k];
  }
  whole = whole.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole;
}

// Space-grouped numbers only as 1–3 digits then groups of three, so "2004 1000" stays two numbers.
const NUMBER_RE = /\d{1,3}(?:[\u00a0\u202f\u2009' ]\d{3})+(?!\d)|\d+(?:[.,]\d+)*/g;

/** Number keys found in a text (digits in any of the folded scripts, plus Chinese numerals). */
export function numberKeys(text: string): string[] {
  const folded = foldDigits(text);
  const out: string[] = [];
  for (const m of folded.matchAll(NUMBER_RE)) out.push(normaliseNumber(m[0]));
  for (const m of folded.matchAll(CHINESE_RE)) {
    const v = chineseValue(m[0]);
    if (v !== null) out.push(String(v));
  }
  return out;
}

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000, 亿: 100000000 };
const CHINESE_RE = /[零〇一二两三四五六七八九十百千万亿]{2,}/g;

/**
 * Value of a Chinese numeral of two or more characters (一九五六 → 1956, 三十五 → 35, 两千 → 2000); null for runs
 * that are probably words (一一, or a lone 一 inside a phrase is never passed in).
 */
export function chineseValue(s: string): number | null {
  const chars = [...s];
  if (chars.every((c) => c in CN_DIGITS)) {
    // Digit by digit, as years are written; needs four digits to be safe (二三 is usually "two or three").
    return chars.length >= 4 ? Number(chars.map((c) => CN_DIGITS[c]).join('')) : null;
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const c of chars) {
    if (c in CN_DIGITS) {
      if (digit >= 0) return null;
      digit = CN_DIGITS[c];
    } else {
      const unit = CN_UNITS[c];
      if (unit >= 10000) {
        section = (section + Math.max(digit, 0)) * unit;
        total += section;
        section = 0;
      } else section += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    }
  }
  return total + section + Math.max(digit, 0);
}
