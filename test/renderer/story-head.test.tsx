// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { headRowsFor } from '../../shared/review/story-head';
import { renderApp } from './support/render-app';
import { FakeBackend } from './support/fake-api';

afterEach(() => cleanup());

const PARAGRAPHS = 80;
// A long story whose first paragraph holds a quote a third party translated.
const EN = [
  '“Cooperation is developing very well,” Li told Putin. Li’s comments were translated by the Kremlin.',
  ...Array.from(
    { length: PARAGRAPHS - 1 },
    (_, i) => `Paragraph ${i + 2} of the English report says little.`,
  ),
].join('\n\n');
const RU = [
  '«Сотрудничество развивается очень хорошо», — сказал Ли Путину.',
  ...Array.from({ length: PARAGRAPHS - 1 }, (_, i) => `Абзац ${i + 2} русского отчёта говорит мало.`),
].join('\n\n');
const WHOLE = ['projects.open', 'alignment.get', 'quotes.get'] as const;

function seeded() {
  const backend = new FakeBackend();
  backend.findQuotes = true;
  backend.serveHeads = true;
  const ids = backend.seed('Long story', [
    { fileName: 'en_source.txt', text: EN },
    { fileName: 'ru_tass.txt', text: RU },
  ]);
  return { backend, ...ids, hash: `#/project/${ids.projectId}/doc/${ids.documentId}` };
}

const grid = () => document.querySelector<HTMLElement>('.version-grid');

describe('a long story’s first screen', () => {
  it('draws the head’s rows with their quotes before the whole story is asked for, then keeps them', async () => {
    const { backend, hash } = seeded();
    backend.hold([...WHOLE]);
    renderApp(hash, backend);
    const en = await screen.findByRole('group', { name: 'en_source' }, { timeout: 5_000 });

    // Only the head is drawn: the rows that fill this window, the first paragraph's quote with its badge.
    const headRows = headRowsFor(window.innerHeight);
    expect(grid()?.dataset.rows).toBe(String(headRows));
    expect(headRows).toBeLessThan(PARAGRAPHS);
    const quote = await waitFor(() => {
      const found = en.querySelector<HTMLElement>('.quote');
      if (!found) throw new Error('no quote yet');
      return found;
    });
    expect(quote.dataset.badge).toBe('translated by the Kremlin');
    expect(within(en).queryByText(`Paragraph ${PARAGRAPHS} of the English report says little.`)).toBeNull();
    // Alignment editing waits for the whole story.
    expect(screen.queryByRole('toolbar', { name: /alignment/i })).toBeNull();
    const first = backend.calls.findIndex((c) => c.channel === 'document.head');
    const asked = backend.calls.findIndex((c) => (WHOLE as readonly string[]).includes(c.channel));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(asked === -1 || asked > first).toBe(true);

    // The reader selects words in the first paragraph while the rest loads.
    const paragraph = quote.closest<HTMLElement>('.paragraph');
    const text = paragraph?.querySelector('.quote')?.firstChild;
    if (!paragraph || !text) throw new Error('no paragraph text');
    const range = document.createRange();
    range.setStart(text, 1);
    range.setEnd(text, 12);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);

    backend.release();
    await waitFor(() => expect(grid()?.dataset.rows).toBe(String(PARAGRAPHS)));
    // The same elements carry the first rows, so the selection in them is still there.
    expect(paragraph.isConnected).toBe(true);
    expect(text.isConnected).toBe(true);
    expect(window.getSelection()?.toString()).toBe(text.textContent?.slice(1, 12));
    expect(backend.heads).toBe(1);
    expect(await screen.findByRole('toolbar', { name: /alignment/i })).toBeTruthy();
  });

  it('shows the whole story when there is no head, and does not ask main again after a change to no text', async () => {
    const { backend, hash } = seeded();
    backend.serveHeads = false;
    renderApp(hash, backend);
    await waitFor(() => expect(grid()?.dataset.rows).toBe(String(PARAGRAPHS)), { timeout: 5_000 });
    const alignments = backend.alignments;
    const quotes = backend.quoteRequests;

    // Raising the MQM threshold changes the project, not a text or a fix: no new alignment or quotes.
    const input = await screen.findByRole('textbox', { name: 'Threshold (points per 1,000 words)' });
    fireEvent.change(input, { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save threshold' }));
    await waitFor(() => expect(backend.calls.some((c) => c.channel === 'projects.command')).toBe(true));
    await waitFor(() => expect(screen.getByText('Threshold: 20')).toBeTruthy());
    expect(backend.alignments).toBe(alignments);
    expect(backend.quoteRequests).toBe(quotes);
  });
});
