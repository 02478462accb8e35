import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../shared/review/mqm-score';
import { wordChunks } from '../../../shared/review/word-chunks';
import { corpusPath, stripCorpusHeader } from '../../support/paths';

const texts = [
  ['en', '001-putin-li-2023/en_reuters_early_timeslive.txt'],
  ['en', '001-putin-li-2023/en_tass_1605085_1605087_li.txt'],
  ['zh-Hant', '001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt'],
  ['zh', '001-putin-li-2023/zh_xinhua_readout_via_guancha.txt'],
  ['ru', '001-putin-li-2023/ru_inosmi.txt'],
] as const;

/** The count of the whole text in one go, as Intl.Segmenter gives it (fine for texts this short). */
function atOnce(text: string, lang: string): number {
  let n = 0;
  for (const s of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) if (s.isWordLike) n += 1;
  return n;
}

describe('wordChunks', () => {
  for (const [lang, file] of texts) {
    const text = stripCorpusHeader(readFileSync(corpusPath(file), 'utf8'));
    it(`cuts ${file} so the pieces' word counts add up to the whole's`, () => {
      for (const size of [20, 60, 200]) {
        const chunks = wordChunks(text, size);
        expect(chunks.join('')).toBe(text);
        expect(chunks.reduce((n, c) => n + atOnce(c, lang), 0)).toBe(atOnce(text, lang));
      }
      expect(wordChunks(text, 20).length).toBeGreaterThan(2);
      expect(countWords(text, lang)).toBe(atOnce(text, lang));
    });
  }

  it('never cuts inside an abbreviation or a contraction, and leaves a text it cannot cut whole', () => {
    const line = 'The U.S. can’t say 3.5 percent. '.repeat(50);
    const chunks = wordChunks(line, 10);
    expect(chunks.join('')).toBe(line);
    expect(chunks.reduce((n, c) => n + atOnce(c, 'en'), 0)).toBe(atOnce(line, 'en'));
    expect(chunks.every((c) => c.endsWith(' '))).toBe(true);
    const han = '普京'.repeat(200);
    expect(wordChunks(han, 50)).toEqual([han]);
    expect(wordChunks('短。'.repeat(100), 20).length).toBeGreaterThan(5);
  });

  it('keeps counting a long story linear: 300,000 characters count like their pieces', () => {
    const paragraph = 'Li Shangfu told Vladimir Putin on Monday that ties were strong.';
    const story = Array.from({ length: 5000 }, (_, i) => `${i}. ${paragraph}`).join('\n\n');
    expect(countWords(story, 'en')).toBe(5000 * 12);
  });
});
