import { describe, expect, it } from 'vitest';
import { depthsOf, findMarkSpans, paragraphsOf } from '../../../shared/quotes/spans';

function quoted(text: string, lang: string): string[] {
  return findMarkSpans(text, lang).map((s) => text.slice(s.start, s.end));
}

describe('findMarkSpans: the forms real text uses', () => {
  it.each([
    ['de', 'Er sagte: „Wir kommen morgen.“ Dann ging er.', ['„Wir kommen morgen.“']],
    ['de', 'Im Buch »Der Prozess« steht es.', ['»Der Prozess«']],
    ['de-CH', 'Er sagte: «Wir kommen morgen.»', ['«Wir kommen morgen.»']],
    [
      'fr',
      'Il a dit\u00a0: «\u00a0Nous viendrons\u00a0», puis il est parti.',
      ['«\u00a0Nous viendrons\u00a0»'],
    ],
    ['fr', 'Il a dit : « Nous viendrons demain », puis il est parti.', ['« Nous viendrons demain »']],
    ['fr', 'Il a dit\u202f: «\u202fOui\u202f».', ['«\u202fOui\u202f»']],
    ['pl', 'Powiedział: „Przyjdziemy jutro”.', ['„Przyjdziemy jutro”']],
    ['hu', 'Azt mondta: „Holnap jövünk”.', ['„Holnap jövünk”']],
    ['ar', 'قال: ”سنأتي غدا“ ثم غادر.', ['”سنأتي غدا“']],
    ['ar', 'قال: «سنأتي غدا» ثم غادر.', ['«سنأتي غدا»']],
    ['ja', '首相は「明日行く」と述べた。', ['「明日行く」']],
    ['zh', '他说:“我们明天来。”', ['“我们明天来。”']],
    ['en', 'He said "we will come" and left.', ['"we will come"']],
    ['en', "The headline read 'Talks collapse' yesterday.", ["'Talks collapse'"]],
  ])('%s: %s', (lang, text, expected) => {
    expect(quoted(text, lang)).toEqual(expected);
  });

  it('nests to any depth', () => {
    const text = '“He told me: ‘She wrote “yes” on it’ and left,” she said.';
    expect(quoted(text, 'en')).toEqual([
      '“He told me: ‘She wrote “yes” on it’ and left,”',
      '‘She wrote “yes” on it’',
      '“yes”',
    ]);
    const spans = findMarkSpans(text, 'en');
    expect(depthsOf(spans)).toEqual([0, 1, 2]);
    const ja = '彼は「母が『父は「行く」と言った』と話した」と述べた。';
    expect(depthsOf(findMarkSpans(ja, 'ja'))).toEqual([0, 1, 2]);
  });

  it('joins a multi-paragraph quote: each paragraph reopens, only the last closes', () => {
    const text =
      'He said:\n“First part of the statement.\n“Second part.\n“Third part,” he added.\nNext paragraph.';
    const spans = findMarkSpans(text, 'en');
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe(
      '“First part of the statement.\n“Second part.\n“Third part,”',
    );
    expect(spans[0]!.paragraphs).toBe(3);
  });

  it('does not take apostrophes for quote marks', () => {
    const text = 'Li’s view: don’t stop rock ’n’ roll from the ’90s; п’ять, l’homme, students’ union.';
    expect(findMarkSpans(text, 'en')).toEqual([]);
    expect(findMarkSpans("It's the dogs' 'best friend' and rock 'n' roll.", 'en').map((s) => s.open)).toEqual(
      ["'"],
    );
  });

  it('recovers from unbalanced marks at the paragraph end without swallowing the document', () => {
    const text = '“This quote never closes in its paragraph\nA plain paragraph.\n“A closed one,” he said.';
    const got = quoted(text, 'en');
    expect(got).toEqual(['“This quote never closes in its paragraph', '“A closed one,”']);
    expect(quoted('A stray ” closer and a 5" screen.\n“Fine,” he said.', 'en')).toEqual(['“Fine,”']);
  });

  it('never crashes on marks alone', () => {
    for (const text of ['"', '“”', '«««', '»', "'", '„', '「', '」', '"\n"', '"""', '“\n“\n“']) {
      expect(() => findMarkSpans(text, 'en')).not.toThrow();
    }
  });

  it('runs in linear-ish time on a long unbalanced text', () => {
    const text = '“open '.repeat(20_000);
    const t0 = Date.now();
    findMarkSpans(text, 'en');
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('splits paragraphs on line breaks and skips blank lines', () => {
    expect(paragraphsOf('a\n\nb\r\nc')).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 4 },
      { start: 6, end: 7 },
    ]);
  });
});
