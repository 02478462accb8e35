// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './support/render-app';
import { FakeBackend } from './support/fake-api';

afterEach(() => cleanup());

const EN = [
  'Putin met Li Shangfu in Moscow.',
  '“We are working actively together,” Putin said.',
  '“Cooperation is developing very well,” Li told Putin.',
  'Li’s comments were translated by the Kremlin.',
].join('\n\n');
const RU = [
  'Путин встретился с Ли Шанфу в Москве.',
  '«Мы активно работаем вместе», — сказал Путин.',
  'Ли отметил, что сотрудничество развивается.',
  'Шойгу добавил: «Всё идёт по плану».',
].join('\n\n');
const PUTIN_EN = '“We are working actively together,”';
const LI_EN = '“Cooperation is developing very well,”';
const PUTIN_RU = '«Мы активно работаем вместе»';
const SHOIGU_RU = '«Всё идёт по плану»';

function seeded(
  texts: { fileName: string; text: string }[] = [
    { fileName: 'en_source.txt', text: EN },
    { fileName: 'ru_tass.txt', text: RU },
  ],
) {
  const backend = new FakeBackend();
  backend.findQuotes = true;
  const ids = backend.seed('Meeting', texts);
  return { backend, ...ids, hash: `#/project/${ids.projectId}/doc/${ids.documentId}` };
}

/** The highlighted quote whose text is exactly `text`, inside a version's column. */
function quoteEl(column: HTMLElement, text: string): HTMLElement {
  const found = Array.from(column.querySelectorAll<HTMLElement>('.quote')).find(
    (q) => q.textContent === text,
  );
  if (!found) throw new Error(`no quote ${text}`);
  return found;
}

