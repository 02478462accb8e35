import { describe, expect, it } from 'vitest';
import { formatDateTime, formatSize } from '../../../renderer/app/format';

describe('formatSize', () => {
  it('uses decimal units and the UI language', () => {
    expect(formatSize(999, 'en')).toBe('999 byte');
    expect(formatSize(10 * 1024 * 1024, 'en')).toBe('10.5 MB');
    expect(formatSize(12_300_000, 'ru')).toMatch(/^12,3\s?МБ$/);
  });
});

describe('formatDateTime', () => {
  it('formats a timestamp in the UI language and leaves junk as it is', () => {
    expect(formatDateTime('2025-01-15T09:30:00.000Z', 'en')).toMatch(/2025/);
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});
