import chardet from 'chardet';
import { AppError } from '../../../shared/errors';
import { MAX_IMPORT_BYTES } from '../../../shared/ipc/contract';
import { CYRILLIC_ENCODINGS, pickCyrillic } from './cyrillic';
import { formatBytes } from '../format-bytes';
import { decodeWindows1252 } from './windows-1252';
import { guessUtf16, hasBinarySignature, hasNul, looksLikeBinary } from './sniff';

/** A file's text with the encoding it was read in (a WHATWG encoding name such as "utf-8" or "windows-1251"). */
export interface DecodedText {
  text: string;
  encoding: string;
}

// chardet's names for the legacy encodings we accept, mapped to TextDecoder labels. Others (UTF-32, ISO-2022,
// windows-1257/1258/874) are refused rather than guessed at.
const LEGACY: Record<string, string> = {
  'windows-1250': 'windows-1250',
  'windows-1251': 'windows-1251',
  'windows-1252': 'windows-1252',
  'windows-1253': 'windows-1253',
  'windows-1254': 'windows-1254',
  'windows-1255': 'windows-1255',
  'windows-1256': 'windows-1256',
  'KOI8-R': 'koi8-r',
  GB18030: 'gb18030',
  GB2312: 'gb18030',
  GBK: 'gb18030',
  Big5: 'big5',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
  'ISO-8859-1': 'windows-1252',
  'ISO-8859-2': 'iso-8859-2',
  'ISO-8859-3': 'iso-8859-3',
  'ISO-8859-4': 'iso-8859-4',
  'ISO-8859-5': 'iso-8859-5',
  'ISO-8859-6': 'iso-8859-6',
  'ISO-8859-7': 'iso-8859-7',
  // Hebrew files labelled ISO-8859-8 are in practice windows-1255, its superset in logical order.
  'ISO-8859-8': 'windows-1255',
  'ISO-8859-9': 'iso-8859-9',
  'ISO-8859-10': 'iso-8859-10',
  'ISO-8859-13': 'iso-8859-13',
  'ISO-8859-14': 'iso-8859-14',
  'ISO-8859-15': 'iso-8859-15',
  'ISO-8859-16': 'iso-8859-16',
};
const CYRILLIC_LANGUAGES = new Set(['ru', 'uk', 'bg', 'be', 'sr', 'mk']);
const CHARDET_SAMPLE_BYTES = 256 * 1024;
const WORD_CHARS = /[\p{L}\p{N}\p{P}\p{Zs}\n\r\t]/u;

/** Decodes strictly; null when the bytes are not valid in that encoding (or the runtime lacks it). */
function tryDecode(bytes: Uint8Array, label: string): DecodedText | null {
  try {
    const decoder = new TextDecoder(label, { fatal: true });
    if (decoder.encoding === 'windows-1252')
      return { text: decodeWindows1252(bytes), encoding: decoder.encoding };
    return { text: decoder.decode(bytes), encoding: decoder.encoding };
  } catch {
    return null;
  }
}

/** UTF-16 text with no byte order mark and no telltale zero-byte pattern (CJK): only if nearly all of it is prose. */
function tryPlainUtf16(bytes: Uint8Array): DecodedText | null {
  if (bytes.length % 2 !== 0) return null;
  for (const label of ['utf-16le', 'utf-16be']) {
    const decoded = tryDecode(bytes, label);
    if (!decoded || looksLikeBinary(decoded.text)) continue;
    let prose = 0;
    for (const ch of decoded.text) if (WORD_CHARS.test(ch)) prose += 1;
    if (prose >= decoded.text.length * 0.97) return decoded;
  }
  return null;
}

/** Legacy 8-bit and East Asian encodings, as chardet ranks them; Cyrillic ones re-ranked by our own scorer. */
function decodeLegacy(bytes: Uint8Array): DecodedText | null {
  const matches = chardet
    .analyse(bytes.subarray(0, CHARDET_SAMPLE_BYTES))
    .filter((m) => LEGACY[m.name] !== undefined && m.confidence > 0);
  const top = matches[0];
  const cyrillic =
    top !== undefined &&
    ((CYRILLIC_ENCODINGS as readonly string[]).includes(LEGACY[top.name] ?? '') ||
      CYRILLIC_LANGUAGES.has(top.lang ?? ''));
  if (cyrillic) {
    const encoding = pickCyrillic(bytes);
    const decoded = encoding ? tryDecode(bytes, encoding) : null;
    if (decoded) return decoded;
  }
  for (const match of matches) {
    const decoded = tryDecode(bytes, LEGACY[match.name] ?? '');
    if (decoded && !looksLikeBinary(decoded.text)) return decoded;
  }
  return null;
}

/** Picks the encoding of bytes that are not UTF-8 with a BOM: UTF-16 by pattern, else UTF-8, else a legacy one. */
function decodeWithoutBom(bytes: Uint8Array): DecodedText {
  if (hasBinarySignature(bytes)) throw new AppError('import.binary', {}, 'known binary signature');
  const utf16 = guessUtf16(bytes);
  const fromPattern = utf16 ? tryDecode(bytes, utf16) : null;
  if (fromPattern && !looksLikeBinary(fromPattern.text)) return fromPattern;
  if (hasNul(bytes)) {
    const plain = tryPlainUtf16(bytes);
    if (plain) return plain;
    throw new AppError('import.binary', {}, 'NUL bytes');
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8) {
    if (looksLikeBinary(utf8.text)) throw new AppError('import.binary', {}, 'control characters');
    return utf8;
  }
  const legacy = decodeLegacy(bytes);
  if (legacy) return legacy;
  throw new AppError('import.undecodable', {}, 'no encoding fits');
}

/**
 * Turns a file's bytes into text: finds the encoding, drops the BOM, normalises line endings to "\n" (unless
 * `keepLineEnds`, for reports whose offsets must count the file's own "\r\n").
 */
export function decodeBytes(bytes: Uint8Array, options: { keepLineEnds?: boolean } = {}): DecodedText {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new AppError('import.tooLarge', {
      size: formatBytes(bytes.length),
      limit: formatBytes(MAX_IMPORT_BYTES),
    });
  }
  if (bytes.length === 0) throw new AppError('import.empty');
  let decoded: DecodedText | null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) decoded = tryDecode(bytes, 'utf-8');
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = tryDecode(bytes, 'utf-16le');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = tryDecode(bytes, 'utf-16be');
  else decoded = decodeWithoutBom(bytes);
  if (!decoded) throw new AppError('import.undecodable', {}, 'invalid after byte order mark');
  // TextDecoder drops a leading BOM already; one left over (e.g. a doubled BOM) is dropped too.
  const withoutBom = decoded.text.replace(/^\uFEFF/, '');
  const text = options.keepLineEnds ? withoutBom : withoutBom.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new AppError('import.empty');
  if (looksLikeBinary(text)) throw new AppError('import.binary', {}, 'control characters');
  return { text, encoding: decoded.encoding };
}
