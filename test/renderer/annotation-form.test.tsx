// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './support/render-app';
import { EN, RU, firstItem, seeded, selectText, spanLines, startAnnotation } from './annotation-helpers';

afterEach(() => cleanup());

function optionLabels(select: HTMLElement): string[] {
  return within(select)
    .getAllByRole('option')
    .map((o) => o.textContent ?? '');
}

describe('annotation form', () => {
  it('offers the subtypes of the chosen category and clears a subtype the new category lacks', async () => {
    const { backend, hash } = seeded();
    renderApp(hash, backend);
    const form = await startAnnotation('en_source', 'a new era');
    const category = within(form).getByRole('combobox', { name: 'Category' });
    const subtype = within(form).getByRole('combobox', { name: 'Subtype' });
    expect(optionLabels(category)).toContain('Translation provenance dropped or changed');
    expect(optionLabels(subtype)).toEqual([
      'None',
      'Mistranslation',
      'Addition',
      'Omission',
      'Untranslated',
      'Should not have been translated',
      'Overtranslation',
      'Undertranslation',
    ]);
    fireEvent.change(subtype, { target: { value: 'omission' } });
    expect(subtype).toHaveProperty('value', 'omission');

    fireEvent.change(category, { target: { value: 'terminology' } });
    expect(subtype).toHaveProperty('value', '');
    expect(optionLabels(subtype)).toEqual([
      'None',
      'Wrong term',
      'Inconsistent terminology',
      'Inconsistent with termbase',
    ]);
    fireEvent.change(category, { target: { value: 'paraphrase-as-quote' } });
    expect(subtype).toHaveProperty('disabled', true);
    expect(optionLabels(subtype)).toEqual(['None']);
    fireEvent.change(category, { target: { value: 'misquote' } });
    fireEvent.change(subtype, { target: { value: 'quote-cut' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save annotation' }));
    await waitFor(() =>
      expect(backend.projects.get(backend.projects.keys().next().value!)?.annotations).toHaveLength(1),
    );
    const item = await firstItem();
    expect(within(item).getByText('Misquote')).toBeTruthy();
    expect(within(item).getByText('Quote cut short')).toBeTruthy();
    expect(backend.unexpected).toEqual([]);
  });

  it('links spans from two columns (button and Ctrl+Shift+Enter), removes one, and saves them all', async () => {
    const { backend, hash, projectId } = seeded();
    renderApp(hash, backend);
    const form = await startAnnotation('en_source', 'a new era');
    const add = within(form).getByRole('button', { name: 'Add selection to this annotation' });
    // The selection is already the form's first span.
    expect(add).toHaveProperty('disabled', true);
    expect(within(form).getByRole('button', { name: /Remove “a new era”/ })).toHaveProperty('disabled', true);

    await selectText('ru_inosmi', '«новой эпохе»');
    await waitFor(() => expect(add).toHaveProperty('disabled', false));
    act(() => add.click());
    expect(spanLines(form)).toEqual(['In “en_source”: a new era', 'In “ru_inosmi”: «новой эпохе»']);
    expect(screen.getByText('“«новой эпохе»” in “ru_inosmi” added to the annotation.')).toBeTruthy();

    await selectText('ar_report', 'حقبة جديدة');
    fireEvent.keyDown(window, { key: 'Enter', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(spanLines(form)).toHaveLength(3));
    fireEvent.click(
      within(form).getByRole('button', { name: 'Remove “حقبة جديدة” in “ar_report” from this annotation' }),
    );
    expect(spanLines(form)).toHaveLength(2);

    fireEvent.change(within(form).getByRole('combobox', { name: 'Subtype' }), {
      target: { value: 'mistranslation' },
    });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Suggested correction' }), {
      target: { value: '«новой эры»' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save annotation' }));
    await waitFor(() => expect(backend.projects.get(projectId)?.annotations).toHaveLength(1));
    const saved = backend.projects.get(projectId)!.annotations[0]!;
    const en = EN.indexOf('a new era');
    const ru = RU.indexOf('«новой эпохе»');
    expect(saved.spans.map(({ start, end, quote }) => ({ start, end, quote }))).toEqual([
      { start: en, end: en + 'a new era'.length, quote: 'a new era' },
      { start: ru, end: ru + '«новой эпохе»'.length, quote: '«новой эпохе»' },
    ]);
    expect(saved).toMatchObject({
      category: 'accuracy',
      subtype: 'mistranslation',
      correction: '«новой эры»',
    });
    expect(saved.author).toBe('Ana');

    // The item lists both spans with their versions, and showing it lights every one of them.
    const item = await firstItem();
    expect(spanLines(item)).toEqual(['In “en_source”: a new era', 'In “ru_inosmi”: «новой эпохе»']);
    expect(within(item).getByText('«новой эры»')).toBeTruthy();
    expect(within(item).getByText('Ana')).toBeTruthy();
    fireEvent.click(within(item).getByRole('button', { name: /Show in text/ }));
    await waitFor(() => expect(document.querySelectorAll('mark.hl-active')).toHaveLength(2));
    const activeText = Array.from(document.querySelectorAll('mark.hl-active')).map((m) => m.textContent);
    expect(activeText).toEqual(['a new era', '«новой эпохе»']);
    expect(backend.unexpected).toEqual([]);
  });

  it('edits an annotation: prefilled fields, status, a removed span, only the changes sent', async () => {
    const { backend, hash, projectId } = seeded();
    renderApp(hash, backend);
    const form = await startAnnotation('en_source', 'a new era');
    await selectText('ru_inosmi', '«новой эпохе»');
    fireEvent.keyDown(window, { key: 'Enter', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(spanLines(form)).toHaveLength(2));
    fireEvent.change(within(form).getByRole('textbox', { name: 'Comment' }), {
      target: { value: 'Era, not epoch.' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save annotation' }));
    const item = await firstItem();

    fireEvent.click(within(item).getByRole('button', { name: 'Edit annotation on “a new era”' }));
    const edit = screen.getByRole('form', { name: 'Edit annotation' });
    expect(within(edit).getByRole('combobox', { name: 'Category' })).toHaveProperty('value', 'accuracy');
    expect(within(edit).getByRole('textbox', { name: 'Comment' })).toHaveProperty('value', 'Era, not epoch.');
    expect(spanLines(edit)).toHaveLength(2);
    fireEvent.change(within(edit).getByRole('combobox', { name: 'Severity' }), {
      target: { value: 'critical' },
    });
    fireEvent.change(within(edit).getByRole('combobox', { name: 'Status' }), {
      target: { value: 'resolved' },
    });
    fireEvent.click(within(edit).getByRole('button', { name: /Remove “a new era”/ }));
    fireEvent.click(within(edit).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit annotation' })).toBeNull());
    const saved = backend.projects.get(projectId)!.annotations[0]!;
    expect(saved).toMatchObject({ severity: 'critical', status: 'resolved', comment: 'Era, not epoch.' });
    expect(saved.spans.map((s) => s.quote)).toEqual(['«новой эпохе»']);
    const update = backend.calls.find(
      (c) => c.channel === 'projects.command' && JSON.stringify(c.arg).includes('annotation.update'),
    );
    expect((update?.arg as { command: { patch: object } }).command.patch).toEqual({
      severity: 'critical',
      status: 'resolved',
      spans: [
        { versionId: saved.spans[0]!.versionId, start: saved.spans[0]!.start, end: saved.spans[0]!.end },
      ],
    });
    // Focus returns to the item's Edit button.
    await waitFor(() => expect(document.activeElement?.className).toContain('annotation-edit'));
    expect(backend.unexpected).toEqual([]);
  });
});
