import { describe, expect, it } from 'vitest';
import { canOpen, closes, isApostrophe, isQuoteMark } from '../../../shared/quotes/marks';

describe('quote marks', () => {
  it('pairs the forms real text uses', () => {
    expect(closes('„', '“')).toBe(true);
    expect(closes('„', '”')).toBe(true);
    expect(closes('»', '«')).toBe(true);
    expect(closes('”', '“')).toBe(true);
    expect(closes('「', '」')).toBe(true);
    expect(closes('「', '』')).toBe(false);
    expect(closes('«', '”')).toBe(false);
    expect(isQuoteMark('《')).toBe(false);
  });

  it('lets ’ open only where CLDR has it as an opening mark', () => {
    expect(canOpen('’', 'sv')).toBe(true);
    expect(canOpen('’', 'en')).toBe(false);
    expect(canOpen('“', 'en')).toBe(true);
  });

  it.each([
    ['Li’s', 2],
    ["don't", 3],
    ['п’ять', 1],
    ['l’homme', 1],
    ['the ’90s', 4],
    ["the '90s", 4],
    ['rock ’n’ roll', 5],
    ['rock ’n’ roll', 7],
  ])('%s: apostrophe at %i', (text, i) => {
    expect(isApostrophe(text, i)).toBe(true);
  });

  it('keeps real single quotes', () => {
    expect(isApostrophe('‘no limits’', 0)).toBe(false);
    expect(isApostrophe('‘no limits’', 10)).toBe(false);
    expect(isApostrophe('对‘一带一路’', 1)).toBe(false);
  });
});
