// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './support/render-app';
import { FakeBackend } from './support/fake-api';

afterEach(() => cleanup());

const COUNT = 120;
/** Sentences that each hold a distinct word to annotate (w0 … w119), a paragraph every ten. */
const EN = Array.from({ length: COUNT / 10 }, (_, p) =>
  Array.from({ length: 10 }, (_, s) => `Word w${p * 10 + s} here.`).join(' '),
).join('\n\n');
const RU = Array.from({ length: COUNT / 10 }, (_, p) => `Абзац ${p}.`).join('\n\n');

/** A long story with one annotation per sentence, added through the real command handlers. */
async function seeded() {
  const backend = new FakeBackend();
  const ids = backend.seed('Long', [
    { fileName: 'en_source.txt', text: EN },
    { fileName: 'ru_copy.txt', text: RU },
  ]);
  const version = backend.projects.get(ids.projectId)!.documents[0]!.versions[0]!;
  for (let i = 0; i < COUNT; i++) {
    const start = version.text.indexOf(`w${i} `);
    await backend.handlers['projects.command']({
      projectId: ids.projectId,
      command: {
        type: 'annotation.add',
        documentId: ids.documentId,
        spans: [{ versionId: version.id, start, end: start + `w${i}`.length }],
        category: 'accuracy',
        severity: 'minor',
        comment: '',
      },
    });
  }
  return { backend, hash: `#/project/${ids.projectId}/doc/${ids.documentId}` };
}

async function panel() {
  await screen.findByRole('group', { name: 'en_source' }, { timeout: 10_000 });
  // The screen has opened once its heading took the focus; only then may a test move the focus elsewhere.
  await waitFor(() => expect(document.activeElement?.classList.contains('page-heading')).toBe(true));
  return screen.getByRole('complementary', { name: 'Review panel' });
}

const items = (aside: HTMLElement) => Array.from(aside.querySelectorAll<HTMLElement>('.annotation-item'));
const quoteOf = (item: HTMLElement | undefined) => item?.querySelector('q')?.textContent;

describe('the side panel with a long story', () => {
  it('lists annotations a page at a time with exact counts, focusing the first newly shown one', async () => {
    const { backend, hash } = await seeded();
    renderApp(hash, backend);
    const aside = await panel();
    // Role queries over a long list are slow in jsdom: the counts and the button are read from the elements.
    expect(aside.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe(
      `Annotations ${COUNT}`,
    );
    expect(aside.querySelector('#annotations-heading')?.textContent).toBe(`Annotations (${COUNT})`);
    expect(items(aside)).toHaveLength(100);
    expect(aside.querySelector('.list-more')?.textContent).toContain(`Showing 100 of ${COUNT}`);
    const more = aside.querySelector<HTMLButtonElement>('.list-more button');
    expect(more?.textContent).toBe('Show 20 more');
    fireEvent.click(more as HTMLButtonElement);
    await waitFor(() => expect(items(aside)).toHaveLength(COUNT));
    expect(document.activeElement).toBe(items(aside)[100]?.querySelector('button'));
    expect(quoteOf(items(aside)[100])).toBe('w100');
    expect(aside.querySelector('.list-more')).toBeNull();
  }, 60_000);

  it('draws the page holding the annotation reached by Shift+F8, beyond the first page', async () => {
    const { backend, hash } = await seeded();
    renderApp(hash, backend);
    const aside = await panel();
    expect(items(aside)).toHaveLength(100);
    fireEvent.keyDown(document.body, { key: 'F8', shiftKey: true });
    const current = () =>
      aside.querySelector<HTMLElement>('.annotation-item[aria-current="true"]') ?? undefined;
    await waitFor(() => expect(quoteOf(current())).toBe(`w${COUNT - 1}`));
    expect(items(aside)).toHaveLength(COUNT);
    expect(aside.querySelector('.issue-navigator')?.textContent).toContain(`${COUNT} of ${COUNT}`);
  }, 60_000);

  it('draws a tab’s content only once it is shown, and keeps it after', async () => {
    const { backend, hash } = await seeded();
    renderApp(hash, backend);
    const aside = await panel();
    const quotesTab = within(aside).getByRole('tab', { name: /^Quotes/ });
    const quotesPanel = document.getElementById(quotesTab.getAttribute('aria-controls') ?? '');
    expect(quotesPanel?.getAttribute('role')).toBe('tabpanel');
    expect(quotesPanel?.childElementCount).toBe(0);
    fireEvent.click(quotesTab);
    expect(within(aside).getByRole('heading', { name: 'Quotes' })).toBeTruthy();
    fireEvent.click(within(aside).getByRole('tab', { name: /^Annotations/ }));
    expect(quotesPanel?.hidden).toBe(true);
    expect(quotesPanel?.querySelector('.quote-list')).not.toBeNull();
  }, 60_000);
});
