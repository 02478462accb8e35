import { describe, expect, it } from 'vitest';
import { languageName, textDirection } from '../../../../renderer/features/review/text-direction';

describe('textDirection', () => {
  it('knows right-to-left languages, with or without region and script', () => {
    expect(['ar', 'ar-EG', 'he', 'fa', 'ur'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'ru', 'zh-Hant', 'und'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
  });

  it('falls back to left-to-right for a tag Intl rejects', () => {
    expect(textDirection('not a tag')).toBe('ltr');
  });

  it('names languages in the UI language', () => {
    expect(languageName('ru', 'en')).toBe('Russian');
    expect(languageName('ru', 'ru').toLowerCase()).toBe('русский');
  });
});
