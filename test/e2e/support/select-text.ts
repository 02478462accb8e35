import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Selects `needle` in the first cell of a column in language `lang` that holds it, as a mouse drag would (mapped
 * across highlight nodes), and tells the app the selection changed.
 */
export async function selectText(page: Page, lang: string, needle: string): Promise<void> {
  const found = await page.evaluate(
    ({ lang, needle }) => {
      for (const root of Array.from(document.querySelectorAll(`[lang="${lang}"][data-start]`))) {
        const at = root.textContent?.indexOf(needle) ?? -1;
        if (at < 0) continue;
        const pointAt = (offset: number, atEnd: boolean): [Node, number] | null => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          let seen = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const len = node.textContent?.length ?? 0;
            if (atEnd ? offset <= seen + len : offset < seen + len) return [node, offset - seen];
            seen += len;
          }
          return null;
        };
        const from = pointAt(at, false);
        const to = pointAt(at + needle.length, true);
        if (!from || !to) continue;
        const range = document.createRange();
        range.setStart(...from);
        range.setEnd(...to);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
        document.dispatchEvent(new Event('selectionchange'));
        root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return true;
      }
      return false;
    },
    { lang, needle },
  );
  expect(found, `"${needle}" in the ${lang} column`).toBe(true);
}
