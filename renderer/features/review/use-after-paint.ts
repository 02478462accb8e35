import { useEffect, useState } from 'react';

/**
 * False until `condition` has held through one painted frame: lets a view ask for bulky data only after its first
 * screen is on the glass, so that data's transfer and parsing never delay it.
 */
export function useAfterPaint(condition: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!condition || painted) return;
    let timer = 0;
    // The frame callback runs before the paint; the task queued from it runs after.
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [condition, painted]);
  return painted;
}
