// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './support/render-app';
import { EN, RU, pointAt, seeded } from './annotation-helpers';

afterEach(() => cleanup());

/** Selects `length` characters starting at `from` in a paragraph's text, across however many nodes it has. */
function selectInParagraph(paragraph: HTMLElement, from: number, length: number) {
  const range = document.createRange();
  range.setStart(...pointAt(paragraph, from, false));
  range.setEnd(...pointAt(paragraph, from + length, true));
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  act(() => {
    document.dispatchEvent(new Event('selectionchange'));
  });
}

function paragraphsOf(column: HTMLElement): HTMLElement[] {
  return Array.from(column.querySelectorAll<HTMLElement>('[data-start]'));
}

describe('document view', () => {
  it('shows the versions in columns on the rows of their alignment, with language and direction', async () => {
    const { backend, hash } = seeded();
    renderApp(hash, backend);
    // The first render of the suite is slow while modules warm up.
    const en = await screen.findByRole('group', { name: 'en_source' }, { timeout: 5000 });
    const ru = screen.getByRole('group', { name: 'ru_inosmi' });
    const ar = screen.getByRole('group', { name: 'ar_report' });

    expect(paragraphsOf(en).map((p) => p.textContent)).toEqual([
      'The leaders met in Moscow.',
      'They spoke of "a new era" in relations.',
      'Talks will continue.',
    ]);
    expect(paragraphsOf(ru).map((p) => p.textContent)).toEqual(RU.split('\n\n'));
    expect(paragraphsOf(ar)).toHaveLength(3);
    expect(screen.queryByText('No counterpart')).toBeNull();
    expect(backend.calls.filter((c) => c.channel === 'alignment.get')).toHaveLength(1);
    const arParagraph = paragraphsOf(ar)[0];
    expect(arParagraph?.getAttribute('lang')).toBe('ar');
    expect(arParagraph?.getAttribute('dir')).toBe('rtl');
    expect(paragraphsOf(ru)[0]?.getAttribute('dir')).toBe('ltr');
    expect(within(en).getByRole('combobox', { name: 'Role' })).toHaveProperty('value', 'source');
    expect(within(ru).getByRole('combobox', { name: 'Role' })).toHaveProperty('value', 'translation');
    expect(within(ru).getByText('Detected: Russian (ru)')).toBeTruthy();
  });

  it('annotates a mouse selection with the exact offsets and highlights it', async () => {
    const { backend, hash, projectId } = seeded();
    renderApp(hash, backend);
    const ru = await screen.findByRole('group', { name: 'ru_inosmi' });
    const button = screen.getByRole('button', { name: 'Annotate selection' });
    expect(button).toHaveProperty('disabled', true);

    const second = paragraphsOf(ru)[1] as HTMLElement;
    const quote = '«новой эпохе»';
    selectInParagraph(second, second.textContent!.indexOf(quote), quote.length);
    await waitFor(() => expect(button).toHaveProperty('disabled', false));
    expect(screen.getByText(`${quote.length} characters selected in “ru_inosmi”.`)).toBeTruthy();

    fireEvent.click(button);
    const form = screen.getByRole('form', { name: 'New annotation' });
    expect(within(form).getByText(quote)).toBeTruthy();
    const category = within(form).getByRole('combobox', { name: 'Category' });
    expect(within(category).getAllByRole('option')).toHaveLength(12);
    fireEvent.change(category, { target: { value: 'misquote' } });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Severity' }), {
      target: { value: 'major' },
    });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Comment' }), {
      target: { value: 'Original says "a new era".' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save annotation' }));

    await waitFor(() => expect(screen.queryByRole('form', { name: 'New annotation' })).toBeNull());
    const saved = backend.projects.get(projectId)?.annotations[0];
    const start = RU.indexOf(quote);
    expect(saved).toMatchObject({
      spans: [{ start, end: start + quote.length, quote, detached: false }],
      category: 'misquote',
      severity: 'major',
    });
    expect(saved?.author).toBe('Ana');
    expect(backend.unexpected).toEqual([]);

    const mark = second.querySelector('mark');
    expect(mark?.textContent).toBe(quote);
    const list = screen.getByRole('complementary', { name: 'Review panel' });
    expect(within(list).getByRole('heading', { name: 'Annotations (1)' })).toBeTruthy();
    expect(within(list).getByText('Misquote')).toBeTruthy();
    expect(within(list).getByText('Major')).toBeTruthy();
    expect(within(list).getByText('Original says "a new era".')).toBeTruthy();
  });

  it('maps a selection crossing a highlight back to exact offsets', async () => {
    const { backend, hash, projectId, documentId } = seeded();
    const project = backend.projects.get(projectId)!;
    const enVersion = project.documents[0]!.versions[0]!;
    const at = EN.indexOf('a new era');
    await backend.handlers['projects.command']({
      projectId,
      command: {
        type: 'annotation.add',
        documentId,
        spans: [{ versionId: enVersion.id, start: at, end: at + 'a new era'.length }],
        category: 'accuracy',
        severity: 'minor',
        comment: '',
      },
    });
    renderApp(hash, backend);
    const en = await screen.findByRole('group', { name: 'en_source' });
    const p = paragraphsOf(en)[1] as HTMLElement;
    expect(p.childNodes.length).toBeGreaterThan(1);
    // From "spoke" (before the highlight) to "relations" (after it).
    const text = p.textContent!;
    const from = text.indexOf('spoke');
    selectInParagraph(p, from, text.indexOf('relations') + 'relations'.length - from);
    fireEvent.keyDown(window, { key: 'Enter', ctrlKey: true });
    const form = await screen.findByRole('form', { name: 'New annotation' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save annotation' }));
    await waitFor(() => expect(backend.projects.get(projectId)?.annotations).toHaveLength(2));
    const second = backend.projects.get(projectId)!.annotations[1]!;
    expect(EN.slice(second.spans[0]!.start, second.spans[0]!.end)).toBe('spoke of "a new era" in relations');
    expect(second.spans[0]!.quote).toBe('spoke of "a new era" in relations');
  });

  it('rejects a selection spanning two versions', async () => {
    const { backend, hash } = seeded();
    renderApp(hash, backend);
    // The first render of the suite is slow while modules warm up.
    const en = await screen.findByRole('group', { name: 'en_source' }, { timeout: 5000 });
    const ru = screen.getByRole('group', { name: 'ru_inosmi' });
    const range = document.createRange();
    range.setStart(paragraphsOf(en)[2]!.firstChild!, 0);
    range.setEnd(paragraphsOf(ru)[0]!.firstChild!, 5);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    expect(await screen.findByText(/spans several versions/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Annotate selection' })).toHaveProperty('disabled', true);
  });

  it('lets keyboard users annotate a whole paragraph, change status and delete with confirmation', async () => {
    const { backend, hash, projectId } = seeded();
    renderApp(hash, backend);
    const en = await screen.findByRole('group', { name: 'en_source' });
    const first = paragraphsOf(en)[0]!;
    expect(first.tabIndex).toBe(0);
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    const next = paragraphsOf(en)[1]!;
    expect(document.activeElement).toBe(next);
    expect(next.tabIndex).toBe(0);
    const button = screen.getByRole('button', { name: 'Annotate selection' });
    await waitFor(() => expect(button).toHaveProperty('disabled', false));
    fireEvent.click(button);
    const form = screen.getByRole('form', { name: 'New annotation' });
    expect(document.activeElement).toBe(within(form).getByRole('combobox', { name: 'Category' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save annotation' }));
    await waitFor(() => expect(backend.projects.get(projectId)?.annotations).toHaveLength(1));
    expect(backend.projects.get(projectId)!.annotations[0]!.spans[0]!.quote).toBe(
      'They spoke of "a new era" in relations.',
    );

    const list = screen.getByRole('complementary', { name: 'Review panel' });
    fireEvent.change(await within(list).findByRole('combobox', { name: 'Status' }), {
      target: { value: 'resolved' },
    });
    await waitFor(() => expect(backend.projects.get(projectId)!.annotations[0]!.status).toBe('resolved'));

    fireEvent.click(within(list).getByRole('button', { name: /Show in text/ }));
    expect(document.activeElement?.tagName).toBe('MARK');

    fireEvent.click(within(list).getByRole('button', { name: /Delete annotation on/ }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this annotation?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(backend.projects.get(projectId)!.annotations).toHaveLength(0));
    await waitFor(() => expect(en.querySelector('mark')).toBeNull());
  });

  it('saves a corrected language and refuses an invalid tag', async () => {
    const { backend, hash, projectId } = seeded();
    renderApp(hash, backend);
    const ru = await screen.findByRole('group', { name: 'ru_inosmi' });
    const input = within(ru).getByRole('textbox', { name: 'Language' });
    fireEvent.change(input, { target: { value: 'not a tag' } });
    fireEvent.blur(input);
    expect(within(ru).getByText(/Enter a language tag/)).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(input, { target: { value: 'uk' } });
    fireEvent.submit(input);
    await waitFor(() =>
      expect(backend.projects.get(projectId)!.documents[0]!.versions[1]!.language).toBe('uk'),
    );
    fireEvent.change(within(ru).getByRole('combobox', { name: 'Role' }), { target: { value: 'reference' } });
    await waitFor(() =>
      expect(backend.projects.get(projectId)!.documents[0]!.versions[1]!.role).toBe('reference'),
    );
  });
});
