// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Annotation } from '../../shared/model/annotation';
import { countWords } from '../../shared/review/mqm-score';
import { renderApp } from './support/render-app';
import { FakeBackend } from './support/fake-api';

afterEach(() => cleanup());

const EN = 'The leaders met in Moscow.\n\nThey spoke of "a new era" in relations.\n\nTalks will continue.';
const RU =
  'Лидеры встретились в Москве.\n\nОни говорили о «новой эпохе» в отношениях.\n\nПереговоры продолжатся в Москве.';
const AR = 'التقى الزعيمان في موسكو.\n\nتحدثا عن «حقبة جديدة» في العلاقات.\n\nستستمر المحادثات.';

type Fields = Pick<Annotation, 'category' | 'severity'> & { status?: Annotation['status'] };

/** A story in three languages with annotations added through the real command handlers. */
async function seeded(notes: (Fields & { col: number; quote: string })[] = []) {
  const backend = new FakeBackend();
  const ids = backend.seed('Summit', [
    { fileName: 'en_source.txt', text: EN },
    { fileName: 'ru_inosmi.txt', text: RU },
    { fileName: 'ar_report.txt', text: AR },
  ]);
  const versions = backend.projects.get(ids.projectId)!.documents[0]!.versions;
  for (const n of notes) {
    const v = versions[n.col]!;
    const start = v.text.indexOf(n.quote);
    await backend.handlers['projects.command']({
      projectId: ids.projectId,
      command: {
        type: 'annotation.add',
        documentId: ids.documentId,
        spans: [{ versionId: v.id, start, end: start + n.quote.length }],
        category: n.category,
        severity: n.severity,
        comment: '',
      },
    });
    if (n.status) {
      const all = backend.projects.get(ids.projectId)!.annotations;
      const added = all[all.length - 1]!;
      await backend.handlers['projects.command']({
        projectId: ids.projectId,
        command: { type: 'annotation.update', annotationId: added.id, patch: { status: n.status } },
      });
    }
  }
  const hash = `#/project/${ids.projectId}/doc/${ids.documentId}`;
  return { backend, ...ids, versions, hash };
}

const THREE: (Fields & { col: number; quote: string })[] = [
  { col: 1, quote: '«новой эпохе»', category: 'misquote', severity: 'major' },
  { col: 2, quote: 'موسكو', category: 'terminology', severity: 'minor' },
  { col: 1, quote: 'Переговоры', category: 'accuracy', severity: 'critical', status: 'wontfix' },
];

async function panel() {
  // The first render of a test file can be slow on a busy machine.
  await screen.findByRole('group', { name: 'en_source' }, { timeout: 5000 });
  return screen.getByRole('complementary', { name: 'Review panel' });
}

function listed(aside: HTMLElement): string[] {
  return Array.from(aside.querySelectorAll('.annotation-item')).map(
    (li) => li.querySelector('q')?.textContent ?? '',
  );
}

