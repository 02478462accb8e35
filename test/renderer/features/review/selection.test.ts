import { describe, expect, it } from 'vitest';
import { trimRange } from '../../../../renderer/features/review/selection';

describe('trimRange', () => {
  it('drops white space at both ends of a selection', () => {
    const text = 'one  two \n three';
    expect(trimRange(text, { versionId: 'v', start: 3, end: 10 })).toEqual({
      versionId: 'v',
      start: 5,
      end: 8,
    });
  });

  it('returns null when only white space was selected', () => {
    expect(trimRange('a   b', { versionId: 'v', start: 1, end: 4 })).toBeNull();
  });
});
