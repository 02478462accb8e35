import { describe, expect, it } from 'vitest';
import { countWords } from '../../../../shared/review/mqm-score';
import { countWordsSliced, knownWordCount } from '../../../../renderer/features/review/word-counts';

const PARAGRAPH =
  'Chinese Defence Minister Li Shangfu told Russian President Vladimir Putin on Monday that ties were strong.';

describe('countWordsSliced', () => {
  it('counts a long story in slices to the same total, then knows it', async () => {
    const story = Array.from({ length: 3000 }, (_, i) => `${i}. ${PARAGRAPH}`).join('\n\n');
    expect(knownWordCount(story, 'en')).toBeUndefined();
    let pauses = 0;
    const n = await countWordsSliced(story, 'en', () => {
      pauses += 1;
      return false;
    });
    expect(n).toBe(countWords(story, 'en'));
    expect(knownWordCount(story, 'en')).toBe(n);
    // The story is long enough that counting paused for the page at least once.
    expect(pauses).toBeGreaterThan(0);
  });

  it('stops when cancelled and keeps nothing', async () => {
    const story = Array.from({ length: 3000 }, (_, i) => `${PARAGRAPH} ${i}`).join('\n');
    expect(await countWordsSliced(story, 'en', () => true)).toBeNull();
    expect(knownWordCount(story, 'en')).toBeUndefined();
  });
});
