import { useEffect, useState } from 'react';

/** Longest wait for a frame: a hidden or minimized window draws none, and the data must come anyway. */
const FRAME_WAIT_MS = 250;

/**
 * False until `condition` has held through one painted frame (or FRAME_WAIT_MS, if the window draws no frames):
 * lets a view ask for bulky data only after its first screen is on the glass, so that data's transfer and parsing
 * never delay it.
 */
export function useAfterPaint(condition: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!condition || painted) return;
    const done = () => setPainted(true);
    let timer = 0;
    // The frame callback runs before the paint; the task queued from it runs after.
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(done, 0);
    });
    const fallback = window.setTimeout(done, FRAME_WAIT_MS);
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      window.clearTimeout(fallback);
    };
  }, [condition, painted]);
  return painted;
}
