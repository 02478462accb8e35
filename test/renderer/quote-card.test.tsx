// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './support/render-app';
import { FakeBackend } from './support/fake-api';

afterEach(() => cleanup());

const EN = [
  'Putin met Li Shangfu in Moscow.',
  '“We are working actively through our military departments,” Putin said.',
  '“Cooperation is developing very well,” Li told Putin.',
  'Li’s comments were translated by the Kremlin.',
].join('\n\n');
// A second English rendering of the same meeting, as another wire would word it.
const EN_WIRE = [
  'Putin met Li Shangfu in Moscow.',
  '"We are also working actively through the military departments," Putin said.',
  '"Cooperation is developing very well," Li told Putin.',
  'Li’s comments were translated by the Kremlin.',
].join('\n\n');
const RU = [
  'Путин встретился с Ли Шанфу в Москве.',
  '«Мы активно работаем через военные ведомства», — сказал Путин.',
  'Ли отметил, что сотрудничество развивается.',
  'Шойгу добавил: «Всё идёт по плану».',
].join('\n\n');
const LI_EN = '“Cooperation is developing very well,”';
const PUTIN_EN = '“We are working actively through our military departments,”';
const EVIDENCE = 'Li’s comments were translated by the Kremlin.';

function seeded(texts: { fileName: string; text: string }[]) {
  const backend = new FakeBackend();
  backend.findQuotes = true;
  const ids = backend.seed('Meeting', texts);
  return { backend, hash: `#/project/${ids.projectId}/doc/${ids.documentId}` };
}

/** The highlighted quote whose text is exactly `text`, inside a version's column. */
function quoteEl(column: HTMLElement, text: string): HTMLElement {
  const found = Array.from(column.querySelectorAll<HTMLElement>('.quote')).find(
    (q) => q.textContent === text,
  );
  if (!found) throw new Error(`no quote ${text}`);
  return found;
}

/** Opens the side panel's Quotes tab and returns the quote list in it. */
async function quotesPanel(tab = /^Quotes/, heading = 'Quotes'): Promise<HTMLElement> {
  // Once the text is drawn the view is settled (settings, language, alignment), so the tab stays chosen.
  await screen.findByRole('group', { name: 'en_source' }, { timeout: 5_000 });
  fireEvent.click(await screen.findByRole('tab', { name: tab }));
  return (await screen.findByRole('heading', { name: heading })).closest('section') as HTMLElement;
}

