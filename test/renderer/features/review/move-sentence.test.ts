import { describe, expect, it } from 'vitest';
import type { AlignmentGrid, GridRow } from '../../../../shared/align/grid';
import { canMoveSentence, moveSentenceBeads } from '../../../../renderer/features/review/alignment-actions';

const row = (cells: number[][]): GridRow => ({
  cells,
  confidence: 1,
  lowConfidence: false,
  paragraphStart: false,
  fixed: false,
  fixes: [],
});

// Columns in story order: a translation first, the source second, another translation third.
const grid: AlignmentGrid = {
  sourceVersionId: 'en',
  versionIds: ['zh', 'en', 'ru'],
  rows: [row([[0], [0], [0]]), row([[1, 2], [1, 2], [1]]), row([[], [3], [2, 3]])],
  unplaced: [],
};

describe('moving a sentence between rows', () => {
  it('moves a translation’s last sentence down into the next row, pairing it with that row’s source', () => {
    expect(moveSentenceBeads(grid, 1, 0, 'down')).toEqual([
      { targetVersionId: 'zh', src: [1, 2], tgt: [1] },
      { targetVersionId: 'zh', src: [3], tgt: [2] },
    ]);
  });

  it('moves a translation’s first sentence up, leaving the rest where it was', () => {
    expect(moveSentenceBeads(grid, 2, 2, 'up')).toEqual([
      { targetVersionId: 'ru', src: [1, 2], tgt: [1, 2] },
      { targetVersionId: 'ru', src: [3], tgt: [3] },
    ]);
  });

  it('moves a source sentence for every other version at once', () => {
    expect(moveSentenceBeads(grid, 1, 1, 'up')).toEqual([
      { targetVersionId: 'zh', src: [0, 1], tgt: [0] },
      { targetVersionId: 'zh', src: [2], tgt: [1, 2] },
      { targetVersionId: 'ru', src: [0, 1], tgt: [0] },
      { targetVersionId: 'ru', src: [2], tgt: [1] },
    ]);
  });

  it('leaves a row without the moved sentence as a row with no counterpart', () => {
    expect(moveSentenceBeads(grid, 0, 2, 'down')).toEqual([
      { targetVersionId: 'ru', src: [0], tgt: [] },
      { targetVersionId: 'ru', src: [1, 2], tgt: [0, 1] },
    ]);
  });

  it('cannot move past the first or last row, or from an empty cell', () => {
    expect(canMoveSentence(grid, 0, 0, 'up')).toBe(false);
    expect(canMoveSentence(grid, 2, 1, 'down')).toBe(false);
    expect(canMoveSentence(grid, 2, 0, 'up')).toBe(false);
    expect(canMoveSentence(grid, 1, 0, 'up')).toBe(true);
    expect(moveSentenceBeads(grid, 2, 0, 'up')).toEqual([]);
  });
});
