// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useAfterPaint } from '../../../../renderer/features/review/use-after-paint';

afterEach(() => vi.restoreAllMocks());

describe('useAfterPaint', () => {
  it('turns true after a painted frame once the condition holds, not before', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    const { result, rerender } = renderHook(({ on }) => useAfterPaint(on), { initialProps: { on: false } });
    expect(result.current).toBe(false);
    expect(frames).toHaveLength(0);
    rerender({ on: true });
    expect(result.current).toBe(false);
    await act(async () => {
      frames.shift()?.(0);
      await new Promise((r) => setTimeout(r, 5));
    });
    expect(result.current).toBe(true);
  });

  it('does not wait forever in a window that draws no frames', async () => {
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
    const { result } = renderHook(() => useAfterPaint(true));
    expect(result.current).toBe(false);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 300));
    });
    expect(result.current).toBe(true);
  });
});