describe('the side panel', () => {
  it('has tabs with counts, moved between by arrow keys, each panel named by its tab', async () => {
    const { backend, hash } = await seeded(THREE);
    renderApp(hash, backend);
    const aside = await panel();
    const tabs = within(aside).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Annotations 3', 'Quotes 0', 'Search']);
    expect(within(aside).getByRole('tablist')).toBeTruthy();
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true');
    expect(within(aside).getByRole('tabpanel', { name: 'Annotations 3' })).toBeTruthy();

    act(() => tabs[0]!.focus());
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tabs[1]);
    expect(tabs[1]!.getAttribute('aria-selected')).toBe('true');
    expect(within(aside).getByRole('tabpanel', { name: 'Quotes 0' })).toBeTruthy();
    expect(within(aside).queryByRole('tabpanel', { name: 'Annotations 3' })).toBeNull();
    fireEvent.keyDown(tabs[1]!, { key: 'End' });
    expect(document.activeElement).toBe(tabs[2]);
    expect(within(aside).getByRole('tabpanel', { name: 'Search' })).toBeTruthy();
    fireEvent.keyDown(tabs[2]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tabs[0]);
    expect(tabs[0]!.tabIndex).toBe(0);
    expect(tabs[2]!.tabIndex).toBe(-1);
  });

  it('filters by severity, status and version, and the counts follow', async () => {
    const { backend, hash } = await seeded(THREE);
    renderApp(hash, backend);
    const aside = await panel();
    const filters = within(aside).getByRole('region', { name: 'Filters' });
    const severities = within(filters).getByRole('list', { name: 'By severity' });
    const categories = within(filters).getByRole('list', { name: 'By category' });
    expect(
      within(severities)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Neutral (0)', 'Minor (1)', 'Major (1)', 'Critical (1)']);
    expect(listed(aside)).toHaveLength(3);

    fireEvent.change(within(filters).getByRole('combobox', { name: 'Filter by severity' }), {
      target: { value: 'major' },
    });
    expect(listed(aside)).toEqual(['«новой эпохе»']);
    expect(within(aside).getByRole('heading', { name: 'Annotations (1 of 3)' })).toBeTruthy();
    expect(
      within(categories)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Misquote (1)']);

    fireEvent.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    const byVersion = within(filters).getByRole('combobox', { name: 'Filter by version' });
    expect(within(byVersion).getByRole('option', { name: 'ru_inosmi (2)' })).toBeTruthy();
    fireEvent.change(byVersion, {
      target: {
        value: within(byVersion).getByRole('option', { name: 'ru_inosmi (2)' }).getAttribute('value'),
      },
    });
    expect(listed(aside)).toEqual(['«новой эпохе»', 'Переговоры']);
    fireEvent.change(within(filters).getByRole('combobox', { name: 'Filter by status' }), {
      target: { value: 'open' },
    });
    expect(listed(aside)).toEqual(['«новой эпохе»']);
    expect(
      within(severities)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain('Critical (0)');

    fireEvent.change(within(filters).getByRole('combobox', { name: 'Filter by category' }), {
      target: { value: 'terminology' },
    });
    expect(within(aside).getByText('No annotation matches these filters.')).toBeTruthy();
  });

  it('goes to the next and previous annotation of the filtered list with F8 and Shift+F8, and by buttons', async () => {
    const { backend, hash } = await seeded(THREE);
    renderApp(hash, backend);
    const aside = await panel();
    const next = within(aside).getByRole('button', { name: 'Next annotation' });
    expect(next.getAttribute('aria-keyshortcuts')).toBe('F8');
    expect(
      within(aside).getByRole('button', { name: 'Previous annotation' }).getAttribute('aria-keyshortcuts'),
    ).toBe('Shift+F8');
    expect(next.getAttribute('title')).toContain('F8');
    const current = () =>
      aside.querySelector('.annotation-item[aria-current="true"]')?.querySelector('q')?.textContent;

    // Reading order: the Russian column first, then the Arabic one.
    fireEvent.keyDown(document.body, { key: 'F8' });
    await waitFor(() => expect(current()).toBe('«новой эпохе»'));
    expect(document.activeElement?.tagName).toBe('MARK');
    expect(document.activeElement?.textContent).toBe('«новой эпохе»');
    fireEvent.keyDown(document.activeElement as Element, { key: 'F8' });
    await waitFor(() => expect(current()).toBe('Переговоры'));
    expect(within(aside).getByText('2 of 3')).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'F8', shiftKey: true });
    await waitFor(() => expect(current()).toBe('«новой эпохе»'));

    // Only the filtered ones: with "minor" chosen, next lands on the Arabic annotation and stays there.
    fireEvent.change(within(aside).getByRole('combobox', { name: 'Filter by severity' }), {
      target: { value: 'minor' },
    });
    fireEvent.click(next);
    await waitFor(() => expect(current()).toBe('موسكو'));
    expect(document.activeElement).toBe(next);
    expect(within(aside).getByText('1 of 1')).toBeTruthy();
    const mark = screen.getByRole('group', { name: 'ar_report' }).querySelector('mark.hl-active');
    expect(mark?.textContent).toBe('موسكو');
  });

  it('searches every column and selects a match in the grid, ready to annotate', async () => {
    const { backend, hash, versions, projectId } = await seeded();
    renderApp(hash, backend);
    const aside = await panel();
    fireEvent.click(within(aside).getByRole('tab', { name: 'Search' }));
    const box = within(aside).getByRole('searchbox', { name: 'Search all shown columns' });
    fireEvent.change(box, { target: { value: 'МОСКВЕ' } });
    const results = await within(aside).findAllByRole('button', { name: /ru_inosmi/ });
    expect(results).toHaveLength(RU.match(/москве/giu)!.length);
    expect(within(aside).getByRole('status').textContent).toBe('2 matches');
    expect(results[1]!.querySelector('mark')?.textContent).toBe('Москве');

    // Enter selects the first match and moves focus out of the text field, onto the first result.
    // (jsdom drops the document selection when focus moves; the view has taken the range by then.)
    fireEvent.submit(box.closest('form')!);
    expect(document.activeElement).toBe(results[0]);
    await waitFor(() => expect(screen.getByText('6 characters selected in “ru_inosmi”.')).toBeTruthy());
    fireEvent.click(results[1]!);
    const selected = document.getSelection()?.toString();
    expect(selected).toBe('Москве');
    const ru = versions[1]!;
    const annotate = screen.getByRole('button', { name: 'Annotate selection' });
    await waitFor(() => expect(annotate).toHaveProperty('disabled', false));
    fireEvent.keyDown(window, { key: 'Enter', ctrlKey: true });
    const form = await screen.findByRole('form', { name: 'New annotation' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save annotation' }));
    await waitFor(() => expect(backend.projects.get(projectId)!.annotations).toHaveLength(1));
    const span = backend.projects.get(projectId)!.annotations[0]!.spans[0]!;
    expect(span).toMatchObject({
      versionId: ru.id,
      start: RU.lastIndexOf('Москве'),
      end: RU.lastIndexOf('Москве') + 6,
    });

    // The new annotation becomes the active one, so the panel shows it in the annotations tab.
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Annotations 1' }).getAttribute('aria-selected')).toBe('true'),
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Search' }));
    fireEvent.change(box, { target: { value: 'zzz' } });
    await waitFor(() => expect(within(aside).getByRole('status').textContent).toBe('No matches.'));
  });

  it('shows the MQM score failing after a critical error and passing once the threshold is raised', async () => {
    const { backend, hash, projectId } = await seeded([
      { col: 1, quote: 'Москве', category: 'accuracy', severity: 'critical' },
    ]);
    renderApp(hash, backend);
    const aside = await panel();
    const score = within(aside).getByRole('region', { name: 'MQM score' });
    const words = countWords(RU, 'ru') + countWords(AR, 'ar');
    const value = Math.round(((25 * 1000) / words) * 10) / 10;
    // The words are counted in the background once the grid is drawn; the score shows when they are.
    await waitFor(() =>
      expect(score.querySelector('.mqm-overall')?.textContent).toContain(`${value} points per 1,000 words`),
    );
    expect(within(score).getByText('Fail')).toBeTruthy();
    expect(within(score).getByText('Threshold: 10')).toBeTruthy();
    const rows = within(score).getAllByRole('row');
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual([
      'Version',
      'ru_inosmi',
      'ar_report',
    ]);

    const input = within(score).getByRole('textbox', { name: 'Threshold (points per 1,000 words)' });
    fireEvent.change(input, { target: { value: 'lots' } });
    fireEvent.click(within(score).getByRole('button', { name: 'Save threshold' }));
    expect(within(score).getByRole('alert').textContent).toBe('Enter a number from 0 to 10,000.');
    expect(input.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(input, { target: { value: String(Math.ceil(value)) } });
    fireEvent.click(within(score).getByRole('button', { name: 'Save threshold' }));
    await waitFor(() => expect(within(score).getByText('Pass')).toBeTruthy());
    expect(backend.projects.get(projectId)!.review.mqmThreshold).toBe(Math.ceil(value));
    expect(within(score).getByText(/How the score is counted/)).toBeTruthy();
  });
});
