import { describe, expect, it } from 'vitest';
import { agentAccepted, matchSpans, normName, prf, sameName, spansMatch } from '../../bench/quotes/metrics';

describe('quote benchmark metrics', () => {
  it('matches spans when each covers at least half of the other', () => {
    expect(spansMatch({ start: 0, end: 10 }, { start: 0, end: 10 })).toBe(true);
    expect(spansMatch({ start: 0, end: 10 }, { start: 5, end: 15 })).toBe(true);
    expect(spansMatch({ start: 0, end: 10 }, { start: 6, end: 16 })).toBe(false);
    expect(spansMatch({ start: 0, end: 10 }, { start: 0, end: 30 })).toBe(false);
    expect(spansMatch({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(false);
  });

  it('pairs one to one, largest overlap first', () => {
    const gold = [
      { start: 0, end: 10 },
      { start: 20, end: 30 },
    ];
    const predicted = [
      { start: 1, end: 10 },
      { start: 0, end: 10 },
      { start: 21, end: 29 },
      { start: 50, end: 60 },
    ];
    expect(matchSpans(gold, predicted)).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('computes precision, recall and F1', () => {
    const r = prf({ gold: 4, predicted: 5, matched: 3 });
    expect(r.p).toBeCloseTo(0.6);
    expect(r.r).toBeCloseTo(0.75);
    expect(r.f1).toBeCloseTo(2 / 3);
    expect(prf({ gold: 0, predicted: 0, matched: 0 }).f1).toBe(1);
    expect(prf({ gold: 3, predicted: 0, matched: 0 }).f1).toBe(0);
  });

  it('compares names leniently but not loosely', () => {
    expect(sameName('Vladimir Putin', 'Putin')).toBe(true);
    expect(sameName('Li Shangfu', 'Li  Shangfu')).toBe(true);
    expect(sameName('Li Shangfu', 'Vladimir Putin')).toBe(false);
    expect(sameName(null, null)).toBe(true);
    expect(sameName('Li Shangfu', null)).toBe(false);
    expect(sameName('蒲亭', '俄羅斯總統蒲亭')).toBe(true);
    expect(normName('The Kremlin')).toBe('kremlin');
  });

  it('accepts any listed agent, null only for null', () => {
    expect(agentAccepted(['the Kremlin'], 'Kremlin')).toBe(true);
    expect(agentAccepted(['the Kremlin'], null)).toBe(false);
    expect(agentAccepted([null, 'Kremlin'], null)).toBe(true);
    expect(agentAccepted(['Russian media'], 'the'), 'an empty name matches nothing').toBe(false);
  });
});
