import { describe, expect, it } from 'vitest';
import { analyzeQuotes } from '../../../shared/quotes/analyze';
import { isChineseLatinName } from '../../../shared/quotes/people-lexicon';
import { chineseTitledNames } from '../../../shared/quotes/people-names';

function person(text: string, lang: string, alias: string): { name: string; aliases: string[] } | undefined {
  return analyzeQuotes(text, lang).people.find((p) => p.aliases.includes(alias));
}

describe('one canonical person per individual', () => {
  it('folds titles and short forms into the full name (en)', () => {
    const text =
      'Russian President Vladimir Putin met Chinese Defence Minister Li Shangfu.\n\n“We are working,” Putin said.\n\nPresident Putin smiled. “Relations are good,” said General Li.\n\n“Thank you,” Mr Putin replied.';
    const a = analyzeQuotes(text, 'en');
    const putin = a.people.find((p) => p.name === 'Vladimir Putin');
    expect(putin?.aliases).toEqual(
      expect.arrayContaining(['Putin', 'Russian President Vladimir Putin', 'Vladimir Putin']),
    );
    expect(a.people.find((p) => p.name === 'Li Shangfu')?.aliases).toContain('Li');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Vladimir Putin', 'Li Shangfu', 'Vladimir Putin']);
    expect(a.people.filter((p) => /Putin/u.test(p.name))).toHaveLength(1);
  });

  it('reads Russian case endings and strips lower-case titles (ru)', () => {
    const text =
      'Министр обороны КНР Ли Шанфу провёл переговоры с президентом России Владимиром Путиным.\n\n«Мы работаем активно», — сказал Путин.\n\nПутину понравилось. «Сотрудничество развивается», — заявил Ли.';
    const a = analyzeQuotes(text, 'ru');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Владимир Путин', 'Ли Шанфу']);
    const putin = person(text, 'ru', 'Путин');
    expect(putin?.name).toBe('Владимир Путин');
    expect(putin?.aliases).toEqual(expect.arrayContaining(['Владимиром Путиным', 'Путин']));
  });

  it('keeps CJK names whole and strips Chinese titles (zh)', () => {
    const a = analyzeQuotes('中国国防部长李尚福会见普京。李尚福表示：“两国关系很好。”', 'zh');
    expect(a.quotes[0]?.speaker).toBe('李尚福');
    expect(a.people.map((p) => p.name)).toContain('李尚福');
  });

  it('recognises Chinese names in Latin script, family name first', () => {
    expect(isChineseLatinName(['Li', 'Shangfu'])).toBe(true);
    expect(isChineseLatinName(['Xi', 'Jinping'])).toBe(true);
    expect(isChineseLatinName(['Vladimir', 'Putin'])).toBe(false);
  });

  it('lists places and sentence-initial words as no one', () => {
    const a = analyzeQuotes('Footage showed Moscow and Beijing. “We agree,” Putin said.', 'en');
    expect(a.people.map((p) => p.name)).toEqual(['Putin']);
  });
});

describe('Chinese names after a title', () => {
  it('stop before a time word, so "總統蒲亭今天…" names 蒲亭 (CNA, 2023-04-16)', () => {
    expect(chineseTitledNames('俄羅斯總統蒲亭今天在莫斯科接見中國國防部長李尚福')).toEqual([
      { start: 5, name: '蒲亭' },
      { start: 21, name: '李尚福' },
    ]);
    expect(chineseTitledNames('俄罗斯总统普京周二会见').map((n) => n.name)).toEqual(['普京']);
  });
});