function description(el: HTMLElement): string {
  const ids = el.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('quotes in the document view', () => {
  it('highlights quotes by kind with a translator badge and an accessible description, text unchanged', async () => {
    const { backend, hash } = seeded();
    renderApp(hash, backend);
    const en = await screen.findByRole('group', { name: 'en_source' }, { timeout: 5_000 });
    const li = await waitFor(() => quoteEl(en, LI_EN));
    expect(li.classList).toContain('quote-speech');
    expect(li.dataset.badge).toBe('translated by the Kremlin');
    expect(description(li)).toContain('Quoted speech');
    expect(description(li)).toContain('Speaker: Li Shangfu');
    expect(description(li)).toContain('Addressed to Putin');
    expect(description(li)).toContain('translated by the Kremlin');
    // Putin's words carry no badge: the story says nothing and the registry is empty.
    expect(quoteEl(en, PUTIN_EN).dataset.badge).toBeUndefined();
    // The badge is drawn from an attribute, so each paragraph still holds exactly its text.
    const paragraphs = Array.from(en.querySelectorAll<HTMLElement>('[data-start]'));
    expect(paragraphs.map((p) => p.textContent)).toEqual(EN.split('\n\n'));
    expect(backend.quoteRequests).toBeGreaterThan(0);
  });

  it('tells terms from speech, in any column', async () => {
    const text = 'The two nations have declared a “no limits” partnership.\n\n“We agree,” Putin said.';
    const { backend, hash } = seeded([{ fileName: 'en_source.txt', text }]);
    renderApp(hash, backend);
    const en = await screen.findByRole('group', { name: 'en_source' });
    const term = await waitFor(() => quoteEl(en, '“no limits”'));
    expect(term.classList).toContain('quote-term');
    expect(description(term)).toContain('Quoted term');
    expect(quoteEl(en, '“We agree,”').classList).toContain('quote-speech');
  });

  it('lights a quote’s counterparts in other columns on hover and on keyboard focus', async () => {
    const { backend, hash } = seeded();
    renderApp(hash, backend);
    const en = await screen.findByRole('group', { name: 'en_source' });
    const ru = screen.getByRole('group', { name: 'ru_tass' });
    const putinEn = await waitFor(() => quoteEl(en, PUTIN_EN));
    const putinRu = quoteEl(ru, PUTIN_RU);
    expect(putinRu.classList).not.toContain('quote-linked');

    fireEvent.mouseOver(putinEn);
    await waitFor(() => expect(quoteEl(ru, PUTIN_RU).classList).toContain('quote-linked'));
    expect(quoteEl(en, PUTIN_EN).classList).toContain('quote-linked');
    expect(quoteEl(ru, SHOIGU_RU).classList).not.toContain('quote-linked');
    fireEvent.mouseOver(en.querySelector('[data-start]') as HTMLElement);
    await waitFor(() => expect(quoteEl(ru, PUTIN_RU).classList).not.toContain('quote-linked'));

    // From the Russian side: focus finds the English source quote.
    act(() => quoteEl(ru, PUTIN_RU).focus());
    await waitFor(() => expect(quoteEl(en, PUTIN_EN).classList).toContain('quote-linked'));
    act(() => quoteEl(ru, PUTIN_RU).blur());
    await waitFor(() => expect(quoteEl(en, PUTIN_EN).classList).not.toContain('quote-linked'));
  });

  it('keeps annotations exact when they cross a quote’s edge', async () => {
    const { backend, hash, projectId, documentId } = seeded();
    const version = backend.projects.get(projectId)?.documents[0]?.versions[0];
    if (!version) throw new Error('seed failed');
    // From inside Putin's quote to past its end.
    const start = EN.indexOf('actively');
    const end = EN.indexOf('Putin said') + 'Putin said'.length;
    await backend.handlers['projects.command']({
      projectId,
      command: {
        type: 'annotation.add',
        documentId,
        spans: [{ versionId: version.id, start, end }],
        category: 'accuracy',
        severity: 'major',
        comment: '',
      },
    });
    renderApp(hash, backend);
    const en = await screen.findByRole('group', { name: 'en_source' });
    const putin = await waitFor(() => quoteEl(en, PUTIN_EN));
    const marks = Array.from(en.querySelectorAll('mark'));
    expect(marks.map((m) => m.textContent).join('')).toBe(EN.slice(start, end));
    expect(marks).toHaveLength(2);
    expect(putin.contains(marks[0] as Node)).toBe(true);
    expect(putin.contains(marks[1] as Node)).toBe(false);
    expect(new Set(marks.map((m) => m.getAttribute('data-annotations'))).size).toBe(1);
    const paragraph = putin.closest('[data-start]');
    expect(paragraph?.textContent).toBe(EN.split('\n\n')[1]);

    // Showing the annotation still focuses its highlight.
    const list = screen.getByRole('complementary', { name: 'Review panel' });
    fireEvent.click(within(list).getByRole('button', { name: /Show in text/ }));
    expect(document.activeElement).toBe(marks[0]);
  });

  it('lists source quotes with speaker and presence per version, and the quotes a version added', async () => {
    const { backend, hash } = seeded();
    renderApp(hash, backend);
    fireEvent.click(await screen.findByRole('tab', { name: /^Quotes/ }));
    const section = (await screen.findByRole('heading', { name: 'Quotes' })).closest(
      'section',
    ) as HTMLElement;
    const entries = await waitFor(() => {
      const items = within(section)
        .getAllByRole('listitem')
        .filter((li) => li.classList.contains('quote-entry'));
      expect(items).toHaveLength(2);
      return items;
    });
    const [putin, li] = entries as [HTMLElement, HTMLElement];
    expect(within(putin).getByText('Speaker: Putin')).toBeTruthy();
    expect(within(putin).getByText('In “ru_tass”')).toBeTruthy();
    expect(within(li).getByText('Speaker: Li Shangfu')).toBeTruthy();
    expect(within(li).getByText('translated by the Kremlin')).toBeTruthy();
    expect(within(li).getByText('Missing in “ru_tass”')).toBeTruthy();
    expect(within(section).getByText(/1 source quote missing\. 1 quote added\./)).toBeTruthy();
    const added = within(section).getByRole('button', { name: SHOIGU_RU });

    // The list leads to the quote: focus moves into the grid and the counterpart lights.
    fireEvent.click(within(putin).getByRole('button', { name: PUTIN_EN }));
    const en = screen.getByRole('group', { name: 'en_source' });
    expect(document.activeElement).toBe(quoteEl(en, PUTIN_EN));
    const ru = screen.getByRole('group', { name: 'ru_tass' });
    await waitFor(() => expect(quoteEl(ru, PUTIN_RU).classList).toContain('quote-linked'));
    fireEvent.click(added);
    expect(document.activeElement).toBe(quoteEl(ru, SHOIGU_RU));
  });

  it('uses the speakers’ registry: a registered Russian speaker’s English quote is “translator unknown”', async () => {
    const { backend, hash } = seeded();
    backend.settings.speakerLanguages = [{ name: 'Putin', language: 'ru' }];
    renderApp(hash, backend);
    const en = await screen.findByRole('group', { name: 'en_source' });
    const putin = await waitFor(() => quoteEl(en, PUTIN_EN));
    expect(putin.dataset.badge).toBe('translator unknown');
    // A statement naming the translator wins over the registry.
    expect(quoteEl(en, LI_EN).dataset.badge).toBe('translated by the Kremlin');
  });

  it('words the badge in the interface language', async () => {
    const { backend, hash } = seeded();
    backend.settings.uiLanguage = 'ru';
    renderApp(hash, backend);
    const en = await screen.findByRole('group', { name: 'en_source' });
    const li = await waitFor(() => quoteEl(en, LI_EN));
    expect(li.dataset.badge).toBe('перевод: the Kremlin');
    expect(description(li)).toContain('Говорит: Li Shangfu');
    expect(screen.getByRole('tab', { name: /^Цитаты/ })).toBeTruthy();
  });

  it('shows the text only once its quotes are known, so highlights never re-render it under a selection', async () => {
    const { backend, hash } = seeded();
    const real = backend.handlers['quotes.get'];
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    backend.handlers['quotes.get'] = async (args) => {
      await gate;
      return real(args);
    };
    renderApp(hash, backend);
    expect(await screen.findByText('Aligning the versions…')).toBeTruthy();
    await waitFor(() => expect(backend.alignments).toBeGreaterThan(0));
    // Long enough for the alignment to have arrived and been drawn, had the view not waited.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    expect(document.querySelector('[data-start]')).toBeNull();
    act(() => release());
    const en = await screen.findByRole('group', { name: 'en_source' });
    expect(quoteEl(en, LI_EN).dataset.badge).toBe('translated by the Kremlin');
  });

  it('still shows the story when quotes cannot be found', async () => {
    const { backend, hash } = seeded();
    backend.handlers['quotes.get'] = async () => {
      throw new Error('engine down');
    };
    renderApp(hash, backend);
    const en = await screen.findByRole('group', { name: 'en_source' });
    // The Quotes tab draws its content when first opened.
    fireEvent.click(screen.getByRole('tab', { name: /^Quotes/ }));
    expect(await screen.findByText(/quotes of this story could not be found/)).toBeTruthy();
    expect(en.querySelectorAll('[data-start]')).toHaveLength(4);
    expect(en.querySelector('.quote')).toBeNull();
    backend.unexpected.splice(0);
  });
});
