import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HAN_VARIANT_PAIRS, countHanVariants } from '../../../shared/text/han-variants';
import { detectLanguage } from '../../../shared/text/language';
import { corpusPath, stripCorpusHeader } from '../../support/paths';

const metaSchema = z.object({ files: z.array(z.object({ file: z.string(), language: z.string() })) });

/** meta.json says "zh" for Simplified Chinese; the detector names the script. */
function expected(language: string): string {
  return language === 'zh' ? 'zh-Hans' : language;
}

const corpusFiles = readdirSync(corpusPath('.'))
  .filter((set) => /^\d{3}-/.test(set))
  .flatMap((set) =>
    metaSchema
      .parse(JSON.parse(readFileSync(corpusPath(`${set}/meta.json`), 'utf8')))
      .files.map((f) => ({ path: `${set}/${f.file}`, language: expected(f.language) })),
  );

describe('detectLanguage on the corpus', () => {
  it('has corpus files to test', () => {
    expect(corpusFiles.length).toBeGreaterThanOrEqual(18);
  });

  it.each(corpusFiles)('$path is $language (article body and whole file)', ({ path, language }) => {
    const raw = readFileSync(corpusPath(path), 'utf8');
    expect(detectLanguage(stripCorpusHeader(raw))).toBe(language);
    expect(detectLanguage(raw)).toBe(language);
  });

  it('names the specific files the brief calls out', () => {
    const read = (p: string): string => readFileSync(corpusPath(p), 'utf8');
    expect(detectLanguage(read('002-kremlin-zhang-gaoli-2017/ru_kremlin.txt'))).toBe('ru');
    expect(detectLanguage(read('001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt'))).toBe(
      'zh-Hant',
    );
    expect(detectLanguage(read('001-putin-li-2023/zh_xinhua_readout_via_guancha.txt'))).toBe('zh-Hans');
  });
});

describe('detectLanguage by script and trigrams', () => {
  it.each([
    ['Привіт, як справи? Я живу в Україні і дуже люблю свою країну, її мову та історію.', 'uk'],
    ['Dzień dobry, nazywam się Jan i mieszkam w Warszawie od dziesięciu lat.', 'pl'],
    ['Bonjour à tous, nous sommes heureux de vous accueillir dans notre nouvelle maison.', 'fr'],
    ['El presidente dijo que la cooperación militar entre los dos países es muy importante.', 'es'],
    ['これは日本語の文章です。東京に住んでいます。', 'ja'],
    ['안녕하세요, 저는 서울에 살고 있습니다.', 'ko'],
    ['مرحبا بكم في موقعنا الإلكتروني، نحن سعداء بزيارتكم.', 'ar'],
    ['سلام، من در تهران زندگی می‌کنم و کتاب‌های زیادی دارم که هر روز می‌خوانم.', 'fa'],
    ['یہ ایک اردو جملہ ہے اور میں پاکستان میں رہتا ہوں۔ ہم سب یہاں خوش ہیں۔', 'ur'],
    ['שלום עולם, מה שלומך היום?', 'he'],
    ['Η Ελλάδα είναι μια χώρα στη νότια Ευρώπη.', 'el'],
    ['俄罗斯总统普京会见中国国防部长。', 'zh-Hans'],
    ['俄羅斯總統蒲亭接見中國國防部長。', 'zh-Hant'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('says null for text that is too short or has no letters', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('Hi')).toBeNull();
    expect(detectLanguage('12345 — 678, 9!')).toBeNull();
  });

  it('says plain "zh" for Han text with no distinctly simplified or traditional characters', () => {
    expect(detectLanguage('中文')).toBe('zh');
  });
});

describe('Han variant table', () => {
  it('pairs about sixty or more characters one to one, with no character on both sides', () => {
    expect(HAN_VARIANT_PAIRS.length).toBeGreaterThanOrEqual(60);
    const simplified = new Set(HAN_VARIANT_PAIRS.map(([s]) => s));
    const traditional = new Set(HAN_VARIANT_PAIRS.map(([, t]) => t));
    expect(simplified.size).toBe(HAN_VARIANT_PAIRS.length);
    expect(traditional.size).toBe(HAN_VARIANT_PAIRS.length);
    for (const [s, t] of HAN_VARIANT_PAIRS) {
      expect(s).not.toBe(t);
      expect(traditional.has(s)).toBe(false);
      expect(simplified.has(t)).toBe(false);
    }
  });

  it('counts each side', () => {
    expect(countHanVariants('这个国家 這個國家 中')).toEqual({ simplified: 3, traditional: 3 });
  });
});
