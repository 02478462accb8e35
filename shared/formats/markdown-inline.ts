// Inline Markdown (one block's text) → plain text: the words a reviewer reads, no markup.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  copy: '©',
  reg: '®',
  euro: '€',
};

/** Decodes the few HTML entities that turn up in Markdown prose; unknown ones are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Replaces each code span (a run of n backticks up to the next run of exactly n) by what `replace` makes of its
 * content; unmatched runs stay literal. Linear, unlike a backtracking regular expression.
 */
function replaceCodeSpans(text: string, replace: (code: string) => string): string {
  const runs = [...text.matchAll(/`+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const next: (number | undefined)[] = new Array<number | undefined>(runs.length);
  const seen = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i -= 1) {
    const run = runs[i];
    if (!run) continue;
    next[i] = seen.get(run.end - run.start);
    seen.set(run.end - run.start, i);
  }
  let out = '';
  let pos = 0;
  for (let i = 0; i < runs.length; i += 1) {
    const open = runs[i];
    const j = next[i];
    const close = j === undefined ? undefined : runs[j];
    if (!open || !close || j === undefined) continue;
    out += text.slice(pos, open.start) + replace(text.slice(open.end, close.start));
    pos = close.end;
    i = j;
  }
  return out + text.slice(pos);
}

/** Removes HTML comments; an unclosed one is left as written. */
function removeComments(text: string): string {
  let out = '';
  let pos = 0;
  for (;;) {
    const open = text.indexOf('<!--', pos);
    const close = open === -1 ? -1 : text.indexOf('-->', open + 4);
    if (close === -1) return out + text.slice(pos);
    out += text.slice(pos, open);
    pos = close + 3;
  }
}

// Private-use characters stand in for code spans and escaped characters while emphasis is stripped.
const HOLE_OPEN = '\uE000';
const HOLE_CLOSE = '\uE001';

/** Strips inline Markdown and HTML from one block of text. */
export function inlineToText(source: string): string {
  const holes: string[] = [];
  const hold = (text: string): string => {
    holes.push(text);
    return `${HOLE_OPEN}${holes.length - 1}${HOLE_CLOSE}`;
  };
  let text = source.replace(/[\uE000\uE001]/g, '');
  // Code spans first: nothing inside them is markup.
  text = replaceCodeSpans(text, (code) => hold(code.trim()));
  // Backslash escapes keep the character literally.
  text = text.replace(/\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g, (_m, ch: string) => hold(ch));
  // Autolinks <https://…> and <a@b.c> keep their address; other tags go.
  text = text.replace(
    /<((?:https?|ftp|mailto):[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>/gi,
    (_m, url: string) => hold(url),
  );
  text = removeComments(text);
  text = text.replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, '');
  // Images go entirely; links and reference links keep their text.
  text = text.replace(/!\[[^\]]{0,500}\]\([^)]{0,1000}\)/g, '');
  text = text.replace(/!\[[^\]]{0,500}\]\[[^\]]{0,200}\]/g, '');
  text = text.replace(/\[([^\]]{0,500})\]\((?:[^()]|\([^)]{0,200}\)){0,1000}\)/g, '$1');
  text = text.replace(/\[([^\]]{1,500})\]\[[^\]]{0,200}\]/g, '$1');
  // Emphasis: ** __ ~~ first, then single * and _ (an underscore inside a word is not emphasis).
  text = text.replace(/(\*\*|__|~~)(?=\S)([\s\S]{0,5000}?\S)\1/g, '$2');
  text = text.replace(/\*(?=\S)([^*]{0,5000}?\S)\*/g, '$1');
  text = text.replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]{0,5000}?\S)_(?![\p{L}\p{N}_])/gu, '$1$2');
  text = decodeEntities(text);
  return text.replace(
    new RegExp(`${HOLE_OPEN}(\\d+)${HOLE_CLOSE}`, 'g'),
    (_m, i: string) => holes[Number(i)] ?? '',
  );
}
