import { describe, expect, it } from 'vitest';
import { segmentText, splitParagraphs } from '../../../shared/text/segment';
import { corpusPath, stripCorpusHeader } from '../../support/paths';
import { readFileSync } from 'node:fs';

function sentencesOf(text: string, lang: string): string[] {
  return segmentText(text, lang).sentences.map((s) => text.slice(s.start, s.end));
}

describe('splitParagraphs', () => {
  it('makes each non-blank line a paragraph, trimmed, with exact offsets', () => {
    const text = '  First line. \n\n\nSecond\r\nThird\rFourth\n   \n';
    const spans = splitParagraphs(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'First line.',
      'Second',
      'Third',
      'Fourth',
    ]);
    expect(spans[0]).toEqual({ start: 2, end: 13 });
  });

  it('returns nothing for blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\t\n\u3000')).toEqual([]);
  });
});

describe('segmentText', () => {
  it('splits English sentences and keeps Mr., Dr., U.S. and initials inside them', () => {
    expect(
      sentencesOf(
        'Mr. Smith met Dr. Jones at the U.S. State Department. He said V. Putin came. Really?',
        'en',
      ),
    ).toEqual(['Mr. Smith met Dr. Jones at the U.S. State Department.', 'He said V. Putin came.', 'Really?']);
  });

  it('handles Russian abbreviations and initials', () => {
    expect(
      sentencesOf(
        'В 2017 г. Путин, т.е. президент, приехал. В.В. Путин сказал. Затем В. Путин ушёл и т.д. Конец.',
        'ru',
      ),
    ).toEqual([
      'В 2017 г. Путин, т.е. президент, приехал.',
      'В.В. Путин сказал.',
      'Затем В. Путин ушёл и т.д.',
      'Конец.',
    ]);
  });

  it('keeps German "z. B." and "Dr." inside the sentence', () => {
    expect(sentencesOf('Es gibt z. B. Äpfel. Dr. Müller kam.', 'de')).toEqual([
      'Es gibt z. B. Äpfel.',
      'Dr. Müller kam.',
    ]);
  });

  it('splits Chinese on 。！？ with closing quotes attached', () => {
    expect(sentencesOf('他说：“我们来了。”然后走了！真的吗？是的', 'zh-Hans')).toEqual([
      '他说：“我们来了。”',
      '然后走了！',
      '真的吗？',
      '是的',
    ]);
  });

  it('splits Japanese and Arabic (؟) sentences', () => {
    expect(sentencesOf('東京に行きました。とても楽しかった！', 'ja')).toEqual([
      '東京に行きました。',
      'とても楽しかった！',
    ]);
    expect(sentencesOf('هل أنت هنا؟ نعم أنا هنا. شكرا', 'ar')).toEqual([
      'هل أنت هنا؟',
      'نعم أنا هنا.',
      'شكرا',
    ]);
  });

  it('never lets a sentence cross a paragraph, and every sentence lies inside one', () => {
    const text = 'A sentence without an end\nNext paragraph. Two sentences.\n\nMr.\nSmith';
    const { paragraphs, sentences } = segmentText(text, 'en');
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'A sentence without an end',
      'Next paragraph.',
      'Two sentences.',
      'Mr.',
      'Smith',
    ]);
    for (const s of sentences) {
      expect(paragraphs.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
    }
  });

  it('accepts "und" and malformed language tags', () => {
    expect(sentencesOf('One. Two.', 'und')).toEqual(['One.', 'Two.']);
    expect(sentencesOf('One. Two.', 'not a tag!')).toEqual(['One.', 'Two.']);
  });

  it('segments the Kremlin transcript into trimmed, ordered, non-overlapping spans', () => {
    const text = stripCorpusHeader(
      readFileSync(corpusPath('002-kremlin-zhang-gaoli-2017/ru_kremlin.txt'), 'utf8'),
    );
    const { paragraphs, sentences } = segmentText(text, 'ru');
    expect(paragraphs.length).toBe(text.split('\n').filter((l) => l.trim() !== '').length);
    expect(sentences.length).toBeGreaterThan(paragraphs.length);
    let last = 0;
    for (const s of sentences) {
      expect(s.start).toBeGreaterThanOrEqual(last);
      const piece = text.slice(s.start, s.end);
      expect(piece).toBe(piece.trim());
      last = s.end;
    }
    expect(sentences.map((s) => text.slice(s.start, s.end))).toContain(
      'Позвольте мне вас сердечно поприветствовать.',
    );
  });

  it('is fast on a large text (linear)', () => {
    const unit = 'Mr. Smith went to Washington. He met Dr. Jones there! Was it fun? Yes.\n';
    const text = unit.repeat(20_000);
    const started = performance.now();
    const { paragraphs, sentences } = segmentText(text, 'en');
    expect(paragraphs).toHaveLength(20_000);
    expect(sentences).toHaveLength(80_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('does not slow down on a long run of text without spaces ending in a dot', () => {
    const text = `${'x'.repeat(200_000)}.`;
    const started = performance.now();
    expect(segmentText(text, 'en').sentences).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('is fast and exact on one long paragraph (ICU is walked in windows)', () => {
    const unit =
      'Russian President Vladimir Putin met Chinese defence minister Li Shangfu in Moscow on Sunday.';
    const text = `${unit} `.repeat(30_000).trim();
    const started = performance.now();
    const { paragraphs, sentences } = segmentText(text, 'en');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(paragraphs).toHaveLength(1);
    expect(sentences).toHaveLength(30_000);
    expect(sentences.every((s) => text.slice(s.start, s.end) === unit)).toBe(true);
  });

  it('finds the end of a sentence longer than a window', () => {
    const long = `${'word '.repeat(3_000)}end.`;
    const text = `${long} Next one. Mr. Smith came.`;
    expect(sentencesOf(text, 'en')).toEqual([long, 'Next one.', 'Mr. Smith came.']);
  });
});
