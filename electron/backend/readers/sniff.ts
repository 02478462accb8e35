// Cheap looks at raw bytes that decide, before any decoding, whether a file is text at all and whether it is UTF-16.

// Only signatures no plain text could start with; other binary files are caught by their NUL and control bytes.
const SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, XLSX, ODT, EPUB
  [0x50, 0x4b, 0x05, 0x06], // empty ZIP
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0xff, 0xd8, 0xff], // JPEG
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE2: DOC, XLS, MSG
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], // RAR
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x00, 0x00, 0x00], // MP4/MOV boxes, UTF-32, and most other binary formats with a zero length prefix
];

/** True when the bytes open with the magic number of a well-known binary or office format. */
export function hasBinarySignature(bytes: Uint8Array): boolean {
  return SIGNATURES.some((sig) => sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b));
}

/** True when the bytes contain a zero byte, which no single- or multi-byte text encoding but UTF-16/32 produces. */
export function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

const SAMPLE_BYTES = 64 * 1024;

/**
 * Guesses UTF-16 without a byte order mark: text mostly in one 256-character block (ASCII, Cyrillic, Greek, Arabic…)
 * leaves one byte of each pair nearly constant (0x00 for ASCII, 0x04 for Cyrillic) while the other varies.
 */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  const pairs = length / 2;
  if (pairs < 2) return null;
  const even = new Map<number, number>();
  const odd = new Map<number, number>();
  for (let i = 0; i < length; i += 2) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    even.set(a, (even.get(a) ?? 0) + 1);
    odd.set(b, (odd.get(b) ?? 0) + 1);
  }
  const topShare = (counts: Map<number, number>): { byte: number; share: number } => {
    let byte = 0;
    let best = 0;
    for (const [value, n] of counts) if (n > best) [byte, best] = [value, n];
    return { byte, share: best / pairs };
  };
  const e = topShare(even);
  const o = topShare(odd);
  // The high byte of a UTF-16 code unit: constant for most of the text and, for these scripts, 0x00–0x06.
  const looksHigh = (t: { byte: number; share: number }): boolean => t.byte <= 0x06 && t.share >= 0.6;
  if (looksHigh(o) && !looksHigh(e) && (even.get(0) ?? 0) <= pairs * 0.05) return 'utf-16le';
  if (looksHigh(e) && !looksHigh(o) && (odd.get(0) ?? 0) <= pairs * 0.05) return 'utf-16be';
  return null;
}

/** Control characters other than tab, line and page breaks: a few are noise, many mean the text is not text. */
export function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || c === 0x7f)
      n += 1;
    else if (c >= 0x80 && c <= 0x9f) n += 1;
  }
  return n;
}

/** True when a decoded text has so many control characters (over 1%) that it cannot be prose. */
export function looksLikeBinary(text: string): boolean {
  const limit = Math.max(2, text.length * 0.01);
  return countControls(text) > limit;
}
