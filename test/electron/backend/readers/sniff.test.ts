import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import {
  CYRILLIC_ENCODINGS,
  cyrillicScore,
  pickCyrillic,
} from '../../../../electron/backend/readers/cyrillic';
import { guessUtf16, hasBinarySignature, looksLikeBinary } from '../../../../electron/backend/readers/sniff';
import { decodeWindows1252 } from '../../../../electron/backend/readers/windows-1252';

describe('sniffing', () => {
  it('recognises binary signatures but not text that merely starts with letters', () => {
    expect(hasBinarySignature(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe(true);
    expect(hasBinarySignature(new TextEncoder().encode('%PDF-1.4'))).toBe(true);
    expect(hasBinarySignature(new TextEncoder().encode('MZ Holdings reported'))).toBe(false);
    expect(hasBinarySignature(new TextEncoder().encode('PK is a name'))).toBe(false);
  });

  it('guesses UTF-16 byte order from the zero or constant high byte', () => {
    const le = new Uint8Array([0x48, 0, 0x69, 0, 0x20, 0, 0x3f, 0x04, 0x40, 0x04]);
    const be = new Uint8Array([0, 0x48, 0, 0x69, 0, 0x20, 0x04, 0x3f, 0x04, 0x40]);
    expect(guessUtf16(le)).toBe('utf-16le');
    expect(guessUtf16(be)).toBe('utf-16be');
    expect(guessUtf16(new TextEncoder().encode('Plain ASCII text is not UTF-16.'))).toBeNull();
    expect(guessUtf16(new TextEncoder().encode('Привет мир, это UTF-8.'))).toBeNull();
  });

  it('counts a text with many control characters as binary, a few as noise', () => {
    expect(looksLikeBinary('abc\u0001\u0002\u0003def')).toBe(true);
    expect(looksLikeBinary(`${'word '.repeat(100)}\u000c`)).toBe(false);
    expect(looksLikeBinary('tabs\tand\nnew lines\r\n')).toBe(false);
  });
});

describe('Cyrillic scorer', () => {
  it('scores real Russian above every mis-decoding of it', () => {
    const text = 'Добро пожаловать в Москву, уважаемые друзья.';
    const right = cyrillicScore(text);
    expect(right).toBeGreaterThan(0);
    for (const written of CYRILLIC_ENCODINGS) {
      for (const read of CYRILLIC_ENCODINGS) {
        if (written === read) continue;
        const wrong = new TextDecoder(read).decode(iconv.encode(text, written));
        expect(cyrillicScore(wrong), `${written} read as ${read}: ${wrong}`).toBeLessThan(right);
      }
    }
  });

  it('picks nothing for bytes that are not Cyrillic in any of the three encodings', () => {
    expect(pickCyrillic(new TextEncoder().encode('plain English words only'))).toBeNull();
  });
});

describe('windows-1252', () => {
  it('maps 0x80–0x9F to the WHATWG characters and the rest to Latin-1', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x93, 0x94, 0x96, 0x81, 0xe9, 0x41]))).toBe(
      '€“”–\u0081éA',
    );
  });
});
