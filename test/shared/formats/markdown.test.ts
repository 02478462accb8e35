import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../shared/formats/markdown';
import { decodeEntities, inlineToText } from '../../../shared/formats/markdown-inline';

describe('markdownToText', () => {
  it('drops front matter and heading markers', () => {
    expect(markdownToText('---\ntitle: x\ntags: [a]\n---\n# Putin meets **Li** #\n\nBody.')).toBe(
      'Putin meets Li\n\nBody.',
    );
  });

  it('keeps a leading thematic break that has no closing fence as nothing, not as front matter', () => {
    expect(markdownToText('---\nText after a rule.')).toBe('Text after a rule.');
  });

  it('removes emphasis, strong, strike-through and code markers but keeps words with underscores', () => {
    expect(markdownToText('*a* **b** _c_ __d__ ~~e~~ `f` snake_case_name 2*3*4')).toBe(
      'a b c d e f snake_case_name 234',
    );
  });

  it('keeps link text, drops images and link targets, keeps autolink addresses', () => {
    expect(
      markdownToText(
        'See [the Kremlin](https://kremlin.ru "title") ![photo](p.png) and [ref][1] or <https://a.b/c>.',
      ),
    ).toBe('See the Kremlin and ref or https://a.b/c.');
  });

  it('removes list markers, task boxes, blockquote markers and reference definitions', () => {
    expect(markdownToText('- one\n* [x] two\n3. three\n\n> quoted\n> > nested\n\n[1]: https://x.y')).toBe(
      'one\n\ntwo\n\nthree\n\nquoted nested',
    );
  });

  it('removes HTML tags and comments and decodes entities', () => {
    expect(
      markdownToText('<div class="x">Tom &amp; <b>Jerry</b> <!-- hidden --> &#8220;hi&#x201D;</div>'),
    ).toBe('Tom & Jerry “hi”');
  });

  it('keeps fenced code as text without the fences or markup processing', () => {
    expect(markdownToText('Before\n\n```js\nconst a = **b**;\n\nlet c = 1;\n```\n\nAfter')).toBe(
      'Before\n\nconst a = **b**;\n\nlet c = 1;\n\nAfter',
    );
    expect(markdownToText('~~~\n# not a heading\n~~~')).toBe('# not a heading');
  });

  it('joins soft-wrapped lines with a space, CJK lines without one, and honours hard breaks', () => {
    expect(markdownToText('one\ntwo\n\n中文第一行\n第二行。\n\nline  \nnext\\\nlast')).toBe(
      'one two\n\n中文第一行第二行。\n\nline\nnext\nlast',
    );
  });

  it('separates blocks by exactly one blank line and drops setext underlines and rules', () => {
    expect(markdownToText('Title\n=====\n\n\n\nText\n\n***\n\nSub\n---\nMore')).toBe(
      'Title\n\nText\n\nSub\n\nMore',
    );
  });

  it('reads table rows as tab-separated cells and drops the delimiter row', () => {
    expect(markdownToText('| a | b |\n|---|:-:|\n| 1 | 2 |')).toBe('a\tb\n\n1\t2');
  });

  it('honours backslash escapes', () => {
    expect(inlineToText('5 \\* 3 \\_x\\_ \\[y\\]')).toBe('5 * 3 _x_ [y]');
  });

  it('leaves unknown entities alone', () => {
    expect(decodeEntities('&bogus; &#0; &lt;')).toBe('&bogus; &#0; <');
  });

  it('stays fast on pathological input', () => {
    const started = performance.now();
    markdownToText('['.repeat(50_000) + '*'.repeat(50_000) + '`'.repeat(50_000) + '<!--'.repeat(10_000));
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
