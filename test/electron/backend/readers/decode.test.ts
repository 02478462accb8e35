import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../../electron/backend/readers/decode';
import { MAX_IMPORT_BYTES } from '../../../../shared/ipc/contract';
import { corpusPath, stripCorpusHeader } from '../../../support/paths';
import { errorOf } from '../../../support/app-error';

const body = (path: string): string => stripCorpusHeader(readFileSync(corpusPath(path), 'utf8'));
const ru = body('002-kremlin-zhang-gaoli-2017/ru_kremlin.txt');
const ruInosmi = body('001-putin-li-2023/ru_inosmi.txt');
const zhHans = body('001-putin-li-2023/zh_xinhua_readout_via_guancha.txt');
const zhHant = body('001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt');
const de = body('008-eu-von-der-leyen-euco-2025/de_commission_translation_via_laender_analysen.txt');
const ja = 'これは日本語の文章です。東京に住んでいます。プーチン大統領は中国の国防相と会談した。';
const ko = '안녕하세요, 저는 서울에 살고 있습니다. 푸틴 대통령은 중국 국방장관을 만났다.';
const pl =
  'Zażółć gęślą jaźń. Przewodniczący Komisji Europejskiej powiedział, że polska prezydencja była udana.';

/** Encodes with iconv-lite and returns what a correct decoder must give back (unencodable characters become "?"). */
function encoded(text: string, encoding: string): { bytes: Uint8Array; text: string } {
  const bytes = iconv.encode(text, encoding);
  return {
    bytes,
    text: iconv
      .decode(bytes, encoding)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n'),
  };
}

describe('decodeBytes: Unicode', () => {
  it('reads UTF-8 and drops its BOM', () => {
    expect(decodeBytes(new TextEncoder().encode(ru))).toEqual({ text: ru, encoding: 'utf-8' });
    expect(decodeBytes(new TextEncoder().encode(`\uFEFF${zhHans}`))).toEqual({
      text: zhHans,
      encoding: 'utf-8',
    });
  });

  it.each([
    ['utf16le', 'utf-16le'],
    ['utf16be', 'utf-16be'],
  ])('reads %s with a BOM', (enc, name) => {
    const { bytes } = encoded(`\uFEFF${zhHans}`, enc);
    expect(decodeBytes(bytes)).toEqual({ text: zhHans, encoding: name });
  });

  it.each([
    ['utf16le', 'utf-16le', 'Russian', ru],
    ['utf16be', 'utf-16be', 'Russian', ru],
    ['utf16le', 'utf-16le', 'German', de],
    ['utf16be', 'utf-16be', 'German', de],
    ['utf16le', 'utf-16le', 'Chinese', zhHans],
    ['utf16be', 'utf-16be', 'Chinese', zhHant],
  ])('reads %s without a BOM (%s, %s text)', (enc, name, _label, text) => {
    expect(decodeBytes(iconv.encode(text, enc))).toEqual({ text, encoding: name });
  });

  it('normalises CRLF and CR line endings to LF', () => {
    expect(decodeBytes(new TextEncoder().encode('a\r\nb\rc\n')).text).toBe('a\nb\nc\n');
  });
});

