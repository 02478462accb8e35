import { describe, expect, it } from 'vitest';
import { matchUiLanguage, pickUiLanguage } from '../../../shared/i18n/languages';

describe('UI language choice', () => {
  it('prefers the saved choice, then the first OS language we ship, then English', () => {
    expect(pickUiLanguage('ar', ['ru-RU'])).toBe('ar');
    expect(pickUiLanguage(null, ['fr-FR', 'ru-RU', 'en-US'])).toBe('ru');
    expect(pickUiLanguage(null, ['zh-Hans-CN'])).toBe('zh-CN');
    expect(pickUiLanguage(null, ['fr', 'de'])).toBe('en');
    expect(pickUiLanguage('klingon', ['ar-EG'])).toBe('ar');
  });

  it('reads POSIX-style tags too', () => {
    expect(matchUiLanguage('ru_RU.UTF-8'.split('.')[0])).toBe('ru');
    expect(matchUiLanguage('zh_TW')).toBe('zh-CN');
    expect(matchUiLanguage('pt_BR')).toBeNull();
  });
});