describe('the quote card', () => {
  it('opens from the quote list with speaker, addressee, translator and its evidence; Escape returns focus', async () => {
    const { backend, hash } = seeded([
      { fileName: 'en_source.txt', text: EN },
      { fileName: 'ru_tass.txt', text: RU },
    ]);
    renderApp(hash, backend);
    const panel = await quotesPanel();
    const open = await within(panel).findByRole('button', { name: `Quote card: ${LI_EN}` });
    act(() => open.focus());
    fireEvent.click(open);

    const card = await screen.findByRole('dialog', { name: 'Quote by Li Shangfu' });
    expect(document.activeElement).toBe(within(card).getByRole('heading', { name: 'Quote by Li Shangfu' }));
    const facts = card.querySelector('dl') as HTMLElement;
    const term = (name: string) => {
      const dt = within(facts).getByText(name, { selector: 'dt' });
      return dt.nextElementSibling?.textContent;
    };
    expect(term('Speaker')).toBe('Li Shangfu');
    expect(term('Addressed to')).toBe('Putin');
    expect(term('Translation')).toBe('translated by the Kremlin');
    expect(term('Version')).toBe('en_source');
    const evidence = within(card).getByRole('figure', { name: 'Evidence in “en_source”' });
    expect(evidence.querySelector('blockquote')?.textContent).toBe(EVIDENCE);

    // Its versions side by side: the English quote, and a note that TASS has none.
    const versions = within(card).getByRole('region', { name: 'Versions of this quote' });
    const items = within(versions).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0] as HTMLElement).getByText(LI_EN)).toBeTruthy();
    expect(within(items[1] as HTMLElement).getByText('No counterpart in this version.')).toBeTruthy();
    // One English and one Russian version: nothing to compare word by word.
    expect(within(card).getByText(/no word-by-word comparison/)).toBeTruthy();

    fireEvent.keyDown(within(card).getByRole('button', { name: 'Close' }), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(open);
    // The list still names what TASS dropped and added.
    expect(within(panel).getByText('Missing in “ru_tass”')).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Quote card: «Всё идёт по плану»' })).toBeTruthy();
  });

  it('opens from the text by click and by Enter on a focused quote, and selects the evidence sentence', async () => {
    const { backend, hash } = seeded([
      { fileName: 'en_source.txt', text: EN },
      { fileName: 'ru_tass.txt', text: RU },
    ]);
    renderApp(hash, backend);
    const en = await screen.findByRole('group', { name: 'en_source' });
    const li = await waitFor(() => quoteEl(en, LI_EN));
    fireEvent.click(li);
    const card = await screen.findByRole('dialog', { name: 'Quote by Li Shangfu' });

    fireEvent.click(within(card).getByRole('button', { name: 'Select this sentence in the text' }));
    expect(document.getSelection()?.toString()).toBe(EVIDENCE);
    const range = document.getSelection()?.getRangeAt(0);
    expect(en.contains(range?.startContainer ?? null)).toBe(true);
    expect(await screen.findByText('Evidence sentence selected in “en_source”.')).toBeTruthy();

    // Escape closes and gives focus back to the quote that was clicked.
    fireEvent.keyDown(card, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // Keyboard: a focused quote opens its card with Enter.
    const putin = quoteEl(en, PUTIN_EN);
    act(() => putin.focus());
    fireEvent.keyDown(putin, { key: 'Enter' });
    const putinCard = await screen.findByRole('dialog', { name: 'Quote by Putin' });
    expect(within(putinCard).getByText('Nothing in the text says who translated it.')).toBeTruthy();
    const ru = within(putinCard).getByRole('region', { name: 'Versions of this quote' });
    expect(within(ru).getByText('«Мы активно работаем через военные ведомства»')).toBeTruthy();
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(quoteEl(en, PUTIN_EN));
  });

  it('compares two English versions of Putin’s quote word by word', async () => {
    const { backend, hash } = seeded([
      { fileName: 'en_source.txt', text: EN },
      { fileName: 'en_wire.txt', text: EN_WIRE },
      { fileName: 'ru_tass.txt', text: RU },
    ]);
    renderApp(hash, backend);
    const panel = await quotesPanel();
    fireEvent.click(await within(panel).findByRole('button', { name: `Quote card: ${PUTIN_EN}` }));
    const card = await screen.findByRole('dialog', { name: 'Quote by Putin' });
    const diff = within(card).getByRole('region', { name: 'Compare wording' });
    const from = within(diff).getByRole('combobox', { name: 'Compare' }) as HTMLSelectElement;
    const to = within(diff).getByRole('combobox', { name: 'with' }) as HTMLSelectElement;
    expect(from.selectedOptions[0]?.textContent).toBe('en_source (English)');
    expect(to.selectedOptions[0]?.textContent).toBe('en_wire (English)');
    // Only versions in a shared language are offered: Russian stands alone.
    expect(Array.from(from.options).map((o) => o.textContent)).toEqual([
      'en_source (English)',
      'en_wire (English)',
    ]);

    const text = diff.querySelector('.quote-diff-text') as HTMLElement;
    expect(text.getAttribute('lang')).toBe('en');
    const inserted = Array.from(text.querySelectorAll('ins')).map((n) => n.textContent?.trim());
    const deleted = Array.from(text.querySelectorAll('del')).map((n) => n.textContent?.trim());
    // Screen readers hear what each change is; sighted readers see <ins>/<del> styling.
    expect(inserted).toEqual(['added: also', 'added: the']);
    expect(deleted).toEqual(['removed: our']);
    expect(text.querySelector('ins .visually-hidden')?.textContent).toBe('added: ');
    // Quotation-mark style is ignored by default; switching that off shows the marks as changes too.
    const loose = within(diff).getByRole('checkbox', { name: 'Ignore quotation-mark style and spacing' });
    expect((loose as HTMLInputElement).checked).toBe(true);
    fireEvent.click(loose);
    expect(Array.from(text.querySelectorAll('del')).map((n) => n.textContent)).toContain('removed: “');

    // Swapping the pair swaps additions and removals.
    fireEvent.change(from, { target: { value: to.value } });
    expect(
      (within(diff).getByRole('combobox', { name: 'with' }) as HTMLSelectElement).selectedOptions[0]
        ?.textContent,
    ).toBe('en_source (English)');
    expect(Array.from(text.querySelectorAll('del')).map((n) => n.textContent?.trim())).toContain(
      'removed: also',
    );
  });

  it('reads right to left in Arabic, with labels and names isolated', async () => {
    const { backend, hash } = seeded([
      { fileName: 'en_source.txt', text: EN },
      { fileName: 'ru_tass.txt', text: RU },
    ]);
    backend.settings.uiLanguage = 'ar';
    renderApp(hash, backend);
    const panel = await quotesPanel(/^الاقتباسات/, 'الاقتباسات');
    expect(await within(panel).findByText('مفقود في «\u2068ru_tass\u2069»')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: `بطاقة الاقتباس: ${LI_EN}` }));
    const card = await screen.findByRole('dialog', { name: 'اقتباس من \u2068Li Shangfu\u2069' });
    expect(within(card.querySelector('dl') as HTMLElement).getByText('ترجمة: the Kremlin')).toBeTruthy();
    const quote = card.querySelector('.quote-card-text') as HTMLElement;
    expect(quote.getAttribute('dir')).toBe('ltr');
    expect(quote.getAttribute('lang')).toBe('en');
    expect(document.documentElement.dir).toBe('rtl');
  });
});
