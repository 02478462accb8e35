import { useEffect, useState } from 'react';

/**
 * False on the first render, true a moment after it: lets a costly part (e.g. counting a long story's words for the
 * MQM score) wait until the view has sent its requests and drawn, so it never holds up the first screen.
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    const timer = window.setTimeout(() => setReady(true), 0);
    return () => window.clearTimeout(timer);
  }, [ready]);
  return ready;
}