describe('decodeBytes: legacy encodings', () => {
  it.each([
    ['windows-1251', ru, 'windows-1251'],
    ['koi8-r', ru, 'koi8-r'],
    ['iso-8859-5', ru, 'iso-8859-5'],
    ['windows-1251', ruInosmi, 'windows-1251'],
    ['koi8-r', ruInosmi, 'koi8-r'],
    ['gb18030', zhHans, 'gb18030'],
    ['gbk', zhHans, 'gb18030'],
    ['big5', zhHant, 'big5'],
    ['shift_jis', ja, 'shift_jis'],
    ['euc-jp', ja, 'euc-jp'],
    ['euc-kr', ko, 'euc-kr'],
    ['iso-8859-2', pl, 'iso-8859-2'],
    ['windows-1250', pl, 'windows-1250'],
    ['windows-1252', de, 'windows-1252'],
    [
      'iso-8859-7',
      'Η πρόεδρος της Ευρωπαϊκής Επιτροπής δήλωσε ότι η πολωνική προεδρία ήταν επιτυχημένη.',
      'iso-8859-7',
    ],
    ['windows-1256', 'قالت رئيسة المفوضية الأوروبية إن الرئاسة البولندية كانت ناجحة للغاية.', 'windows-1256'],
    ['windows-1255', 'אמרה נשיאת הנציבות האירופית כי הנשיאות הפולנית הייתה מוצלחת מאוד.', 'windows-1255'],
  ])('reads %s', (enc, text, name) => {
    const sample = encoded(text, enc);
    expect(decodeBytes(sample.bytes)).toEqual({ text: sample.text, encoding: name });
  });

  it('decodes windows-1252 punctuation (– “ ” €) rather than C1 control characters', () => {
    const sample = encoded('Europa – „heute“ “quoted” 5 € für Müller.', 'windows-1252');
    expect(decodeBytes(sample.bytes).text).toBe('Europa – „heute“ “quoted” 5 € für Müller.');
  });

  it('tells windows-1251 from KOI8-R for every single paragraph of two Russian articles', () => {
    const paragraphs = [...ru.split('\n'), ...ruInosmi.split('\n')].filter((p) => p.trim() !== '');
    expect(paragraphs.length).toBeGreaterThanOrEqual(14);
    for (const paragraph of paragraphs) {
      for (const enc of ['windows-1251', 'koi8-r']) {
        const sample = encoded(paragraph, enc);
        expect(decodeBytes(sample.bytes), `${enc}: ${paragraph.slice(0, 40)}`).toEqual({
          text: sample.text,
          encoding: enc,
        });
      }
    }
  });
});

describe('decodeBytes: refusals', () => {
  it('refuses empty and whitespace-only files', () => {
    expect(errorOf(() => decodeBytes(new Uint8Array(0))).code).toBe('import.empty');
    expect(errorOf(() => decodeBytes(new TextEncoder().encode(' \n\t\r\n'))).code).toBe('import.empty');
    expect(errorOf(() => decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf]))).code).toBe('import.empty');
    expect(errorOf(() => decodeBytes(new Uint8Array([0xff, 0xfe]))).code).toBe('import.empty');
  });

  it('refuses binary files: PNG, ZIP/DOCX, PDF, and NUL or control-character soup', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0]);
    const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
    const nul = new TextEncoder().encode('text\u0000with\u0000nul\u0000bytes in it, odd ones');
    const controls = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 65, 66, 67]);
    for (const bytes of [png, docx, pdf, nul, controls])
      expect(errorOf(() => decodeBytes(bytes)).code).toBe('import.binary');
  });

  it('refuses files over the limit with readable sizes', () => {
    const error = errorOf(() => decodeBytes(new Uint8Array(MAX_IMPORT_BYTES + 2_000_000).fill(0x41)));
    expect(error.code).toBe('import.tooLarge');
    expect(error.params.size).toMatch(/^\d+(\.\d)? [kMG]?B$/);
    expect(error.params.limit).toMatch(/^\d+(\.\d)? [kMG]?B$/);
    expect(error.params.size).not.toBe(error.params.limit);
  });

  it('accepts a file of exactly the limit', () => {
    expect(decodeBytes(new Uint8Array(MAX_IMPORT_BYTES).fill(0x41)).text).toHaveLength(MAX_IMPORT_BYTES);
  });

  it('refuses bytes that are invalid after a UTF-8 BOM as undecodable', () => {
    expect(errorOf(() => decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff, 0xfe, 0x42]))).code).toBe(
      'import.undecodable',
    );
  });
});

describe('decodeBytes: one-line Russian texts', () => {
  it.each(['Добро пожаловать.', 'Привет, мир!', 'ДОБРО ПОЖАЛОВАТЬ', 'Мы с Вами не первый раз встречаемся.'])(
    'tells windows-1251, KOI8-R and ISO-8859-5 apart for “%s”',
    (line) => {
      for (const enc of ['windows-1251', 'koi8-r', 'iso-8859-5']) {
        expect(decodeBytes(iconv.encode(line, enc)), enc).toEqual({ text: line, encoding: enc });
      }
    },
  );
});
