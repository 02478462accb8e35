import { inlineToText } from './markdown-inline';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const BLOCKQUOTE = /^ {0,3}>[ \t]?/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\][ \t]+)?|$)/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$/;
const TABLE_DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
const HARD_BREAK = /(?: {2,}|\\)$/;
const CJK_END = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u3000-\u303f\uff00-\uffef]$/u;
const CJK_START = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** Drops a YAML front matter block (--- … --- or …) at the very top. */
function dropFrontMatter(lines: string[]): string[] {
  if (lines[0]?.trim() !== '---') return lines;
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i]?.trim();
    if (line === '---' || line === '...') return lines.slice(i + 1);
  }
  return lines;
}

/** Joins soft-wrapped lines of one paragraph: a space between words, nothing between CJK characters. */
function joinSoftLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const hard = HARD_BREAK.test(raw);
    const line = inlineToText(raw.replace(HARD_BREAK, '').trim()).replace(/ {2,}/g, ' ').trim();
    if (!line) continue;
    if (!out || out.endsWith('\n')) out += line;
    else out += CJK_END.test(out) && CJK_START.test(line) ? line : ` ${line}`;
    if (hard) out += '\n';
  }
  return out.trimEnd();
}

/** Turns a Markdown document into the plain text a reviewer reads; blocks are separated by one blank line. */
export function markdownToText(md: string): string {
  const lines = dropFrontMatter(md.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/));
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    const text = joinSoftLines(paragraph);
    if (text) blocks.push(text);
    paragraph = [];
  };

  for (let i = 0; i < lines.length; i += 1) {
    let line = lines[i] ?? '';
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const marker = fence[1] ?? '```';
      const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
      const code: string[] = [];
      for (i += 1; i < lines.length && !closing.test(lines[i] ?? ''); i += 1) code.push(lines[i] ?? '');
      const text = code.join('\n').replace(/^\n+|\s+$/g, '');
      if (text) blocks.push(text);
      continue;
    }
    while (BLOCKQUOTE.test(line)) line = line.replace(BLOCKQUOTE, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (SETEXT_UNDERLINE.test(line) && paragraph.length > 0) {
      flush();
      continue;
    }
    if (THEMATIC_BREAK.test(line) || REFERENCE_DEFINITION.test(line) || TABLE_DELIMITER_ROW.test(line)) {
      flush();
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      flush();
      paragraph.push(heading[1] ?? '');
      flush();
      continue;
    }
    if (LIST_ITEM.test(line)) {
      flush();
      line = line.replace(LIST_ITEM, '');
    }
    if (/^[ \t]*\|.*\|[ \t]*$/.test(line)) {
      // A table row reads as its cells, one row a paragraph.
      flush();
      paragraph.push(
        line
          .trim()
          .slice(1, -1)
          .split('|')
          .map((cell) => cell.trim())
          .join('\t'),
      );
      flush();
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return blocks.join('\n\n');
}
