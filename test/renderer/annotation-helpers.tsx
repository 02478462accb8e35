import { act, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { FakeBackend } from './support/fake-api';

// Shared by the annotation-*.test.tsx files: a three-version story and ways to select its text as a reviewer would.

export const EN =
  'The leaders met in Moscow.\n\nThey spoke of "a new era" in relations.\n\nTalks will continue.';
export const RU =
  'Лидеры встретились в Москве.\n\nОни говорили о «новой эпохе» в отношениях.\n\nПереговоры продолжатся.';
export const AR = 'التقى الزعيمان في موسكو.\n\nتحدثا عن «حقبة جديدة» في العلاقات.\n\nستستمر المحادثات.';

/** A backend holding one project with the English source, a Russian and an Arabic version. */
export function seeded() {
  const backend = new FakeBackend();
  const ids = backend.seed('Summit', [
    { fileName: 'en_source.txt', text: EN },
    { fileName: 'ru_inosmi.txt', text: RU },
    { fileName: 'ar_report.txt', text: AR },
  ]);
  return { backend, ...ids, hash: `#/project/${ids.projectId}/doc/${ids.documentId}` };
}

/** The text node and offset holding character `offset` of an element's text (the end of a node for `atEnd`). */
export function pointAt(root: HTMLElement, offset: number, atEnd: boolean): [Node, number] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const len = node.textContent?.length ?? 0;
    if (atEnd ? offset <= seen + len : offset < seen + len) return [node, offset - seen];
    seen += len;
  }
  throw new Error(`offset ${offset} outside the element`);
}

/** The paragraph cells of the column of version `label`. */
export async function paragraphsIn(label: string): Promise<HTMLElement[]> {
  const column = await screen.findByRole('group', { name: label });
  return Array.from(column.querySelectorAll<HTMLElement>('[data-start]'));
}

/** Selects `needle` in the column of version `label`, as a mouse drag would, and lets the view see it. */
export async function selectText(label: string, needle: string): Promise<void> {
  const paragraph = (await paragraphsIn(label)).find((p) => p.textContent?.includes(needle));
  expect(paragraph, `"${needle}" in ${label}`).toBeTruthy();
  const from = paragraph!.textContent!.indexOf(needle);
  const range = document.createRange();
  range.setStart(...pointAt(paragraph!, from, false));
  range.setEnd(...pointAt(paragraph!, from + needle.length, true));
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  act(() => {
    document.dispatchEvent(new Event('selectionchange'));
  });
}

/** Selects `needle` in one column and opens the new-annotation form on it. */
export async function startAnnotation(label: string, needle: string): Promise<HTMLElement> {
  await selectText(label, needle);
  const button = screen.getByRole('button', { name: 'Annotate selection' });
  await waitFor(() => expect(button).toHaveProperty('disabled', false));
  act(() => button.click());
  return screen.getByRole('form', { name: 'New annotation' });
}

/** The side-list entry of the only (or the first) annotation. */
export async function firstItem(): Promise<HTMLElement> {
  return waitFor(() => {
    const item = document.querySelector<HTMLElement>('.annotation-item');
    if (!item) throw new Error('no annotation in the list');
    return item;
  });
}

/** The spans a form or an item lists, as "label: quote" lines. */
export function spanLines(root: HTMLElement): string[] {
  const list = root.querySelector<HTMLElement>('.annotation-spans');
  return within(list as HTMLElement)
    .getAllByRole('listitem')
    .map((li) => {
      const version = li.querySelector('.span-version')?.textContent ?? '';
      const quote = li.querySelector('q')?.textContent ?? '';
      return `${version} ${quote}`;
    });
}
