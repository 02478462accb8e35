import { useCallback, useEffect, useState, type RefObject } from 'react';
import { PARAGRAPH_SELECTOR, rangeToTextRange, type SelectionState } from './selection';

/**
 * Follows the document selection and resolves it against the version grid. A selection that collapses outside the
 * grid (focus moving to a button, a form opening) keeps the last one, so the reviewer can still act on it.
 */
export function useTextSelection(rootRef: RefObject<HTMLElement | null>): {
  selection: SelectionState;
  refresh: () => void;
  clear: () => void;
} {
  const [selection, setSelection] = useState<SelectionState>({ kind: 'none' });

  const refresh = useCallback(() => {
    const root = rootRef.current;
    const sel = document.getSelection();
    if (!root || !sel) return;
    if (sel.rangeCount === 0 || sel.isCollapsed) {
      // A click inside the text drops the selection; focus moving to a control (even one in a column header) keeps it.
      const anchor = sel.anchorNode;
      const element = anchor instanceof Element ? anchor : anchor?.parentElement;
      if (element && root.contains(element) && element.closest(PARAGRAPH_SELECTOR))
        setSelection({ kind: 'none' });
      return;
    }
    const range = sel.getRangeAt(0);
    const touchesGrid =
      root.contains(range.commonAncestorContainer) || range.commonAncestorContainer.contains(root);
    if (!touchesGrid) return;
    setSelection(rangeToTextRange(range, root));
  }, [rootRef]);

  const clear = useCallback(() => {
    document.getSelection()?.removeAllRanges();
    setSelection({ kind: 'none' });
  }, []);

  useEffect(() => {
    document.addEventListener('selectionchange', refresh);
    return () => document.removeEventListener('selectionchange', refresh);
  }, [refresh]);

  return { selection, refresh, clear };
}
