import { describe, expect, it } from 'vitest';
import { detectQuoteSpans } from '../../../shared/quotes/detect';
import { wordUnits } from '../../../shared/quotes/kinds';

/** The kind of the (first) quote whose text starts with `mark`. */
function kindOf(text: string, lang: string, mark: string): string | undefined {
  return detectQuoteSpans(text, lang).find((q) => text.startsWith(mark, q.start))?.kind;
}

describe('quote kinds', () => {
  it.each([
    ['en', 'The two nations have declared a “no limits” partnership.', '“no limits”', 'term'],
    ['en', 'He called the talks “very useful” and left.', '“very useful”', 'partial'],
    [
      'en',
      'Officials said the plan was “dead on arrival,” according to the paper.',
      '“dead on arrival,”',
      'partial',
    ],
    ['en', '“We will not give up on this,” the minister said on Tuesday.', '“We will not', 'speech'],
    ['en', '“Yes,” she said.', '“Yes,”', 'speech'],
    ['en', 'The minister said: “Talks resume tomorrow.”', '“Talks', 'speech'],
    ['en', 'He warned against the so-called “shadow fleet” of tankers.', '“shadow fleet”', 'term'],
    ['en', 'She wrote a book titled “The Long Road Home” last year.', '“The Long Road Home”', 'term'],
    ['en', 'It was reported by “The Guardian” on Monday.', '“The Guardian”', 'term'],
    ['en', 'He dismissed the “fake news” about the deal.', '“fake news”', 'term'],
    ['de', 'Der Minister sagte: „Wir werden nicht aufgeben.“', '„Wir', 'speech'],
    ['de', 'Die sogenannte „Schattenflotte“ ist ein Risiko.', '„Schattenflotte“', 'term'],
    ['de', '„Das ist ein großer Erfolg“, sagte Scholz am Montag.', '„Das', 'speech'],
    ['fr', '« Nous ne céderons pas », a déclaré le ministre.', '« Nous', 'speech'],
    ['fr', 'Le ministre a dénoncé une réforme « injuste et brutale » selon lui.', '« injuste', 'partial'],
    ['es', 'El presidente dijo: «No vamos a ceder».', '«No', 'speech'],
    ['es', 'La llamada «flota fantasma» preocupa a Europa.', '«flota fantasma»', 'term'],
    ['ru', '«Мы не отступим», — заявил министр.', '«Мы', 'speech'],
    ['ru', 'Так называемый «теневой флот» опасен.', '«теневой флот»', 'term'],
    ['ru', 'Он добавил, что страны стоят «плечом к плечу».', '«плечом', 'partial'],
    ['uk', '«Ми не відступимо», — заявив міністр.', '«Ми', 'speech'],
    ['zh', '他表示:“我们不会放弃。”', '“我们', 'speech'],
    ['zh', '所谓“影子舰队”引发关注。', '“影子舰队”', 'term'],
    ['zh-Hant', '兩國已宣示夥伴關係「無上限」。', '「無上限」', 'term'],
    ['ar', 'قال الوزير: «لن نتراجع عن موقفنا».', '«لن', 'speech'],
    ['ar', 'ناقشوا ما يسمى «أسطول الظل» أمس.', '«أسطول', 'term'],
  ])('%s: %s', (lang, text, mark, kind) => {
    expect(kindOf(text, lang, mark)).toBe(kind);
  });

  it('counts two CJK characters as one word', () => {
    expect(wordUnits('我们不会放弃')).toBe(3);
    expect(wordUnits('We will not')).toBe(3);
    expect(wordUnits('')).toBe(0);
  });
});
