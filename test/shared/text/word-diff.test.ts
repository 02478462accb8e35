// Word-level differences on real news texts (read in place from ../shared/corpus, never copied), CJK and edge cases.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasChanges, wordDiff, wordTokens, type WordDiff } from '../../../shared/text/word-diff';
import { corpusPath, stripCorpusHeader } from '../../support/paths';

function corpus(file: string): string {
  return stripCorpusHeader(readFileSync(corpusPath(file), 'utf8'));
}

/** The first paragraph of a corpus text that starts with `head` (after an optional opening mark). */
function paragraphStarting(text: string, head: string): string {
  const found = text.split('\n').find((p) => p.replace(/^["“]/, '').startsWith(head));
  if (!found) throw new Error(`no paragraph starting with ${head}`);
  return found;
}

/** Both texts back from the runs: shared + removed is the first, shared + added the second. */
function sides(diff: WordDiff): { a: string; b: string } {
  let a = '';
  let b = '';
  for (const run of diff.runs) {
    if (run.kind !== 'added') a += run.text;
    if (run.kind !== 'removed') b += run.text;
  }
  return { a, b };
}

const texts = (diff: WordDiff, kind: 'added' | 'removed') =>
  diff.runs.filter((r) => r.kind === kind).map((r) => r.text.trim());

describe('wordTokens', () => {
  it('keeps words whole and white space and each punctuation mark as tokens of their own', () => {
    const text = 'He said:  “We are, well… fine!”';
    const tokens = wordTokens(text, 'en');
    expect(tokens.join('')).toBe(text);
    expect(tokens).toEqual([
      'He',
      ' ',
      'said',
      ':',
      '  ',
      '“',
      'We',
      ' ',
      'are',
      ',',
      ' ',
      'well',
      '…',
      ' ',
      'fine',
      '!',
      '”',
    ]);
  });

  it('splits Chinese into words although it has no spaces', () => {
    const cna = corpus('001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt');
    const sentence = paragraphStarting(cna, '蒲亭致開幕詞時說');
    const tokens = wordTokens(sentence, 'zh-Hant');
    expect(tokens.join('')).toBe(sentence);
    expect(tokens).toContain('「');
    expect(tokens).toContain('、');
    // Words, not single characters and not the whole sentence.
    expect(tokens.some((t) => t.length >= 2 && /\p{Script=Han}/u.test(t))).toBe(true);
    expect(tokens.length).toBeLessThan([...sentence].length);
  });
});

describe('wordDiff on real texts', () => {
  it('Reuters vs AP English of the same Putin quote: word changes, both texts recoverable', () => {
    const reuters = corpus('001-putin-li-2023/en_reuters_via_fbc_europeansuntimes.txt');
    const ap = corpus('001-putin-li-2023/en_ap_focuscap_copy.txt');
    const a = paragraphStarting(reuters, 'We are working actively');
    const b = paragraphStarting(ap, 'We are also working actively');
    const diff = wordDiff(a, b, { locale: 'en' });
    expect(sides(diff)).toEqual({ a, b });
    expect(diff.coarse).toBe(false);
    expect(texts(diff, 'added')).toContain('also');
    // "through our military departments" → "through the military departments": one word swapped, in place.
    const joined = diff.runs.map((r) => (r.kind === 'same' ? r.text : `[${r.kind}:${r.text}]`)).join('');
    expect(joined).toContain('through [removed:our][added:the] military departments');
    expect(diff.runs.find((r) => r.kind === 'same' && r.text.includes('military-technical'))).toBeTruthy();
  });

  it('the seed and the syndicated Reuters copy differ only in quotation-mark style', () => {
    const seed = corpus('001-putin-li-2023/en_seed.txt');
    const reuters = corpus('001-putin-li-2023/en_reuters_via_fbc_europeansuntimes.txt');
    const a = paragraphStarting(seed, 'In recent times cooperation');
    const b = paragraphStarting(reuters, 'In recent times cooperation');
    expect(a).not.toBe(b);
    const strict = wordDiff(a, b, { locale: 'en' });
    expect(hasChanges(strict)).toBe(true);
    expect(sides(strict)).toEqual({ a, b });
    // Every change is a quotation mark or an apostrophe inside a word.
    for (const run of strict.runs.filter((r) => r.kind !== 'same'))
      expect(run.text).toMatch(/^[“”"’'\p{L}]+$/u);
    const loose = wordDiff(a, b, { locale: 'en', ignoreQuotesAndSpace: true });
    expect(hasChanges(loose)).toBe(false);
    expect(loose.runs).toEqual([{ kind: 'same', text: b }]);
  });

  it('finds the reworded phrases of a lightly edited EU statement', () => {
    const original = corpus('008-eu-von-der-leyen-euco-2025/en_commission_statement_via_miragenews.txt');
    const variant = corpus('008-eu-von-der-leyen-euco-2025/en_openrijk_variant.txt');
    const a = paragraphStarting(original, 'Let me start, dear Donald');
    const b = paragraphStarting(variant, 'Let me start, dear Donald');
    const diff = wordDiff(a, b, { locale: 'en' });
    expect(sides(diff)).toEqual({ a, b });
    expect(texts(diff, 'removed')).toContain('showing to our continent the power of');
    expect(texts(diff, 'added')).toContain('showcasing');
    expect(texts(diff, 'removed')).toContain('moved forward with');
    expect(texts(diff, 'added')).toContain('advanced');
    // "a focused, efficient Presidency" → "an efficient Presidency": the article and the dropped word together.
    expect(texts(diff, 'removed')).toContain('a focused,');
    expect(texts(diff, 'added')).toContain('an');
    // Most of the paragraph is shared.
    const same = diff.runs.filter((r) => r.kind === 'same').reduce((n, r) => n + r.text.length, 0);
    expect(same / b.length).toBeGreaterThan(0.8);
  });
});

describe('wordDiff cases', () => {
  it('compares Chinese word by word', () => {
    const diff = wordDiff('我們兩國關係在各個領域都有長足進展', '我們兩國關係在所有領域都有進展', {
      locale: 'zh-Hant',
    });
    expect(diff.runs).toEqual([
      { kind: 'same', text: '我們兩國關係在' },
      { kind: 'removed', text: '各個' },
      { kind: 'added', text: '所有' },
      { kind: 'same', text: '領域都有' },
      { kind: 'removed', text: '長足' },
      { kind: 'same', text: '進展' },
    ]);
  });

  it('treats «», “” and "" alike and ignores spacing only when asked', () => {
    const a = '«Мы  активно работаем», — сказал он.';
    const b = '“Мы активно работаем”, — сказал он.';
    expect(hasChanges(wordDiff(a, b))).toBe(true);
    const loose = wordDiff(a, b, { ignoreQuotesAndSpace: true });
    expect(loose.runs).toEqual([{ kind: 'same', text: b }]);
    // A real word change still shows.
    const changed = wordDiff(a, b.replace('активно', 'усердно'), { ignoreQuotesAndSpace: true });
    expect(texts(changed, 'removed')).toEqual(['активно']);
    expect(texts(changed, 'added')).toEqual(['усердно']);
  });

  it('joins changes separated only by a space into one replacement', () => {
    const diff = wordDiff('a very old house', 'a quite new house');
    expect(diff.runs).toEqual([
      { kind: 'same', text: 'a ' },
      { kind: 'removed', text: 'very old' },
      { kind: 'added', text: 'quite new' },
      { kind: 'same', text: ' house' },
    ]);
  });

  it('handles empty and identical texts', () => {
    expect(wordDiff('', '').runs).toEqual([]);
    expect(wordDiff('', 'new words').runs).toEqual([{ kind: 'added', text: 'new words' }]);
    expect(wordDiff('old words', '').runs).toEqual([{ kind: 'removed', text: 'old words' }]);
    const same = wordDiff('Same text.', 'Same text.');
    expect(same.runs).toEqual([{ kind: 'same', text: 'Same text.' }]);
    expect(hasChanges(same)).toBe(false);
  });

  it('falls back to a coarse difference when the texts need too many edits', () => {
    const a = 'one two three four five six seven';
    const b = 'one uno dos tres cuatro cinco seven';
    const fine = wordDiff(a, b);
    expect(fine.coarse).toBe(false);
    const coarse = wordDiff(a, b, { maxEdits: 3 });
    expect(coarse.coarse).toBe(true);
    expect(sides(coarse)).toEqual({ a, b });
    expect(coarse.runs).toEqual([
      { kind: 'same', text: 'one ' },
      { kind: 'removed', text: 'two three four five six' },
      { kind: 'added', text: 'uno dos tres cuatro cinco' },
      { kind: 'same', text: ' seven' },
    ]);
  });

  it('stays fast and exact on very long inputs', () => {
    const words = (seed: number, n: number) =>
      Array.from({ length: n }, (_, i) => `w${(i * 7919 + seed * 104729) % 5003}`).join(' ');
    const a = words(1, 20_000);
    const b = words(2, 20_000);
    const started = performance.now();
    const diff = wordDiff(a, b);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(diff.coarse).toBe(true);
    expect(sides(diff)).toEqual({ a, b });
    // A long text with one change keeps its exact word-level answer.
    const at = a.indexOf(' ', 1000);
    const edited = `${a.slice(0, at)} CHANGED${a.slice(at)}`;
    const small = wordDiff(a, edited, { maxChars: 1_000_000 });
    expect(small.coarse).toBe(false);
    expect(texts(small, 'added')).toEqual(['CHANGED']);
    expect(texts(small, 'removed')).toEqual([]);
  });
});
